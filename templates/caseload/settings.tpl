{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="meta"><a href="/caseload/teams/{{TEAM_ID}}">{{TEAM_NAME}}</a> · {{TEAM_KIND}} · {{ORGANISATION}}</p>
<form method="post" action="/caseload/teams/{{TEAM_ID}}/settings" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="fte">_("Full-time equivalents of the team")</label><input type="text" inputmode="decimal" id="fte" name="fte" value="{{FTE}}" maxlength="8">{{#FTE_INVALID}}<span class="field-error">{{FTE_ERROR}}</span>{{/FTE_INVALID}}</div>
  <div><label for="territory">_("Territory")</label><select id="territory" name="territory">{{#TERRITORY_OPTION}}<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/TERRITORY_OPTION}}</select></div>
  <div><label for="rescore_min_days">_("Minimum days between two scores")</label><input type="number" id="rescore_min_days" name="rescore_min_days" value="{{RESCORE_MIN_DAYS}}" min="0" max="730"></div>
  <div><label for="no_news_days">_("Days without contact before \"No news\"")</label><input type="number" id="no_news_days" name="no_news_days" value="{{NO_NEWS_DAYS}}" min="7" max="730"></div>
  <div><label for="retention_months">_("Months the notes are kept after the end")</label><input type="number" id="retention_months" name="retention_months" value="{{RETENTION_MONTHS}}" min="1" max="240"></div>
  <button type="submit">_("Save")</button>
</form>
{{#VOCABULARY}}<section aria-labelledby="h-{{VOCABULARY}}">
<h2 id="h-{{VOCABULARY}}">{{HEADING}}</h2>
<ul>{{#TERM}}<li>{{LABEL}}{{#HAS_RANGE}} ({{MIN}}-{{MAX}}){{/HAS_RANGE}}{{#INACTIVE}} · <span class="muted">_("not offered")</span>{{/INACTIVE}}
<form method="post" action="/caseload/teams/{{TEAM_ID}}/terms/{{ID}}" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}">{{#ACTIVE}}<input type="hidden" name="active" value="0"><button type="submit" class="link-button">_("Stop offering")</button>{{/ACTIVE}}{{#INACTIVE}}<input type="hidden" name="active" value="1"><button type="submit" class="link-button">_("Offer again")</button>{{/INACTIVE}}</form></li>{{/TERM}}</ul>
<form method="post" action="/caseload/teams/{{TEAM_ID}}/terms" class="row">
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="vocabulary" value="{{VOCABULARY}}">
  <div><label for="label-{{VOCABULARY}}">_("New term")</label><input type="text" id="label-{{VOCABULARY}}" name="label" maxlength="80"></div>
  {{#RANGE}}<div><label for="min-{{VOCABULARY}}">_("Lowest score")</label><input type="number" id="min-{{VOCABULARY}}" name="min_value"></div><div><label for="max-{{VOCABULARY}}">_("Highest score")</label><input type="number" id="max-{{VOCABULARY}}" name="max_value"></div>{{/RANGE}}
  <button type="submit" class="secondary">_("Add")</button>
</form>
</section>{{/VOCABULARY}}
