{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="meta"><a href="/caseload/teams/{{TEAM_ID}}">{{TEAM_NAME}}</a></p>
<p class="notice" id="no-names">_("Describe the person without naming them: no name, address, national number, phone or date of birth of the person in the free-text fields.")</p>
<form method="post" action="/caseload/teams/{{TEAM_ID}}/requests/new" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="received_date">_("Date")</label><input type="date" id="received_date" name="received_date" value="{{RECEIVED_DATE}}" required>{{#RECEIVED_DATE_INVALID}}<span class="field-error">{{RECEIVED_DATE_ERROR}}</span>{{/RECEIVED_DATE_INVALID}}</div>
  <fieldset><legend>_("Requester")</legend>
  <div><label for="from_organisation_id">_("Organisation")</label><select id="from_organisation_id" name="from_organisation_id"><option value="">_("Another organisation")</option>{{#ORGANISATION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ORGANISATION}}</select></div>
  <div><label for="from_organisation_text">_("Other organisation")</label><input type="text" id="from_organisation_text" name="from_organisation_text" value="{{FROM_ORGANISATION_TEXT}}" maxlength="200"></div>
  <div><label for="from_sector">_("Sector")</label><select id="from_sector" name="from_sector"><option value="">_("Not known")</option>{{#SECTOR}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SECTOR}}</select></div>
  </fieldset>
  <fieldset><legend>_("Person concerned (coded, never named)")</legend>
  <div><label for="person_code">_("Code of the person")</label><input type="text" id="person_code" name="person_code" value="{{PERSON_CODE}}" maxlength="20" required autocomplete="off" aria-describedby="code-hint">{{#PERSON_CODE_INVALID}}<span class="field-error">{{PERSON_CODE_ERROR}}</span>{{/PERSON_CODE_INVALID}}
  <span class="hint" id="code-hint">_("The team's pseudonymous code, for instance HF-2026-014: never initials or a name.")</span></div>
  <div><label for="age_band">_("Age band")</label><select id="age_band" name="age_band"><option value="">_("Not known")</option>{{#AGE_BAND}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGE_BAND}}</select></div>
  <div><label for="gender">_("Gender")</label><select id="gender" name="gender"><option value="">_("Not known")</option>{{#GENDER}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/GENDER}}</select></div>
  <div><label for="commune">_("Commune")</label><select id="commune" name="commune"><option value="">_("Not known")</option>{{#COMMUNE}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/COMMUNE}}</select></div>
  </fieldset>
  <div><label for="reason">_("Reason")</label><select id="reason" name="reason"><option value="">_("Not known")</option>{{#REASON}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/REASON}}</select></div>
  <div><label for="note">_("Note")</label><textarea id="note" name="note" rows="3" maxlength="1000" aria-describedby="no-names">{{NOTE:pre_escape}}</textarea>{{#NOTE_INVALID}}<span class="field-error">{{NOTE_ERROR}}</span>{{/NOTE_INVALID}}</div>
  {{#FINDINGS}}<div class="alert" role="alert"><p>_("This looks like identifying data of the person:")</p><ul>{{#FINDING}}<li>{{KIND}}: <mark>{{TEXT}}</mark></li>{{/FINDING}}</ul>
  <p>_("Remove it from the text, or confirm that it is not about the person (for instance the number of a service).")</p>
  <label><input type="checkbox" name="confirm_not_person" value="1"> _("I confirm this is not about the person")</label></div>{{/FINDINGS}}
  <button type="submit" accesskey="s">_("Save")</button>
</form>
