{{#PENDING}}<p>_("Confirm that {{EMAIL}} receives {{LIST}}.")</p>
<form method="post" action="/newsletters/confirm/{{TOKEN}}" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><button type="submit">_("Confirm my subscription")</button></div>
</form>{{/PENDING}}
{{#ALREADY}}<p>_("This subscription is already confirmed.")</p>{{/ALREADY}}
{{#ENDED}}<p>_("This subscription has ended. Subscribe again from the list's page if you wish.")</p>{{/ENDED}}
