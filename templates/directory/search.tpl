<form method="get" action="/directory" class="search-form" role="search">
  <div>
    <label for="q">_("What are you looking for?")</label>
    <input type="search" id="q" name="q" value="{{Q}}" maxlength="200" placeholder="_("e.g. mental health, CPAS, food aid")">
  </div>
  <div>
    <label for="postcode">_("Near postal code")</label>
    <input type="text" id="postcode" name="postcode" value="{{POSTCODE}}" inputmode="numeric" maxlength="4" size="5">
  </div>
  {{#HAS_POINT}}<div>
    <label for="km">_("Distance")</label>
    <select id="km" name="km"><option value="">_("Any distance")</option>{{#KM_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>_("Within {{VALUE}} km")</option>{{/KM_OPTION}}</select>
  </div>{{/HAS_POINT}}
  <div><label><input type="checkbox" name="open" value="now"{{#OPEN_NOW}} checked{{/OPEN_NOW}}> _("Open now")</label></div>
  {{#FILTER}}<input type="hidden" name="{{NAME}}" value="{{VALUE}}">{{/FILTER}}
  <div><button type="submit">_("Search")</button></div>
</form>
{{#NOTICE}}<p class="notice" role="status">{{TEXT}}</p>{{/NOTICE}}
{{#SUGGESTION}}<p class="notice" role="status">_("Did you mean:") <a href="{{HREF}}">{{WORDS}}</a></p>{{/SUGGESTION}}
{{#RELAXED}}<p class="notice" role="status">_("No service has all these words: these services have some of them.")</p>{{/RELAXED}}
{{#WIDENED}}<p class="notice" role="status">_("Only the first {{FULL}} service(s) have all these words: the next ones have some of them.")</p>{{/WIDENED}}
{{#SHEET}}<p class="sheet-link"><a href="{{SHEET_URL}}">_("Orientation sheet: {{SHEET_COUNT}} service(s)")</a></p>{{/SHEET}}
<div class="directory">
<aside class="facets" aria-label="_("Refine the results")">
{{#FACET}}<section>
  <h2>{{TITLE}}</h2>
  <ul>{{#VALUE}}<li><a href="{{HREF}}"{{#ACTIVE}} aria-current="true" class="active"{{/ACTIVE}}>{{LABEL}} <span class="count">({{COUNT}})</span></a></li>{{/VALUE}}</ul>
</section>{{/FACET}}
</aside>
<section class="results" aria-labelledby="results-title">
<h2 id="results-title">_("Services found: {{COUNT}}")</h2>
{{#NO_RESULTS}}<p>_("No service matches. Try fewer words or remove a filter.")</p>{{/NO_RESULTS}}
{{#HAS_RESULTS}}<div class="result-map" data-result-map role="region" aria-label="_("Map of the results")"></div>{{/HAS_RESULTS}}
<ol class="result-list">
{{#RESULT}}{{CARD_HEAD:none}}{{#DISTANCE}}<span>_("{{KM}} km away")</span> {{/DISTANCE}}{{CARD_TAIL:none}}
  {{#ADD_TO_SHEET}}<button type="submit" form="sheet-add" name="service" value="{{ID}}" class="secondary">_("Add to the orientation sheet")</button>{{/ADD_TO_SHEET}}{{#ON_SHEET}}<p class="muted">_("On the orientation sheet")</p>{{/ON_SHEET}}
</li>{{/RESULT}}
</ol>{{#HAS_RESULTS}}<form method="post" action="/directory/sheet/add" id="sheet-add"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="back" value="{{BACK}}"></form>{{/HAS_RESULTS}}
<nav class="pagination" aria-label="_("Pages of results")">{{#PREVIOUS}}<a href="{{HREF}}" rel="prev">_("Previous page")</a> {{/PREVIOUS}}{{#NEXT}}<a href="{{HREF}}" rel="next">_("Next page")</a>{{/NEXT}}</nav>
</section>
</div>
<p class="muted"><a href="/api/hsds/">_("These data are open: HSDS 3.0 API")</a></p>
<script src="{{STATIC}}/js/directory.js" defer></script>
