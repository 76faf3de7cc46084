<p class="lead">_("Selections of the directory made by the networks' coordinators: the services that count on a theme, grouped and explained, with the webinars and their replays.")</p>
{{#NO_FOCUS}}<p>_("No Focus is published yet.")</p>{{/NO_FOCUS}}
<div class="cards">
{{#FOCUS}}<article class="card">
  <h2><a href="/focus/{{FOCUS_ID}}">{{TITLE}}</a></h2>
  <p class="muted">{{BASSIN}}{{#DRAFT}} · <span class="badge off">_("Not published")</span>{{/DRAFT}}</p>
  {{#MINE}}<p class="no-print"><a href="/focus/{{FOCUS_ID}}/edit">_("Edit")</a></p>{{/MINE}}
</article>{{/FOCUS}}
</div>
{{#CAN_CREATE}}
<h2 id="new-focus">_("New Focus")</h2>
<form method="post" action="/focus" class="stack no-print" aria-labelledby="new-focus">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="title_fr">_("Title (French)")</label><input type="text" id="title_fr" name="title_fr" maxlength="300" required></div>
  <div><button type="submit">_("Create")</button></div>
</form>
{{/CAN_CREATE}}
