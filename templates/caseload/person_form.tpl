{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="meta"><a href="/caseload/teams/{{TEAM_ID}}">{{TEAM_NAME}}</a></p>
<form method="post" action="/caseload/teams/{{TEAM_ID}}/people/new" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="person_code">_("Code of the person")</label><input type="text" id="person_code" name="person_code" value="{{PERSON_CODE}}" maxlength="20" required autocomplete="off" aria-describedby="code-hint">{{#PERSON_CODE_INVALID}}<span class="field-error">{{PERSON_CODE_ERROR}}</span>{{/PERSON_CODE_INVALID}}
  <span class="hint" id="code-hint">_("The team's pseudonymous code, for instance HF-2026-014: never initials or a name.")</span></div>
  <div><label for="started_date">_("Start of the follow-up")</label><input type="date" id="started_date" name="started_date" value="{{STARTED_DATE}}" required>{{#STARTED_DATE_INVALID}}<span class="field-error">{{STARTED_DATE_ERROR}}</span>{{/STARTED_DATE_INVALID}}</div>
  <div><label for="worker">_("Worker of reference")</label><select id="worker" name="worker">{{#WORKER}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/WORKER}}</select></div>
  <div><label for="age_band">_("Age band")</label><select id="age_band" name="age_band"><option value="">_("Not known")</option>{{#AGE_BAND}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGE_BAND}}</select></div>
  <div><label for="gender">_("Gender")</label><select id="gender" name="gender"><option value="">_("Not known")</option>{{#GENDER}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/GENDER}}</select></div>
  <div><label for="commune">_("Commune")</label><select id="commune" name="commune"><option value="">_("Not known")</option>{{#COMMUNE}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/COMMUNE}}</select></div>
  <fieldset><legend>_("Profile")</legend>{{#PROFILE}}<label><input type="checkbox" name="profile" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/PROFILE}}</fieldset>
  <div class="row"><div><label for="instrument">_("Instrument of the entry score")</label><select id="instrument" name="instrument">{{#INSTRUMENT}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/INSTRUMENT}}</select></div>
  <div><label for="entry_score">_("Entry score")</label><input type="number" id="entry_score" name="entry_score" value="{{ENTRY_SCORE}}" min="0" max="100">{{#ENTRY_SCORE_INVALID}}<span class="field-error">{{ENTRY_SCORE_ERROR}}</span>{{/ENTRY_SCORE_INVALID}}</div></div>
  <button type="submit" accesskey="s">_("Save")</button>
</form>
