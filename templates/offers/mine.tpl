<p><a href="/offers">_("Browse the catalogue")</a> · _("Your calendar feed (keep this address private):") <code>{{CALENDAR_URL}}</code></p>
{{#NONE}}<p>_("You have no registration yet.")</p>{{/NONE}}
{{#PENDING_EVALUATION}}<p class="flash">_("Your opinion on {{TITLE}} helps the organisers:") <a href="/offers/registrations/{{ID}}/evaluation">_("answer the questionnaire")</a></p>{{/PENDING_EVALUATION}}
<h2 id="coming-title">_("Coming")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="coming-title"><table>
<thead><tr><th scope="col">_("Offer")</th><th scope="col">_("Date")</th><th scope="col">_("Status")</th><th scope="col">_("Actions")</th></tr></thead>
<tbody>{{#REGISTRATION}}<tr><td><a href="/offers/{{OFFER_ID}}">{{TITLE}}</a></td><td>{{DATE}}, {{START}}–{{END}}</td><td>{{STATUS}}</td><td>{{#CAN_CANCEL}}<form method="post" action="/offers/registrations/{{ID}}/cancel" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="secondary">_("Cancel")</button></form>{{/CAN_CANCEL}}</td></tr>{{/REGISTRATION}}</tbody>
</table></div>
<h2 id="past-title">_("Past sessions, certificates and questionnaires")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="past-title"><table>
<thead><tr><th scope="col">_("Offer")</th><th scope="col">_("Date")</th><th scope="col">_("Status")</th><th scope="col">_("Documents")</th></tr></thead>
<tbody>{{#PAST_REGISTRATION}}<tr><td>{{TITLE}}</td><td>{{DATE}}</td><td>{{STATUS}}{{#NO_SHOW}} · _("absent"){{/NO_SHOW}}</td><td>{{#CERTIFICATE}}<a href="/offers/registrations/{{ID}}/certificate">_("Certificate")</a> (<a href="/offers/registrations/{{ID}}/certificate.pdf">_("PDF")</a>){{/CERTIFICATE}}{{#EVALUATE}} · <a href="/offers/registrations/{{ID}}/evaluation">_("Questionnaire")</a>{{/EVALUATE}}</td></tr>{{/PAST_REGISTRATION}}</tbody>
</table></div>
