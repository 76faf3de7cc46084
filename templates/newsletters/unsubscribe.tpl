{{#SUBSCRIBED}}<p>_("Stop sending {{LIST}} to {{EMAIL}}?")</p>
<form method="post" action="/newsletters/unsubscribe/{{TOKEN}}" class="stack">
  <input type="hidden" name="_page" value="1">
  <div><button type="submit">_("Unsubscribe")</button></div>
</form>{{/SUBSCRIBED}}
{{#NOT_SUBSCRIBED}}<p>_("This address receives nothing from this list.")</p>{{/NOT_SUBSCRIBED}}
