<div class="table-wrap rota" role="region" tabindex="0" aria-labelledby="grid-{{WEEK}}"><table class="rota-grid">
<caption id="grid-{{WEEK}}">{{CAPTION}}</caption>
<thead><tr><th scope="col">_("Half-day")</th>{{#DAY}}<th scope="col">{{LABEL}}{{#IS_HOLIDAY}}<br><span class="badge">{{HOLIDAY}}</span>{{/IS_HOLIDAY}}</th>{{/DAY}}</tr></thead>
<tbody>{{#HALF}}<tr><th scope="row">{{LABEL}}</th>{{#CELL}}<td>
  {{#IS_HOLIDAY}}<span class="muted">_("Public holiday: no shift")</span>{{/IS_HOLIDAY}}
  {{#NOT_EXPECTED}}<span class="muted">_("No shift expected")</span>{{/NOT_EXPECTED}}
  {{#HAS_HOLDER}}<span class="holder">{{HOLDER}}</span>{{#ASSIGNED}} <span class="muted">_("(assigned)")</span>{{/ASSIGNED}}{{#HOLDER_ABSENT}} <span class="badge warning">_("away: uncovered")</span>{{/HOLDER_ABSENT}}{{/HAS_HOLDER}}
  {{#FREE_GAP}}<span class="badge warning">_("uncovered")</span>{{/FREE_GAP}}
  {{#CAN_TAKE}}<form method="post" action="/helpdesk/lines/{{CODE}}/rota/take" class="inline no-print"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="week" value="{{WEEK}}"><input type="hidden" name="day" value="{{DAY}}"><input type="hidden" name="half" value="{{HALF}}"><button type="submit" class="secondary" aria-label="_("Take the shift of {{WHEN}}")">_("Take")</button></form>{{/CAN_TAKE}}
  {{#CAN_LEAVE}}<form method="post" action="/helpdesk/lines/{{CODE}}/rota/leave" class="inline no-print"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="week" value="{{WEEK}}"><input type="hidden" name="day" value="{{DAY}}"><input type="hidden" name="half" value="{{HALF}}"><button type="submit" class="link-button" aria-label="_("Free the shift of {{WHEN}}")">_("Free")</button></form>{{/CAN_LEAVE}}
  {{#CAN_ASSIGN}}<form method="post" action="/helpdesk/lines/{{CODE}}/rota/assign" class="inline no-print"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="week" value="{{WEEK}}"><input type="hidden" name="day" value="{{DAY}}"><input type="hidden" name="half" value="{{HALF}}"><select name="user_id" aria-label="_("Responder for {{WHEN}}")">{{#RESPONDER}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/RESPONDER}}</select> <button type="submit" class="link-button" aria-label="_("Assign the shift of {{WHEN}}")">_("Assign")</button></form>{{/CAN_ASSIGN}}
</td>{{/CELL}}</tr>{{/HALF}}</tbody>
</table></div>
