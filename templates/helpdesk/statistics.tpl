<form method="get" action="/helpdesk/statistics" class="filters">
  <label for="year">_("Year")</label>
  <select id="year" name="year">{{#LAST12_OPTION}}<option value="last12"{{#SELECTED}} selected{{/SELECTED}}>_("The last 12 months")</option>{{/LAST12_OPTION}}{{#YEAR_OPTION}}<option value="{{YEAR}}"{{#SELECTED}} selected{{/SELECTED}}>{{YEAR}}</option>{{/YEAR_OPTION}}</select>
  {{#BASSIN_FILTER}}
  <label for="bassin">_("Care area")</label>
  <select id="bassin" name="bassin"><option value="">_("Every line I may count")</option>{{#BASSIN_OPTION}}<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/BASSIN_OPTION}}</select>
  {{/BASSIN_FILTER}}
  {{#ZONE_FILTER}}
  <label for="zone">_("Zone where the person lives")</label>
  <select id="zone" name="zone"><option value="">_("Every zone")</option>{{#ZONE_OPTION}}<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ZONE_OPTION}}</select>
  {{/ZONE_FILTER}}
  <button type="submit">_("Show")</button>
</form>
{{#HAS_ERROR}}<div class="errors" role="alert"><p>{{ERROR}}</p></div>{{/HAS_ERROR}}
{{#FIGURES}}
<p class="scope">{{#SCOPE_REGION}}_("Every line of the region.") {{/SCOPE_REGION}}{{#SCOPE_NONE}}_("No line to count.") {{/SCOPE_NONE}}{{#SCOPE_LINE}}<span class="badge">{{LINE}}</span> {{/SCOPE_LINE}}{{#IN_ZONE}}_("Only the requests of people living in the zone {{ZONE_NAME}} (its whole communes).") {{/IN_ZONE}}</p>
<p class="muted">_("Counts only, from the coded fields of the requests: no question, note or name is read here. A request counts for the line the requester reached; when that line was not recorded (not notified), for the line handling it.")</p>
<p><a href="/helpdesk/statistics.csv?{{CSV_QUERY}}" download>_("Download the table by line reached (CSV)")</a></p>

<section aria-labelledby="h-year">
<h2 id="h-year">{{#IN_YEAR}}_("Contacts in {{YEAR}}"){{/IN_YEAR}}{{#IN_LAST12}}_("Contacts in the last 12 months"){{/IN_LAST12}}</h2>
<p class="summary">_("{{TOTAL}} contacts: {{EMAIL}} by e-mail, {{PHONE}} by phone.") {{#HAS_WEB_FORM}}_("{{WEB_FORM}} by web form.") {{/HAS_WEB_FORM}}{{#HAS_IN_PERSON}}_("{{IN_PERSON}} in person.") {{/HAS_IN_PERSON}}_("Line reached:") {{#REACHED_PART}}{{NAME}} {{COUNT}}{{#COMMA}}, {{/COMMA}}{{/REACHED_PART}}.</p>
<div class="chart-pair">
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="c-year"><table data-chart="stacked" id="t-year">
<caption id="c-year">_("Contacts by line reached and channel")</caption>
<thead><tr><th scope="col">_("Line reached")</th><th scope="col" data-series>_("Phone")</th><th scope="col" data-series>_("E-mail")</th><th scope="col" data-series>_("Web form")</th><th scope="col" data-series>_("In person")</th><th scope="col">_("Total")</th></tr></thead>
<tbody>{{#REACHED}}<tr><th scope="row">{{NAME}}</th><td data-value="{{PHONE}}">{{PHONE}}</td><td data-value="{{EMAIL}}">{{EMAIL}}</td><td data-value="{{WEB_FORM}}">{{WEB_FORM}}</td><td data-value="{{IN_PERSON}}">{{IN_PERSON}}</td><td>{{TOTAL}}</td></tr>{{/REACHED}}</tbody>
<tfoot><tr><th scope="row">_("Total")</th><td>{{PHONE}}</td><td>{{EMAIL}}</td><td>{{WEB_FORM}}</td><td>{{IN_PERSON}}</td><td>{{TOTAL}}</td></tr></tfoot>
</table></div>
</div>
</section>

<section aria-labelledby="h-month">
<h2 id="h-month">_("Contacts by month")</h2>
<div class="chart-pair">
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="c-month"><table data-chart="bar" id="t-month">
<caption id="c-month">_("Contacts by month")</caption>
<thead><tr><th scope="col">_("Month")</th><th scope="col" data-series>_("Contacts")</th></tr></thead>
<tbody>{{#MONTH}}<tr><th scope="row">{{NAME}}</th><td data-value="{{COUNT}}">{{COUNT}}</td></tr>{{/MONTH}}</tbody>
</table></div>
</div>
</section>

{{#BREAKDOWN}}
<section aria-labelledby="h-{{ID}}">
<h2 id="h-{{ID}}">{{HEADING}}</h2>
<div class="{{#HAS_CHART}}chart-pair{{/HAS_CHART}}{{#NO_CHART}}table-only{{/NO_CHART}}">
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="c-{{ID}}"><table{{#HAS_CHART}} data-chart="{{CHART}}"{{/HAS_CHART}} id="t-{{ID}}">
<caption id="c-{{ID}}">{{HEADING}}</caption>
<thead><tr><th scope="col">{{LABEL_HEADING}}</th><th scope="col" data-series>_("Requests")</th><th scope="col">_("Share (%)")</th></tr></thead>
<tbody>{{#ROW}}<tr><th scope="row">{{LABEL}}</th><td data-value="{{COUNT}}">{{COUNT}}</td><td>{{SHARE}}</td></tr>{{/ROW}}</tbody>
</table></div>
{{#EMPTY}}<p class="muted">_("Nothing to count in this period.")</p>{{/EMPTY}}
</div>
</section>
{{/BREAKDOWN}}

<section aria-labelledby="h-delays">
<h2 id="h-delays">_("Delays")</h2>
<p class="muted">_("In calendar hours, nights and week-ends included, over the requests that reached that step.")</p>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="c-delays"><table id="t-delays">
<caption id="c-delays">_("Delays")</caption>
<thead><tr><th scope="col">_("Step")</th><th scope="col">_("Requests")</th><th scope="col">_("Median (hours)")</th><th scope="col">_("Mean (hours)")</th></tr></thead>
<tbody>{{#DELAY}}<tr><th scope="row">{{NAME}}</th><td>{{REQUESTS}}</td><td>{{MEDIAN}}</td><td>{{MEAN}}</td></tr>{{/DELAY}}</tbody>
</table></div>
</section>

<section aria-labelledby="h-follow">
<h2 id="h-follow">_("Orientations, transfers and unmet needs")</h2>
<ul>
<li>_("Services proposed: {{ORIENTATIONS}}")</li>
<li>_("Unmet needs flagged: {{UNMET_NEEDS}}")</li>
</ul>
{{#NO_TRANSFER}}<p class="muted">_("No transfer between lines in this period.")</p>{{/NO_TRANSFER}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="c-transfers"><table id="t-transfers">
<caption id="c-transfers">_("Transfers between lines")</caption>
<thead><tr><th scope="col">_("Status")</th><th scope="col">_("Transfers")</th>{{#TRANSFER_DIRECTIONS}}<th scope="col">_("Sent")</th><th scope="col">_("Received")</th>{{/TRANSFER_DIRECTIONS}}</tr></thead>
<tbody>{{#TRANSFER}}<tr><th scope="row">{{STATUS}}</th><td>{{COUNT}}</td>{{#TRANSFER_DIRECTIONS}}<td>{{SENT}}</td><td>{{RECEIVED}}</td>{{/TRANSFER_DIRECTIONS}}</tr>{{/TRANSFER}}</tbody>
</table></div>
</section>

<section aria-labelledby="h-cross">
<h2 id="h-cross">_("Persons concerned by care area and age")</h2>
{{#SUPPRESSED}}<p class="muted">_("Cells of fewer than 5 requests are shown as “< 5”, so that no person can be recognised from a combination of place and age.")</p>{{/SUPPRESSED}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="c-cross"><table id="t-cross">
<caption id="c-cross">_("Persons concerned by care area and age")</caption>
<thead><tr><th scope="col">_("Care area")</th>{{#CROSS_COLUMN}}<th scope="col">{{NAME}}</th>{{/CROSS_COLUMN}}</tr></thead>
<tbody>{{#CROSS_ROW}}<tr><th scope="row">{{NAME}}</th>{{#CELL}}<td>{{#SHOWN}}{{COUNT}}{{/SHOWN}}{{#SMALL}}<abbr title="_("fewer than 5")">&lt; 5</abbr>{{/SMALL}}</td>{{/CELL}}</tr>{{/CROSS_ROW}}</tbody>
</table></div>
</section>
<script src="{{STATIC}}/vendor/chart.umd.min.js" defer></script>
<script src="{{STATIC}}/js/helpdesk-statistics.js" defer></script>
{{/FIGURES}}
