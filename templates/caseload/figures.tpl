<p class="meta">{{#INSIDE}}<a href="/caseload/teams/{{TEAM_ID}}">{{TEAM_NAME}}</a>{{/INSIDE}}{{#OUTSIDE}}{{TEAM_NAME}}{{/OUTSIDE}}</p>
<form method="get" action="/caseload/teams/{{TEAM_ID}}/figures" class="filters">
  <label for="year">_("Year")</label>
  <select id="year" name="year">{{#YEAR_OPTION}}<option value="{{YEAR}}"{{#SELECTED}} selected{{/SELECTED}}>{{YEAR}}</option>{{/YEAR_OPTION}}</select>
  <button type="submit">_("Show")</button>
</form>
<form method="get" action="/caseload/teams/{{TEAM_ID}}/figures" class="filters">
  <label for="from">_("From")</label><input type="date" id="from" name="from" value="{{FROM}}">
  <label for="to">_("To")</label><input type="date" id="to" name="to" value="{{TO}}">
  <button type="submit" class="secondary">_("Show this period")</button>
</form>
{{#HAS_ERROR}}<div class="errors" role="alert"><p>{{ERROR}}</p></div>{{/HAS_ERROR}}
{{#FIGURES}}
<p class="scope">_("From {{PERIOD_FROM}} to {{PERIOD_TO}}; the period before: {{PREVIOUS_FROM}} to {{PREVIOUS_TO}}.")</p>
<p class="muted">_("Counts only, from the coded fields of the team's records: no note is read here.") {{#OUTSIDE}}_("You read this team's figures from outside it: counts below 5 are hidden.") {{/OUTSIDE}}</p>
<p><a href="/caseload/teams/{{TEAM_ID}}/figures.csv?{{CSV_QUERY}}" download>_("Download the figures (CSV)")</a></p>
{{#TABLE}}
<section aria-labelledby="h-{{N}}">
<h2 id="h-{{N}}">{{TITLE}}</h2>
<div class="{{#HAS_CHART}}chart-pair{{/HAS_CHART}}{{#NO_CHART}}table-only{{/NO_CHART}}">
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="c-{{N}}"><table{{#HAS_CHART}} data-chart="{{CHART}}"{{/HAS_CHART}} id="t-{{N}}">
<caption id="c-{{N}}">{{TITLE}}</caption>
<thead><tr>{{#FIRST_COLUMN}}<th scope="col">{{NAME}}</th>{{/FIRST_COLUMN}}{{#COLUMN}}<th scope="col"{{#SERIES}} data-series{{/SERIES}}>{{NAME}}</th>{{/COLUMN}}</tr></thead>
<tbody>{{#ROW}}<tr>{{#HEAD}}<th scope="row">{{TEXT}}</th>{{/HEAD}}{{#CELL}}<td{{#HAS_VALUE}} data-value="{{VALUE}}"{{/HAS_VALUE}}>{{TEXT}}</td>{{/CELL}}</tr>{{/ROW}}</tbody>
</table></div>
</div>
{{#HAS_NOTE}}<p class="muted">{{NOTE}}</p>{{/HAS_NOTE}}
</section>
{{/TABLE}}
{{#HAS_SCORE_ROWS}}<section aria-labelledby="h-people-scores">
<h2 id="h-people-scores">_("Functioning score of each person followed")</h2>
<p class="muted">_("For the team only: never shown outside it.")</p>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="c-people-scores"><table>
<caption id="c-people-scores">_("Functioning score of each person followed")</caption>
<thead><tr><th scope="col">_("Code of the person")</th><th scope="col">_("Instrument")</th><th scope="col">_("At entry")</th><th scope="col">_("Now")</th></tr></thead>
<tbody>{{#SCORE_ROW}}<tr><th scope="row"><a href="/caseload/people/{{EPISODE_ID}}">{{CODE}}</a></th><td>{{INSTRUMENT}}</td><td>{{ENTRY}}</td><td>{{#HAS_NOW}}{{NOW}}{{/HAS_NOW}}{{#NO_NEWS}}_("No news"){{/NO_NEWS}}{{#NOT_RESCORED}}—{{/NOT_RESCORED}}</td></tr>{{/SCORE_ROW}}</tbody>
</table></div></section>{{/HAS_SCORE_ROWS}}
<script src="{{STATIC}}/vendor/chart.umd.min.js" defer></script>
<script src="{{STATIC}}/js/helpdesk-statistics.js" defer></script>
{{/FIGURES}}
