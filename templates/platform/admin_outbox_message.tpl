<p><a href="/admin/outbox">_("All messages")</a></p>
<dl><dt>_("Recipient")</dt><dd>{{TO}}</dd><dt>_("Date")</dt><dd>{{CREATED}}</dd><dt>_("Status")</dt><dd>{{STATUS}}</dd>
{{#HAS_ATTACHMENT}}<dt>_("Attachment")</dt><dd>{{ATTACHMENT}}</dd>{{/HAS_ATTACHMENT}}</dl>
<pre class="mail">{{BODY}}</pre>
