<div class="service" {{#HAS_POSITION}}data-lat="{{LAT}}" data-lng="{{LNG}}" data-name="{{NAME}}"{{/HAS_POSITION}}>
  <p class="org"><a href="{{ORG_HREF}}">{{ORGANISATION}}</a></p>
  {{#HAS_ALERT}}<p class="alert" role="note">{{ALERT}}</p>{{/HAS_ALERT}}
  {{#INACTIVE}}<p class="badge warning">_("Temporarily closed")</p>{{/INACTIVE}}{{#DEFUNCT}}<p class="badge warning">_("No longer exists")</p>{{/DEFUNCT}}
  <ul class="badges">{{#THEME}}<li class="badge theme">{{LABEL}}</li>{{/THEME}}{{#PUBLIC}}<li class="badge public">{{LABEL}}</li>{{/PUBLIC}}{{#ACCESS}}<li class="badge access">{{LABEL}}</li>{{/ACCESS}}</ul>
  {{#HAS_DESCRIPTION}}<p class="lead">{{DESCRIPTION}}</p>{{/HAS_DESCRIPTION}}
  <dl class="facts">
    {{#HAS_LANGUAGES}}<dt>_("Languages spoken")</dt><dd>{{LANGUAGES}}</dd>{{/HAS_LANGUAGES}}
    {{#HAS_APPLICATION}}<dt>_("How to apply")</dt><dd>{{APPLICATION}}</dd>{{/HAS_APPLICATION}}
    {{#HAS_ELIGIBILITY}}<dt>_("Who can use it")</dt><dd>{{ELIGIBILITY}}</dd>{{/HAS_ELIGIBILITY}}
    {{#AGE_RANGE}}<dt>_("Ages")</dt><dd>_("From {{MIN_AGE}} to {{MAX_AGE}} years")</dd>{{/AGE_RANGE}}
    {{#AGE_MIN}}<dt>_("Ages")</dt><dd>_("From {{MIN_AGE}} years")</dd>{{/AGE_MIN}}
    {{#AGE_MAX}}<dt>_("Ages")</dt><dd>_("Up to {{MAX_AGE}} years")</dd>{{/AGE_MAX}}
    {{#HAS_FEES}}<dt>_("Fees")</dt><dd>{{FEES}}</dd>{{/HAS_FEES}}
    {{#HAS_WAIT}}<dt>_("Waiting time")</dt><dd>{{WAIT}}</dd>{{/HAS_WAIT}}
    {{#HAS_INTERPRETATION}}<dt>_("Interpreting")</dt><dd>{{INTERPRETATION}}</dd>{{/HAS_INTERPRETATION}}
    {{#PHONE}}<dt>_("Phone")</dt><dd><a href="tel:{{TEL}}">{{NUMBER}}</a> {{DESCRIPTION}}</dd>{{/PHONE}}
    {{#HAS_EMAIL}}<dt>_("E-mail")</dt><dd>{{EMAIL}}</dd>{{/HAS_EMAIL}}
    {{#HAS_URL}}<dt>_("Website")</dt><dd><a href="{{URL}}" rel="noopener">{{URL}}</a></dd>{{/HAS_URL}}
    {{#DOCUMENT}}<dt>_("Documents to bring")</dt><dd>{{TEXT}}</dd>{{/DOCUMENT}}
    {{#AREA}}<dt>_("Area served")</dt><dd>{{TEXT}}</dd>{{/AREA}}
    {{#HAS_NOTES}}<dt>_("Remarks")</dt><dd>{{NOTES}}</dd>{{/HAS_NOTES}}
    {{#EXTRA_CATEGORY}}<dt>_("Other category")</dt><dd>{{TEXT}}</dd>{{/EXTRA_CATEGORY}}
  </dl>
  {{#SCHEDULE}}<p class="schedule">{{DAYS}}{{#HOURS}} _("from {{OPENS}} to {{CLOSES}}"){{/HOURS}} {{NOTE}}{{#VALIDITY}} ({{FROM}} – {{TO}}){{/VALIDITY}}</p>{{/SCHEDULE}}
  {{#LOCATION}}<section class="location">
    <h2>{{NAME}}</h2>
    {{#ADDRESS}}<p class="address">{{LINE}}<br>{{POSTAL_CODE}} {{CITY}}</p>{{/ADDRESS}}
    {{#ACCESSIBILITY}}<p>_("Accessibility:") {{TEXT}}</p>{{/ACCESSIBILITY}}
    {{#HAS_TRANSPORT}}<p>_("Getting there:") {{TRANSPORT}}</p>{{/HAS_TRANSPORT}}
    {{#LOCATION_SCHEDULE}}<p class="schedule">{{DAYS}}{{#HOURS}} _("from {{OPENS}} to {{CLOSES}}"){{/HOURS}} {{NOTE}}{{#VALIDITY}} ({{FROM}} – {{TO}}){{/VALIDITY}}</p>{{/LOCATION_SCHEDULE}}
  </section>{{/LOCATION}}
  {{#HAS_POSITION}}<div class="result-map small" data-result-map role="region" aria-label="_("Map")"></div>{{/HAS_POSITION}}
  <p class="meta">{{#IS_VERIFIED}}_("Verified on {{VERIFIED}}"){{/IS_VERIFIED}}{{#NOT_VERIFIED}}_("Not verified yet"){{/NOT_VERIFIED}}{{#STALE}} <span class="badge warning">_("To verify again")</span>{{/STALE}}</p>
  {{#ADD_TO_SHEET}}<form method="post" action="/directory/sheet/add" class="inline">
    <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="service" value="{{ID}}"><input type="hidden" name="back" value="{{BACK}}">
    <button type="submit">_("Add to the orientation sheet")</button>
  </form>{{/ADD_TO_SHEET}}{{#ON_SHEET}}<p class="muted">_("On the orientation sheet")</p>{{/ON_SHEET}}
  {{#SHEET}}<p><a href="{{SHEET_URL}}">_("Open the orientation sheet")</a></p>{{/SHEET}}
  {{#MAY_PROPOSE}}<div class="no-print"><a class="button secondary" href="{{HREF}}/propose">_("Propose a change")</a>
    <form method="post" action="{{HREF}}/verified" class="inline">
      <input type="hidden" name="_csrf" value="{{CSRF}}">
      <button type="submit" class="secondary">_("Confirm it is up to date")</button>
    </form></div>{{/MAY_PROPOSE}}
  <p class="muted"><a href="/directory">_("Back to the search")</a> · <a href="{{API_URL}}">_("HSDS data")</a></p>
</div>
<script src="{{STATIC}}/js/directory.js" defer></script>
