{{#DEV_MODE}}<p class="flash">_("No SMTP server is configured: messages are written to this folder:") <code>{{MAIL_DIR}}</code></p>{{/DEV_MODE}}
<form method="get" action="/admin/outbox" class="filters" role="search">
  <div><label for="to">_("Recipient")</label><input type="search" id="to" name="to" value="{{TO}}" maxlength="254"></div>
  <div><button type="submit">_("Filter")</button></div>
</form>
<div class="table-wrap" role="region" tabindex="0" aria-label="{{TITLE}}"><table>
<thead><tr><th scope="col">_("Date")</th><th scope="col">_("Recipient")</th><th scope="col">_("Subject")</th><th scope="col">_("Status")</th><th scope="col">_("Attempts")</th></tr></thead>
<tbody>{{#MESSAGE}}<tr><td>{{CREATED}}</td><td>{{TO}}</td><td><a href="/admin/outbox/{{ID}}">{{SUBJECT}}</a></td><td>{{STATUS}}{{#ERROR}} <span class="muted">{{ERROR}}</span>{{/ERROR}}</td><td>{{ATTEMPTS}}</td></tr>{{/MESSAGE}}</tbody>
</table></div>
{{#EMPTY}}<p>_("No message.")</p>{{/EMPTY}}
