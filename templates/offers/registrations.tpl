<p><a href="/offers/{{OFFER_ID}}">{{TITLE}}</a> — {{DATE}}, {{START}}–{{END}} · {{PLACE}}</p>
<p>_("{{HELD}} of {{CAPACITY}} seats taken, {{WAITING}} waiting") · _("{{PRESENT}} present, {{NO_SHOWS}} absent")</p>
<section class="card" aria-labelledby="head-count-title">
<h2 id="head-count-title">_("Head count")</h2>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="muted">_("For a group people join without registering: how many came to this session, registered or not. The offer's page shows the series.")</p>
<form method="post" action="/offers/sessions/{{SESSION_ID}}/head-count" class="inline" novalidate><input type="hidden" name="_csrf" value="{{CSRF}}">
<label for="head_count">_("People who came")</label> <input type="number" id="head_count" name="head_count" value="{{HEAD_COUNT}}" min="0" max="10000" inputmode="numeric"{{#HEAD_COUNT_INVALID}} aria-invalid="true" aria-describedby="head_count-error"{{/HEAD_COUNT_INVALID}}>
{{#HEAD_COUNT_INVALID}}<span class="field-error" id="head_count-error">{{HEAD_COUNT_ERROR}}</span>{{/HEAD_COUNT_INVALID}}
<button type="submit">_("Record the head count")</button>{{#HEAD_COUNT_RECORDED}} <span class="badge">_("Recorded")</span>{{/HEAD_COUNT_RECORDED}}
</form>
</section>
<h2 id="confirmed-title">_("Attendance list")</h2>
<ul class="attendance">
{{#CONFIRMED}}<li id="r{{ID}}" class="card">
  <strong>{{NAME}}</strong> <span class="muted">{{ORGANISATION}}{{#SECTOR}} · {{SECTOR}}{{/SECTOR}}</span>
  {{#HAS_PHONE}}<span class="phone">_("Phone:") <a href="tel:{{PHONE}}">{{PHONE}}</a></span>{{/HAS_PHONE}}{{#BY_PHONE}} <span class="badge">_("registered by phone")</span>{{/BY_PHONE}}
  {{#REPEATED_NO_SHOW}}<span class="badge off">_("Absent {{ABSENCES}} times")</span>{{/REPEATED_NO_SHOW}}
  {{#AGREEMENT_SIGNED}}<span class="badge">_("Agreement signed")</span>{{/AGREEMENT_SIGNED}}
  {{#AGREEMENT_TO_SIGN}}<form method="post" action="/offers/registrations/{{ID}}/agreement" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="secondary">_("Mark the immersion agreement signed")</button></form>{{/AGREEMENT_TO_SIGN}}
  {{#PARTICIPATION_AGREEMENT}}<a href="/offers/agreements/{{AGREEMENT_ID}}">_("Participation agreement")</a>: {{#AGREEMENT_COMPLETE}}<span class="badge">_("Agreement complete")</span>{{/AGREEMENT_COMPLETE}}{{#AGREEMENT_WAITING}}<span class="badge off">{{LABEL}}</span> {{/AGREEMENT_WAITING}}{{#AGREEMENT_ON_PAPER}}<span class="badge">{{LABEL}}</span> {{/AGREEMENT_ON_PAPER}}
  {{#ORGANISER_TO_AGREE}}<form method="post" action="/offers/registrations/{{ID}}/agreement" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="secondary">_("Agree on behalf of the organiser")</button></form>{{/ORGANISER_TO_AGREE}}
  {{#PAPER}}<details class="paper-consent"{{#OPEN}} open{{/OPEN}}><summary>{{#FOR_EMPLOYER}}_("Record the employer's consent given on paper"){{/FOR_EMPLOYER}}{{#FOR_PARTICIPANT}}_("Record the participant's consent given on paper"){{/FOR_PARTICIPANT}}</summary>
  {{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}-{{ID}}-{{PARTY}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
  <p class="muted">{{#FOR_EMPLOYER}}_("Record here the signature of the person who committed the employer on the paper convention. The agreement will show that it was given on paper, and that you recorded it."){{/FOR_EMPLOYER}}{{#FOR_PARTICIPANT}}_("Record here the participant's signature on the paper convention. The agreement will show that it was given on paper, and that you recorded it."){{/FOR_PARTICIPANT}}</p>
  <form method="post" action="/offers/registrations/{{ID}}/paper" class="stack" novalidate><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="party" value="{{PARTY}}">
  <div><label for="signatory-{{ID}}-{{PARTY}}">_("Name of the person who signed")</label><input type="text" id="signatory-{{ID}}-{{PARTY}}" name="signatory" value="{{SIGNATORY}}" maxlength="200" required{{#SIGNATORY_INVALID}} aria-invalid="true"{{/SIGNATORY_INVALID}}>
    {{#SIGNATORY_INVALID}}<span class="field-error">{{SIGNATORY_ERROR}}</span>{{/SIGNATORY_INVALID}}</div>
  {{#FOR_EMPLOYER}}<div><label for="function-{{ID}}-{{PARTY}}">_("Their function at the employer")</label><input type="text" id="function-{{ID}}-{{PARTY}}" name="function" value="{{FUNCTION}}" maxlength="200" required{{#FUNCTION_INVALID}} aria-invalid="true"{{/FUNCTION_INVALID}}>
    {{#FUNCTION_INVALID}}<span class="field-error">{{FUNCTION_ERROR}}</span>{{/FUNCTION_INVALID}}</div>{{/FOR_EMPLOYER}}
  <div><button type="submit" class="secondary">_("Record the consent given on paper")</button></div>
  </form></details>{{/PAPER}}{{/PARTICIPATION_AGREEMENT}}
  {{#IS_PRESENT}}<span class="badge">_("present")</span>{{/IS_PRESENT}}{{#IS_NO_SHOW}}<span class="badge off">_("absent")</span>{{/IS_NO_SHOW}}
  <div>
  <form method="post" action="/offers/registrations/{{ID}}/present" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit">_("Present")</button></form>
  <form method="post" action="/offers/registrations/{{ID}}/no_show" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="secondary">_("Absent")</button></form>
  <form method="post" action="/offers/registrations/{{ID}}/refuse" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><label for="reason{{ID}}" class="visually-hidden">_("Reason")</label><input type="text" id="reason{{ID}}" name="reason" maxlength="500" placeholder="_("Reason")"> <button type="submit" class="danger">_("Refuse")</button></form>
  <form method="post" action="/offers/registrations/{{ID}}/move" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><label for="move{{ID}}" class="visually-hidden">_("Move to")</label><select id="move{{ID}}" name="session_id">{{#MOVE_OPTION}}<option value="{{SID}}">{{LABEL}}</option>{{/MOVE_OPTION}}</select> <button type="submit" class="secondary">_("Move")</button></form>
  </div>
</li>{{/CONFIRMED}}
</ul>
<h2 id="waiting-title">_("Waiting and to approve")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="waiting-title"><table>
<thead><tr><th scope="col">_("Name")</th><th scope="col">_("Organisation")</th><th scope="col">_("Status")</th><th scope="col">_("Actions")</th></tr></thead>
<tbody>{{#WAITING}}<tr id="r{{ID}}"><td>{{NAME}} <span class="muted">{{EMAIL}}{{#HAS_PHONE}} {{PHONE}}{{/HAS_PHONE}}</span>{{#BY_PHONE}} <span class="badge">_("registered by phone")</span>{{/BY_PHONE}}</td><td>{{ORGANISATION}}</td><td>{{STATUS}}</td><td>
{{#CAN_APPROVE}}<form method="post" action="/offers/registrations/{{ID}}/approve" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit">_("Approve")</button></form>{{/CAN_APPROVE}}
{{#CAN_REFUSE}}<form method="post" action="/offers/registrations/{{ID}}/refuse" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><label for="wreason{{ID}}" class="visually-hidden">_("Reason")</label><input type="text" id="wreason{{ID}}" name="reason" maxlength="500" placeholder="_("Reason")"> <button type="submit" class="danger">_("Refuse")</button></form>{{/CAN_REFUSE}}
</td></tr>{{/WAITING}}</tbody>
</table></div>
<h2 id="ended-title">_("Cancelled, refused or expired")</h2>
<ul>{{#ENDED}}<li>{{NAME}} — {{STATUS}}</li>{{/ENDED}}</ul>
<section class="card" aria-labelledby="add-title">{{#ADD}}
<h2 id="add-title">_("Add a person")</h2>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/offers/sessions/{{SESSION_ID}}/add" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="name">_("Name or pseudonym")</label><input type="text" id="name" name="name" maxlength="200" required value="{{NAME}}"{{#NAME_INVALID}} aria-invalid="true" aria-describedby="name-error"{{/NAME_INVALID}}>
  {{#NAME_INVALID}}<span class="field-error" id="name-error">{{NAME_ERROR}}</span>{{/NAME_INVALID}}</div>
  <p class="hint" id="contact-hint">_("An e-mail address, or for a person without one a phone number: the reminder then goes by SMS.")</p>
  <div><label for="email">_("E-mail address")</label><input type="email" id="email" name="email" maxlength="254" value="{{EMAIL}}" aria-describedby="contact-hint{{#EMAIL_INVALID}} email-error{{/EMAIL_INVALID}}"{{#EMAIL_INVALID}} aria-invalid="true"{{/EMAIL_INVALID}}>
  {{#EMAIL_INVALID}}<span class="field-error" id="email-error">{{EMAIL_ERROR}}</span>{{/EMAIL_INVALID}}</div>
  <div><label for="phone">_("Phone")</label><input type="tel" id="phone" name="phone" maxlength="30" autocomplete="off" value="{{PHONE}}" aria-describedby="contact-hint{{#PHONE_INVALID}} phone-error{{/PHONE_INVALID}}"{{#PHONE_INVALID}} aria-invalid="true"{{/PHONE_INVALID}}>
  {{#PHONE_INVALID}}<span class="field-error" id="phone-error">{{PHONE_ERROR}}</span>{{/PHONE_INVALID}}</div>
  <div><label for="organisation">_("Organisation")</label><input type="text" id="organisation" name="organisation" maxlength="300" value="{{ORGANISATION}}"></div>
  <div><label for="sector">_("Sector")</label><select id="sector" name="sector"{{#SECTOR_INVALID}} aria-invalid="true" aria-describedby="sector-error"{{/SECTOR_INVALID}}><option value="">_("Choose")</option>{{#SECTOR_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SECTOR_OPTION}}</select>
  {{#SECTOR_INVALID}}<span class="field-error" id="sector-error">{{SECTOR_ERROR}}</span>{{/SECTOR_INVALID}}</div>
  <div><button type="submit">_("Add")</button></div>
</form>
{{/ADD}}</section>
