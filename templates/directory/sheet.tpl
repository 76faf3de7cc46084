<p class="lead no-print">_("The services chosen for one person. Print it or send it; this link reopens it:")</p>
<p class="no-print"><code>{{SHARE_URL}}</code></p>
<form method="post" action="/directory/sheets/{{TOKEN}}" class="inline no-print">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <label for="sheet_lang">_("Language of the person")</label>
  <select id="sheet_lang" name="sheet_lang">{{#LANG_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LANG_OPTION}}</select>
  <button type="submit" class="secondary">_("Apply")</button>
</form>
<p class="no-print"><button type="button" class="secondary" data-print hidden>_("Print")</button></p>
<p class="no-print"><a href="/directory/sheets/{{TOKEN}}?lang={{SHEET_LANG}}">_("Show the whole sheet in the person's language")</a> · <a href="/directory">_("Back to the search")</a></p>
{{#EMPTY}}<p>_("The sheet is empty: add services from the search.")</p>{{/EMPTY}}
<ol class="sheet">
{{#SERVICE}}<li class="sheet-item">
  <h2>{{NAME}}</h2>
  <p class="org">{{ORGANISATION}}</p>
  {{#HAS_ALERT}}<p class="alert">{{ALERT}}</p>{{/HAS_ALERT}}
  {{#HAS_DESCRIPTION}}<p>{{DESCRIPTION}}</p>{{/HAS_DESCRIPTION}}
  {{#LOCATION}}{{#ADDRESS}}<p class="address">{{LINE}}, {{POSTAL_CODE}} {{CITY}}</p>{{/ADDRESS}}{{/LOCATION}}
  {{#PHONE}}<p><strong>_("Phone")</strong> <a href="tel:{{TEL}}">{{NUMBER}}</a></p>{{/PHONE}}
  {{#HAS_EMAIL}}<p><strong>_("E-mail")</strong> {{EMAIL}}</p>{{/HAS_EMAIL}}
  {{#SCHEDULE}}<p class="schedule">{{DAYS}}{{#HOURS}} _("from {{OPENS}} to {{CLOSES}}"){{/HOURS}} {{NOTE}}</p>{{/SCHEDULE}}
  {{#HAS_APPLICATION}}<p><strong>_("How to apply")</strong> {{APPLICATION}}</p>{{/HAS_APPLICATION}}
  {{#HAS_LANGUAGES}}<p>_("Languages: {{LANGUAGES}}")</p>{{/HAS_LANGUAGES}}
  <form method="post" action="/directory/sheets/{{TOKEN}}" class="inline no-print">
    <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="remove" value="{{ID}}">
    <button type="submit" class="link-button">_("Remove from the sheet")</button>
  </form>
</li>{{/SERVICE}}
</ol>
<form method="post" action="/directory/sheets/{{TOKEN}}/send" class="stack no-print">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <label for="email">_("Send the sheet to this e-mail address")</label>
  <input type="email" id="email" name="email" value="{{EMAIL}}" maxlength="254" required>
  <div><button type="submit">_("Send")</button></div>
</form>
<script src="{{STATIC}}/js/directory.js" defer></script>
