<p class="lead">_("Lists of your care area, their subscribers (who confirmed their address) and their campaigns.")</p>
{{#NO_LIST}}<p>_("No list yet.")</p>{{/NO_LIST}}
{{#LIST}}<section class="card" aria-labelledby="list-{{LIST_ID}}">
<h2 id="list-{{LIST_ID}}"><a href="/newsletters/manage/{{LIST_ID}}">{{NAME}}</a></h2>
<p class="muted">{{SCOPE}}</p>
<p>_("{{CONFIRMED}} subscribers, {{PENDING}} waiting for confirmation, {{UNSUBSCRIBED}} unsubscribed, {{BOUNCED}} undeliverable")</p>
</section>{{/LIST}}
<h2 id="new-list">_("New list")</h2>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/newsletters/manage" class="stack" novalidate aria-labelledby="new-list">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="scope">_("For")</label><select id="scope" name="scope"{{#SCOPE_INVALID}} aria-invalid="true"{{/SCOPE_INVALID}}>{{#SCOPE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SCOPE_OPTION}}{{#REGION_SCOPES}}<option value="region:"{{#REGION_SELECTED}} selected{{/REGION_SELECTED}}>_("Brussels-Capital Region")</option><option value="network:">_("A network (name below)")</option><option value="theme:">_("A theme (its code below)")</option>{{/REGION_SCOPES}}</select></div>
  {{#REGION_SCOPES}}<div><label for="scope_name">_("Network name or theme code")</label><input type="text" id="scope_name" name="scope_name" value="{{SCOPE_NAME}}" maxlength="100"></div>{{/REGION_SCOPES}}
  <div><label for="name_fr">_("Name (French)")</label><input type="text" id="name_fr" name="name_fr" value="{{NAME_FR}}" maxlength="200"{{#NAME_FR_INVALID}} aria-invalid="true"{{/NAME_FR_INVALID}}></div>
  <div><label for="name_nl">_("Name (Dutch)")</label><input type="text" id="name_nl" name="name_nl" value="{{NAME_NL}}" maxlength="200"></div>
  <div><label for="name_en">_("Name (English)")</label><input type="text" id="name_en" name="name_en" value="{{NAME_EN}}" maxlength="200"></div>
  <div><label for="description_fr">_("Description")</label><textarea id="description_fr" name="description_fr" rows="3">{{DESCRIPTION_FR}}</textarea></div>
  <div><label for="consent_fr">_("Consent text (French)")</label><textarea id="consent_fr" name="consent_fr" rows="3"{{#CONSENT_FR_INVALID}} aria-invalid="true"{{/CONSENT_FR_INVALID}}>{{CONSENT_FR}}</textarea></div>
  <div><label for="consent_nl">_("Consent text (Dutch)")</label><textarea id="consent_nl" name="consent_nl" rows="3">{{CONSENT_NL}}</textarea></div>
  <div><label for="consent_en">_("Consent text (English)")</label><textarea id="consent_en" name="consent_en" rows="3">{{CONSENT_EN}}</textarea></div>
  <div><button type="submit">_("Create the list")</button></div>
</form>
