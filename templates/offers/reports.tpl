<p><a href="/offers/reports.csv">_("Download as CSV")</a></p>
{{#TABLE}}
<h2>{{HEADING}}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-label="{{HEADING}}"><table>
<thead><tr><th scope="col">_("Name")</th><th scope="col">_("Organisations that opened their doors")</th><th scope="col">_("Distinct visitors")</th><th scope="col">_("Visits")</th><th scope="col">_("No-show rate")</th><th scope="col">_("Sectors represented")</th><th scope="col">_("Evaluation average")</th></tr></thead>
<tbody>{{#ROW}}<tr><th scope="row">{{LABEL}}</th><td>{{ORGANISATIONS}}</td><td>{{VISITORS}}</td><td>{{VISITS}}</td><td>{{NO_SHOW_RATE}}</td><td>{{SECTORS}}</td><td>{{AVERAGE}}</td></tr>{{/ROW}}</tbody>
</table></div>
{{/TABLE}}
