{{#CONFIRMED}}<p role="status">_("Thank you: your subscription is confirmed. Each message has a link to unsubscribe in one click.")</p>{{/CONFIRMED}}
{{#NOTHING}}<p>_("There was nothing to confirm: the subscription is already confirmed, or it has ended.")</p>{{/NOTHING}}
{{#UNSUBSCRIBED}}<p role="status">_("You will receive nothing more from this list.")</p>{{/UNSUBSCRIBED}}
<p><a href="/newsletters">_("Back to the newsletters")</a></p>
