<form method="get" action="/agenda/programme" class="filters no-print" aria-label="_("Choose the programme")">
  <div><label for="bassin">_("Care area")</label><select id="bassin" name="bassin"><option value="">_("The whole region")</option>{{#BASSIN_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/BASSIN_OPTION}}</select></div>
  <div><label for="month">_("Month")</label><input type="month" id="month" name="month" value="{{MONTH}}" placeholder="_("YYYY-MM")"></div>
  <div><button type="submit">_("Show")</button></div>
</form>
<p class="lead">_("Activities for the people we accompany and their relatives: {{AREA}}. Print this page to hand it out or pin it up.")</p>
{{#NO_ITEM}}<p>_("No activity this month yet.")</p>{{/NO_ITEM}}
{{#DAY}}
<section class="agenda-day" aria-labelledby="day-{{DAY_ISO}}">
<h2 id="day-{{DAY_ISO}}">{{DATE}}</h2>
{{#ITEM}}<article class="agenda-item">
<h3>{{START}}–{{END}} · {{TITLE}}</h3>
<p>{{PLACE}}</p>
<p>{{DESCRIPTION}}</p>
<p class="muted">{{#HAS_FREE}}_("{{FREE}} seats left"){{/HAS_FREE}}{{#FULL}}_("Full: waiting list"){{/FULL}}{{#CLOSED}}_("Registration closed"){{/CLOSED}}</p>
</article>{{/ITEM}}
</section>
{{/DAY}}
