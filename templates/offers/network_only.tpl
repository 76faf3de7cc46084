<p>_("Immersions are visible only to the staff of the institutions of the immersion network. Each member institution commits to host at least one worker for at least one full day and to send at least one, each year.")</p>
{{#ANONYMOUS}}<p><a href="/login?next=/offers/{{OFFER_ID}}">_("Log in")</a> · <a href="/offers/immersions/network">_("How an institution joins the immersion network")</a></p>{{/ANONYMOUS}}
{{#LOGGED_IN}}<p><a href="/offers/immersions/network">_("Join the immersion network for your organisation")</a></p>{{/LOGGED_IN}}
<p><a href="/offers">_("Back to the catalogue")</a></p>
