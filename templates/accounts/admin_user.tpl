<p><a href="/admin/users">_("All users")</a></p>
<dl>
  <dt>_("E-mail address")</dt><dd>{{EMAIL}}</dd>
  <dt>_("Language")</dt><dd>{{LANG}}</dd>
  <dt>_("Account created")</dt><dd>{{CREATED}}</dd>
  <dt>_("Last login")</dt><dd>{{LAST_LOGIN}}</dd>
  <dt>_("Status")</dt><dd>{{#IS_ACTIVE}}_("active"){{/IS_ACTIVE}}{{#IS_DISABLED}}<span class="badge off">_("disabled")</span>{{/IS_DISABLED}}</dd>
</dl>
<div class="cards">
<section class="card" aria-labelledby="roles-title">
  <h2 id="roles-title">_("Roles")</h2>
  <ul>{{#GRANT}}<li>{{LABEL}}
    <form method="post" action="/admin/users/{{ID}}/grants/{{GRANT_ID}}/delete" class="inline">
      <input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="link-button">_("remove")</button>
    </form></li>{{/GRANT}}</ul>
  <form method="post" action="/admin/users/{{ID}}/grants" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div><label for="grant-role">_("Role")</label>
      <select id="grant-role" name="role"><option value="coordinator">_("Coordinator")</option><option value="admin">_("Administrator")</option></select></div>
    <div><label for="grant-scope">_("Territory")</label>
      <select id="grant-scope" name="scope"><option value="region">_("Brussels-Capital Region")</option>{{#BASSIN_OPTION}}<option value="bassin:{{SLUG}}">{{NAME}}</option>{{/BASSIN_OPTION}}</select>
      <span class="hint">_("An administrator always covers the whole region.")</span></div>
    <div><button type="submit">_("Grant the role")</button></div>
  </form>
  <form method="post" action="/admin/users/{{ID}}/grants" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="role" value="responder">
    <div><label for="grant-line">_("Responder of the helpdesk line")</label>
      <select id="grant-line" name="scope">{{#LINE_OPTION}}<option value="line:{{ID}}">{{NAME}}</option>{{/LINE_OPTION}}</select></div>
    <div><button type="submit">_("Make responder of this line")</button></div>
  </form>
</section>
<section class="card" aria-labelledby="orgs-title">
  <h2 id="orgs-title">_("Organisations")</h2>
  <ul>{{#MEMBERSHIP}}<li>{{ORGANISATION}} — {{ROLE}}
    <form method="post" action="/admin/users/{{ID}}/memberships" class="inline">
      <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="organisation_id" value="{{ORG_ID}}"><input type="hidden" name="role" value="">
      <button type="submit" class="link-button">_("remove")</button>
    </form></li>{{/MEMBERSHIP}}</ul>
  <form method="post" action="/admin/users/{{ID}}/memberships" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div><label for="m-org">_("Organisation")</label><select id="m-org" name="organisation_id">{{#ORG_OPTION}}<option value="{{ID}}">{{NAME}}</option>{{/ORG_OPTION}}</select></div>
    <div><label for="m-role">_("Role in the organisation")</label><select id="m-role" name="role">{{#ROLE_OPTION}}<option value="{{CODE}}">{{LABEL}}</option>{{/ROLE_OPTION}}</select></div>
    <div><button type="submit">_("Save the membership")</button></div>
  </form>
</section>
<section class="card" aria-labelledby="account-title">
  <h2 id="account-title">_("Account")</h2>
  <form method="post" action="/admin/users/{{ID}}/password-link" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="secondary">_("Send a link to choose a new password")</button>
  </form>
  {{#IS_ACTIVE}}<form method="post" action="/admin/users/{{ID}}/disable" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}"><p>_("Disabling ends the person's sessions at once; nothing they wrote is deleted.")</p><button type="submit" class="danger">_("Disable the account")</button>
  </form>{{/IS_ACTIVE}}
  {{#IS_DISABLED}}<form method="post" action="/admin/users/{{ID}}/enable" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit">_("Enable the account")</button>
  </form>{{/IS_DISABLED}}
</section>
</div>
