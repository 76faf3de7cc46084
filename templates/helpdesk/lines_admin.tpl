<p>_("The orientation lines of the helpdesk: the regional line and one line per care area. Responders are granted a line on their user page.")</p>
{{#NO_LINES}}<form method="post" action="/admin/helpdesk/lines/defaults" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p class="muted">_("No line yet.")</p>
  <div><button type="submit">_("Create the regional line and one line per care area")</button></div>
</form>{{/NO_LINES}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="lines-title"><table>
<caption id="lines-title">_("Helpdesk lines")</caption>
<thead><tr><th scope="col">_("Line")</th><th scope="col">_("Phone")</th><th scope="col">_("E-mail address")</th><th scope="col">_("Responders")</th><th scope="col">_("Retention (months)")</th><th scope="col">_("Page")</th></tr></thead>
<tbody>{{#LINE}}<tr><td><a href="/admin/helpdesk/lines/{{ID}}">{{NAME}}</a>{{#INACTIVE}} <span class="badge off">_("inactive")</span>{{/INACTIVE}}</td><td>{{PHONE}}</td><td>{{EMAIL}}</td><td>{{RESPONDERS}}</td><td>{{RETENTION}}</td><td><a href="/helpdesk/lines/{{CODE}}">_("Line page")</a></td></tr>{{/LINE}}</tbody>
</table></div>
