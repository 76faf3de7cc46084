<p><a href="{{LINK}}">_("Current page")</a> · <a href="{{HISTORY}}">_("History")</a></p>
<p>_("Saved on {{WHEN}} by {{WHO}}.")</p>
{{#HAS_PREVIOUS}}<p>_("Below each text, the text it replaced (saved on {{PREVIOUS_WHEN}} by {{PREVIOUS_WHO}}).")</p>{{/HAS_PREVIOUS}}
{{#FIRST_VERSION}}<p class="muted">_("The first version of the page.")</p>{{/FIRST_VERSION}}
{{#LANGUAGE_TEXT}}<section aria-label="{{LANGUAGE}}">
  <h2>{{LANGUAGE}}</h2>
  {{#UNCHANGED}}<p class="muted">_("Unchanged by this edit.")</p>{{/UNCHANGED}}
  <h3>_("This version")</h3>
  <p><strong>{{TITLE_TEXT}}</strong></p>
  <pre class="markdown">{{BODY_TEXT}}</pre>
  {{#HAS_PREVIOUS}}<h3>_("Previous text")</h3>
  <p><strong>{{PREVIOUS_TITLE}}</strong></p>
  <pre class="markdown">{{PREVIOUS_BODY}}</pre>{{/HAS_PREVIOUS}}
</section>{{/LANGUAGE_TEXT}}
