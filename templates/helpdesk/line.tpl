<p class="no-print"><a href="/helpdesk/lines">_("All lines")</a> · <a href="{{ROTA}}">_("Rota")</a> · <a href="/helpdesk/guide">_("Responder's guide")</a>{{#IS_ADMIN_LINK}} · <a href="/admin/helpdesk/lines/{{LINE_ID}}">_("Edit the line")</a>{{/IS_ADMIN_LINK}}</p>
<div class="cards">
<section class="card" aria-labelledby="contact-title">
  <h2 id="contact-title">_("Contact")</h2>
  <dl class="facts">
    <dt>_("Territory")</dt><dd>{{TERRITORY}}</dd>
    <dt>_("Phone")</dt><dd>{{PHONE}}{{#NO_PHONE}}<span class="muted">_("none")</span>{{/NO_PHONE}}</dd>
    <dt>_("E-mail address")</dt><dd>{{#HAS_EMAIL}}<a href="mailto:{{EMAIL}}">{{EMAIL}}</a>{{/HAS_EMAIL}}{{#NO_EMAIL}}<span class="muted">_("none")</span>{{/NO_EMAIL}}</dd>
  </dl>
  <h3>_("Opening hours")</h3>
  {{#DEFAULT_HOURS}}<p>_("Weekdays from 9:00 to 17:00, except public holidays.")</p>{{/DEFAULT_HOURS}}
  <ul>{{#HOURS}}<li>{{DAY}}: {{RANGES}}</li>{{/HOURS}}</ul>
</section>
<section class="card" aria-labelledby="duty-title">
  <h2 id="duty-title">_("On duty now")</h2>
  {{#DUTY_HOLDER}}<p class="lead">{{DUTY_NAME}}</p><p class="muted">{{DUTY_HALF}}</p>{{/DUTY_HOLDER}}
  {{#DUTY_NOBODY}}<p><span class="badge warning">_("Nobody holds the current shift.")</span></p><p class="muted">{{DUTY_HALF}}</p>{{/DUTY_NOBODY}}
  {{#DUTY_CLOSED}}<p class="muted">_("No shift is running now.")</p>{{/DUTY_CLOSED}}
  {{#DUTY_HOLIDAY}}<p class="muted">_("Public holiday: {{HOLIDAY_NAME}}")</p>{{/DUTY_HOLIDAY}}
  <h3>_("Responders of the line")</h3>
  {{#NO_RESPONDERS}}<p class="muted">_("No responder yet.")</p>{{/NO_RESPONDERS}}
  <ul>{{#MEMBER}}<li>{{NAME}}</li>{{/MEMBER}}</ul>
</section>
</div>
<h2>_("This week")</h2>
{{>WEEK_GRID}}
<h2>_("Uncovered shifts in the next seven days")</h2>
{{#NO_GAPS}}<p>_("Every expected shift has a responder.")</p>{{/NO_GAPS}}
<ul>{{#GAP}}<li><a href="{{LINK}}">{{WHEN}}</a></li>{{/GAP}}</ul>
