<p><a href="/offers/{{OFFER_ID}}">{{TITLE}}</a></p>
{{#ANSWERED}}<p>_("You have already answered. You may change your answers below.")</p>{{/ANSWERED}}
<form method="post" action="{{BASE}}/evaluation" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  {{#QUESTION}}
  <fieldset><legend>{{TEXT}}</legend>
    {{#SCALE}}{{#POINT}}<label class="inline"><input type="radio" name="q{{QID}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> {{VALUE}}</label> {{/POINT}}<span class="hint">_("1: not at all, 5: very much")</span>{{/SCALE}}
    {{#CHOICE}}{{#OPTION}}<label class="inline"><input type="radio" name="q{{QID}}" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}> {{LABEL}}</label> {{/OPTION}}{{/CHOICE}}
    {{#FREE_TEXT}}<textarea name="q{{QID}}" rows="4" maxlength="4000" aria-label="{{TEXT}}">{{ANSWER:pre_escape}}</textarea>{{/FREE_TEXT}}
  </fieldset>
  {{/QUESTION}}
  <div><button type="submit">_("Send my answers")</button></div>
</form>
