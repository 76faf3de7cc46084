<p class="muted"><a href="/newsletters/manage/{{LIST_ID}}">{{LIST}}</a> · {{STATUS}}{{#HAS_RATE}} · _("{{RATE}} messages a minute"){{/HAS_RATE}}</p>
<h2 id="figures-title">_("Figures")</h2>
<dl class="figures" aria-labelledby="figures-title">
  <dt>_("Recipients")</dt><dd>{{RECIPIENTS}}</dd>
  <dt>_("Sent")</dt><dd>{{SENT}}</dd>
  <dt>_("Failed")</dt><dd>{{FAILED}}</dd>
  <dt>_("Waiting to be sent")</dt><dd>{{WAITING}}</dd>
  <dt>_("Unsubscribed by this campaign")</dt><dd>{{UNSUBSCRIBED}}</dd>
</dl>
<h2 id="preview-title">_("Preview")</h2>
<section class="card" aria-labelledby="preview-title"><p><strong>{{PREVIEW_SUBJECT}}</strong></p>{{PREVIEW_HTML:none}}</section>
{{#DRAFT}}
<div class="no-print">
<form method="post" action="/newsletters/campaigns/{{CAMPAIGN_ID}}/test" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit">_("Send me a test")</button></form>
{{#HAS_TEST}}<p class="hint">_("Last test sent on {{TEST_SENT}}.")</p>{{/HAS_TEST}}
<form method="post" action="/newsletters/campaigns/{{CAMPAIGN_ID}}/send" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit">_("Send to the {{CONFIRMED}} subscribers")</button></form>
</div>
<h2 id="edit-title">_("Change the campaign")</h2>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/newsletters/campaigns/{{CAMPAIGN_ID}}" class="stack no-print" novalidate aria-labelledby="edit-title">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="subject_fr">_("Subject (French)")</label><input type="text" id="subject_fr" name="subject_fr" value="{{SUBJECT_FR}}" maxlength="200"{{#SUBJECT_FR_INVALID}} aria-invalid="true"{{/SUBJECT_FR_INVALID}}></div>
  <div><label for="body_fr">_("Message (French)")</label><textarea id="body_fr" name="body_fr" rows="8"{{#BODY_FR_INVALID}} aria-invalid="true"{{/BODY_FR_INVALID}}>{{BODY_FR}}</textarea></div>
  <div><label for="subject_nl">_("Subject (Dutch)")</label><input type="text" id="subject_nl" name="subject_nl" value="{{SUBJECT_NL}}" maxlength="200"></div>
  <div><label for="body_nl">_("Message (Dutch)")</label><textarea id="body_nl" name="body_nl" rows="8">{{BODY_NL}}</textarea></div>
  <div><label for="subject_en">_("Subject (English)")</label><input type="text" id="subject_en" name="subject_en" value="{{SUBJECT_EN}}" maxlength="200"></div>
  <div><label for="body_en">_("Message (English)")</label><textarea id="body_en" name="body_en" rows="8">{{BODY_EN}}</textarea></div>
  <div><input type="checkbox" id="include_agenda" name="include_agenda" value="1"{{#AGENDA_CHECKED}} checked{{/AGENDA_CHECKED}}> <label for="include_agenda">_("Add the coming sessions of the list's care area or theme")</label></div>
  <div><button type="submit">_("Save")</button></div>
</form>
{{/DRAFT}}
