{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/password/set/{{TOKEN}}" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div>
    <label for="password">_("New password") <span class="hint">_("At least 10 characters. A sentence you remember works well.")</span></label>
    <input type="password" id="password" name="password" autocomplete="new-password" required minlength="{{MIN_LENGTH}}" maxlength="200"{{#PASSWORD_INVALID}} aria-invalid="true" aria-describedby="password-error"{{/PASSWORD_INVALID}}>
    {{#PASSWORD_INVALID}}<span class="field-error" id="password-error">{{PASSWORD_ERROR}}</span>{{/PASSWORD_INVALID}}
  </div>
  <div>
    <label for="confirm">_("The same password again")</label>
    <input type="password" id="confirm" name="confirm" autocomplete="new-password" required maxlength="200"{{#CONFIRM_INVALID}} aria-invalid="true" aria-describedby="confirm-error"{{/CONFIRM_INVALID}}>
    {{#CONFIRM_INVALID}}<span class="field-error" id="confirm-error">{{CONFIRM_ERROR}}</span>{{/CONFIRM_INVALID}}
  </div>
  <div><button type="submit">_("Save the password")</button></div>
</form>
