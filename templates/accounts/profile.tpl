{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<div class="cards">
<section class="card" aria-labelledby="identity-title">
  <h2 id="identity-title">_("Name and language")</h2>
  <form method="post" action="/profile" class="stack" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div>
      <label for="email">_("E-mail address")</label>
      <input type="email" id="email" value="{{EMAIL}}" readonly>
    </div>
    <div>
      <label for="name">_("Name")</label>
      <input type="text" id="name" name="name" value="{{NAME}}" required maxlength="200" autocomplete="name"{{#NAME_INVALID}} aria-invalid="true" aria-describedby="name-error"{{/NAME_INVALID}}>
      {{#NAME_INVALID}}<span class="field-error" id="name-error">{{NAME_ERROR}}</span>{{/NAME_INVALID}}
    </div>
    <div>
      <label for="lang">_("Language of the interface and of e-mails")</label>
      <select id="lang" name="lang">{{#LANG_OPTION}}<option value="{{CODE}}" lang="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LANG_OPTION}}</select>
    </div>
    <div><button type="submit">_("Save")</button></div>
  </form>
</section>
<section class="card" aria-labelledby="password-title">
  <h2 id="password-title">_("Password")</h2>
  {{#PASSWORD_ERRORS}}{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}{{/PASSWORD_ERRORS}}
  <form method="post" action="/profile/password" class="stack" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div>
      <label for="current">_("Current password")</label>
      <input type="password" id="current" name="current" autocomplete="current-password" required maxlength="200">
    </div>
    <div>
      <label for="password">_("New password") <span class="hint">_("At least 10 characters.")</span></label>
      <input type="password" id="password" name="password" autocomplete="new-password" required maxlength="200">
    </div>
    <div>
      <label for="confirm">_("The same password again")</label>
      <input type="password" id="confirm" name="confirm" autocomplete="new-password" required maxlength="200">
    </div>
    <div><button type="submit">_("Change the password")</button></div>
  </form>
</section>
<section class="card" aria-labelledby="roles-title">
  <h2 id="roles-title">_("Organisations and roles")</h2>
  <ul>{{#MEMBERSHIP}}<li>{{ORGANISATION}} — {{ROLE}}</li>{{/MEMBERSHIP}}{{#GRANT}}<li>{{LABEL}}</li>{{/GRANT}}</ul>
  {{#NO_MEMBERSHIP}}<p class="muted">_("You are not a member of any organisation yet.")</p>{{/NO_MEMBERSHIP}}
  {{#LAST_LOGIN}}<p class="muted">_("Last login: {{LAST_LOGIN}}")</p>{{/LAST_LOGIN}}
</section>
</div>
