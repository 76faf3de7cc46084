<dl class="figures">
  <dt>_("Theme")</dt><dd>{{THEME}}</dd>
  <dt>_("Care area")</dt><dd>{{BASSIN}}</dd>
  <dt>_("Contact")</dt><dd>{{CONTACT}}, <a href="mailto:{{EMAIL}}">{{EMAIL}}</a> {{PHONE}}</dd>
  <dt>_("Premises")</dt><dd>{{PLACE}} {{POSTAL_CODE}}</dd>
  <dt>_("When")</dt><dd>{{WISHED}}</dd>
  <dt>_("Participants")</dt><dd>{{PARTICIPANTS}}</dd>
  <dt>_("Received")</dt><dd>{{RECEIVED}}</dd>
</dl>
<p class="description">{{MESSAGE}}</p>
{{#SCHEDULED}}<p role="status">_("Scheduled:") <a href="/offers/{{OFFER_ID}}">_("the offer and its session")</a></p>{{/SCHEDULED}}
{{#DECLINED}}<p role="status">_("Declined:") {{REASON}}</p>{{/DECLINED}}
{{#TO_ANSWER}}
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<h2 id="schedule-title">_("Schedule the session")</h2>
<form method="post" action="/agenda/requests/{{ID}}/schedule" class="stack" novalidate aria-labelledby="schedule-title">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="title_fr">_("Title")</label><input type="text" id="title_fr" name="title_fr" value="{{TITLE_FR}}" maxlength="300"{{#TITLE_FR_INVALID}} aria-invalid="true"{{/TITLE_FR_INVALID}}></div>
  <div><label for="date">_("Date")</label><input type="date" id="date" name="date" value="{{DATE}}" placeholder="_("YYYY-MM-DD")"{{#DATE_INVALID}} aria-invalid="true"{{/DATE_INVALID}}></div>
  <div><label for="start">_("Start")</label><input type="time" id="start" name="start" value="{{START}}"></div>
  <div><label for="end">_("End")</label><input type="time" id="end" name="end" value="{{END}}"{{#END_INVALID}} aria-invalid="true"{{/END_INVALID}}></div>
  <div><button type="submit">_("Schedule")</button></div>
</form>
<h2 id="decline-title">_("Decline")</h2>
<form method="post" action="/agenda/requests/{{ID}}/decline" class="stack" aria-labelledby="decline-title">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="reason">_("Reason given to the organisation")</label><textarea id="reason" name="reason" rows="3">{{REASON}}</textarea></div>
  <div><button type="submit">_("Decline the request")</button></div>
</form>
{{/TO_ANSWER}}
