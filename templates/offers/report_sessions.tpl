<p><a href="/offers/reports?{{QUERY}}">_("Back to the figures")</a></p>
<dl class="criteria">{{#CRITERION}}<dt>{{LABEL}}</dt><dd>{{VALUE}}</dd>{{/CRITERION}}</dl>
<p role="status">_("{{COUNT}} sessions, hosted by {{HOSTS}} structures.")</p>
{{#NONE}}<p class="muted">_("No session matches.")</p>{{/NONE}}
<div class="table-wrap" role="region" tabindex="0" aria-label="_("Sessions counted")"><table>
<thead><tr><th scope="col">_("Date")</th><th scope="col">_("Offer")</th><th scope="col">_("Host")</th><th scope="col">_("Registered")</th><th scope="col">_("Present")</th></tr></thead>
<tbody>{{#SESSION}}<tr><th scope="row"><a href="/offers/sessions/{{SESSION_ID}}/registrations">{{DATE}}</a></th><td>{{OFFER}}</td><td>{{HOST}}</td><td>{{REGISTERED}}</td><td>{{PRESENT}}</td></tr>{{/SESSION}}</tbody>
</table></div>
