<section class="card easy-read" aria-labelledby="done-title">
<h2 id="done-title">{{#CONFIRMED}}_("Your place is kept for you."){{/CONFIRMED}}{{#WAITING_LIST}}_("The group is full. You are on the waiting list."){{/WAITING_LIST}}{{#TO_APPROVE}}_("The organiser will call you to say yes or no."){{/TO_APPROVE}}</h2>
<dl>
  <dt>_("Activity")</dt><dd><a href="/offers/{{OFFER_ID}}">{{TITLE}}</a></dd>
  <dt>_("Day")</dt><dd>{{DATE}}</dd>
  <dt>_("Time")</dt><dd>_("From {{START}} to {{END}}")</dd>
  <dt>_("Place")</dt><dd>{{PLACE}}{{#ONLINE}} _("(online)"){{/ONLINE}}</dd>
  <dt>_("Your name")</dt><dd>{{CALLER_NAME}}</dd>
  <dt>_("Your phone number")</dt><dd>{{CALLER_PHONE}}</dd>
</dl>
{{#WAITING_LIST}}<p>_("If a place frees, you get a text message on this number.")</p>{{/WAITING_LIST}}
<p>_("We do not send an e-mail. Write down the day and the time, or print this page.")</p>
<p>_("If something changes, the organiser calls you on this number.")</p>
</section>
<p class="no-print"><a href="{{LINK}}">_("Keep this link to see or cancel your registration")</a></p>
