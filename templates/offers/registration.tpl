<p><strong>{{NAME}}</strong> — <a href="/offers/{{OFFER_ID}}">{{TITLE}}</a></p>
<p>{{DATE}}, {{START}}–{{END}} · {{PLACE}}</p>
<p>_("Status:") <strong>{{STATUS}}</strong></p>
{{#HAS_REASON}}<p>_("Reason:") {{REASON}}</p>{{/HAS_REASON}}
{{#CAN_CONFIRM}}<form method="post" action="/offers/r/{{TOKEN}}/confirm" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit">_("Confirm my e-mail address")</button></form>{{/CAN_CONFIRM}}
{{#CAN_CANCEL}}<form method="post" action="/offers/r/{{TOKEN}}/cancel" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="secondary">_("Cancel my registration")</button></form>{{/CAN_CANCEL}}
