{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="get" action="/admin/users" class="filters" role="search">
  <div><label for="q">_("Search by e-mail or name")</label><input type="search" id="q" name="q" value="{{Q}}" maxlength="200"></div>
  <div><button type="submit">_("Search")</button></div>
</form>
<div class="table-wrap" role="region" tabindex="0" aria-label="{{TITLE}}"><table>
<thead><tr><th scope="col">_("E-mail address")</th><th scope="col">_("Name")</th><th scope="col">_("Last login")</th><th scope="col">_("Status")</th></tr></thead>
<tbody>{{#USER}}<tr><td><a href="/admin/users/{{ID}}">{{EMAIL}}</a></td><td>{{NAME}}</td><td>{{LAST_LOGIN}}</td><td>{{#DISABLED}}<span class="badge off">_("disabled")</span>{{/DISABLED}}</td></tr>{{/USER}}</tbody>
</table></div>
{{#NO_USER}}<p>_("No account matches.")</p>{{/NO_USER}}
<nav class="pagination" aria-label="_("Pages")">{{#HAS_PREV}}<a href="/admin/users?q={{Q_URL}}&amp;page={{PREV_PAGE}}">_("Previous page")</a>{{/HAS_PREV}}{{#HAS_NEXT}}<a href="/admin/users?q={{Q_URL}}&amp;page={{NEXT_PAGE}}">_("Next page")</a>{{/HAS_NEXT}}</nav>
<section class="card" aria-labelledby="new-user-title">
<h2 id="new-user-title">_("Create an account")</h2>
<p>_("The person receives a link to choose their password. No password is ever set for them.")</p>
<form method="post" action="/admin/users" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="email">_("E-mail address")</label><input type="email" id="email" name="email" value="{{EMAIL}}" required maxlength="254"{{#EMAIL_INVALID}} aria-invalid="true"{{/EMAIL_INVALID}}></div>
  <div><label for="name">_("Name")</label><input type="text" id="name" name="name" value="{{NAME}}" required maxlength="200"{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}></div>
  <div><label for="lang">_("Language")</label><select id="lang" name="lang">{{#LANG_OPTION}}<option value="{{CODE}}" lang="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LANG_OPTION}}</select></div>
  <div><button type="submit">_("Create the account")</button></div>
</form>
</section>
