<p class="no-print"><a href="/helpdesk/guide">_("Responder's guide")</a>{{#CAN_EDIT}} · <a href="{{LINK}}/edit">_("Edit")</a>{{/CAN_EDIT}} · <a href="{{LINK}}/history">_("History")</a></p>
{{#OTHER_LANGUAGE}}<p class="notice">_("This page has no text in your language yet: shown in {{SHOWN_LANGUAGE}}.")</p>{{/OTHER_LANGUAGE}}
<article class="guide-text" lang="{{BODY_LANG}}">
{{BODY_HTML:none}}
</article>
<dl class="facts">
  <dt>_("For")</dt><dd>{{LINE}}</dd>
  <dt>_("Last edit")</dt><dd>{{UPDATED}}, {{UPDATED_BY}}</dd>
  <dt>_("Link for a request")</dt><dd><code>{{FULL_LINK}}</code></dd>
</dl>
