<p class="lead">_("The unmet needs the helpdesk and the teams observe, by theme and territory, over the year: a view to prepare a Conseil de l'Action.")</p>
<form method="get" action="/observatory/needs" class="filters" aria-label="_("Choose the year and the territory")">
  <div><label for="year">_("Year")</label><input type="number" id="year" name="year" value="{{YEAR}}" min="2000" max="2100"></div>
  <div><label for="filter-territory">_("Territory")</label><select id="filter-territory" name="territory"><option value="">_("Every territory")</option>{{#FILTER_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FILTER_OPTION}}</select></div>
  <div><button type="submit">_("Show")</button></div>
</form>
{{#NONE}}<p class="muted">_("Nothing in this period.")</p>{{/NONE}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="by-territory"><table>
<caption id="by-territory">_("By theme and territory")</caption>
<thead><tr><th scope="col">_("Theme")</th>{{#TERRITORY_HEAD}}<th scope="col">{{NAME}}</th>{{/TERRITORY_HEAD}}</tr></thead>
<tbody>{{#THEME_ROW}}<tr><th scope="row">{{THEME}}</th>{{#CELL}}<td>{{N}}</td>{{/CELL}}</tr>{{/THEME_ROW}}</tbody>
</table></div>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="by-quarter"><table>
<caption id="by-quarter">_("By theme and quarter")</caption>
<thead><tr><th scope="col">_("Theme")</th><th scope="col">_("January-March")</th><th scope="col">_("April-June")</th><th scope="col">_("July-September")</th><th scope="col">_("October-December")</th><th scope="col">_("Total")</th></tr></thead>
<tbody>{{#QUARTER_ROW}}<tr><th scope="row">{{THEME}}</th>{{#CELL}}<td>{{N}}</td>{{/CELL}}</tr>{{/QUARTER_ROW}}</tbody>
</table></div>
<section aria-labelledby="observations-title">
<h2 id="observations-title">_("Observations, the latest first")</h2>
<ul class="observations">{{#OBSERVATION}}<li><strong>{{THEME}}</strong> · {{TERRITORY}} · {{DATE}} · <span class="muted">{{SOURCE}}</span><br>{{SENTENCE}} <span class="muted">{{PUBLIC}}</span></li>{{/OBSERVATION}}</ul>
</section>
<section class="card no-print" aria-labelledby="new-need-title">
<h2 id="new-need-title">_("An observation")</h2>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/observatory/needs" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="theme">_("Theme")</label><input id="theme" name="theme" value="{{THEME}}" maxlength="120" required{{#THEME_INVALID}} aria-invalid="true" aria-describedby="theme-error"{{/THEME_INVALID}}>
    {{#THEME_INVALID}}<span class="field-error" id="theme-error">{{THEME_ERROR}}</span>{{/THEME_INVALID}}</div>
  <div><label for="public_group">_("Public concerned")</label><input id="public_group" name="public_group" value="{{PUBLIC_GROUP}}" maxlength="120">
    {{#PUBLIC_GROUP_INVALID}}<span class="field-error" id="public_group-error">{{PUBLIC_GROUP_ERROR}}</span>{{/PUBLIC_GROUP_INVALID}}</div>
  <div><label for="territory">_("Territory")</label><select id="territory" name="territory">{{#TERRITORY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TERRITORY_OPTION}}</select>
    {{#TERRITORY_INVALID}}<span class="field-error" id="territory-error">{{TERRITORY_ERROR}}</span>{{/TERRITORY_INVALID}}</div>
  <div><label for="sentence">_("What was observed, in one sentence")</label><textarea id="sentence" name="sentence" rows="2" maxlength="500" required{{#SENTENCE_INVALID}} aria-invalid="true" aria-describedby="sentence-error"{{/SENTENCE_INVALID}}>{{SENTENCE}}</textarea>
    {{#SENTENCE_INVALID}}<span class="field-error" id="sentence-error">{{SENTENCE_ERROR}}</span>{{/SENTENCE_INVALID}}</div>
  <div><label for="date">_("Date")</label><input type="date" id="date" name="date" value="{{DATE}}" required{{#DATE_INVALID}} aria-invalid="true" aria-describedby="date-error"{{/DATE_INVALID}}>
    {{#DATE_INVALID}}<span class="field-error" id="date-error">{{DATE_ERROR}}</span>{{/DATE_INVALID}}</div>
  <div><label for="correction">_("If the report of that year is published: what you correct and why")</label><input id="correction" name="correction" maxlength="300" value="{{CORRECTION}}"{{#CORRECTION_INVALID}} aria-invalid="true" aria-describedby="correction-error"{{/CORRECTION_INVALID}}>
    {{#CORRECTION_INVALID}}<span class="field-error" id="correction-error">{{CORRECTION_ERROR}}</span>{{/CORRECTION_INVALID}}</div>
  <div><button type="submit">_("Record the observation")</button></div>
</form>
</section>
