<ul><li><a href="/directory/stale">_("Records to verify in your care area")</a></li><li><a href="/directory/synonyms">_("Search synonyms")</a></li><li><a href="/directory/placeholders">_("Organisations to complete after an import")</a></li></ul>
{{#NONE}}<p>_("No proposal is waiting for you.")</p>{{/NONE}}
<table>
<thead><tr><th scope="col">_("Service")</th><th scope="col">_("Proposed by")</th><th scope="col">_("Date")</th></tr></thead>
<tbody>{{#PROPOSAL}}<tr><td><a href="/directory/proposals/{{ID}}">{{SERVICE}}</a></td><td>{{PROPOSER}}</td><td>{{DATE}}</td></tr>{{/PROPOSAL}}</tbody>
</table>
