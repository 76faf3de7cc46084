{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p><a href="/concertation/groups/{{GROUP_ID}}">_("Back to {{GROUP_NAME}}")</a></p>
<form method="get" action="/concertation/groups/{{GROUP_ID}}/meetings" class="inline">
  <label for="year">_("Year")</label> <select id="year" name="year">{{#YEAR_OPTION}}<option value="{{YEAR}}"{{#SELECTED}} selected{{/SELECTED}}>{{YEAR}}</option>{{/YEAR_OPTION}}</select>
  <button type="submit" class="secondary">_("Show")</button>
</form>
<section aria-labelledby="table-title">
<h2 id="table-title">_("Meetings of {{YEAR}}")</h2>
{{#HAS_ROWS}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="table-title"><table>
<thead><tr><th scope="col">_("Date")</th><th scope="col">_("Place")</th><th scope="col">_("Participants")</th><th scope="col">_("Duration")</th><th scope="col">_("New situations")</th></tr></thead>
<tbody>{{#ROW}}<tr><td><a href="/concertation/meetings/{{MEETING_ID}}">{{DATE}}</a></td><td>{{PLACE}}</td><td>{{PARTICIPANTS}}</td><td>{{DURATION}}</td><td>{{NEW_SITUATIONS}}</td></tr>{{/ROW}}</tbody>
<tfoot><tr><th scope="row">_("{{COUNT}} meetings")</th><td></td><td></td><td>{{TOTAL_HOURS}}</td><td>{{TOTAL_NEW}}</td></tr></tfoot>
</table></div>{{/HAS_ROWS}}
{{#NO_HAS_ROWS}}<p class="muted">_("No meeting this year.")</p>{{/NO_HAS_ROWS}}
<p>_("Total hours provided: {{TOTAL_HOURS}} h.") <a href="/concertation/groups/{{GROUP_ID}}/meetings.csv?year={{YEAR}}">_("Download as CSV")</a></p>
</section>
{{#ORGANISES}}<section aria-labelledby="plan-title">
<h2 id="plan-title">_("Plan a meeting")</h2>
<form method="post" action="/concertation/groups/{{GROUP_ID}}/meetings" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="date">_("Date")</label><input id="date" name="date" type="date" value="{{DATE}}"{{#DATE_INVALID}} aria-invalid="true"{{/DATE_INVALID}}>{{#DATE_INVALID}}<p class="field-error">{{DATE_ERROR}}</p>{{/DATE_INVALID}}</div>
  <div><label for="time">_("Time")</label><input id="time" name="time" type="time" value="{{TIME}}"></div>
  <div><label for="duration_minutes">_("Duration (minutes)")</label><input id="duration_minutes" name="duration_minutes" type="number" min="5" max="600" value="{{DURATION_MINUTES}}"{{#DURATION_MINUTES_INVALID}} aria-invalid="true"{{/DURATION_MINUTES_INVALID}}>{{#DURATION_MINUTES_INVALID}}<p class="field-error">{{DURATION_MINUTES_ERROR}}</p>{{/DURATION_MINUTES_INVALID}}</div>
  <div><label for="place">_("Place or video link")</label><input id="place" name="place" value="{{PLACE}}" maxlength="200"></div>
  <div><label><input type="checkbox" name="video" value="1"{{#VIDEO_CHECKED}} checked{{/VIDEO_CHECKED}}> _("By video conference")</label></div>
  <div><button type="submit">_("Plan the meeting")</button></div>
</form>
</section>{{/ORGANISES}}
