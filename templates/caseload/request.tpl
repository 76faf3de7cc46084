{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="meta"><a href="/caseload/teams/{{TEAM_ID}}">{{TEAM_NAME}}</a> · <a href="/caseload/teams/{{TEAM_ID}}/requests">_("Requests")</a></p>
<dl class="facts">
<dt>_("Date")</dt><dd>{{RECEIVED}}</dd>
<dt>_("Requester")</dt><dd>{{FROM}} {{SECTOR}}</dd>
<dt>_("Code of the person")</dt><dd>{{CODE}}</dd>
<dt>_("Person concerned")</dt><dd>{{AGE_BAND}} {{GENDER}} {{COMMUNE}}</dd>
<dt>_("Reason")</dt><dd>{{REASON}}</dd>
<dt>_("Decision")</dt><dd>{{DECISION}}{{#REFUSED}}: {{REFUSAL}}{{/REFUSED}}{{#ACCEPTED}} · <a href="/caseload/people/{{EPISODE_ID}}">_("The person followed")</a>{{/ACCEPTED}}</dd>
</dl>
{{#HAS_NOTE}}<p><strong>_("Note")</strong>: {{NOTE}}</p>{{/HAS_NOTE}}
{{#PURGED}}<p class="muted">_("The notes were removed after the retention period; the coded fields stay for the figures.")</p>{{/PURGED}}
<ul>{{#SERVICE}}<li>_("Oriented to") <a href="/directory/services/{{SERVICE_ID}}">{{NAME}}</a></li>{{/SERVICE}}</ul>
{{#PENDING}}
<section aria-labelledby="h-accept"><h2 id="h-accept">_("Accept into follow-up")</h2>
<form method="post" action="/caseload/requests/{{ID}}/accept" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="started_date">_("Start of the follow-up")</label><input type="date" id="started_date" name="started_date" value="{{TODAY}}" required></div>
  <div><label for="worker">_("Worker of reference")</label><select id="worker" name="worker">{{#WORKER}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/WORKER}}</select></div>
  <fieldset><legend>_("Profile")</legend>{{#PROFILE}}<label><input type="checkbox" name="profile" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/PROFILE}}</fieldset>
  <div class="row"><div><label for="instrument">_("Instrument of the entry score")</label><select id="instrument" name="instrument">{{#INSTRUMENT}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/INSTRUMENT}}</select></div>
  <div><label for="entry_score">_("Entry score")</label><input type="number" id="entry_score" name="entry_score" value="{{ENTRY_SCORE}}" min="0" max="100">{{#ENTRY_SCORE_INVALID}}<span class="field-error">{{ENTRY_SCORE_ERROR}}</span>{{/ENTRY_SCORE_INVALID}}</div></div>
  <button type="submit">_("Accept")</button>
</form></section>
<section aria-labelledby="h-refuse"><h2 id="h-refuse">_("Refuse")</h2>
<form method="post" action="/caseload/requests/{{ID}}/refuse" class="row">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="refusal_reason">_("Reason of the refusal")</label><select id="refusal_reason" name="refusal_reason">{{#REFUSAL_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/REFUSAL_OPTION}}</select></div>
  <button type="submit" class="secondary">_("Refuse")</button>
</form></section>
<section aria-labelledby="h-orient"><h2 id="h-orient">_("Orient elsewhere")</h2>
<form method="get" action="/caseload/requests/{{ID}}#h-orient" class="row">
  <div><label for="service_q">_("Service of the directory")</label><input type="search" id="service_q" name="service_q" value="{{SERVICE_Q}}" maxlength="100"></div>
  <button type="submit" class="secondary">_("Find in the directory")</button>
</form>
{{#NOTHING_FOUND}}<p class="muted">_("No service of the directory has this name.")</p>{{/NOTHING_FOUND}}
{{#HAS_FOUND}}<form method="post" action="/caseload/requests/{{ID}}/orient" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset><legend>_("Services found")</legend>{{#FOUND}}<label><input type="checkbox" name="service_id" value="{{SERVICE_ID}}"> {{NAME}}</label><br>{{/FOUND}}</fieldset>
  <button type="submit">_("Orient to these services")</button>
</form>{{/HAS_FOUND}}
</section>
{{/PENDING}}
<section aria-labelledby="h-access"><h2 id="h-access">_("Who read this record")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="c-access"><table>
<caption id="c-access">_("Who read this record")</caption>
<thead><tr><th scope="col">_("When")</th><th scope="col">_("Who")</th><th scope="col">_("Action")</th></tr></thead>
<tbody>{{#ACCESS}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td><code>{{ACTION}}</code></td></tr>{{/ACCESS}}</tbody>
</table></div></section>
