<p class="lead">_("The networks' newsletters: news, the coming sessions and what changes in the services of your care area. You choose the lists; each message has a link to unsubscribe in one click.")</p>
{{#MANAGE_LINK}}<p class="no-print"><a href="/newsletters/manage">_("Manage the newsletters of my care area")</a></p>{{/MANAGE_LINK}}
{{#NO_LIST}}<p>_("No newsletter yet.")</p>{{/NO_LIST}}
<div class="cards">
{{#LIST}}<article class="card">
  <h2><a href="/newsletters/{{LIST_ID}}">{{NAME}}</a></h2>
  <p class="muted">{{SCOPE}}</p>
  <p>{{DESCRIPTION}}</p>
  <p><a class="button" href="/newsletters/{{LIST_ID}}">_("Subscribe")</a></p>
</article>{{/LIST}}
</div>
