{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="lead">_("You are invited to join {{ORGANISATION}}. Your role: {{ROLE}}.")</p>
<form method="post" action="/invitations/{{TOKEN}}" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div>
    <label for="email">_("E-mail address")</label>
    <input type="email" id="email" value="{{EMAIL}}" readonly>
  </div>
  {{#NEW_ACCOUNT}}
  <div>
    <label for="name">_("Your name")</label>
    <input type="text" id="name" name="name" value="{{NAME}}" required maxlength="200" autocomplete="name"{{#NAME_INVALID}} aria-invalid="true" aria-describedby="name-error"{{/NAME_INVALID}}>
    {{#NAME_INVALID}}<span class="field-error" id="name-error">{{NAME_ERROR}}</span>{{/NAME_INVALID}}
  </div>
  <div>
    <label for="password">_("Choose a password") <span class="hint">_("At least 10 characters.")</span></label>
    <input type="password" id="password" name="password" autocomplete="new-password" required minlength="{{MIN_LENGTH}}" maxlength="200"{{#PASSWORD_INVALID}} aria-invalid="true" aria-describedby="password-error"{{/PASSWORD_INVALID}}>
    {{#PASSWORD_INVALID}}<span class="field-error" id="password-error">{{PASSWORD_ERROR}}</span>{{/PASSWORD_INVALID}}
  </div>
  <div>
    <label for="confirm">_("The same password again")</label>
    <input type="password" id="confirm" name="confirm" autocomplete="new-password" required maxlength="200"{{#CONFIRM_INVALID}} aria-invalid="true" aria-describedby="confirm-error"{{/CONFIRM_INVALID}}>
    {{#CONFIRM_INVALID}}<span class="field-error" id="confirm-error">{{CONFIRM_ERROR}}</span>{{/CONFIRM_INVALID}}
  </div>
  <div><button type="submit">_("Create my account")</button></div>
  {{/NEW_ACCOUNT}}
  {{#EXISTING_ACCOUNT}}
  <p>_("You already have an account with this address.")</p>
  <div><button type="submit">_("Join the organisation")</button></div>
  {{/EXISTING_ACCOUNT}}
</form>
