<p><a href="/offers/reports?{{QUERY}}">_("Back to the figures")</a></p>
<dl class="criteria">{{#CRITERION}}<dt>{{LABEL}}</dt><dd>{{VALUE}}</dd>{{/CRITERION}}</dl>
<p role="status">_("{{COUNT}} confirmed registrations of {{PEOPLE}} people.")</p>
{{#NONE}}<p class="muted">_("No registration matches.")</p>{{/NONE}}
<div class="table-wrap" role="region" tabindex="0" aria-label="_("Registrations counted")"><table>
<thead><tr><th scope="col">_("Date")</th><th scope="col">_("Offer")</th><th scope="col">_("Name")</th><th scope="col">_("Organisation")</th><th scope="col">_("Sector")</th><th scope="col">_("Care area of the organisation")</th><th scope="col">_("Attendance")</th></tr></thead>
<tbody>{{#REGISTRATION}}<tr><td><a href="/offers/sessions/{{SESSION_ID}}/registrations">{{DATE}}</a></td><td>{{OFFER}}</td><th scope="row">{{NAME}}</th><td>{{ORGANISATION}}</td><td>{{SECTOR}}</td><td>{{BASSIN}}</td><td>{{ATTENDANCE}}</td></tr>{{/REGISTRATION}}</tbody>
</table></div>
