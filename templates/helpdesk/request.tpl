{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p><a href="/helpdesk">_("Back to the helpdesk")</a></p>
{{#PENDING_TRANSFER}}<section class="card" aria-labelledby="pending-title">
<h2 id="pending-title">_("Transfer proposed to {{TO}}")</h2>
<p>_("{{FROM}} proposes this request to {{TO}}:") {{REASON}}</p>
{{#MAY_ANSWER}}<form method="post" action="/helpdesk/transfers/{{TRANSFER_ID}}" class="stack" novalidate id="answer-form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="answer_note">_("Note for the proposing line (optional)")</label><textarea id="answer_note" name="note" rows="2" maxlength="4000"{{#ANSWER_NOTE_INVALID}} aria-invalid="true"{{/ANSWER_NOTE_INVALID}}>{{ANSWER_NOTE_TYPED:pre_escape}}</textarea></div>
  <div><button type="submit" name="answer" value="accept">_("Accept the transfer")</button> <button type="submit" name="answer" value="decline" class="secondary">_("Decline")</button></div>
</form>{{/MAY_ANSWER}}
</section>{{/PENDING_TRANSFER}}
{{#ANSWER_FINDINGS}}{{#FINDINGS}}<div class="alert" role="alert"><p>_("This looks like identifying data of the person:")</p><ul>{{#FINDING}}<li>{{KIND}}: <mark>{{TEXT}}</mark></li>{{/FINDING}}</ul><label><input type="checkbox" name="confirm_not_person" value="1" form="answer-form"> _("I confirm this is not about the person")</label></div>{{/FINDINGS}}{{/ANSWER_FINDINGS}}
<section aria-labelledby="request-title">
<h2 id="request-title">_("The request")</h2>
<dl class="facts">
<dt>_("Status")</dt><dd>{{STATUS}}{{#CLOSED}} — {{OUTCOME}} ({{CLOSED_AT}}){{/CLOSED}}{{#LEGAL_HOLD}} <span class="badge">_("Legal hold")</span>{{/LEGAL_HOLD}}</dd>
{{#LEGAL_HOLD}}<dt>_("Reason of the legal hold")</dt><dd>{{LEGAL_HOLD_REASON}}</dd>{{/LEGAL_HOLD}}
<dt>_("Line handling it")</dt><dd>{{LINE}}</dd>
<dt>_("Line reached")</dt><dd>{{LINE_REACHED}}{{#NOT_RECORDED}}_("Not recorded"){{/NOT_RECORDED}}</dd>
<dt>_("Channel")</dt><dd>{{CHANNEL}}{{#FROM_WEB_FORM}} (_("sent by a professional of the platform")){{/FROM_WEB_FORM}}</dd>
<dt>_("Received")</dt><dd>{{RECEIVED}}</dd>
<dt>_("Requester")</dt><dd>{{ORGANISATION}} · {{FUNCTION}} · {{SECTOR}}</dd>
<dt>_("Call-back contact")</dt><dd>{{CONTACT}}</dd>
<dt>_("Person concerned")</dt><dd>{{AGE}} · {{GENDER}} · {{PLACE}} · {{PERSON_STATUS}}</dd>
<dt>_("Languages")</dt><dd>{{LANGUAGES}}</dd>
<dt>_("Themes")</dt><dd>{{THEMES}}</dd>
<dt>_("Complexity")</dt><dd>{{COMPLEXITY}}</dd>
</dl>
{{#HANDLING}}<p class="no-print"><a href="/helpdesk/requests/{{ID}}/edit">_("Correct the coded fields")</a></p>{{/HANDLING}}
<h3>_("Question")</h3>
{{#PURGED}}<p class="muted">_("The free text of this request was purged on {{PURGED_AT}}, after the retention period of its line.")</p>{{/PURGED}}
<p class="question">{{QUESTION}}</p>
{{#HAS_FEEDBACK}}<h3>_("Feedback given to the requester")</h3><p>{{FEEDBACK_GIVEN}}</p>{{/HAS_FEEDBACK}}
</section>

<section aria-labelledby="orientations-title" id="orientations">
<h2 id="orientations-title">_("Orientations")</h2>
{{#HANDLING}}{{#OPEN}}<p><a class="button" href="/helpdesk/requests/{{ID}}/orient">_("Search the directory")</a></p>{{/OPEN}}{{/HANDLING}}
{{#NO_ORIENTATION}}<p class="muted">_("No service proposed yet.")</p>{{/NO_ORIENTATION}}
{{#HAS_ORIENTATIONS}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="orientations-title"><table>
<thead><tr><th scope="col">_("Service")</th><th scope="col">_("Reason")</th><th scope="col">_("Outcome")</th></tr></thead>
<tbody>{{#ORIENTATION}}<tr><td><a href="{{SERVICE_HREF}}">{{SERVICE}}</a></td><td>{{REASON}}</td><td>{{OUTCOME}}
{{#EDIT_OUTCOME}}<form method="post" action="/helpdesk/requests/{{ID}}/orientations/{{ORIENTATION_ID}}" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><label for="outcome-{{ORIENTATION_ID}}" class="visually-hidden">_("Outcome of the orientation to {{SERVICE}}")</label><select id="outcome-{{ORIENTATION_ID}}" name="outcome">{{#OUTCOME_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OUTCOME_OPTION}}</select> <button type="submit" class="secondary">_("Save")</button></form>{{/EDIT_OUTCOME}}</td></tr>{{/ORIENTATION}}</tbody>
</table></div>
{{#HANDLING}}<form method="post" action="/helpdesk/requests/{{ID}}/sheet" class="stack" novalidate id="sheet">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset class="choices"><legend>_("Services on the orientation sheet")</legend>{{#ORIENTATION}}<label><input type="checkbox" name="service" value="{{SERVICE_HSDS_ID}}"{{#ON_SHEET}} checked{{/ON_SHEET}}> {{SERVICE}}</label> {{/ORIENTATION}}</fieldset>
  <div><label for="sheet_lang">_("Language of the sheet")</label><select id="sheet_lang" name="sheet_lang">{{#SHEET_LANG}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/SHEET_LANG}}</select></div>
  <div><label for="sheet_email">_("E-mail address of the requester")</label><input type="email" id="sheet_email" name="email" value="{{SHEET_EMAIL}}" maxlength="254"{{#SHEET_EMAIL_INVALID}} aria-invalid="true"{{/SHEET_EMAIL_INVALID}}></div>
  <div><button type="submit" name="action" value="send">_("Send the orientation sheet")</button> <button type="submit" name="action" value="print" class="secondary">_("Open the sheet to print")</button></div>
</form>{{/HANDLING}}
{{/HAS_ORIENTATIONS}}
</section>

{{#HANDLING}}
<section aria-labelledby="follow-up-title" id="follow-up">
<h2 id="follow-up-title">_("Follow-up")</h2>
{{#OPEN}}
<form method="post" action="/helpdesk/requests/{{ID}}/callback" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset><legend>_("Call-back")</legend>
  {{#HAS_CALLBACK}}<p>_("Planned: {{CALLBACK_AT}}")</p>{{/HAS_CALLBACK}}
  <div><label for="callback_date">_("Date")</label><input type="date" id="callback_date" name="callback_date" value="{{CALLBACK_DATE}}"{{#CALLBACK_DATE_INVALID}} aria-invalid="true"{{/CALLBACK_DATE_INVALID}}></div>
  <div><label for="callback_time">_("Time (Brussels)")</label><input type="time" id="callback_time" name="callback_time" value="{{CALLBACK_TIME}}"></div>
  <div><label for="callback_user">_("Who calls back")</label><select id="callback_user" name="callback_user"><option value="">_("Anyone of the line")</option>{{#CALLBACK_RESPONDER}}<option value="{{USER_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/CALLBACK_RESPONDER}}</select></div>
  <div><button type="submit" name="action" value="set">_("Plan the call-back")</button>{{#HAS_CALLBACK}} <button type="submit" name="action" value="clear" class="secondary">_("Remove the call-back")</button>{{/HAS_CALLBACK}}</div>
  </fieldset>
</form>
{{/OPEN}}
<form method="post" action="/helpdesk/requests/{{ID}}/notes" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset><legend>_("Note of a contact")</legend>
  <div><label for="note-kind">_("Kind")</label><select id="note-kind" name="kind"><option value="contact">_("Contact with the requester")</option><option value="note">_("Note")</option></select></div>
  <div><label for="note">_("Note")</label><textarea id="note" name="note" rows="3" maxlength="4000" aria-describedby="note-warning"{{#NOTE_INVALID}} aria-invalid="true"{{/NOTE_INVALID}}>{{NOTE:pre_escape}}</textarea><span class="hint" id="note-warning">_("No name or identifying data of the person.")</span></div>
  {{#NOTE_FINDINGS}}{{#FINDINGS}}<div class="alert" role="alert"><p>_("This looks like identifying data of the person:")</p><ul>{{#FINDING}}<li>{{KIND}}: <mark>{{TEXT}}</mark></li>{{/FINDING}}</ul><label><input type="checkbox" name="confirm_not_person" value="1"> _("I confirm this is not about the person")</label></div>{{/FINDINGS}}{{/NOTE_FINDINGS}}
  <div><button type="submit">_("Add to the history")</button></div>
  </fieldset>
</form>
<form method="post" action="/helpdesk/requests/{{ID}}/feedback" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="feedback">_("Feedback given to the requester")</label><textarea id="feedback" name="feedback" rows="3" maxlength="4000" aria-describedby="feedback-hint"{{#FEEDBACK_INVALID}} aria-invalid="true"{{/FEEDBACK_INVALID}}>{{FEEDBACK:pre_escape}}</textarea><span class="hint" id="feedback-hint">_("A professional who sent the request by the web form reads it in \"My requests\".")</span></div>
  {{#FEEDBACK_FINDINGS}}{{#FINDINGS}}<div class="alert" role="alert"><p>_("This looks like identifying data of the person:")</p><ul>{{#FINDING}}<li>{{KIND}}: <mark>{{TEXT}}</mark></li>{{/FINDING}}</ul><label><input type="checkbox" name="confirm_not_person" value="1"> _("I confirm this is not about the person")</label></div>{{/FINDINGS}}{{/FEEDBACK_FINDINGS}}
  <div><button type="submit">_("Save the feedback")</button></div>
</form>
<form method="post" action="/helpdesk/requests/{{ID}}/levels" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset id="levels" class="choices"><legend>_("Levels explored")</legend>{{#LEVEL}}<label><input type="checkbox" name="levels" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/LEVEL}}</fieldset>
  <div><button type="submit" class="secondary">_("Save the levels explored")</button></div>
</form>
{{#OPEN}}
<form method="post" action="/helpdesk/requests/{{ID}}/close" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="outcome">_("Outcome of the request")</label><select id="outcome" name="outcome" required{{#OUTCOME_INVALID}} aria-invalid="true"{{/OUTCOME_INVALID}}><option value="">_("Choose the outcome")</option>{{#CLOSING}}<option value="{{CODE}}">{{LABEL}}</option>{{/CLOSING}}</select></div>
  <div><button type="submit">_("Close the request")</button></div>
</form>
{{/OPEN}}
{{#REOPEN}}<form method="post" action="/helpdesk/requests/{{ID}}/reopen" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="secondary">_("Reopen the request")</button></form>{{/REOPEN}}
</section>

{{#OPEN}}
<section aria-labelledby="transfer-title" id="transfer">
<h2 id="transfer-title">_("Transfer to another line")</h2>
<form method="post" action="/helpdesk/requests/{{ID}}/transfer" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="to_line">_("Line")</label><select id="to_line" name="to_line"{{#TO_LINE_INVALID}} aria-invalid="true"{{/TO_LINE_INVALID}}>{{#TRANSFER_LINE}}<option value="{{LINE_ID}}">{{NAME}}</option>{{/TRANSFER_LINE}}</select></div>
  <div><label for="transfer_reason">_("Reason")</label><textarea id="transfer_reason" name="reason" rows="2" maxlength="4000"{{#TRANSFER_REASON_INVALID}} aria-invalid="true"{{/TRANSFER_REASON_INVALID}}>{{TRANSFER_REASON:pre_escape}}</textarea></div>
  {{#TRANSFER_FINDINGS}}{{#FINDINGS}}<div class="alert" role="alert"><p>_("This looks like identifying data of the person:")</p><ul>{{#FINDING}}<li>{{KIND}}: <mark>{{TEXT}}</mark></li>{{/FINDING}}</ul><label><input type="checkbox" name="confirm_not_person" value="1"> _("I confirm this is not about the person")</label></div>{{/FINDINGS}}{{/TRANSFER_FINDINGS}}
  <div><button type="submit" class="secondary">_("Propose the transfer")</button></div>
</form>
</section>
<section aria-labelledby="unmet-title" id="unmet">
<h2 id="unmet-title">_("Unmet need")</h2>
<form method="post" action="/helpdesk/requests/{{ID}}/unmet-need" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset class="choices"><legend>_("Themes of the need")</legend>{{#UNMET_THEME}}<label><input type="checkbox" name="themes" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/UNMET_THEME}}</fieldset>
  <div><label for="unmet_public">_("Public")</label><select id="unmet_public" name="public"><option value="">_("Not specified")</option>{{#UNMET_PUBLIC}}<option value="{{CODE}}">{{LABEL}}</option>{{/UNMET_PUBLIC}}</select></div>
  <div><label for="unmet_summary">_("The need in one sentence")</label><input type="text" id="unmet_summary" name="summary" value="{{UNMET_SUMMARY}}" maxlength="300"{{#UNMET_SUMMARY_INVALID}} aria-invalid="true"{{/UNMET_SUMMARY_INVALID}}></div>
  {{#OTHER_FINDINGS}}{{#FINDINGS}}<div class="alert" role="alert"><p>_("This looks like identifying data of the person:")</p><ul>{{#FINDING}}<li>{{KIND}}: <mark>{{TEXT}}</mark></li>{{/FINDING}}</ul><label><input type="checkbox" name="confirm_not_person" value="1"> _("I confirm this is not about the person")</label></div>{{/FINDINGS}}{{/OTHER_FINDINGS}}
  <div><button type="submit" class="secondary">_("Flag the unmet need")</button></div>
</form>
</section>
{{/OPEN}}
{{#NO_LEGAL_HOLD}}<form method="post" action="/helpdesk/requests/{{ID}}/hold" class="stack" id="legal-hold" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="hold" value="1">
  <fieldset><legend>_("Legal hold (the request's text is then never purged)")</legend>
  <div><label for="hold_reason">_("Reason of the legal hold")</label><input type="text" id="hold_reason" name="reason" value="{{HOLD_REASON}}" maxlength="500" aria-describedby="hold-hint"{{#HOLD_REASON_INVALID}} aria-invalid="true"{{/HOLD_REASON_INVALID}}><span class="hint" id="hold-hint">_("For example the authority and its reference. No name or identifying data of the person.")</span></div>
  {{#HOLD_FINDINGS}}{{#FINDINGS}}<div class="alert" role="alert"><p>_("This looks like identifying data of the person:")</p><ul>{{#FINDING}}<li>{{KIND}}: <mark>{{TEXT}}</mark></li>{{/FINDING}}</ul><label><input type="checkbox" name="confirm_not_person" value="1"> _("I confirm this is not about the person")</label></div>{{/FINDINGS}}{{/HOLD_FINDINGS}}
  <div><button type="submit" class="secondary">_("Put under a legal hold")</button></div>
  </fieldset>
</form>{{/NO_LEGAL_HOLD}}
{{#LEGAL_HOLD}}<form method="post" action="/helpdesk/requests/{{ID}}/hold" class="inline">
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="hold" value="0"><button type="submit" class="link-button">_("Lift the legal hold")</button>
</form>{{/LEGAL_HOLD}}
{{/HANDLING}}
{{#UNMET}}<p class="notice">_("Unmet need flagged on {{AT}}:") {{THEMES}} — {{SUMMARY}}</p>{{/UNMET}}

{{#HAS_TRANSFERS}}<h2 id="transfers-title">_("Transfers")</h2>
<ul>{{#TRANSFER}}<li>{{AT}} · {{FROM}} → {{TO}} · {{STATUS}} · {{REASON}} {{ANSWER_NOTE}}</li>{{/TRANSFER}}</ul>{{/HAS_TRANSFERS}}

<section aria-labelledby="history-title" id="history">
<h2 id="history-title">_("History")</h2>
<ol class="history">{{#EVENT}}<li><span class="meta">{{AT}} · {{WHO}}</span> — {{KIND}}{{#HAS_EVENT_LINE}} ({{EVENT_LINE}}){{/HAS_EVENT_LINE}}{{#HAS_NOTE}}: {{NOTE}}{{/HAS_NOTE}}</li>{{/EVENT}}</ol>
</section>
<section aria-labelledby="access-title">
<h2 id="access-title">_("Who read this request")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="access-title"><table>
<thead><tr><th scope="col">_("When")</th><th scope="col">_("Who")</th><th scope="col">_("Action")</th></tr></thead>
<tbody>{{#ACCESS}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td><code>{{ACTION}}</code></td></tr>{{/ACCESS}}</tbody>
</table></div>
</section>
