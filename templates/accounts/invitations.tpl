{{#CAN_INVITE}}
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<section aria-labelledby="invite-title">
<h2 id="invite-title">_("Invite a professional")</h2>
<p>_("The person receives an e-mail with a link to create their account, or to join with the account they already have. The link works for 14 days.")</p>
<form method="post" action="/invitations" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div>
    <label for="email">_("E-mail address")</label>
    <input type="email" id="email" name="email" value="{{EMAIL}}" required maxlength="254"{{#EMAIL_INVALID}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_INVALID}}>
    {{#EMAIL_INVALID}}<span class="field-error" id="email-error">{{EMAIL_ERROR}}</span>{{/EMAIL_INVALID}}
  </div>
  <div>
    <label for="organisation_id">_("Organisation")</label>
    <select id="organisation_id" name="organisation_id">{{#ORG_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ORG_OPTION}}</select>
  </div>
  <div>
    <label for="role">_("Role in the organisation")</label>
    <select id="role" name="role">{{#ROLE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTION}}</select>
    <span class="hint">_("An editor proposes changes to the organisation's records; a coordinator also invites colleagues.")</span>
  </div>
  <div><button type="submit">_("Send the invitation")</button></div>
</form>
</section>
<h2 id="sent-title">_("Invitations sent")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="sent-title"><table>
<thead><tr><th scope="col">_("E-mail address")</th><th scope="col">_("Organisation")</th><th scope="col">_("Role")</th><th scope="col">_("Sent on")</th><th scope="col">_("Status")</th></tr></thead>
<tbody>{{#INVITATION}}<tr><td>{{EMAIL}}</td><td>{{ORGANISATION}}</td><td>{{ROLE}}</td><td>{{SENT}}</td><td>{{STATUS}}</td></tr>{{/INVITATION}}</tbody>
</table></div>
{{/CAN_INVITE}}
{{#NO_ORGANISATION}}<p>_("There is no organisation you can invite colleagues to.")</p>{{/NO_ORGANISATION}}
