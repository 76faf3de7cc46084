<p>_("What responders need at hand during a call: how to take it, what the lines cover, the numbers to give. Responders of every line read and edit these pages; coordinators read them.")</p>
<form method="get" action="/helpdesk/guide" class="filters" role="search">
  <label for="q">_("Search the guide")</label>
  <input type="search" id="q" name="q" value="{{Q}}" maxlength="200">
  <button type="submit">_("Search")</button>
</form>
{{#SEARCHED}}<p role="status">_("Pages found: {{COUNT}}")</p>{{/SEARCHED}}
{{#NO_PAGES}}<p class="muted">_("No page.")</p>{{/NO_PAGES}}
<ul class="result-list">{{#PAGE}}<li><a href="{{LINK}}">{{TITLE}}</a> <span class="muted">— {{LINE}}</span></li>{{/PAGE}}</ul>
{{#CAN_EDIT}}<p class="no-print"><a href="/helpdesk/guide/new" class="button">_("New page")</a></p>{{/CAN_EDIT}}
