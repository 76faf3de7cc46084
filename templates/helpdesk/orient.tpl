<p><a href="/helpdesk/requests/{{ID}}">_("Back to request {{REFERENCE}}")</a></p>
<form method="get" action="/helpdesk/requests/{{ID}}/orient" class="stack search-form">
  <input type="hidden" name="searched" value="1">
  <div><label for="q">_("Words")</label><input type="search" id="q" name="q" value="{{Q}}" maxlength="200" autofocus></div>
  <fieldset class="choices"><legend>_("Themes")</legend>{{#THEME}}<label><input type="checkbox" name="theme" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/THEME}}</fieldset>
  <fieldset class="choices"><legend>_("Languages spoken")</legend>{{#LANGUAGE}}<label><input type="checkbox" name="language" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/LANGUAGE}}</fieldset>
  <div><label for="bassin">_("Care area")</label><select id="bassin" name="bassin"><option value=""{{#WHOLE_REGION}} selected{{/WHOLE_REGION}}>_("The whole region")</option>{{#BASSIN}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/BASSIN}}</select></div>
  <div><button type="submit">_("Search")</button></div>
</form>
<h2 id="results-title">_("{{COUNT}} services found")</h2>
{{#NO_RESULT}}<p>_("No service matches: remove a theme or a language, or search the whole region.")</p>{{/NO_RESULT}}
<ol class="result-list">{{#RESULT}}<li class="result">
<h3><a href="{{HREF}}">{{NAME}}</a></h3>
<p class="meta">{{ORGANISATION}} · {{THEMES}} · {{LANGUAGES}}</p>
{{#ATTACHED}}<p><span class="badge">_("Attached to the request")</span></p>{{/ATTACHED}}
{{#ATTACH}}<form method="post" action="/helpdesk/requests/{{ID}}/orientations" class="inline">
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="service" value="{{HSDS_ID}}">
  <label for="reason-{{HSDS_ID}}">_("Reason")</label> <input type="text" id="reason-{{HSDS_ID}}" name="reason" maxlength="200">
  <button type="submit">_("Attach to the request")</button>
</form>{{/ATTACH}}
</li>{{/RESULT}}</ol>
