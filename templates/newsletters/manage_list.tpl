<p class="muted">{{SCOPE}} · <a href="/newsletters/{{LIST_ID}}">_("Public sign-up page")</a></p>
<p>_("{{CONFIRMED}} subscribers, {{PENDING}} waiting for confirmation, {{UNSUBSCRIBED_COUNT}} unsubscribed, {{BOUNCED}} undeliverable")</p>
<p class="muted">_("Consent text, version {{CONSENT_VERSION}}:") {{CONSENT}}</p>
<h2 id="campaigns-title">_("Campaigns")</h2>
{{#NO_CAMPAIGN}}<p>_("No campaign yet.")</p>{{/NO_CAMPAIGN}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="campaigns-title"><table>
<thead><tr><th scope="col">_("Subject")</th><th scope="col">_("Status")</th><th scope="col">_("Recipients")</th><th scope="col">_("Sent")</th><th scope="col">_("Failed")</th><th scope="col">_("Unsubscribed")</th></tr></thead>
<tbody>{{#CAMPAIGN}}<tr><td><a href="/newsletters/campaigns/{{CAMPAIGN_ID}}">{{SUBJECT}}</a><br><span class="muted">{{CREATED}}</span></td><td>{{STATUS}}</td><td>{{RECIPIENTS}}</td><td>{{SENT}}</td><td>{{FAILED}}</td><td>{{UNSUBSCRIBED}}</td></tr>{{/CAMPAIGN}}</tbody>
</table></div>
<h2 id="new-campaign">_("New campaign")</h2>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/newsletters/manage/{{LIST_ID}}/campaigns" class="stack" novalidate aria-labelledby="new-campaign">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p class="hint">_("Each subscriber receives the message in their language, or in French when it is not written in theirs. The body is Markdown: **bold**, lists with -, links as [text](https://...).")</p>
  <div><label for="subject_fr">_("Subject (French)")</label><input type="text" id="subject_fr" name="subject_fr" value="{{SUBJECT_FR}}" maxlength="200"{{#SUBJECT_FR_INVALID}} aria-invalid="true"{{/SUBJECT_FR_INVALID}}></div>
  <div><label for="body_fr">_("Message (French)")</label><textarea id="body_fr" name="body_fr" rows="8"{{#BODY_FR_INVALID}} aria-invalid="true"{{/BODY_FR_INVALID}}>{{BODY_FR}}</textarea></div>
  <div><label for="subject_nl">_("Subject (Dutch)")</label><input type="text" id="subject_nl" name="subject_nl" value="{{SUBJECT_NL}}" maxlength="200"></div>
  <div><label for="body_nl">_("Message (Dutch)")</label><textarea id="body_nl" name="body_nl" rows="8">{{BODY_NL}}</textarea></div>
  <div><label for="subject_en">_("Subject (English)")</label><input type="text" id="subject_en" name="subject_en" value="{{SUBJECT_EN}}" maxlength="200"></div>
  <div><label for="body_en">_("Message (English)")</label><textarea id="body_en" name="body_en" rows="8">{{BODY_EN}}</textarea></div>
  <div><input type="checkbox" id="include_agenda" name="include_agenda" value="1"{{#AGENDA_CHECKED}} checked{{/AGENDA_CHECKED}}> <label for="include_agenda">_("Add the coming sessions of the list's care area or theme")</label></div>
  <div><button type="submit">_("Save as a draft")</button></div>
</form>
