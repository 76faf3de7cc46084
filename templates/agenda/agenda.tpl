<p class="lead">_("Every public session ahead of the networks' offers: information sessions, webinars, trainings, open-door weeks, groups for professionals and for the people they accompany.")</p>
<form method="get" action="/agenda" class="filters" role="search" aria-label="_("Filter the agenda")">
  <div><label for="bassin">_("Care area")</label><select id="bassin" name="bassin"><option value="">_("The whole region")</option>{{#BASSIN_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/BASSIN_OPTION}}</select></div>
  {{#HAS_ZONES}}<div><label for="zone">_("Zone")</label><select id="zone" name="zone"><option value="">_("All zones")</option>{{#ZONE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ZONE_OPTION}}</select></div>{{/HAS_ZONES}}
  <div><label for="theme">_("Theme")</label><select id="theme" name="theme"><option value="">_("All themes")</option>{{#THEME_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/THEME_OPTION}}</select></div>
  <div><label for="type">_("Kind of offer")</label><select id="type" name="type"><option value="">_("All kinds")</option>{{#TYPE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE_OPTION}}</select></div>
  <div><label for="audience">_("For whom")</label><select id="audience" name="audience"><option value="">_("Everyone")</option>{{#AUDIENCE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AUDIENCE_OPTION}}</select></div>
  <div><label for="view">_("View")</label><select id="view" name="view"><option value="list"{{#LIST_SELECTED}} selected{{/LIST_SELECTED}}>_("List")</option><option value="month"{{#MONTH_SELECTED}} selected{{/MONTH_SELECTED}}>_("Month")</option></select></div>
  <div><button type="submit">_("Show")</button></div>
</form>
<p role="status">{{COUNT_LABEL}}</p>
<p class="no-print"><a href="/newsletters">_("Receive the newsletter of your care area")</a></p>
<p class="no-print">_("Follow this agenda:") <a href="/agenda.ics{{FEED_QUERY}}">_("calendar (iCalendar)")</a> · <a href="/agenda.atom{{FEED_QUERY}}">_("news feed (Atom)")</a> · <a href="/agenda.json{{FEED_QUERY}}">_("data (JSON)")</a> · {{#LIST_VIEW}}<a href="/agenda?view=month{{AMP_QUERY}}">_("See the month")</a>{{/LIST_VIEW}}{{#MONTH_VIEW}}<a href="/agenda{{FEED_QUERY}}">_("See the list")</a>{{/MONTH_VIEW}}</p>
{{#LIST_VIEW}}
{{#NO_ITEM}}<p>_("No session ahead matches these filters. Try the whole region or another theme.")</p>{{/NO_ITEM}}
{{#DAY}}
<section class="agenda-day" aria-labelledby="day-{{DAY_ISO}}">
<h2 id="day-{{DAY_ISO}}">{{DATE}}</h2>
<ul class="agenda-items">
{{#ITEM}}<li class="agenda-item"><p><strong>{{START}}–{{END}}</strong> <a href="{{URL}}">{{TITLE}}</a></p>
<p class="muted"><span class="badge">{{TYPE_LABEL}}</span>{{#HAS_THEME}} · {{THEME_LABEL}}{{/HAS_THEME}} · {{TERRITORY}}{{#FOR_SERVICE_USERS}} · <span class="badge">{{AUDIENCE_LABEL}}</span>{{/FOR_SERVICE_USERS}}</p>
<p>{{PLACE}} · {{#HAS_FREE}}_("{{FREE}} seats left"){{/HAS_FREE}}{{#FULL}}_("Full: waiting list"){{/FULL}}{{#CLOSED}}_("Registration closed"){{/CLOSED}} · <a href="{{URL}}" aria-label="_("Register for {{TITLE}} on {{DATE}}")">_("Register")</a></p></li>
{{/ITEM}}
</ul>
</section>
{{/DAY}}
<nav class="pagination no-print" aria-label="_("Pages")">{{#HAS_PREVIOUS}}<a href="/agenda?page={{PREVIOUS_PAGE}}{{AMP_QUERY}}" rel="prev">_("Earlier sessions")</a> {{/HAS_PREVIOUS}}{{#HAS_NEXT}}<a href="/agenda?page={{NEXT_PAGE}}{{AMP_QUERY}}" rel="next">_("Later sessions")</a>{{/HAS_NEXT}}</nav>
{{/LIST_VIEW}}
{{#MONTH_VIEW}}
<nav class="no-print" aria-label="_("Months")"><a href="/agenda?view=month&amp;month={{PREVIOUS_MONTH}}{{AMP_QUERY}}" rel="prev">_("Previous month")</a> · <a href="/agenda?view=month&amp;month={{NEXT_MONTH}}{{AMP_QUERY}}" rel="next">_("Next month")</a></nav>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="month-title">
<table class="agenda-month">
<caption id="month-title">{{MONTH_LABEL}}</caption>
<thead><tr>{{#WEEKDAY}}<th scope="col">{{NAME}}</th>{{/WEEKDAY}}</tr></thead>
<tbody>
{{#WEEK}}<tr>{{#CELL}}{{#EMPTY_CELL}}<td></td>{{/EMPTY_CELL}}{{#DAY_CELL}}<td><span class="day-number" aria-label="{{WEEKDAY_NAME}} {{NUMBER}}">{{NUMBER}}</span>{{#ITEM}}<p><a href="{{URL}}">{{START}} {{TITLE}}</a></p>{{/ITEM}}</td>{{/DAY_CELL}}{{/CELL}}</tr>
{{/WEEK}}
</tbody>
</table>
</div>
{{/MONTH_VIEW}}
