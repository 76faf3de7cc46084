<p><span class="badge">{{TYPE_LABEL}}</span> {{TERRITORY}} · {{LANGUAGES}}{{#NOT_PUBLISHED}} · <span class="badge off">_("Not published")</span>{{/NOT_PUBLISHED}}</p>
{{#ORGANISER_LINKS}}<p class="no-print"><a href="/offers/{{OFFER_ID}}/edit">_("Edit the offer and its sessions")</a> · <a href="/offers/{{OFFER_ID}}/evaluations">_("Evaluation results")</a> · <a href="/offers/{{OFFER_ID}}/report.csv">_("Export the registrations (CSV)")</a> · <a href="/offers/{{OFFER_ID}}/sectors">_("Participants by sector")</a></p>{{/ORGANISER_LINKS}}
{{#HAS_PROGRAMME}}<p><a class="button" href="{{PROGRAMME_URL}}">_("See the programme and choose your visits")</a></p>{{/HAS_PROGRAMME}}
{{#HAS_EASY_TEXT}}<section class="card easy-read" aria-labelledby="easy-title"><h2 id="easy-title">_("In easy words")</h2><p>{{EASY_TEXT}}</p></section>{{/HAS_EASY_TEXT}}
<div class="description"><p>{{DESCRIPTION}}</p></div>
<p>_("Organised by:") {{#ORGANISER}}<strong>{{NAME}}</strong> {{/ORGANISER}}</p>
{{#HAS_CONDITIONS}}<p><strong>_("Hosting conditions:")</strong> {{CONDITIONS}}</p>{{/HAS_CONDITIONS}}
<ul>
  {{#APPROVAL}}<li>_("The organiser approves each registration.")</li>{{/APPROVAL}}
  {{#ONE_PER_INSTITUTION}}<li>_("One person per institution, so that the group mixes services.")</li>{{/ONE_PER_INSTITUTION}}
  {{#HAS_QUOTA}}<li>_("At most {{QUOTA}} people per sector.")</li>{{/HAS_QUOTA}}
  <li>_("You may cancel until {{CANCEL_HOURS}} hours before the start.")</li>
</ul>
<h2 id="sessions-title">_("Sessions")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="sessions-title"><table>
<thead><tr><th scope="col">_("Date")</th><th scope="col">_("Time")</th><th scope="col">_("Place")</th><th scope="col">_("Seats")</th></tr></thead>
<tbody>{{#SESSION}}<tr><td>{{DATE}}</td><td>{{START}}–{{END}}</td><td>{{PLACE}}{{#ONLINE}} _("(online)"){{/ONLINE}}{{#HOST}} — {{HOST}}{{/HOST}}</td><td>{{#CANCELLED}}<span class="badge off">_("Cancelled")</span>{{/CANCELLED}}{{#PAST}}_("Done"){{/PAST}}{{#HAS_RECORDING}} · <a href="{{RECORDING_URL}}">_("Watch the recording")</a>{{/HAS_RECORDING}}{{#CAN_RECORD}}<form method="post" action="/agenda/sessions/{{SESSION_ID}}/recording" class="inline no-print"><input type="hidden" name="_csrf" value="{{CSRF}}"> <label for="rec-{{SESSION_ID}}">_("Recording link")</label> <input type="url" id="rec-{{SESSION_ID}}" name="recording_url" value="{{RECORDING_URL}}" maxlength="500"> <button type="submit">_("Save")</button></form>{{/CAN_RECORD}}{{#REGISTRABLE}}{{#HAS_FREE}}_("{{FREE}} of {{CAPACITY}} free"){{/HAS_FREE}}{{#FULL}}_("Full, {{WAITING}} waiting"){{/FULL}}{{/REGISTRABLE}}</td></tr>{{/SESSION}}</tbody>
</table></div>
{{#HEAD_COUNTS}}<section aria-labelledby="head-counts-title">
<h2 id="head-counts-title">_("How many came")</h2>
<p>_("{{SESSIONS}} sessions counted, {{TOTAL}} attendances: {{AVERAGE}} people on average, at most {{HIGHEST}}.")</p>
<div class="chart-pair">
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="head-counts-caption"><table data-chart="line" id="head-counts">
<caption id="head-counts-caption">_("People who came to each session")</caption>
<thead><tr><th scope="col">_("Date")</th><th scope="col" data-series>_("People who came")</th></tr></thead>
<tbody>{{#HEAD_COUNT_ROW}}<tr><th scope="row">{{DATE}}</th><td data-value="{{COUNT}}">{{COUNT}}</td></tr>{{/HEAD_COUNT_ROW}}</tbody>
</table></div>
</div>
<script src="{{STATIC}}/vendor/chart.umd.min.js" defer></script>
<script src="{{STATIC}}/js/helpdesk-statistics.js" defer></script>
</section>{{/HEAD_COUNTS}}
<p class="no-print"><a href="/offers/{{OFFER_ID}}/calendar.ics">_("Add the sessions to my calendar (iCalendar)")</a></p>
{{#NO_SESSION}}<p>_("No session is open for registration at the moment.")</p>{{/NO_SESSION}}
{{#CAN_REGISTER}}
<section class="card no-print" aria-labelledby="register-title">
<h2 id="register-title">_("Register")</h2>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
{{#BY_PHONE}}
{{#BOTH_WAYS}}<h3 id="by-phone-title">_("Without e-mail: with a phone number")</h3>{{/BOTH_WAYS}}
<form method="post" action="/offers/{{OFFER_ID}}/register-by-phone" class="stack easy-read" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p class="hint">_("You do not need an account or an e-mail address. Write a name and a phone number. If something changes, the organiser calls you.")</p>
  <fieldset id="phone_session"><legend>_("Which day do you come?")</legend>
  {{#SESSION_OPTION}}<div><input type="radio" name="session_id" id="ps{{SESSION_ID}}" value="{{SESSION_ID}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="ps{{SESSION_ID}}">{{DATE}}, {{START}}–{{END}} {{#FULL}}_("(waiting list)"){{/FULL}}</label></div>{{/SESSION_OPTION}}
  </fieldset>
  <div><label for="caller_name">_("Your first name, or a name you choose")</label><input type="text" id="caller_name" name="caller_name" value="{{CALLER_NAME}}" required maxlength="200" autocomplete="given-name"{{#CALLER_NAME_INVALID}} aria-invalid="true" aria-describedby="caller_name-error"{{/CALLER_NAME_INVALID}}>
    {{#CALLER_NAME_INVALID}}<span class="field-error" id="caller_name-error">{{CALLER_NAME_ERROR}}</span>{{/CALLER_NAME_INVALID}}</div>
  <div><label for="caller_phone">_("Your phone number")</label> <span class="hint" id="caller_phone-hint">_("For example 0470 12 34 56")</span><input type="text" id="caller_phone" name="caller_phone" value="{{CALLER_PHONE}}" required maxlength="30" autocomplete="tel" inputmode="tel" aria-describedby="caller_phone-hint{{#CALLER_PHONE_INVALID}} caller_phone-error{{/CALLER_PHONE_INVALID}}"{{#CALLER_PHONE_INVALID}} aria-invalid="true"{{/CALLER_PHONE_INVALID}}>
    {{#CALLER_PHONE_INVALID}}<span class="field-error" id="caller_phone-error">{{CALLER_PHONE_ERROR}}</span>{{/CALLER_PHONE_INVALID}}</div>
  <div><button type="submit">_("Register me")</button></div>
</form>
{{/BY_PHONE}}
{{#BY_EMAIL}}
{{#BOTH_WAYS}}<h3 id="by-email-title">_("With an e-mail address")</h3>{{/BOTH_WAYS}}
<form method="post" action="/offers/{{OFFER_ID}}/register" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset id="session_id"><legend>_("Session")</legend>
  {{#SESSION_OPTION}}<div><input type="radio" name="session_id" id="s{{SESSION_ID}}" value="{{SESSION_ID}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="s{{SESSION_ID}}">{{DATE}}, {{START}}–{{END}} {{#FULL}}_("(waiting list)"){{/FULL}}</label></div>{{/SESSION_OPTION}}
  </fieldset>
  {{#CYCLE}}<div><label><input type="checkbox" name="whole_cycle" value="1"> _("Register for the whole cycle: the {{CYCLE_SESSIONS}} coming sessions")</label></div>{{/CYCLE}}
  {{#AS_ANONYMOUS}}
  <p class="hint">_("Without an account, we send you a link to confirm your e-mail address; your seat is held meanwhile.") <a href="/login?next=/offers/{{OFFER_ID}}">_("Log in")</a></p>
  <div><label for="name">_("Name")</label><input type="text" id="name" name="name" value="{{NAME}}" required maxlength="200" autocomplete="name"{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}></div>
  <div><label for="email">_("E-mail address")</label><input type="email" id="email" name="email" value="{{EMAIL}}" required maxlength="254" autocomplete="email"{{#EMAIL_INVALID}} aria-invalid="true"{{/EMAIL_INVALID}}></div>
  <div><label for="organisation">_("Organisation")</label><input type="text" id="organisation" name="organisation" value="{{ORGANISATION}}" required maxlength="300"{{#ORGANISATION_INVALID}} aria-invalid="true"{{/ORGANISATION_INVALID}}></div>
  <div><label for="function">_("Function")</label><input type="text" id="function" name="function" value="{{FUNCTION}}" maxlength="200"></div>
  {{/AS_ANONYMOUS}}
  <div><label for="sector">_("Sector")</label><select id="sector" name="sector"{{#SECTOR_INVALID}} aria-invalid="true"{{/SECTOR_INVALID}}><option value="">_("Choose")</option>{{#SECTOR_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SECTOR_OPTION}}</select></div>
  <div><label for="phone">_("Mobile number for an SMS reminder (optional)")</label><input type="text" id="phone" name="phone" value="{{PHONE}}" maxlength="30" autocomplete="tel" inputmode="tel"></div>
  <div><button type="submit">_("Register")</button></div>
</form>
{{/BY_EMAIL}}
</section>
{{/CAN_REGISTER}}
