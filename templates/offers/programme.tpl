<p>{{BASSIN}} · _("Week of {{WEEK}}")</p>
{{#REGISTRATION_NOT_OPEN}}<p>_("Registrations open on {{OPENS}}.")</p>{{/REGISTRATION_NOT_OPEN}}
{{#HAS_RESULTS}}<div class="flash" role="status"><ul>{{#RESULT}}<li>{{LABEL}}: <strong>{{OUTCOME}}</strong></li>{{/RESULT}}</ul></div>{{/HAS_RESULTS}}
<form method="get" action="/offers/open-door/{{CAMPAIGN_ID}}" class="filters" role="search" aria-label="_("Filter the programme")">
  <div><label for="day">_("Day")</label><select id="day" name="day"><option value="">_("Every day")</option>{{#DAY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/DAY_OPTION}}</select></div>
  <div><label for="commune">_("Commune")</label><select id="commune" name="commune"><option value="">_("Every commune")</option>{{#COMMUNE_OPTION}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/COMMUNE_OPTION}}</select></div>
  <div><label for="theme">_("Theme")</label><select id="theme" name="theme"><option value="">_("Every theme")</option>{{#THEME_OPTION}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/THEME_OPTION}}</select></div>
  <div><button type="submit">_("Show")</button></div>
</form>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/offers/open-door/{{CAMPAIGN_ID}}/register" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF}}">
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="page-title"><table id="session_id">
<thead><tr><th scope="col"><span class="visually-hidden">_("Choose")</span></th><th scope="col">_("Date")</th><th scope="col">_("Organisation")</th><th scope="col">_("Commune")</th><th scope="col">_("Theme")</th><th scope="col">_("Seats")</th></tr></thead>
<tbody>{{#SLOT}}<tr><td>{{#REGISTRABLE}}<input type="checkbox" name="session_id" value="{{SESSION_ID}}" id="v{{SESSION_ID}}" aria-label="{{HOST}} {{DATE}} {{START}}"{{#CHECKED}} checked{{/CHECKED}}>{{/REGISTRABLE}}</td><td>{{DATE}}, {{START}}–{{END}}</td><td>{{HOST}}<br><span class="muted">{{PLACE}}</span></td><td>{{COMMUNE}}</td><td>{{THEME}}</td><td>{{#HAS_FREE}}_("{{FREE}} of {{CAPACITY}} free"){{/HAS_FREE}}{{#FULL}}_("Full: waiting list"){{/FULL}}</td></tr>{{/SLOT}}</tbody>
</table></div>
{{#REGISTRATION_OPEN}}
<fieldset class="stack no-print"><legend>_("Register for the chosen visits")</legend>
  {{#AS_ANONYMOUS}}
  <div><label for="name">_("Name")</label><input type="text" id="name" name="name" value="{{NAME}}" maxlength="200" required></div>
  <div><label for="email">_("E-mail address")</label><input type="email" id="email" name="email" value="{{EMAIL}}" maxlength="254" required></div>
  <div><label for="organisation">_("Organisation")</label><input type="text" id="organisation" name="organisation" value="{{ORGANISATION}}" maxlength="300" required></div>
  <div><label for="function">_("Function")</label><input type="text" id="function" name="function" value="{{FUNCTION}}" maxlength="200"></div>
  {{/AS_ANONYMOUS}}
  <div><label for="sector">_("Sector")</label><select id="sector" name="sector"><option value="">_("Choose")</option>{{#SECTOR_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SECTOR_OPTION}}</select></div>
  <div><label for="phone">_("Mobile number for an SMS reminder (optional)")</label><input type="text" id="phone" name="phone" value="{{PHONE}}" maxlength="30" inputmode="tel"></div>
  <div><button type="submit">_("Register for the chosen visits")</button></div>
</fieldset>
{{/REGISTRATION_OPEN}}
</form>
