{{!A results card of the directory's search page, without what depends on the request (the distance, the
orientation sheet's form): rendered once per service and language and kept with the service's document.
search.tpl puts HEAD, the distance, TAIL and the form together.}}{{#HEAD}}<li class="result"{{#HAS_POSITION}} data-lat="{{LAT}}" data-lng="{{LNG}}"{{/HAS_POSITION}} data-name="{{NAME}}" data-href="{{HREF}}">
  <h3><a href="{{HREF}}">{{NAME}}</a></h3>
  <p class="org"><a href="{{ORG_HREF}}">{{ORGANISATION}}</a></p>
  {{#INACTIVE}}<p class="badge warning">_("Temporarily closed")</p>{{/INACTIVE}}{{#DEFUNCT}}<p class="badge warning">_("No longer exists")</p>{{/DEFUNCT}}
  <ul class="badges">{{#THEME}}<li class="badge theme">{{LABEL}}</li>{{/THEME}}{{#PUBLIC}}<li class="badge public">{{LABEL}}</li>{{/PUBLIC}}{{#ACCESS}}<li class="badge access">{{LABEL}}</li>{{/ACCESS}}</ul>
  <p class="meta">{{#HAS_LANGUAGES}}<span>_("Languages: {{LANGUAGES}}")</span> {{/HAS_LANGUAGES}}{{/HEAD}}{{#TAIL}}{{#IS_VERIFIED}}<span>_("Verified on {{VERIFIED}}")</span>{{/IS_VERIFIED}}{{#NOT_VERIFIED}}<span>_("Not verified yet")</span>{{/NOT_VERIFIED}}{{#STALE}} <span class="badge warning">_("To verify again")</span>{{/STALE}}</p>{{/TAIL}}