{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p><a href="/concertation/groups/{{GROUP_ID}}/meetings">_("Back to the meetings")</a></p>
<section aria-labelledby="meeting-title">
<h2 id="meeting-title">_("Meeting of {{WHEN}}")</h2>
<dl class="facts">
<dt>_("Place")</dt><dd>{{#VIDEO}}_("Video conference") {{/VIDEO}}{{PLACE_TEXT}}</dd>
<dt>_("Duration")</dt><dd>{{DURATION}}</dd>
<dt>_("Participants")</dt><dd>{{PARTICIPANTS}}</dd>
</dl>
<ul class="list">{{#PRESENT}}<li>{{NAME}} ({{ORGANISATION}})</li>{{/PRESENT}}</ul>
</section>

<section aria-labelledby="agenda-title">
<h2 id="agenda-title">_("Meeting agenda")</h2>
{{#READER}}<p><a href="/concertation/groups/{{GROUP_ID}}/situations?meeting={{MEETING_ID}}#new">_("Present a new situation at this meeting")</a></p>
{{#MAY_ANNOUNCE}}<form method="post" action="/concertation/meetings/{{MEETING_ID}}/agenda" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}">
<label for="situation">_("Put on the agenda")</label> <select id="situation" name="situation">{{#ANNOUNCE_OPTION}}<option value="{{SITUATION_ID}}">{{CODE}}</option>{{/ANNOUNCE_OPTION}}</select>
<label><input type="checkbox" name="is_new" value="1"> _("New situation")</label> <button type="submit" class="secondary">_("Add")</button></form>{{/MAY_ANNOUNCE}}{{/READER}}
{{#NO_HAS_ITEMS}}<p class="muted">_("Nothing on the agenda yet.")</p>{{/NO_HAS_ITEMS}}
{{#ITEM}}<article class="card" id="situation-{{SITUATION_ID}}" aria-labelledby="item-{{SITUATION_ID}}">
<h3 id="item-{{SITUATION_ID}}">{{#READER_ITEM}}<a href="/concertation/situations/{{SITUATION_ID}}">{{CODE}}</a>{{/READER_ITEM}}{{#NO_READER_ITEM}}{{CODE}}{{/NO_READER_ITEM}}
{{#KIND_NEW}}<span class="badge">_("New situation")</span>{{/KIND_NEW}}{{#KIND_DISCUSSED}}<span class="badge">_("To discuss")</span>{{/KIND_DISCUSSED}}{{#KIND_FEEDBACK}}<span class="badge">_("Feedback")</span>{{/KIND_FEEDBACK}}
{{#NOT_INFORMED}}<span class="badge">_("Person not informed")</span>{{/NOT_INFORMED}}</h3>
<p>{{ITEM_STATUS}} · _("{{OPEN_AGREEMENTS}} open agreements")</p>
{{#READER_ITEM}}
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}-{{SITUATION_ID}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<ul class="list">{{#ITEM_AGREEMENT}}<li{{#OVERDUE}} class="overdue"{{/OVERDUE}}>{{WHAT}} — {{WHO}} {{DUE}} · {{AGREEMENT_STATUS}}{{#OVERDUE}} <span class="badge">_("Overdue")</span>{{/OVERDUE}}
{{#MAY_CONCLUDE}}<form method="post" action="/concertation/agreements/{{AGREEMENT_ID}}" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="meeting" value="{{MEETING_ID}}"><button type="submit" name="status" value="concluded" class="secondary">_("Concluded in this meeting")</button></form>{{/MAY_CONCLUDE}}</li>{{/ITEM_AGREEMENT}}</ul>
{{#FINDINGS}}<div class="alert" role="alert"><p>_("This looks like identifying data of the person:")</p><ul>{{#FINDING}}<li>{{KIND}}: <mark>{{TEXT}}</mark></li>{{/FINDING}}</ul><label><input type="checkbox" name="confirm_not_person" value="1" form="minutes-form-{{SITUATION_ID}}"> _("I confirm this is not about the person")</label></div>{{/FINDINGS}}
<form method="post" action="/concertation/meetings/{{MEETING_ID}}/minutes/{{SITUATION_ID}}" class="stack" novalidate id="minutes-form-{{SITUATION_ID}}">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="minutes-{{SITUATION_ID}}">_("Minutes for {{CODE}}")</label><textarea id="minutes-{{SITUATION_ID}}" name="minutes" rows="3" maxlength="4000"{{#MINUTES_INVALID}} aria-invalid="true"{{/MINUTES_INVALID}}>{{MINUTES:pre_escape}}</textarea>{{#MINUTES_INVALID}}<p class="field-error">{{MINUTES_ERROR}}</p>{{/MINUTES_INVALID}}</div>
  <div><button type="submit" class="secondary">_("Save the minutes")</button></div>
</form>
<form method="post" action="/concertation/situations/{{SITUATION_ID}}/agreements" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="meeting" value="{{MEETING_ID}}">
  <fieldset><legend>_("Agreement for {{CODE}}")</legend>
  <div><label for="what-{{SITUATION_ID}}">_("What")</label><input id="what-{{SITUATION_ID}}" name="what" maxlength="500"></div>
  <div><label for="who-{{SITUATION_ID}}">_("Who")</label><select id="who-{{SITUATION_ID}}" name="who">{{#WHO_MEMBER}}<option value="user:{{USER_ID}}">{{NAME}}</option>{{/WHO_MEMBER}}</select></div>
  <div><label for="due-{{SITUATION_ID}}">_("By (date)")</label><input id="due-{{SITUATION_ID}}" name="due" type="date"></div>
  <div><label><input type="checkbox" name="conclude" value="1"> _("Concluded in this meeting")</label></div>
  <div><button type="submit" class="secondary">_("Record the agreement")</button></div>
  </fieldset>
</form>
{{/READER_ITEM}}
</article>{{/ITEM}}
</section>

{{#NOT_BOUND}}<section aria-labelledby="mine-title">
<h2 id="mine-title">_("Agreements given to me")</h2>
<p class="muted">_("You are not bound by professional secrecy: you see the agenda and the agreements given to you.")</p>
{{#HAS_MY_AGREEMENTS}}<ul class="list">{{#MY_AGREEMENT}}<li{{#OVERDUE}} class="overdue"{{/OVERDUE}}>{{CODE}}: {{WHAT}} {{DUE}}{{#OVERDUE}} <span class="badge">_("Overdue")</span>{{/OVERDUE}}</li>{{/MY_AGREEMENT}}</ul>{{/HAS_MY_AGREEMENTS}}
</section>{{/NOT_BOUND}}

{{#ORGANISES}}<section aria-labelledby="edit-title">
<h2 id="edit-title">_("Participants and practical details")</h2>
<form method="post" action="/concertation/meetings/{{MEETING_ID}}" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset class="choices"><legend>_("Members present")</legend>{{#MEMBER_OPTION}}<label><input type="checkbox" name="participant" value="{{USER_ID}}"{{#SELECTED}} checked{{/SELECTED}}> {{NAME}}</label> {{/MEMBER_OPTION}}</fieldset>
  <div><label for="extra_participants">_("Other participants without an account")</label><input id="extra_participants" name="extra_participants" type="number" min="0" max="99" value="{{EXTRA_PARTICIPANTS}}"></div>
  <div><label for="date">_("Date")</label><input id="date" name="date" type="date" value="{{DATE}}"{{#DATE_INVALID}} aria-invalid="true"{{/DATE_INVALID}}>{{#DATE_INVALID}}<p class="field-error">{{DATE_ERROR}}</p>{{/DATE_INVALID}}</div>
  <div><label for="time">_("Time")</label><input id="time" name="time" type="time" value="{{TIME}}"></div>
  <div><label for="duration_minutes">_("Duration (minutes)")</label><input id="duration_minutes" name="duration_minutes" type="number" min="5" max="600" value="{{DURATION_MINUTES}}"{{#DURATION_MINUTES_INVALID}} aria-invalid="true"{{/DURATION_MINUTES_INVALID}}>{{#DURATION_MINUTES_INVALID}}<p class="field-error">{{DURATION_MINUTES_ERROR}}</p>{{/DURATION_MINUTES_INVALID}}</div>
  <div><label for="place">_("Place or video link")</label><input id="place" name="place" value="{{PLACE}}" maxlength="200"></div>
  <div><label><input type="checkbox" name="video" value="1"{{#VIDEO_CHECKED}} checked{{/VIDEO_CHECKED}}> _("By video conference")</label></div>
  <div><button type="submit">_("Save the meeting")</button></div>
</form>
</section>{{/ORGANISES}}
