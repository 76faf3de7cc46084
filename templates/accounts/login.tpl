{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/login" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="next" value="{{NEXT}}">
  <div>
    <label for="email">_("E-mail address")</label>
    <input type="email" id="email" name="email" value="{{EMAIL}}" autocomplete="username" required maxlength="254"{{#EMAIL_INVALID}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_INVALID}}>
    {{#EMAIL_INVALID}}<span class="field-error" id="email-error">{{EMAIL_ERROR}}</span>{{/EMAIL_INVALID}}
  </div>
  <div>
    <label for="password">_("Password")</label>
    <input type="password" id="password" name="password" autocomplete="current-password" required maxlength="200">
  </div>
  <div><button type="submit">_("Log in")</button></div>
</form>
<p><a href="/password/forgot">_("Forgotten password?")</a></p>
<p class="muted">_("No account yet? Your organisation's coordinator can invite you.")</p>
