<p><strong>{{NAME}}</strong> — <a href="/offers/{{OFFER_ID}}">{{TITLE}}</a></p>
<p>{{DATE}}, {{START}}–{{END}} · {{PLACE}}</p>
<p>_("Status:") <strong>{{STATUS}}</strong></p>
{{#HAS_REASON}}<p>_("Reason:") {{REASON}}</p>{{/HAS_REASON}}
{{#CAN_CONFIRM}}<form method="post" action="/offers/r/{{TOKEN}}/confirm" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit">_("Confirm my e-mail address")</button></form>{{/CAN_CONFIRM}}
{{#CAN_CANCEL}}<form method="post" action="/offers/r/{{TOKEN}}/cancel" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="secondary">_("Cancel my registration")</button></form>{{/CAN_CANCEL}}
{{#PARTICIPATION_AGREEMENT}}<section class="card" aria-labelledby="agreement-title"><h2 id="agreement-title">_("Participation agreement")</h2>
<p>{{#AGREEMENT_COMPLETE}}<span class="badge">_("Agreement complete")</span>{{/AGREEMENT_COMPLETE}}{{#AGREEMENT_WAITING}}<span class="badge off">{{LABEL}}</span> {{/AGREEMENT_WAITING}}</p>
<p><a href="/offers/r/{{TOKEN}}/agreement">{{#TO_AGREE}}_("Read the agreement and give yours"){{/TO_AGREE}}{{#READ_ONLY}}_("Read the agreement"){{/READ_ONLY}}</a></p></section>{{/PARTICIPATION_AGREEMENT}}
{{#ATTENDED}}<section class="card" aria-labelledby="after-title"><h2 id="after-title">_("After the session")</h2>
<p>{{#NOT_ANSWERED}}_("Thank you for coming. Your opinion helps the organisers."){{/NOT_ANSWERED}}{{#ANSWERED}}_("Thank you for your answers."){{/ANSWERED}}</p>
<ul><li><a href="/offers/r/{{TOKEN}}/evaluation">{{#NOT_ANSWERED}}_("Answer the questionnaire"){{/NOT_ANSWERED}}{{#ANSWERED}}_("Change my answers"){{/ANSWERED}}</a></li>
<li><a href="/offers/r/{{TOKEN}}/certificate">_("Attendance certificate")</a> (<a href="/offers/r/{{TOKEN}}/certificate.pdf">_("PDF")</a>)</li></ul></section>{{/ATTENDED}}
