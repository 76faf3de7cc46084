{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
{{#EXISTING}}<p><a href="/offers/{{OFFER_ID}}">_("See the offer's page")</a> · <a href="/offers/{{OFFER_ID}}/evaluations">_("Its questionnaire and evaluation results")</a></p>{{/EXISTING}}
<form method="post" action="{{ACTION}}" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="type">_("Kind of offer")</label><select id="type" name="type">{{#TYPE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE_OPTION}}</select></div>
  <div><label for="title_fr">_("Title in French")</label><input type="text" id="title_fr" name="title_fr" value="{{TITLE_FR}}" maxlength="300" lang="fr"></div>
  <div><label for="title_nl">_("Title in Dutch")</label><input type="text" id="title_nl" name="title_nl" value="{{TITLE_NL}}" maxlength="300" lang="nl"></div>
  <div><label for="title_en">_("Title in English")</label><input type="text" id="title_en" name="title_en" value="{{TITLE_EN}}" maxlength="300" lang="en"></div>
  <div><label for="description_fr">_("Description in French")</label><textarea id="description_fr" name="description_fr" rows="4" maxlength="8000" lang="fr">{{DESCRIPTION_FR:pre_escape}}</textarea></div>
  <div><label for="description_nl">_("Description in Dutch")</label><textarea id="description_nl" name="description_nl" rows="4" maxlength="8000" lang="nl">{{DESCRIPTION_NL:pre_escape}}</textarea></div>
  <div><label for="description_en">_("Description in English")</label><textarea id="description_en" name="description_en" rows="4" maxlength="8000" lang="en">{{DESCRIPTION_EN:pre_escape}}</textarea><span class="hint">_("A missing translation shows the French, then the Dutch, then the English text.")</span></div>
  <div><label for="easy_fr">_("In easy words, for service users (French)")</label><textarea id="easy_fr" name="easy_fr" rows="3" maxlength="2000" lang="fr">{{EASY_FR:pre_escape}}</textarea><span class="hint">_("Short sentences and everyday words: what happens, where, for whom, what it costs.")</span></div>
  <div><label for="easy_nl">_("In easy words (Dutch)")</label><textarea id="easy_nl" name="easy_nl" rows="3" maxlength="2000" lang="nl">{{EASY_NL:pre_escape}}</textarea></div>
  <div><label for="easy_en">_("In easy words (English)")</label><textarea id="easy_en" name="easy_en" rows="3" maxlength="2000" lang="en">{{EASY_EN:pre_escape}}</textarea></div>
  <div><label for="organisers">_("Organised by")</label><select id="organisers" name="organisers" multiple>{{#ORG_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ORG_OPTION}}</select></div>
  <div><label for="territory">_("Territory")</label><select id="territory" name="territory">{{#BASSIN_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/BASSIN_OPTION}}</select></div>
  <fieldset id="languages"><legend>_("Languages of the sessions")</legend>{{#LANGUAGE_OPTION}}<label><input type="checkbox" name="languages" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/LANGUAGE_OPTION}}</fieldset>
  <div><label for="audience">_("Who the offer is for")</label><select id="audience" name="audience">{{#AUDIENCE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AUDIENCE_OPTION}}</select></div>
  <div><label for="theme">_("Theme")</label><select id="theme" name="theme"><option value="">_("No theme")</option>{{#THEME_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/THEME_OPTION}}</select></div>
  <div><label for="visibility">_("Who sees the offer")</label><select id="visibility" name="visibility">{{#VISIBILITY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/VISIBILITY_OPTION}}</select><p class="hint">_("An immersion is always seen only by the staff of the institutions of the immersion network.")</p></div>
  <div><label for="conditions">_("Hosting conditions (immersions)")</label><textarea id="conditions" name="conditions" rows="2" maxlength="4000">{{CONDITIONS:pre_escape}}</textarea></div>
  <fieldset><legend>_("Registration rules")</legend>
    <div><label for="capacity">_("Seats per session")</label><input type="number" id="capacity" name="capacity" value="{{CAPACITY}}" min="1" max="10000"></div>
    <div><label><input type="checkbox" name="approval_required" value="1"{{#APPROVAL}} checked{{/APPROVAL}}> _("I approve each registration")</label></div>
    <div><label><input type="checkbox" name="one_per_institution" value="1"{{#ONE_PER_INSTITUTION}} checked{{/ONE_PER_INSTITUTION}}> _("One person per institution")</label></div>
    <div><label><input type="checkbox" name="waiting_list" value="1"{{#WAITING_LIST}} checked{{/WAITING_LIST}}> _("Waiting list with automatic promotion")</label></div>
    <div><label for="sector_quota">_("At most this many people per sector (0: no quota)")</label><input type="number" id="sector_quota" name="sector_quota" value="{{QUOTA}}" min="0"></div>
    <div><label for="cancellation_hours">_("Cancellation possible until this many hours before")</label><input type="number" id="cancellation_hours" name="cancellation_hours" value="{{CANCEL_HOURS}}" min="0"></div>
    <div><label for="hold_hours">_("Hours a seat is held for an unconfirmed e-mail registration")</label><input type="number" id="hold_hours" name="hold_hours" value="{{HOLD_HOURS}}" min="1"></div>
  </fieldset>
  <div><label><input type="checkbox" name="published" value="1"{{#PUBLISHED}} checked{{/PUBLISHED}}> _("Published in the catalogue")</label></div>
  <div><button type="submit">_("Save the offer")</button></div>
</form>
{{#EXISTING}}
<h2 id="sessions-title">_("Sessions")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="sessions-title"><table>
<thead><tr><th scope="col">_("Date")</th><th scope="col">_("Place")</th><th scope="col">_("Seats")</th><th scope="col">_("Change")</th></tr></thead>
<tbody>{{#SESSION}}<tr><td>{{DATE}}, {{START}}–{{END}}{{#CANCELLED}} <span class="badge off">_("Cancelled")</span>{{/CANCELLED}}</td><td>{{PLACE}}</td><td>_("{{CONFIRMED}} confirmed, {{WAITING}} waiting") — <a href="/offers/sessions/{{SESSION_ID}}/registrations">_("Registrations and attendance")</a></td>
<td><form method="post" action="/offers/sessions/{{SESSION_ID}}/edit" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><label for="cap{{SESSION_ID}}" class="visually-hidden">_("Seats per session")</label><input type="number" id="cap{{SESSION_ID}}" name="capacity" value="{{CAPACITY}}" min="1"> <button type="submit" class="secondary">_("Save")</button></form>
{{#REGISTRABLE}}<form method="post" action="/offers/sessions/{{SESSION_ID}}/edit" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="capacity" value="{{CAPACITY}}"><input type="hidden" name="closed" value="1"><button type="submit" class="secondary">_("Close registrations")</button></form>{{/REGISTRABLE}}
{{#CLOSED}}<form method="post" action="/offers/sessions/{{SESSION_ID}}/edit" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="capacity" value="{{CAPACITY}}"><input type="hidden" name="reopen" value="1"><button type="submit" class="secondary">_("Reopen registrations")</button></form>{{/CLOSED}}
{{#NOT_CANCELLED}}<form method="post" action="/offers/sessions/{{SESSION_ID}}/edit" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="cancel" value="1"><button type="submit" class="danger">_("Cancel the session")</button></form>{{/NOT_CANCELLED}}</td></tr>{{/SESSION}}</tbody>
</table></div>
{{#ROTATION}}<p>_("Institutions that have not hosted a session yet:") {{#NOT_HOSTED}}<span class="badge">{{NAME}}</span> {{/NOT_HOSTED}}</p>{{/ROTATION}}
<section class="card" aria-labelledby="new-session-title">
<h2 id="new-session-title">_("Add a session")</h2>
<form method="post" action="/offers/{{OFFER_ID}}/sessions" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="date">_("Date")</label><input type="date" id="date" name="date" value="{{NEW_DATE}}" required></div>
  <div><label for="start">_("Start")</label><input type="time" id="start" name="start" value="09:30" required></div>
  <div><label for="end">_("End")</label><input type="time" id="end" name="end" value="12:00" required></div>
  <div><label for="format">_("Format")</label><select id="format" name="format"><option value="on_site">_("On site")</option><option value="online">_("Online")</option><option value="hybrid">_("Hybrid")</option></select></div>
  <div><label for="place">_("Place")</label><input type="text" id="place" name="place" maxlength="300"></div>
  <div><label for="postal_code">_("Postal code")</label><input type="text" id="postal_code" name="postal_code" maxlength="4" inputmode="numeric"></div>
  <fieldset><legend>_("Point on the map (optional)")</legend>
    <p class="hint" id="point-hint">_("Found by itself when the place is the directory address of the host or an organiser. Otherwise, to count the session in its quarter, give the point's latitude and longitude, such as 50.8280 and 4.3620.")</p>
    <div><label for="latitude">_("Latitude")</label><input type="text" id="latitude" name="latitude" maxlength="20" inputmode="decimal" aria-describedby="point-hint"></div>
    <div><label for="longitude">_("Longitude")</label><input type="text" id="longitude" name="longitude" maxlength="20" inputmode="decimal" aria-describedby="point-hint"></div>
  </fieldset>
  <div><label for="online_url">_("Online link")</label><input type="text" id="online_url" name="online_url" maxlength="500" placeholder="https://"></div>
  <div><label for="new_capacity">_("Seats per session")</label><input type="number" id="new_capacity" name="capacity" value="{{NEW_CAPACITY}}" min="1"></div>
  <div><button type="submit">_("Add the session")</button></div>
</form>
</section>
{{/EXISTING}}
