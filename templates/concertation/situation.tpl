{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p><a href="/concertation/groups/{{GROUP_ID}}/situations">_("Back to the follow-up table")</a></p>
<section aria-labelledby="situation-title">
<h2 id="situation-title">_("Situation {{CODE}}")</h2>
<dl class="facts">
<dt>_("Status")</dt><dd>{{STATUS}}{{#CLOSED}} — {{OUTCOME}} ({{CLOSED_AT}}){{/CLOSED}}</dd>
<dt>_("Presented by")</dt><dd>{{PRESENTER}}, {{PRESENTED}}</dd>
<dt>_("Person")</dt><dd>{{AGE}} · {{GENDER}} · {{PLACE}}</dd>
<dt>_("Themes")</dt><dd>{{THEMES}}</dd>
<dt>_("Life domains")</dt><dd>{{DOMAINS}}</dd>
<dt>_("Person informed")</dt><dd>{{#INFORMED_YES}}_("Yes"): {{INFORMED_HOW}} ({{INFORMED_BY}}){{/INFORMED_YES}}{{#INFORMED_NO}}_("No"): {{INFORMED_HOW}}{{/INFORMED_NO}}{{#INFORMED_UNKNOWN}}<span class="badge">_("Not recorded")</span>{{/INFORMED_UNKNOWN}}</dd>
{{#HAS_CASE_MANAGER}}<dt>_("Case manager")</dt><dd>{{CASE_MANAGER}}</dd>{{/HAS_CASE_MANAGER}}
<dt>_("Purge")</dt><dd>{{#CLOSED}}_("Free text purged on {{PURGE_DATE}}"){{/CLOSED}}{{#OPEN}}_("Free text purged {{RETENTION_MONTHS}} months after closing"){{/OPEN}}</dd>
</dl>
<h3>_("Summary")</h3>
{{#PURGED}}<p class="muted">_("The free text of this situation was purged on {{PURGED_AT}}, after the group's retention period.")</p>{{/PURGED}}
<p class="question">{{SUMMARY}}</p>
</section>

<section aria-labelledby="agreements-title" id="agreements">
<h2 id="agreements-title">_("Agreements")</h2>
{{#HAS_AGREEMENTS}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="agreements-title"><table>
<thead><tr><th scope="col">_("What")</th><th scope="col">_("Who")</th><th scope="col">_("By")</th><th scope="col">_("Status")</th></tr></thead>
<tbody>{{#AGREEMENT}}<tr{{#OVERDUE}} class="overdue"{{/OVERDUE}}><td>{{WHAT}}</td><td>{{WHO}}</td><td>{{DUE}}{{#OVERDUE}} <span class="badge">_("Overdue")</span>{{/OVERDUE}}</td><td>{{AGREEMENT_STATUS}}
<form method="post" action="/concertation/agreements/{{AGREEMENT_ID}}" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}">
{{#MAY_CONCLUDE}}<button type="submit" name="status" value="concluded" class="secondary">_("Concluded")</button>{{/MAY_CONCLUDE}}
{{#MAY_FINISH}}<button type="submit" name="status" value="done" class="secondary">_("Done")</button> <button type="submit" name="status" value="abandoned" class="secondary">_("Abandoned")</button>{{/MAY_FINISH}}</form></td></tr>{{/AGREEMENT}}</tbody>
</table></div>{{/HAS_AGREEMENTS}}
{{#NO_HAS_AGREEMENTS}}<p class="muted">_("No agreement yet.")</p>{{/NO_HAS_AGREEMENTS}}
{{#AGREEMENT_FINDINGS}}{{#FINDINGS}}<div class="alert" role="alert"><p>_("This looks like identifying data of the person:")</p><ul>{{#FINDING}}<li>{{KIND}}: <mark>{{TEXT}}</mark></li>{{/FINDING}}</ul><label><input type="checkbox" name="confirm_not_person" value="1" form="agreement-form"> _("I confirm this is not about the person")</label></div>{{/FINDINGS}}{{/AGREEMENT_FINDINGS}}
<form method="post" action="/concertation/situations/{{ID}}/agreements" class="stack" novalidate id="agreement-form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset><legend>_("Propose an agreement")</legend>
  <div><label for="what">_("What")</label><input id="what" name="what" value="{{WHAT_TYPED}}" maxlength="500"{{#WHAT_INVALID}} aria-invalid="true"{{/WHAT_INVALID}}>{{#WHAT_INVALID}}<p class="field-error">{{WHAT_ERROR}}</p>{{/WHAT_INVALID}}</div>
  <div><label for="who">_("Who")</label><select id="who" name="who"{{#WHO_INVALID}} aria-invalid="true"{{/WHO_INVALID}}><option value="">_("Choose")</option>
  <optgroup label="_("Members")">{{#WHO_MEMBER}}<option value="user:{{USER_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/WHO_MEMBER}}</optgroup>
  <optgroup label="_("Organisations of the group")">{{#WHO_ORGANISATION}}<option value="organisation:{{ORGANISATION_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/WHO_ORGANISATION}}</optgroup>
  <optgroup label="_("Organisations outside the group (decision tree first)")">{{#WHO_OUTSIDE}}<option value="organisation:{{ORGANISATION_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/WHO_OUTSIDE}}</optgroup>
  </select>{{#WHO_INVALID}}<p class="field-error">{{WHO_ERROR}}</p>{{/WHO_INVALID}}</div>
  <div><label for="due">_("By (date)")</label><input id="due" name="due" type="date" value="{{DUE_TYPED}}"{{#DUE_INVALID}} aria-invalid="true"{{/DUE_INVALID}}>{{#DUE_INVALID}}<p class="field-error">{{DUE_ERROR}}</p>{{/DUE_INVALID}}</div>
  <div><button type="submit">_("Propose the agreement")</button></div>
  </fieldset>
</form>
</section>

<section aria-labelledby="sharing-title" id="sharing">
<h2 id="sharing-title">_("Before sharing outside the group: the decision tree")</h2>
{{#SHARE_NEEDED}}<p class="alert" role="alert">_("This agreement goes to an organisation outside the group: answer the decision tree first.")</p>{{/SHARE_NEEDED}}
<form method="post" action="/concertation/situations/{{ID}}/share" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="share_organisation">_("Organisation the information would go to")</label><select id="share_organisation" name="share_organisation"{{#SHARE_ORGANISATION_INVALID}} aria-invalid="true"{{/SHARE_ORGANISATION_INVALID}}><option value="">_("Choose")</option>{{#SHARE_ORGANISATION}}<option value="{{ORGANISATION_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/SHARE_ORGANISATION}}</select></div>
  <fieldset id="vital_interest"><legend>_("1. Is a vital interest of the person or of someone else at stake?")</legend><label><input type="radio" name="vital_interest" value="yes"> _("Yes")</label> <label><input type="radio" name="vital_interest" value="no"> _("No")</label></fieldset>
  <fieldset id="consent"><legend>_("2. Has the person consented to the sharing?")</legend><label><input type="radio" name="consent" value="yes"> _("Yes")</label> <label><input type="radio" name="consent" value="no"> _("No")</label></fieldset>
  <fieldset id="conflict_of_interests"><legend>_("3. Would sharing put the person's interests in conflict with the receiver's mission (for instance control or sanction)?")</legend><label><input type="radio" name="conflict_of_interests" value="yes"> _("Yes")</label> <label><input type="radio" name="conflict_of_interests" value="no"> _("No")</label></fieldset>
  <div><button type="submit">_("Record the answers")</button></div>
</form>
{{#HAS_DECISIONS}}<div class="table-wrap" role="region" tabindex="0" aria-label="_("Decisions recorded")"><table>
<thead><tr><th scope="col">_("When")</th><th scope="col">_("Who")</th><th scope="col">_("Organisation")</th><th scope="col">_("Vital interest")</th><th scope="col">_("Consent")</th><th scope="col">_("Conflict of interests")</th><th scope="col">_("Decision")</th></tr></thead>
<tbody>{{#DECISION}}<tr><td>{{AT}}</td><td>{{BY}}</td><td>{{ORGANISATION}}</td><td>{{VITAL}}</td><td>{{CONSENT}}</td><td>{{CONFLICT}}</td><td>{{DECISION}}</td></tr>{{/DECISION}}</tbody>
</table></div>{{/HAS_DECISIONS}}
</section>

{{#HAS_DISCUSSED}}<section aria-labelledby="minutes-title">
<h2 id="minutes-title">_("Minutes")</h2>
<ul class="list">{{#DISCUSSED}}<li><a href="/concertation/meetings/{{MEETING_ID}}">{{WHEN}}</a>{{#WAS_NEW}} (_("presented")){{/WAS_NEW}}: <span class="question">{{MINUTES}}</span></li>{{/DISCUSSED}}</ul>
</section>{{/HAS_DISCUSSED}}

<section aria-labelledby="close-title">
<h2 id="close-title">_("Closing")</h2>
{{#OPEN}}<form method="post" action="/concertation/situations/{{ID}}/close" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="outcome">_("Outcome")</label><select id="outcome" name="outcome"{{#OUTCOME_INVALID}} aria-invalid="true"{{/OUTCOME_INVALID}}><option value="">_("Choose")</option>{{#OUTCOME_OPTION}}<option value="{{CODE}}">{{LABEL}}</option>{{/OUTCOME_OPTION}}</select>{{#OUTCOME_INVALID}}<p class="field-error">{{OUTCOME_ERROR}}</p>{{/OUTCOME_INVALID}}</div>
  <div><button type="submit">_("Close the situation")</button></div>
</form>{{/OPEN}}
{{#REOPEN}}<form method="post" action="/concertation/situations/{{ID}}/reopen" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="secondary">_("Follow it again")</button></form>{{/REOPEN}}
</section>

<section aria-labelledby="edit-title">
<h2 id="edit-title">_("Change the situation")</h2>
{{#EDIT_FINDINGS}}{{#FINDINGS}}<div class="alert" role="alert"><p>_("This looks like identifying data of the person:")</p><ul>{{#FINDING}}<li>{{KIND}}: <mark>{{TEXT}}</mark></li>{{/FINDING}}</ul><label><input type="checkbox" name="confirm_not_person" value="1" form="edit-form"> _("I confirm this is not about the person")</label></div>{{/FINDINGS}}{{/EDIT_FINDINGS}}
<form method="post" action="/concertation/situations/{{ID}}" class="stack" novalidate id="edit-form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
{{>SITUATION_FIELDS}}
  <div><button type="submit">_("Save the situation")</button></div>
</form>
</section>

{{#IS_PRESENTER}}<section aria-labelledby="access-title">
<h2 id="access-title">_("Who read this situation")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="access-title"><table>
<thead><tr><th scope="col">_("When")</th><th scope="col">_("Who")</th><th scope="col">_("What")</th></tr></thead>
<tbody>{{#ACCESS}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td><code>{{ACTION}}</code></td></tr>{{/ACCESS}}</tbody>
</table></div>
</section>{{/IS_PRESENTER}}

{{#MAY_ERASE}}<section aria-labelledby="erase-title">
<h2 id="erase-title">_("Erase on the person's request")</h2>
<form method="post" action="/concertation/situations/{{ID}}/erase" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="confirm_code">_("Type the code {{CODE}} to erase the situation whole, with its agreements and minutes")</label><input id="confirm_code" name="confirm_code" maxlength="40"{{#CONFIRM_CODE_INVALID}} aria-invalid="true"{{/CONFIRM_CODE_INVALID}}>{{#CONFIRM_CODE_INVALID}}<p class="field-error">{{CONFIRM_CODE_ERROR}}</p>{{/CONFIRM_CODE_INVALID}}</div>
  <div><button type="submit" class="secondary">_("Erase the situation")</button></div>
</form>
</section>{{/MAY_ERASE}}
