{{#NO_LINE}}<p>_("You answer no helpdesk line: an administrator gives responders the grant of their line.")</p>{{/NO_LINE}}
{{#HAS_LINES}}
<p>_("Your lines:") {{#MY_LINE}}<span class="badge">{{NAME}}</span> {{/MY_LINE}}</p>
<p><a class="button" href="/helpdesk/requests/new" accesskey="n">_("New request")</a></p>
{{#HAS_CALLS}}<section aria-labelledby="calls-title">
<h2 id="calls-title">_("Recent unanswered calls")</h2>
<ul class="calls">{{#CALL}}<li>{{AT}} · {{LINE}} · {{CALLER}} — <a href="/helpdesk/requests/new?call={{ID}}">_("Record this call")</a>
<form method="post" action="/helpdesk/calls/{{ID}}/dismiss" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="link-button">_("Remove from the list")</button></form></li>{{/CALL}}</ul>
</section>{{/HAS_CALLS}}
{{#TRANSFER}}<section class="card" aria-label="_("Transfer waiting for your answer")"><p>_("Request {{REFERENCE}} is proposed to {{TO}} by {{FROM}} ({{AT}}).") <a href="/helpdesk/requests/{{REQUEST_ID}}">_("Open it to accept or decline")</a></p></section>{{/TRANSFER}}
<h2 id="my-callbacks-title">_("To call back today: mine") <span class="count">({{MY_CALLBACK_TOTAL}})</span></h2>
{{#MY_CALLBACK_NONE}}<p class="muted">_("No call-back planned for you today.")</p>{{/MY_CALLBACK_NONE}}
<ul>{{#MY_CALLBACK}}<li><a href="/helpdesk/requests/{{ID}}">{{REFERENCE}}</a> · {{CALLBACK}} · {{REQUESTER}} · {{THEMES}}</li>{{/MY_CALLBACK}}</ul>
{{#MY_CALLBACK_PAGER}}<nav class="pagination" aria-label="_("Pages of my call-backs")"><span>_("Page {{PAGE}} of {{PAGES}}")</span>{{#HAS_PREVIOUS}} · <a href="{{PREVIOUS_HREF}}" rel="prev">_("Previous page")</a>{{/HAS_PREVIOUS}}{{#HAS_NEXT}} · <a href="{{NEXT_HREF}}" rel="next">_("Next page")</a>{{/HAS_NEXT}}</nav>{{/MY_CALLBACK_PAGER}}
<h2 id="line-callbacks-title">_("To call back today: my lines") <span class="count">({{LINE_CALLBACK_TOTAL}})</span></h2>
{{#LINE_CALLBACK_NONE}}<p class="muted">_("No other call-back planned on your lines today.")</p>{{/LINE_CALLBACK_NONE}}
<ul>{{#LINE_CALLBACK}}<li><a href="/helpdesk/requests/{{ID}}">{{REFERENCE}}</a> · {{CALLBACK}} · {{LINE}} · {{REQUESTER}} · {{THEMES}}</li>{{/LINE_CALLBACK}}</ul>
{{#LINE_CALLBACK_PAGER}}<nav class="pagination" aria-label="_("Pages of my lines' call-backs")"><span>_("Page {{PAGE}} of {{PAGES}}")</span>{{#HAS_PREVIOUS}} · <a href="{{PREVIOUS_HREF}}" rel="prev">_("Previous page")</a>{{/HAS_PREVIOUS}}{{#HAS_NEXT}} · <a href="{{NEXT_HREF}}" rel="next">_("Next page")</a>{{/HAS_NEXT}}</nav>{{/LINE_CALLBACK_PAGER}}
<h2 id="open-title">_("Open requests of my lines") <span class="count">({{OPEN_TOTAL}})</span></h2>
{{#OPEN_NONE}}<p class="muted">_("No open request.")</p>{{/OPEN_NONE}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="open-title"><table>
<thead><tr><th scope="col">_("Reference")</th><th scope="col">_("Received")</th><th scope="col">_("Line")</th><th scope="col">_("Channel")</th><th scope="col">_("Requester")</th><th scope="col">_("Themes")</th><th scope="col">_("Call-back")</th></tr></thead>
<tbody>{{#OPEN}}<tr><td><a href="/helpdesk/requests/{{ID}}">{{REFERENCE}}</a>{{#COMPLEX}} <span class="badge">_("Complex situation")</span>{{/COMPLEX}}</td><td>{{RECEIVED}}</td><td>{{LINE}}</td><td>{{CHANNEL}}</td><td>{{REQUESTER}}</td><td>{{THEMES}}</td><td>{{#HAS_CALLBACK}}{{CALLBACK}}{{/HAS_CALLBACK}}</td></tr>{{/OPEN}}</tbody>
</table></div>
{{#OPEN_PAGER}}<nav class="pagination" aria-label="_("Pages of the open requests")"><span>_("Page {{PAGE}} of {{PAGES}}")</span>{{#HAS_PREVIOUS}} · <a href="{{PREVIOUS_HREF}}" rel="prev">_("Previous page")</a>{{/HAS_PREVIOUS}}{{#HAS_NEXT}} · <a href="{{NEXT_HREF}}" rel="next">_("Next page")</a>{{/HAS_NEXT}}</nav>{{/OPEN_PAGER}}
{{/HAS_LINES}}
