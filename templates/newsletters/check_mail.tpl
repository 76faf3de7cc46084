<p role="status">_("If {{EMAIL}} may receive {{LIST}}, a message to confirm the subscription is on its way. Open the link it contains: nothing is sent before you do.")</p>
<p><a href="/newsletters">_("Back to the newsletters")</a></p>
