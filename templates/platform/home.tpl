<p class="lead">_("Maillage helps Brussels social and health professionals find the right service for a person, meet each other and coordinate around complex situations.")</p>
<form method="get" action="/directory" role="search" class="stack home-search" aria-labelledby="home-search-title">
  <h2 id="home-search-title">_("Find a service")</h2>
  <div><label for="home-q">_("What are you looking for? A need, a service, a place")</label><input type="search" id="home-q" name="q" maxlength="200"></div>
  <div><button type="submit">_("Search the directory")</button></div>
</form>
{{#HAS_COMING}}<section aria-labelledby="coming-title">
<h2 id="coming-title">_("Coming up")</h2>
<ul class="agenda-items">
{{#DAY}}{{#ITEM}}<li class="agenda-item"><p><strong>{{DATE}}, {{START}}</strong> <a href="{{URL}}">{{TITLE}}</a></p><p class="muted">{{TYPE_LABEL}} · {{TERRITORY}}</p></li>{{/ITEM}}{{/DAY}}
</ul>
<p><a href="/agenda">_("The whole agenda")</a> · <a href="/newsletters">_("Newsletters")</a></p>
</section>{{/HAS_COMING}}
<div class="cards">
  <section class="card">
    <h2>_("The territory")</h2>
    <p>_("The Brussels-Capital Region, its five care areas and their nineteen communes.")</p>
    <p><a href="/territory">_("See the map of the care areas")</a></p>
  </section>
  {{#ANONYMOUS}}
  <section class="card">
    <h2>_("Professionals")</h2>
    <p>_("Log in with the account your organisation's coordinator invited you to create.")</p>
    <p><a class="button" href="/login">_("Log in")</a></p>
  </section>
  {{/ANONYMOUS}}
  {{#LOGGED_IN}}
  <section class="card">
    <h2>_("Your account")</h2>
    <p>_("Your name, language and password.")</p>
    <p><a href="/profile">_("My profile")</a></p>
  </section>
  {{/LOGGED_IN}}
</div>
{{#DEMO}}
<section class="demo-note" aria-labelledby="demo-title">
  <h2 id="demo-title">_("Demonstration")</h2>
  <p>_("This server runs with demonstration data. The demo accounts are listed in README.md.")</p>
</section>
{{/DEMO}}
