{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="meta"><a href="/caseload/teams/{{TEAM_ID}}">{{TEAM_NAME}}</a> · <a href="/caseload/teams/{{TEAM_ID}}/week">_("Enter a week of contacts")</a></p>
<form method="post" action="/caseload/teams/{{TEAM_ID}}/contacts/new" class="stack quick-entry">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="episode">_("Person")</label><select id="episode" name="episode" required>{{#PERSON}}<option value="{{EPISODE_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{CODE}}{{#MINE}} ★{{/MINE}}</option>{{/PERSON}}</select>{{#EPISODE_INVALID}}<span class="field-error">{{EPISODE_ERROR}}</span>{{/EPISODE_INVALID}}</div>
  <div class="row"><div><label for="date">_("Date")</label><input type="date" id="date" name="date" value="{{DATE}}" required>{{#DATE_INVALID}}<span class="field-error">{{DATE_ERROR}}</span>{{/DATE_INVALID}}</div>
  <div><label for="time">_("Time (Brussels)")</label><input type="time" id="time" name="time" value="{{TIME}}"></div></div>
  <fieldset id="type"><legend>_("Type of contact")</legend>{{#TYPE}}<label class="choice"><input type="radio" name="type" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/TYPE}}{{#TYPE_INVALID}}<span class="field-error">{{TYPE_ERROR}}</span>{{/TYPE_INVALID}}</fieldset>
  <div><label for="duration">_("Duration (minutes)")</label><input type="number" id="duration" name="duration" value="{{DURATION}}" min="0" max="720" inputmode="numeric">{{#DURATION_INVALID}}<span class="field-error">{{DURATION_ERROR}}</span>{{/DURATION_INVALID}}</div>
  <fieldset><legend>_("Workers")</legend><label class="choice"><input type="radio" name="workers" value="1"{{#ALONE_CHECKED}} checked{{/ALONE_CHECKED}}> _("Alone")</label> <label class="choice"><input type="radio" name="workers" value="2"{{#PAIR_CHECKED}} checked{{/PAIR_CHECKED}}> _("In pair")</label></fieldset>
  <fieldset><legend>_("Did it take place?")</legend><label class="choice"><input type="radio" name="missed" value=""{{#HELD_CHECKED}} checked{{/HELD_CHECKED}}> _("Yes")</label> {{#MISSED}}<label class="choice"><input type="radio" name="missed" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/MISSED}}</fieldset>
  <fieldset id="reasons"><legend>_("Reasons (life domains)")</legend>{{#REASON}}<label class="choice"><input type="checkbox" name="reasons" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/REASON}}</fieldset>
  <details><summary>_("Note")</summary><label for="note">_("Note (no name, address or date of birth)")</label><textarea id="note" name="note" rows="2" maxlength="1000">{{NOTE:pre_escape}}</textarea>{{#NOTE_INVALID}}<span class="field-error">{{NOTE_ERROR}}</span>{{/NOTE_INVALID}}</details>
  {{#FINDINGS}}<div class="alert" role="alert"><p>_("This looks like identifying data of the person:")</p><ul>{{#FINDING}}<li>{{KIND}}: <mark>{{TEXT}}</mark></li>{{/FINDING}}</ul>
  <p>_("Remove it from the text, or confirm that it is not about the person (for instance the number of a service).")</p>
  <label><input type="checkbox" name="confirm_not_person" value="1"> _("I confirm this is not about the person")</label></div>{{/FINDINGS}}
  <button type="submit" accesskey="s">_("Save")</button>
</form>
