<p class="lead">_("These services were not verified for more than a year. Their editors get a reminder every month.")</p>
{{#NONE}}<p>_("Every record of your care area is up to date.")</p>{{/NONE}}
<ol class="result-list">
{{#RESULT}}<li class="result">
  <h3><a href="{{HREF}}">{{NAME}}</a></h3>
  <p class="org"><a href="{{ORG_HREF}}">{{ORGANISATION}}</a></p>
  {{#INACTIVE}}<p class="badge warning">_("Temporarily closed")</p>{{/INACTIVE}}{{#DEFUNCT}}<p class="badge warning">_("No longer exists")</p>{{/DEFUNCT}}
  <ul class="badges">{{#THEME}}<li class="badge theme">{{LABEL}}</li>{{/THEME}}{{#PUBLIC}}<li class="badge public">{{LABEL}}</li>{{/PUBLIC}}{{#ACCESS}}<li class="badge access">{{LABEL}}</li>{{/ACCESS}}</ul>
  <p class="meta">{{#HAS_LANGUAGES}}<span>_("Languages: {{LANGUAGES}}")</span> {{/HAS_LANGUAGES}}{{#DISTANCE}}<span>_("{{KM}} km away")</span> {{/DISTANCE}}{{#IS_VERIFIED}}<span>_("Verified on {{VERIFIED}}")</span>{{/IS_VERIFIED}}{{#NOT_VERIFIED}}<span>_("Not verified yet")</span>{{/NOT_VERIFIED}}{{#STALE}} <span class="badge warning">_("To verify again")</span>{{/STALE}}</p>
</li>{{/RESULT}}
</ol>
