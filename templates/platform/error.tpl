<div class="error-page">
  <p class="lead">{{MESSAGE}}</p>
  <p class="muted">_("Error code: {{STATUS}}")</p>
  {{#SUGGEST_LOGIN}}<p><a class="button" href="/login?next={{NEXT}}">_("Log in")</a></p>{{/SUGGEST_LOGIN}}
  <p><a href="/">_("Back to the home page")</a></p>
</div>
