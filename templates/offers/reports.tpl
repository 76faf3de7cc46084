<p class="lead">_("The figures of each kind of offer, for a period and a care area. A care area's figures are those of its own offers and, in the offers of the whole region, those of the participants of its organisations. Each figure opens the list it counts.")</p>
<form method="get" action="/offers/reports" class="filters" aria-label="_("Choose the period and the care area")">
  <div><label for="year">_("Period")</label><select id="year" name="year">{{#YEAR_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/YEAR_OPTION}}</select></div>
  <div><label for="bassin">_("Care area")</label><select id="bassin" name="bassin"><option value="">_("The whole region")</option>{{#BASSIN_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/BASSIN_OPTION}}</select></div>
  <div><button type="submit">_("Show")</button></div>
</form>
<p role="status">_("Sessions from {{FROM}} to {{TO}}.")</p>
{{#TABLE}}
<section aria-labelledby="report-{{ID}}">
<h2 id="report-{{ID}}">{{HEADING}}</h2>
<p><a href="/offers/reports.csv?table={{ID}}&amp;{{QUERY}}" download>_("Download this table as CSV")</a></p>
{{#EMPTY}}<p class="muted">_("Nothing in this period.")</p>{{/EMPTY}}
<div class="table-wrap" role="region" tabindex="0" aria-label="{{HEADING}}"><table>
<thead><tr>{{#COLUMN}}<th scope="col">{{LABEL}}</th>{{/COLUMN}}</tr></thead>
<tbody>{{#ROW}}<tr><th scope="row">{{LABEL}}</th>{{#CELL}}<td>{{#HAS_LINK}}<a href="{{LINK}}">{{TEXT}}</a>{{/HAS_LINK}}{{#NO_LINK}}{{TEXT}}{{/NO_LINK}}</td>{{/CELL}}</tr>{{/ROW}}</tbody>
</table></div>
</section>
{{/TABLE}}
