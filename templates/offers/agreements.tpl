<p>_("The members of your organisations who joined a community of practice. Each participation agreement needs the agreement of the organiser, of the participant and of their employer: as a coordinator you give your organisation's.")</p>
<h2 id="waiting-title">_("Waiting for your organisation's agreement")</h2>
{{#NONE_WAITING}}<p>_("No agreement is waiting for your organisation.")</p>{{/NONE_WAITING}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="waiting-title"><table>
<thead><tr><th scope="col">_("Participant")</th><th scope="col">_("Organisation")</th><th scope="col">_("Community of practice")</th><th scope="col">_("Status")</th></tr></thead>
<tbody>{{#WAITING_ROW}}<tr><td><a href="/offers/agreements/{{ID}}">{{PARTICIPANT}}</a></td><td>{{EMPLOYER}}</td><td>{{OFFER}}</td><td>{{#AGREEMENT_WAITING}}<span class="badge off">{{LABEL}}</span> {{/AGREEMENT_WAITING}}</td></tr>{{/WAITING_ROW}}</tbody>
</table></div>
<h2 id="given-title">_("Agreements your organisation gave")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="given-title"><table>
<thead><tr><th scope="col">_("Participant")</th><th scope="col">_("Organisation")</th><th scope="col">_("Community of practice")</th><th scope="col">_("Status")</th></tr></thead>
<tbody>{{#GIVEN_ROW}}<tr><td><a href="/offers/agreements/{{ID}}">{{PARTICIPANT}}</a></td><td>{{EMPLOYER}}</td><td>{{OFFER}}</td><td>{{#AGREEMENT_COMPLETE}}<span class="badge">_("Agreement complete")</span>{{/AGREEMENT_COMPLETE}}{{#AGREEMENT_WAITING}}<span class="badge off">{{LABEL}}</span> {{/AGREEMENT_WAITING}}</td></tr>{{/GIVEN_ROW}}</tbody>
</table></div>
