{{#HAS_DESCRIPTION}}<p class="lead">{{DESCRIPTION}}</p>{{/HAS_DESCRIPTION}}
<dl class="facts">
  {{#HAS_LEGAL_STATUS}}<dt>_("Legal status")</dt><dd>{{LEGAL_STATUS}}</dd>{{/HAS_LEGAL_STATUS}}
  {{#PHONE}}<dt>_("Phone")</dt><dd><a href="tel:{{TEL}}">{{NUMBER}}</a> {{DESCRIPTION}}</dd>{{/PHONE}}
  {{#HAS_EMAIL}}<dt>_("E-mail")</dt><dd>{{EMAIL}}</dd>{{/HAS_EMAIL}}
  {{#HAS_WEBSITE}}<dt>_("Website")</dt><dd><a href="{{WEBSITE}}" rel="noopener">{{WEBSITE}}</a></dd>{{/HAS_WEBSITE}}
</dl>
<h2>_("Its services")</h2>
{{#NO_SERVICES}}<p>_("No service is listed yet.")</p>{{/NO_SERVICES}}
<ol class="result-list">
{{#RESULT}}<li class="result">
  <h3><a href="{{HREF}}">{{NAME}}</a></h3>
  <p class="org"><a href="{{ORG_HREF}}">{{ORGANISATION}}</a></p>
  {{#INACTIVE}}<p class="badge warning">_("Temporarily closed")</p>{{/INACTIVE}}{{#DEFUNCT}}<p class="badge warning">_("No longer exists")</p>{{/DEFUNCT}}
  <ul class="badges">{{#THEME}}<li class="badge theme">{{LABEL}}</li>{{/THEME}}{{#PUBLIC}}<li class="badge public">{{LABEL}}</li>{{/PUBLIC}}{{#ACCESS}}<li class="badge access">{{LABEL}}</li>{{/ACCESS}}</ul>
  <p class="meta">{{#HAS_LANGUAGES}}<span>_("Languages: {{LANGUAGES}}")</span> {{/HAS_LANGUAGES}}{{#DISTANCE}}<span>_("{{KM}} km away")</span> {{/DISTANCE}}{{#IS_VERIFIED}}<span>_("Verified on {{VERIFIED}}")</span>{{/IS_VERIFIED}}{{#NOT_VERIFIED}}<span>_("Not verified yet")</span>{{/NOT_VERIFIED}}{{#STALE}} <span class="badge warning">_("To verify again")</span>{{/STALE}}</p>
</li>{{/RESULT}}
</ol>
<p class="muted"><a href="/directory">_("Back to the search")</a> · <a href="{{API_URL}}">_("HSDS data")</a></p>
