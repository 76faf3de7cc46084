<p class="no-print">{{#LINE}}<a href="/helpdesk/lines/{{CODE}}/rota">_("Rota of {{NAME}}")</a> · {{/LINE}}<a href="/helpdesk/guide">_("Responder's guide")</a></p>
<h2>_("My coming shifts")</h2>
{{#NO_SHIFTS}}<p class="muted">_("No shift in the coming weeks. Take free shifts in the rota of your line.")</p>{{/NO_SHIFTS}}
<ul>{{#SHIFT}}<li>{{WHEN}} — <a href="/helpdesk/lines/{{CODE}}/rota?week={{DAY}}">{{LINE}}</a>{{#ABSENT}} <span class="badge warning">_("away: uncovered")</span>{{/ABSENT}}
  <form method="post" action="/helpdesk/lines/{{CODE}}/rota/leave" class="inline no-print"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="back" value="mine"><input type="hidden" name="day" value="{{DAY}}"><input type="hidden" name="half" value="{{HALF}}"><button type="submit" class="link-button" aria-label="_("Free the shift of {{WHEN}}")">_("Free")</button></form></li>{{/SHIFT}}</ul>
<h2>_("My absences and holidays")</h2>
{{#NO_ABSENCES}}<p class="muted">_("None recorded.")</p>{{/NO_ABSENCES}}
<ul>{{#ABSENCE}}<li>{{FROM}} – {{UNTIL}} ({{KIND}})
  <form method="post" action="/helpdesk/absences/{{ID}}/delete" class="inline no-print"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="link-button" aria-label="_("Remove the absence from {{FROM}}")">_("remove")</button></form></li>{{/ABSENCE}}</ul>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/helpdesk/rota/mine/absences" class="stack no-print" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="starts_on">_("First day")</label><input type="date" id="starts_on" name="starts_on" value="{{STARTS_ON}}" required{{#STARTS_ON_INVALID}} aria-invalid="true" aria-describedby="starts_on-error"{{/STARTS_ON_INVALID}}>
    {{#STARTS_ON_INVALID}}<span class="field-error" id="starts_on-error">{{STARTS_ON_ERROR}}</span>{{/STARTS_ON_INVALID}}</div>
  <div><label for="ends_on">_("Last day")</label><input type="date" id="ends_on" name="ends_on" value="{{ENDS_ON}}" required{{#ENDS_ON_INVALID}} aria-invalid="true" aria-describedby="ends_on-error"{{/ENDS_ON_INVALID}}>
    {{#ENDS_ON_INVALID}}<span class="field-error" id="ends_on-error">{{ENDS_ON_ERROR}}</span>{{/ENDS_ON_INVALID}}</div>
  <div><label for="kind">_("Kind")</label><select id="kind" name="kind"><option value="absence">_("absence")</option><option value="holiday"{{#HOLIDAY_KIND}} selected{{/HOLIDAY_KIND}}>_("holiday")</option></select></div>
  <div><button type="submit">_("Record the absence")</button></div>
</form>
<section class="card no-print" aria-labelledby="feed-title">
  <h2 id="feed-title">_("My shifts in my calendar")</h2>
  <p>_("A private address that calendar applications can subscribe to. Anyone who has it sees your shifts: keep it for yourself.")</p>
  {{#FEED_SHOWN}}<div class="notice" role="status"><p>_("Your calendar address (it will not be shown again):")</p><p><code>{{FEED_URL}}</code></p></div>{{/FEED_SHOWN}}
  {{#HAS_FEED}}<p class="muted">_("You have a calendar address. A new one replaces it at once.")</p>{{/HAS_FEED}}
  <form method="post" action="/helpdesk/rota/feed" class="stack"><input type="hidden" name="_csrf" value="{{CSRF}}"><div><button type="submit" class="secondary">_("Make a new calendar address")</button></div></form>
</section>
