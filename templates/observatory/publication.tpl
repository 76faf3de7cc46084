<p class="notice" role="status">_("Version {{VERSION}}, published on {{AT}} by {{BY}}: the figures and texts as they were then.") <a href="/observatory/report?territory={{TERRITORY}}&amp;year={{YEAR}}" class="no-print">_("The report with today's data")</a></p>
{{#HAS_NOTE}}<p>{{NOTE}}</p>{{/HAS_NOTE}}
{{#HAS_CHANGES}}<section aria-labelledby="changes-title" class="card"><h2 id="changes-title">_("Changed since the previous version")</h2><ul>{{#CHANGE}}<li>{{TABLE}}</li>{{/CHANGE}}</ul></section>{{/HAS_CHANGES}}
<p class="no-print"><a href="/observatory/publications/{{ID}}/pdf">_("The report as PDF")</a> · <a href="/observatory/publications/{{ID}}/xlsx" download>_("The report as a spreadsheet")</a> · <a href="/observatory/publications/{{ID}}/html" download>_("The report as one HTML file")</a> · <a href="/observatory/publications/{{ID}}/csv" download>_("Download every table as CSV")</a></p>
{{>REPORT}}
