<p class="no-print"><a href="/helpdesk/lines/{{CODE}}">{{NAME}}</a> · <a href="/helpdesk/rota/mine">_("My shifts")</a></p>
{{#HAS_PROBLEM}}<div class="errors" role="alert" tabindex="-1"><p>{{PROBLEM}}</p></div>{{/HAS_PROBLEM}}
<p>_("Half-day shifts: morning 9:00-13:00, afternoon 13:00-17:00, on weekdays. No shift is expected on public holidays. A shift whose responder is away is uncovered.")</p>
<nav class="pagination no-print" aria-label="_("Weeks")"><a href="{{PREVIOUS}}" rel="prev">_("Previous week")</a> · <a href="{{THIS_WEEK}}">_("This week")</a> · <a href="{{NEXT}}" rel="next">_("Next week")</a></nav>
{{>WEEK_GRID}}
<h2>_("Away this week")</h2>
<ul>{{#ABSENCE}}<li>{{WHO}}: {{FROM}} – {{UNTIL}} ({{KIND}})</li>{{/ABSENCE}}</ul>
<h2>_("Uncovered shifts in the next seven days")</h2>
{{#NO_GAPS}}<p>_("Every expected shift has a responder.")</p>{{/NO_GAPS}}
<ul>{{#GAP}}<li><a href="{{LINK}}">{{WHEN}}</a></li>{{/GAP}}</ul>
<h2>_("Responders of the line")</h2>
{{#NO_RESPONDERS}}<p class="muted">_("No responder yet.")</p>{{/NO_RESPONDERS}}
<ul>{{#MEMBER}}<li>{{NAME}}</li>{{/MEMBER}}</ul>
{{#ABSENCE_FORM}}<section class="card no-print" aria-labelledby="absence-title">
  <h2 id="absence-title">_("Record an absence")</h2>
  {{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
  <form method="post" action="/helpdesk/lines/{{CODE}}/absences" class="stack" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <input type="hidden" name="week" value="{{WEEK}}">
    <div><label for="user_id">_("Responder")</label><select id="user_id" name="user_id">{{#RESPONDER}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/RESPONDER}}</select>
      {{#USER_ID_INVALID}}<span class="field-error" id="user_id-error">{{USER_ID_ERROR}}</span>{{/USER_ID_INVALID}}</div>
    <div><label for="starts_on">_("First day")</label><input type="date" id="starts_on" name="starts_on" value="{{STARTS_ON}}" required{{#STARTS_ON_INVALID}} aria-invalid="true" aria-describedby="starts_on-error"{{/STARTS_ON_INVALID}}>
      {{#STARTS_ON_INVALID}}<span class="field-error" id="starts_on-error">{{STARTS_ON_ERROR}}</span>{{/STARTS_ON_INVALID}}</div>
    <div><label for="ends_on">_("Last day")</label><input type="date" id="ends_on" name="ends_on" value="{{ENDS_ON}}" required{{#ENDS_ON_INVALID}} aria-invalid="true" aria-describedby="ends_on-error"{{/ENDS_ON_INVALID}}>
      {{#ENDS_ON_INVALID}}<span class="field-error" id="ends_on-error">{{ENDS_ON_ERROR}}</span>{{/ENDS_ON_INVALID}}</div>
    <div><label for="kind">_("Kind")</label><select id="kind" name="kind"><option value="absence">_("absence")</option><option value="holiday"{{#HOLIDAY_KIND}} selected{{/HOLIDAY_KIND}}>_("holiday")</option></select></div>
    <div><button type="submit">_("Record the absence")</button></div>
  </form>
</section>{{/ABSENCE_FORM}}
