<p>_("The helpdesk's orientation lines, with the responder on duty now.")</p>
<p>{{#IS_RESPONDER}}<a href="/helpdesk/rota/mine">_("My shifts")</a> · {{/IS_RESPONDER}}<a href="/helpdesk/guide">_("Responder's guide")</a></p>
<div class="cards">
{{#LINE}}<section class="card" aria-labelledby="line-{{CODE}}">
  <h2 id="line-{{CODE}}"><a href="/helpdesk/lines/{{CODE}}">{{NAME}}</a>{{#MINE}} <span class="badge">_("your line")</span>{{/MINE}}</h2>
  <p>{{PHONE}}{{#HAS_EMAIL}} · {{EMAIL}}{{/HAS_EMAIL}}</p>
  <p>{{#DUTY_HOLDER}}_("On duty now: {{DUTY_NAME}}"){{/DUTY_HOLDER}}{{#DUTY_NOBODY}}<span class="badge warning">_("Nobody on duty now")</span>{{/DUTY_NOBODY}}{{#DUTY_CLOSED}}<span class="muted">_("No shift now")</span>{{/DUTY_CLOSED}}{{#DUTY_HOLIDAY}}<span class="muted">_("Public holiday: {{HOLIDAY_NAME}}")</span>{{/DUTY_HOLIDAY}}</p>
</section>{{/LINE}}
</div>
