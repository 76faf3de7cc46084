<p><a href="/observatory/activities">_("Activities")</a></p>
<p class="lead">_("An activity that happened outside Maillage: an atelier du changement, a Conseil de l'Action du Bassin, a network meeting.")</p>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/observatory/activities/new" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="kind">_("Kind")</label><select id="kind" name="kind">{{#KIND_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
    {{#KIND_INVALID}}<span class="field-error" id="kind-error">{{KIND_ERROR}}</span>{{/KIND_INVALID}}</div>
  <div><label for="title">_("Title")</label><input id="title" name="title" value="{{TITLE}}" maxlength="300" required{{#TITLE_INVALID}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_INVALID}}>
    {{#TITLE_INVALID}}<span class="field-error" id="title-error">{{TITLE_ERROR}}</span>{{/TITLE_INVALID}}</div>
  <div><label for="date">_("Date")</label><input type="date" id="date" name="date" value="{{DATE}}" required{{#DATE_INVALID}} aria-invalid="true" aria-describedby="date-error"{{/DATE_INVALID}}>
    {{#DATE_INVALID}}<span class="field-error" id="date-error">{{DATE_ERROR}}</span>{{/DATE_INVALID}}</div>
  <div><label for="time">_("Time")</label><input type="time" id="time" name="time" value="{{TIME}}"></div>
  <div><label for="duration">_("Duration in minutes")</label><input type="number" id="duration" name="duration" value="{{DURATION}}" min="0" max="1440" required{{#DURATION_INVALID}} aria-invalid="true" aria-describedby="duration-error"{{/DURATION_INVALID}}>
    {{#DURATION_INVALID}}<span class="field-error" id="duration-error">{{DURATION_ERROR}}</span>{{/DURATION_INVALID}}</div>
  <div><label for="place">_("Place")</label><input id="place" name="place" value="{{PLACE}}" maxlength="300">
    {{#PLACE_INVALID}}<span class="field-error" id="place-error">{{PLACE_ERROR}}</span>{{/PLACE_INVALID}}</div>
  <div><label><input type="checkbox" name="online" value="1"{{#ONLINE}} checked{{/ONLINE}}> _("Online")</label></div>
  <div><label for="territory">_("Territory")</label><select id="territory" name="territory">{{#TERRITORY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TERRITORY_OPTION}}</select>
    {{#TERRITORY_INVALID}}<span class="field-error" id="territory-error">{{TERRITORY_ERROR}}</span>{{/TERRITORY_INVALID}}</div>
  <div><label for="participants">_("Participants")</label><input type="number" id="participants" name="participants" value="{{PARTICIPANTS}}" min="0"{{#PARTICIPANTS_INVALID}} aria-invalid="true" aria-describedby="participants-error"{{/PARTICIPANTS_INVALID}}>
    {{#PARTICIPANTS_INVALID}}<span class="field-error" id="participants-error">{{PARTICIPANTS_ERROR}}</span>{{/PARTICIPANTS_INVALID}}</div>
  <div><label for="organisations">_("Organisations represented, one a line")</label><textarea id="organisations" name="organisations" rows="4">{{ORGANISATIONS}}</textarea>
    {{#ORGANISATIONS_INVALID}}<span class="field-error" id="organisations-error">{{ORGANISATIONS_ERROR}}</span>{{/ORGANISATIONS_INVALID}}</div>
  <div><label for="staff">_("Staff hours by team, one a line (\"Brusano: 6\")")</label><textarea id="staff" name="staff" rows="3"{{#STAFF_INVALID}} aria-invalid="true" aria-describedby="staff-error"{{/STAFF_INVALID}}>{{STAFF}}</textarea>
    {{#STAFF_INVALID}}<span class="field-error" id="staff-error">{{STAFF_ERROR}}</span>{{/STAFF_INVALID}}</div>
  <div><label for="action">_("Attach to the action")</label><select id="action" name="action"><option value="">_("none for now")</option>{{#ACTION_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ACTION_OPTION}}</select>
    {{#ACTION_INVALID}}<span class="field-error" id="action-error">{{ACTION_ERROR}}</span>{{/ACTION_INVALID}}</div>
  <div><label for="correction">_("If the report of that year is published: what you correct and why")</label><input id="correction" name="correction" maxlength="300" value="{{CORRECTION}}"{{#CORRECTION_INVALID}} aria-invalid="true" aria-describedby="correction-error"{{/CORRECTION_INVALID}}>
    {{#CORRECTION_INVALID}}<span class="field-error" id="correction-error">{{CORRECTION_ERROR}}</span>{{/CORRECTION_INVALID}}</div>
  <div><button type="submit">_("Record the activity")</button></div>
</form>
