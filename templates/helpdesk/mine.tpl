<p><a class="button" href="/helpdesk/ask">_("Ask the helpdesk")</a></p>
{{#NONE}}<p class="muted">_("You have sent no request to the helpdesk yet.")</p>{{/NONE}}
{{#REQUEST}}<section class="card" aria-label="{{REFERENCE}}">
<h2>{{REFERENCE}} · {{STATUS}}</h2>
<p class="meta">_("Sent on {{RECEIVED}} to {{LINE}}"){{#HAS_OUTCOME}} · {{OUTCOME}}{{/HAS_OUTCOME}}</p>
<p><strong>_("Your question:")</strong> {{QUESTION}}</p>
{{#HAS_FEEDBACK}}<p><strong>_("Answer of the helpdesk:")</strong> {{FEEDBACK}}</p>{{/HAS_FEEDBACK}}
{{#NO_FEEDBACK}}<p class="muted">_("No answer yet.")</p>{{/NO_FEEDBACK}}
</section>{{/REQUEST}}
