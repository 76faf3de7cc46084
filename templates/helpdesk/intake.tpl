{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
{{#PROFESSIONAL}}<p class="lead">_("Ask the orientation line of the person's care area: a responder looks for the right services and answers you here, in \"My requests\".")</p>{{/PROFESSIONAL}}
{{#CORRECTING}}<p class="lead">_("Correct the coded fields of request {{REFERENCE}}. The question, the notes and the follow-up stay as they are; every change is kept in the history with its old and new value.") <a href="/helpdesk/requests/{{REQUEST_ID}}">_("Back to the request")</a></p>{{/CORRECTING}}
<p class="notice" id="no-names">_("Describe the person without naming them: no name, address, national number, phone or date of birth of the person in the free-text fields.")</p>
<form method="post" action="{{ACTION}}" class="stack intake" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  {{#RESPONDER}}
  {{#INTAKE_ONLY}}<input type="hidden" name="call_id" value="{{CALL_ID}}">{{/INTAKE_ONLY}}
  <fieldset id="channel"><legend>_("Channel")</legend>{{#CHANNEL}}<label><input type="radio" name="channel" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/CHANNEL}}</fieldset>
  {{#CHOOSE_LINE}}<div><label for="line">_("Line handling the request")</label><select id="line" name="line">{{#LINE}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LINE}}</select>{{#LINE_INVALID}}<span class="field-error">{{LINE_ERROR}}</span>{{/LINE_INVALID}}</div>{{/CHOOSE_LINE}}
  <div><label for="line_reached">_("Line reached (number dialled)")</label><select id="line_reached" name="line_reached"{{#LINE_REACHED_INVALID}} aria-invalid="true"{{/LINE_REACHED_INVALID}}>{{#REACHED}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/REACHED}}<option value=""{{#NOT_RECORDED_SELECTED}} selected{{/NOT_RECORDED_SELECTED}}>_("Not recorded")</option></select></div>
  {{#INTAKE_ONLY}}<div class="row"><div><label for="received_date">_("Date")</label><input type="date" id="received_date" name="received_date" value="{{RECEIVED_DATE}}" required{{#RECEIVED_DATE_INVALID}} aria-invalid="true" aria-describedby="received-error"{{/RECEIVED_DATE_INVALID}}></div>
  <div><label for="received_time">_("Time (Brussels)")</label><input type="time" id="received_time" name="received_time" value="{{RECEIVED_TIME}}" required></div></div>
  {{#RECEIVED_DATE_INVALID}}<span class="field-error" id="received-error">{{RECEIVED_DATE_ERROR}}</span>{{/RECEIVED_DATE_INVALID}}{{/INTAKE_ONLY}}
  <fieldset><legend>_("Requester")</legend>
  <div><label for="requester_organisation">_("Organisation")</label>
    <input type="text" id="requester_organisation" name="requester_organisation" value="{{REQUESTER_ORGANISATION}}" maxlength="200" autocomplete="off" autofocus aria-describedby="organisation-hint"
      hx-get="/helpdesk/organisations" hx-trigger="input changed delay:300ms" hx-target="#organisation-suggestions" hx-swap="innerHTML">
    <span class="hint" id="organisation-hint">_("Type a few letters and choose the organisation in the list, or leave the name as typed.")</span>
    <button type="submit" name="action" value="suggest" class="secondary" formnovalidate>_("Find in the directory")</button>
    <div id="organisation-suggestions" aria-live="polite">{{>SUGGESTIONS}}</div>
  </div>
  {{/RESPONDER}}
  {{#PROFESSIONAL}}
  <fieldset><legend>_("Requester")</legend>
  <div><label for="requester_organisation_id">_("Your organisation")</label><select id="requester_organisation_id" name="requester_organisation_id">{{#MEMBERSHIP}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/MEMBERSHIP}}<option value="">_("Another organisation")</option></select></div>
  <div><label for="requester_organisation">_("Other organisation")</label><input type="text" id="requester_organisation" name="requester_organisation" value="{{REQUESTER_ORGANISATION}}" maxlength="200"></div>
  {{/PROFESSIONAL}}
  <div><label for="requester_function">_("Function")</label><input type="text" id="requester_function" name="requester_function" value="{{REQUESTER_FUNCTION}}" maxlength="200"></div>
  <div><label for="requester_sector">_("Sector")</label><select id="requester_sector" name="requester_sector"><option value="">_("Not known")</option>{{#SECTOR}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SECTOR}}</select></div>
  {{#INTAKE_ONLY}}<div><label for="requester_contact">_("Call-back phone or e-mail of the requester")</label><input type="text" id="requester_contact" name="requester_contact" value="{{REQUESTER_CONTACT}}" maxlength="200" autocomplete="off"></div>{{/INTAKE_ONLY}}
  </fieldset>
  {{#INTAKE_ONLY}}<div><label for="question">_("Question")</label><textarea id="question" name="question" rows="5" maxlength="4000" required aria-describedby="no-names{{#QUESTION_INVALID}} question-error{{/QUESTION_INVALID}}"{{#QUESTION_INVALID}} aria-invalid="true"{{/QUESTION_INVALID}}>{{QUESTION:pre_escape}}</textarea>{{#QUESTION_INVALID}}<span class="field-error" id="question-error">{{QUESTION_ERROR}}</span>{{/QUESTION_INVALID}}</div>
  {{#FINDINGS}}<div class="alert" role="alert"><p>_("This looks like identifying data of the person:")</p><ul>{{#FINDING}}<li>{{KIND}}: <mark>{{TEXT}}</mark></li>{{/FINDING}}</ul>
  <p>_("Remove it from the text, or confirm that it is not about the person (for instance the number of a service).")</p>
  <label><input type="checkbox" name="confirm_not_person" value="1"> _("I confirm this is not about the person")</label></div>{{/FINDINGS}}{{/INTAKE_ONLY}}
  <fieldset><legend>_("Person concerned (coded, never named)")</legend>
  <div class="row">
  <div><label for="person_age_band">_("Age")</label><select id="person_age_band" name="person_age_band"><option value="">_("Not asked")</option>{{#AGE_BAND}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGE_BAND}}</select></div>
  <div><label for="person_gender">_("Gender")</label><select id="person_gender" name="person_gender"><option value="">_("Not asked")</option>{{#GENDER}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/GENDER}}</select></div>
  <div><label for="person_place">_("Postal code, commune or quarter")</label><input type="text" id="person_place" name="person_place" value="{{PERSON_PLACE}}" maxlength="60" autocomplete="off"{{#HAS_PLACE_SUGGESTIONS}} list="person-place-suggestions"{{/HAS_PLACE_SUGGESTIONS}}{{#PERSON_PLACE_INVALID}} aria-invalid="true" aria-describedby="place-error"{{/PERSON_PLACE_INVALID}}>{{#PERSON_PLACE_INVALID}}<span class="field-error" id="place-error">{{PERSON_PLACE_ERROR}}</span>{{/PERSON_PLACE_INVALID}}{{#HAS_PLACE_SUGGESTIONS}}<datalist id="person-place-suggestions">{{#PLACE_SUGGESTION}}<option value="{{NAME}}">{{/PLACE_SUGGESTION}}</datalist>{{/HAS_PLACE_SUGGESTIONS}}</div>
  <div><label for="person_status">_("Administrative status")</label><select id="person_status" name="person_status"><option value="">_("Not asked")</option>{{#STATUS}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS}}</select></div>
  </div>
  <fieldset id="person_languages" class="choices"><legend>_("Languages")</legend>{{#LANGUAGE}}<label><input type="checkbox" name="person_languages" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/LANGUAGE}}</fieldset>
  </fieldset>
  <fieldset id="themes" class="choices"><legend>_("Themes")</legend>{{#THEME}}<label><input type="checkbox" name="themes" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/THEME}}</fieldset>
  <fieldset id="complexity"><legend>_("Complexity")</legend>{{#COMPLEXITY}}<label><input type="radio" name="complexity" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/COMPLEXITY}}</fieldset>
  {{#PROFESSIONAL}}<fieldset id="to"><legend>_("Send to")</legend><label><input type="radio" name="to" value="bassin"{{#TO_BASSIN}} checked{{/TO_BASSIN}}> _("The line of the person's care area (from the postal code)")</label> <label><input type="radio" name="to" value="region"{{#TO_REGION}} checked{{/TO_REGION}}> _("The regional line")</label></fieldset>{{/PROFESSIONAL}}
  <div><button type="submit" name="action" value="save" accesskey="s">{{#RESPONDER}}{{#INTAKE_ONLY}}_("Save the request"){{/INTAKE_ONLY}}{{#CORRECTING}}_("Save the corrections"){{/CORRECTING}}{{/RESPONDER}}{{#PROFESSIONAL}}_("Send the request"){{/PROFESSIONAL}}</button></div>
</form>
