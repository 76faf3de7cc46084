<p class="muted">{{SCOPE}}</p>
<p class="lead">{{DESCRIPTION}}</p>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/newsletters/{{LIST_ID}}/subscribe" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="consent_version" value="{{CONSENT_VERSION}}">
  <div><label for="email">_("E-mail address")</label><input type="email" id="email" name="email" value="{{EMAIL}}" required maxlength="254" autocomplete="email"{{#EMAIL_INVALID}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_INVALID}}>{{#EMAIL_INVALID}}<span class="field-error" id="email-error">{{EMAIL_ERROR}}</span>{{/EMAIL_INVALID}}</div>
  <div><label for="name">_("Name (optional)")</label><input type="text" id="name" name="name" value="{{NAME_VALUE}}" maxlength="200" autocomplete="name"{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}></div>
  <fieldset id="consent"><legend>_("Your consent")</legend>
    <p id="consent-text">{{CONSENT}}</p>
    <div><input type="checkbox" id="consent-box" name="consent" value="1"{{#CONSENT_CHECKED}} checked{{/CONSENT_CHECKED}} aria-describedby="consent-text"{{#CONSENT_INVALID}} aria-invalid="true"{{/CONSENT_INVALID}}> <label for="consent-box">_("I agree to receive this newsletter as described above.")</label></div>
    {{#CONSENT_INVALID}}<span class="field-error">{{CONSENT_ERROR}}</span>{{/CONSENT_INVALID}}
  </fieldset>
  <p class="hint">_("We send you a message to confirm your address; nothing is sent before you confirm.")</p>
  <div><button type="submit">_("Subscribe")</button></div>
</form>
