{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p><a href="/concertation">_("Back to the concertations")</a></p>
{{#IS_MEMBER}}<nav aria-label="_("The group")"><ul class="inline-list">
{{#IS_READER}}<li><a href="/concertation/groups/{{GROUP_ID}}/situations">_("Follow-up table")</a></li>{{/IS_READER}}
<li><a href="/concertation/groups/{{GROUP_ID}}/meetings">_("Meetings")</a></li>
<li><a href="/concertation/groups/{{GROUP_ID}}/counts">_("Counts")</a></li>
</ul></nav>{{/IS_MEMBER}}
<section aria-labelledby="facts-title">
<h2 id="facts-title">_("The group")</h2>
<dl class="facts">
<dt>_("Kind")</dt><dd>{{KIND}}</dd>
<dt>_("Territory")</dt><dd>{{TERRITORY}} ({{TERRITORY_KIND}})</dd>
<dt>_("Rhythm")</dt><dd>{{RHYTHM}}, {{DEFAULT_DURATION}} h</dd>
<dt>_("Place")</dt><dd>{{#VIDEO}}_("Video conference") {{/VIDEO}}{{DEFAULT_PLACE}}</dd>
<dt>_("Legal basis")</dt><dd>{{LEGAL_BASIS}}: {{LEGAL_REFERENCE}}</dd>
<dt>_("Retention")</dt><dd>_("Free text is purged {{RETENTION_MONTHS}} months after a situation is closed; codes and counts stay.")</dd>
<dt>_("Outside the group")</dt><dd>_("Only anonymous counts leave the group; a count below {{THRESHOLD}} is shown as fewer than {{THRESHOLD}}.")</dd>
</dl>
{{#MANAGES}}<p><a href="/concertation/groups/{{GROUP_ID}}/settings">_("Change the settings")</a></p>{{/MANAGES}}
</section>

<section aria-labelledby="charter-title" id="charter">
<h2 id="charter-title">_("Charter")</h2>
{{#NO_CHARTER}}<p class="muted">_("No charter is published yet: nobody reads the group until one is published and accepted.")</p>{{/NO_CHARTER}}
{{#HAS_CHARTER}}<p>_("Version {{VERSION}} of {{PUBLISHED}}.") _("Legal basis:") {{LEGAL_BASIS}}, {{LEGAL_REFERENCE}}.</p>
<div class="charter">{{CHARTER_TEXT:pre_escape}}</div>{{/HAS_CHARTER}}
{{#INVITED}}<p>_("You are invited for {{MY_ORGANISATION}}."){{#NOT_BOUND}} _("You are not bound by professional secrecy: you see the agenda and the agreements given to you, not the situations.") {{/NOT_BOUND}}</p>
{{#I_ACCEPTED}}<p>_("You accepted this version on {{ACCEPTED_AT}}.")</p>{{/I_ACCEPTED}}
{{#ORGANISATION_WAITING}}<p class="alert">_("Your organisation has not accepted this version yet: you read nothing until it does.")</p>{{/ORGANISATION_WAITING}}
{{#MAY_ACCEPT}}<form method="post" action="/concertation/groups/{{GROUP_ID}}/accept" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="version" value="{{VERSION}}">
  <div><label><input type="checkbox" id="accept" name="accept" value="1"{{#ACCEPT_INVALID}} aria-invalid="true"{{/ACCEPT_INVALID}}> _("I have read version {{VERSION}} of the charter and I accept it")</label></div>
  <div><button type="submit">_("Accept the charter")</button></div>
</form>{{/MAY_ACCEPT}}
{{/INVITED}}
</section>

{{#HAS_ORGANISATIONS}}<section aria-labelledby="organisations-title" id="organisations">
<h2 id="organisations-title">_("Organisations and the charter")</h2>
<ul class="list">{{#ORGANISATION}}<li>{{ORGANISATION_NAME}}:
{{#ONLINE}}_("accepted on {{RECORDED_AT}} by {{RECORDED_BY}}"){{/ONLINE}}
{{#ON_PAPER}}_("signed on paper by {{SIGNED_BY}}, recorded on {{RECORDED_AT}} by {{RECORDED_BY}}"){{/ON_PAPER}}
{{#WAITING}}_("not accepted yet"){{/WAITING}}
{{#MAY_ACCEPT_FOR_ORGANISATION}}<form method="post" action="/concertation/groups/{{GROUP_ID}}/organisations" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="organisation" value="{{ORGANISATION_ID}}"><button type="submit">_("Accept the charter for {{ORGANISATION_NAME}}")</button></form>{{/MAY_ACCEPT_FOR_ORGANISATION}}</li>{{/ORGANISATION}}</ul>
{{#MANAGES}}{{#HAS_PAPER}}<form method="post" action="/concertation/groups/{{GROUP_ID}}/organisations" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="on_paper" value="1">
  <fieldset><legend>_("Record an acceptance signed on paper")</legend>
  <div><label for="paper_organisation">_("Organisation")</label><select id="paper_organisation" name="paper_organisation">{{#PAPER_ORGANISATION}}<option value="{{ORGANISATION_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{ORGANISATION_NAME}}</option>{{/PAPER_ORGANISATION}}</select></div>
  <div><label for="signed_by">_("Who signed for the organisation")</label><input id="signed_by" name="signed_by" value="{{SIGNED_BY}}" maxlength="200"{{#SIGNED_BY_INVALID}} aria-invalid="true"{{/SIGNED_BY_INVALID}}>{{#SIGNED_BY_INVALID}}<p class="field-error">{{SIGNED_BY_ERROR}}</p>{{/SIGNED_BY_INVALID}}</div>
  <div><button type="submit" class="secondary">_("Record the signed charter")</button></div>
  </fieldset>
</form>{{/HAS_PAPER}}{{/MANAGES}}
</section>{{/HAS_ORGANISATIONS}}

{{#ACTIVE}}<section aria-labelledby="upcoming-title">
<h2 id="upcoming-title">_("Next meetings")</h2>
<ul class="list">{{#UPCOMING}}<li><a href="/concertation/meetings/{{MEETING_ID}}">{{WHEN}}</a></li>{{/UPCOMING}}</ul>
</section>
{{#HAS_MY_AGREEMENTS}}<section aria-labelledby="mine-title">
<h2 id="mine-title">_("Agreements given to me")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="mine-title"><table>
<thead><tr><th scope="col">_("Situation")</th><th scope="col">_("What")</th><th scope="col">_("By")</th><th scope="col">_("Status")</th></tr></thead>
<tbody>{{#MY_AGREEMENT}}<tr{{#OVERDUE}} class="overdue"{{/OVERDUE}}><td>{{CODE}}</td><td>{{WHAT}}</td><td>{{DUE}}{{#OVERDUE}} <span class="badge">_("Overdue")</span>{{/OVERDUE}}</td><td>{{STATUS}}</td></tr>{{/MY_AGREEMENT}}</tbody>
</table></div>
</section>{{/HAS_MY_AGREEMENTS}}{{/ACTIVE}}

{{#MANAGES}}
<section aria-labelledby="members-title" id="members">
<h2 id="members-title">_("Members")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="members-title"><table>
<thead><tr><th scope="col">_("Member")</th><th scope="col">_("Organisation")</th><th scope="col">_("Charter")</th><th scope="col">_("Membership")</th></tr></thead>
<tbody>{{#MEMBER}}<tr><td>{{MEMBER_NAME}}</td><td>{{MEMBER_ORGANISATION}}</td><td>{{#MEMBER_ACTIVE}}_("Member"){{/MEMBER_ACTIVE}}{{#MEMBER_WAITING}}_("Waiting for the acceptances"){{/MEMBER_WAITING}} (_("version {{ACCEPTED_VERSION}} accepted"))</td>
<td><form method="post" action="/concertation/members/{{MEMBER_ID}}" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}">
<label><input type="checkbox" name="organiser" value="1"{{#ORGANISER}} checked{{/ORGANISER}}> _("Organiser")</label>
<label><input type="checkbox" name="bound" value="1"{{#BOUND}} checked{{/BOUND}}> _("Bound by professional secrecy")</label>
<button type="submit" name="action" value="save" class="secondary">_("Save")</button> <button type="submit" name="action" value="remove" class="secondary">_("Remove {{MEMBER_NAME}}")</button></form></td></tr>{{/MEMBER}}</tbody>
</table></div>
<form method="post" action="/concertation/groups/{{GROUP_ID}}/members" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset><legend>_("Invite a professional")</legend>
  <div><label for="invite_email">_("E-mail address of the account")</label><input id="invite_email" name="invite_email" type="email" value="{{INVITE_EMAIL}}" maxlength="254"{{#INVITE_EMAIL_INVALID}} aria-invalid="true"{{/INVITE_EMAIL_INVALID}}>{{#INVITE_EMAIL_INVALID}}<p class="field-error">{{INVITE_EMAIL_ERROR}}</p>{{/INVITE_EMAIL_INVALID}}</div>
  <div><label for="invite_organisation">_("For the organisation")</label><select id="invite_organisation" name="invite_organisation"{{#INVITE_ORGANISATION_INVALID}} aria-invalid="true"{{/INVITE_ORGANISATION_INVALID}}>{{#ORGANISATION_OPTION}}<option value="{{ORGANISATION_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{ORGANISATION_NAME}}</option>{{/ORGANISATION_OPTION}}</select>{{#INVITE_ORGANISATION_INVALID}}<p class="field-error">{{INVITE_ORGANISATION_ERROR}}</p>{{/INVITE_ORGANISATION_INVALID}}</div>
  <div><label><input type="checkbox" name="invite_bound" value="1" checked> _("Bound by professional secrecy")</label> <label><input type="checkbox" name="invite_organiser" value="1"> _("Organiser")</label></div>
  <div><button type="submit">_("Invite")</button></div>
  </fieldset>
</form>
</section>

<section aria-labelledby="version-title">
<h2 id="version-title">_("Publish a new version of the charter")</h2>
<p class="hint">_("A new version asks every member and every organisation to accept it again; until they do, they read nothing.")</p>
<form method="post" action="/concertation/groups/{{GROUP_ID}}/charter" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="charter_fr">_("Charter in French")</label><textarea id="charter_fr" name="charter_fr" rows="8" maxlength="20000"{{#CHARTER_FR_INVALID}} aria-invalid="true"{{/CHARTER_FR_INVALID}}>{{CHARTER_FR:pre_escape}}</textarea>{{#CHARTER_FR_INVALID}}<p class="field-error">{{CHARTER_FR_ERROR}}</p>{{/CHARTER_FR_INVALID}}</div>
  <div><label for="charter_nl">_("Charter in Dutch")</label><textarea id="charter_nl" name="charter_nl" rows="8" maxlength="20000">{{CHARTER_NL:pre_escape}}</textarea></div>
  <div><label for="charter_en">_("Charter in English")</label><textarea id="charter_en" name="charter_en" rows="8" maxlength="20000">{{CHARTER_EN:pre_escape}}</textarea></div>
  <div><button type="submit">_("Publish version {{NEXT_VERSION}}")</button></div>
</form>
</section>

<section aria-labelledby="outcomes-title" id="outcomes">
<h2 id="outcomes-title">_("Coded outcomes")</h2>
<ul class="list">{{#OUTCOME}}<li><code>{{CODE}}</code> {{LABEL_FR}} / {{LABEL_NL}} / {{LABEL_EN}}{{#NO_OUTCOME_ACTIVE}} (_("not offered")){{/NO_OUTCOME_ACTIVE}}</li>{{/OUTCOME}}</ul>
<form method="post" action="/concertation/groups/{{GROUP_ID}}/outcomes" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset><legend>_("Add or change an outcome")</legend>
  <div><label for="outcome_code">_("Code")</label><input id="outcome_code" name="outcome_code" value="{{OUTCOME_CODE}}" maxlength="40"{{#OUTCOME_CODE_INVALID}} aria-invalid="true"{{/OUTCOME_CODE_INVALID}}>{{#OUTCOME_CODE_INVALID}}<p class="field-error">{{OUTCOME_CODE_ERROR}}</p>{{/OUTCOME_CODE_INVALID}}</div>
  <div><label for="outcome_fr">_("Label in French")</label><input id="outcome_fr" name="outcome_fr" value="{{OUTCOME_FR}}" maxlength="200"{{#OUTCOME_FR_INVALID}} aria-invalid="true"{{/OUTCOME_FR_INVALID}}>{{#OUTCOME_FR_INVALID}}<p class="field-error">{{OUTCOME_FR_ERROR}}</p>{{/OUTCOME_FR_INVALID}}</div>
  <div><label for="outcome_nl">_("Label in Dutch")</label><input id="outcome_nl" name="outcome_nl" value="{{OUTCOME_NL}}" maxlength="200"></div>
  <div><label for="outcome_en">_("Label in English")</label><input id="outcome_en" name="outcome_en" value="{{OUTCOME_EN}}" maxlength="200"></div>
  <div><label for="outcome_active">_("Offered when closing")</label><select id="outcome_active" name="outcome_active"><option value="1">_("Yes")</option><option value="0">_("No")</option></select></div>
  <div><button type="submit" class="secondary">_("Save the outcome")</button></div>
  </fieldset>
</form>
</section>
{{/MANAGES}}
