<p class="meta"><a href="/caseload/teams/{{TEAM_ID}}">{{TEAM_NAME}}</a></p>
<p><a class="button" href="/caseload/teams/{{TEAM_ID}}/requests/new">_("New request")</a></p>
{{#NONE}}<p class="muted">_("No request yet.")</p>{{/NONE}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="c-requests"><table>
<caption id="c-requests">_("Requests")</caption>
<thead><tr><th scope="col">_("Date")</th><th scope="col">_("Code")</th><th scope="col">_("Reason")</th><th scope="col">_("Decision")</th></tr></thead>
<tbody>{{#REQUEST}}<tr><td>{{RECEIVED}}</td><th scope="row"><a href="/caseload/requests/{{ID}}">{{CODE}}</a></th><td>{{REASON}}</td><td>{{DECISION}}</td></tr>{{/REQUEST}}</tbody>
</table></div>
