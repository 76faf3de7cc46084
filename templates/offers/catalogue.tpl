<p class="lead">_("Intervision groups, communities of practice, immersions, open-door weeks, information sessions, webinars, thematic concertations and trainings: every way to meet the professionals of the territory, in one place.")</p>
<form method="get" action="/offers" class="filters" role="search" aria-label="_("Filter the offers")">
  <div><label for="type">_("Kind of offer")</label><select id="type" name="type"><option value="">_("All kinds")</option>{{#TYPE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE_OPTION}}</select></div>
  <div><label for="bassin">_("Care area")</label><select id="bassin" name="bassin"><option value="">_("The whole region")</option>{{#BASSIN_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/BASSIN_OPTION}}</select></div>
  {{#HAS_ZONES}}<div><label for="zone">_("Zone")</label><select id="zone" name="zone"><option value="">_("All zones")</option>{{#ZONE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ZONE_OPTION}}</select></div>{{/HAS_ZONES}}
  <div><label for="language">_("Language")</label><select id="language" name="language"><option value="">_("All languages")</option>{{#LANGUAGE_OPTION}}<option value="{{CODE}}" lang="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LANGUAGE_OPTION}}</select></div>
  <div><label for="month">_("Month")</label><input type="month" id="month" name="month" value="{{MONTH}}" placeholder="_("YYYY-MM")"></div>
  <div><button type="submit">_("Show")</button></div>
</form>
<p role="status">{{COUNT_LABEL}}{{#LOGGED_IN_LINKS}} · <a href="/offers/mine">_("My registrations")</a>{{/LOGGED_IN_LINKS}}</p>
{{#IMMERSIONS_FOR_NETWORK}}<p class="hint">_("Immersions are visible only to the staff of the institutions of the immersion network.") {{#NETWORK_LINK}}<a href="/offers/immersions/network">_("Join the immersion network for your organisation")</a>{{/NETWORK_LINK}}</p>{{/IMMERSIONS_FOR_NETWORK}}
{{#NO_OFFER}}<p>_("No offer matches these filters. Try another month or the whole region.")</p>{{/NO_OFFER}}
{{#GROUP}}
<section aria-labelledby="group-{{GROUP_ID}}">
<h2 id="group-{{GROUP_ID}}">{{GROUP_LABEL}}</h2>
<div class="cards">
{{#OFFER}}
<article class="card">
  <h3><a href="/offers/{{OFFER_ID}}">{{TITLE}}</a></h3>
  <p class="muted">{{TERRITORY}} · {{LANGUAGES}}{{#MEMBERS_ONLY}} · <span class="badge">_("Network members")</span>{{/MEMBERS_ONLY}}</p>
  {{#NEXT}}<p><strong>{{DATE}}</strong>, {{START}}–{{END}}<br>{{#HAS_FREE}}_("{{FREE}} seats left"){{/HAS_FREE}}{{#FULL}}<span class="badge off">_("Full: waiting list")</span>{{/FULL}}</p>{{/NEXT}}
  <p class="muted">{{UPCOMING}}</p>
</article>
{{/OFFER}}
</div>
</section>
{{/GROUP}}
