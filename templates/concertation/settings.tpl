<p><a href="/concertation/groups/{{GROUP_ID}}">_("Back to the group")</a></p>
<form method="post" action="/concertation/groups/{{GROUP_ID}}/settings" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
{{>GROUP_FORM}}
  <div><button type="submit">_("Save the settings")</button></div>
</form>
