<p><a href="/admin/helpdesk/lines">_("All lines")</a> · <a href="/helpdesk/lines/{{CODE}}">_("Line page")</a></p>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<dl class="facts">
  <dt>_("Code")</dt><dd><code>{{CODE}}</code></dd>
  <dt>_("Territory")</dt><dd>{{TERRITORY}}</dd>
</dl>
<form method="post" action="/admin/helpdesk/lines/{{ID}}" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="name_fr">_("Name in French")</label>
    <input id="name_fr" name="name_fr" value="{{NAME_FR}}" required maxlength="120" lang="fr"{{#NAME_FR_INVALID}} aria-invalid="true" aria-describedby="name_fr-error"{{/NAME_FR_INVALID}}>
    {{#NAME_FR_INVALID}}<span class="field-error" id="name_fr-error">{{NAME_FR_ERROR}}</span>{{/NAME_FR_INVALID}}</div>
  <div><label for="name_nl">_("Name in Dutch")</label><input id="name_nl" name="name_nl" value="{{NAME_NL}}" required maxlength="120" lang="nl"></div>
  <div><label for="name_en">_("Name in English")</label><input id="name_en" name="name_en" value="{{NAME_EN}}" required maxlength="120" lang="en"></div>
  <div><label for="phone">_("Phone")</label>
    <input id="phone" name="phone" value="{{PHONE}}" maxlength="40" autocomplete="off"{{#PHONE_INVALID}} aria-invalid="true" aria-describedby="phone-error"{{/PHONE_INVALID}}>
    {{#PHONE_INVALID}}<span class="field-error" id="phone-error">{{PHONE_ERROR}}</span>{{/PHONE_INVALID}}</div>
  <div><label for="email">_("E-mail address")</label>
    <input type="email" id="email" name="email" value="{{EMAIL}}" maxlength="254" autocomplete="off"{{#EMAIL_INVALID}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_INVALID}}>
    {{#EMAIL_INVALID}}<span class="field-error" id="email-error">{{EMAIL_ERROR}}</span>{{/EMAIL_INVALID}}</div>
  <fieldset id="hours">
    <legend>_("Opening hours, each week")</legend>
    {{#DEFAULT_HOURS}}<p class="hint">_("Not set: weekdays from 9:00 to 17:00.")</p>{{/DEFAULT_HOURS}}
    {{#HOURS_INVALID}}<span class="field-error" id="hours-error">{{HOURS_ERROR}}</span>{{/HOURS_INVALID}}
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="hours-title"><table>
    <caption id="hours-title" class="visually-hidden">_("Opening hours, each week")</caption>
    <thead><tr><th scope="col">_("Day")</th><th scope="col">_("Opens")</th><th scope="col">_("Closes")</th><th scope="col">_("Opens again")</th><th scope="col">_("Closes")</th></tr></thead>
    <tbody>{{#DAY}}<tr><th scope="row">{{DAY_NAME}}</th>{{#RANGE}}<td><input type="time" name="hours-{{CODE}}-{{N}}-from" value="{{FROM}}" aria-label="_("{{DAY_NAME}}, opening {{N}}: from")"></td><td><input type="time" name="hours-{{CODE}}-{{N}}-to" value="{{TO}}" aria-label="_("{{DAY_NAME}}, opening {{N}}: until")"></td>{{/RANGE}}</tr>{{/DAY}}</tbody>
    </table></div>
  </fieldset>
  <div><label for="retention_months">_("Retention of free text after closing (months)")</label>
    <input type="number" id="retention_months" name="retention_months" value="{{RETENTION}}" min="1" max="120" required{{#RETENTION_MONTHS_INVALID}} aria-invalid="true" aria-describedby="retention_months-error"{{/RETENTION_MONTHS_INVALID}}>
    {{#RETENTION_MONTHS_INVALID}}<span class="field-error" id="retention_months-error">{{RETENTION_MONTHS_ERROR}}</span>{{/RETENTION_MONTHS_INVALID}}</div>
  <div><label for="position">_("Position in the lists")</label>
    <input type="number" id="position" name="position" value="{{POSITION}}" min="0" max="1000" required{{#POSITION_INVALID}} aria-invalid="true" aria-describedby="position-error"{{/POSITION_INVALID}}>
    {{#POSITION_INVALID}}<span class="field-error" id="position-error">{{POSITION_ERROR}}</span>{{/POSITION_INVALID}}</div>
  <div><label><input type="checkbox" name="active" value="1"{{#ACTIVE}} checked{{/ACTIVE}}> _("Active: the line takes requests")</label></div>
  <div><button type="submit">_("Save the line")</button></div>
</form>
<section class="card" aria-labelledby="token-title">
  <h2 id="token-title">_("Phone system")</h2>
  <p>_("The phone system records incoming calls with a token of this line (POST /api/helpdesk/calls). Only a fingerprint of the token is kept: it is shown once, when it is made.")</p>
  {{#TOKEN_SHOWN}}<div class="notice" role="status"><p>_("The new token, to give to the phone system now (it will not be shown again):")</p><p><code>{{NEW_TOKEN}}</code></p></div>{{/TOKEN_SHOWN}}
  {{#HAS_TOKEN}}<p class="muted">_("This line has a token. A new one replaces it at once.")</p>{{/HAS_TOKEN}}
  <form method="post" action="/admin/helpdesk/lines/{{ID}}/token" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div><button type="submit" class="secondary">_("Generate a new token")</button></div>
  </form>
</section>
