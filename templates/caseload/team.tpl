<p class="meta">{{TEAM_KIND}} · {{ORGANISATION}} · {{TERRITORY}}</p>
<nav aria-label="_("Team")"><ul class="actions">
<li><a class="button" href="/caseload/teams/{{TEAM_ID}}/contacts/new">_("Log a contact")</a></li>
<li><a href="/caseload/teams/{{TEAM_ID}}/week">_("Enter a week of contacts")</a></li>
<li><a href="/caseload/teams/{{TEAM_ID}}/requests/new">_("New request")</a></li>
<li><a href="/caseload/teams/{{TEAM_ID}}/requests">_("Requests")</a>{{#HAS_PENDING}} (_("{{PENDING}} waiting")){{/HAS_PENDING}}</li>
<li><a href="/caseload/teams/{{TEAM_ID}}/people/new">_("New person followed")</a></li>
<li><a href="/caseload/teams/{{TEAM_ID}}/figures">_("Figures")</a></li>
{{#COORDINATOR}}<li><a href="/caseload/teams/{{TEAM_ID}}/settings">_("Team settings")</a></li>{{/COORDINATOR}}
</ul></nav>
<section aria-labelledby="h-people">
<h2 id="h-people">{{#WORKER_VIEW}}_("My people"){{/WORKER_VIEW}}{{#TEAM_VIEW}}_("People followed by the team"){{/TEAM_VIEW}}</h2>
{{#NO_PEOPLE}}<p class="muted">_("Nobody followed yet.")</p>{{/NO_PEOPLE}}
<ul class="people">{{#PERSON}}<li><a href="/caseload/people/{{ID}}"><strong>{{CODE}}</strong></a> · _("since {{SINCE}}"){{#HAS_LAST}} · _("last contact {{LAST_CONTACT}}"){{/HAS_LAST}}{{#NO_NEWS}} · <span class="badge warning">_("No news")</span>{{/NO_NEWS}}{{#TEAM_VIEW}} · {{WORKER}}{{/TEAM_VIEW}} · <a href="/caseload/teams/{{TEAM_ID}}/contacts/new?episode={{ID}}">_("Log a contact")</a></li>{{/PERSON}}</ul>
</section>
<section aria-labelledby="h-week">
<h2 id="h-week">{{#WORKER_VIEW}}_("My contacts this week"){{/WORKER_VIEW}}{{#TEAM_VIEW}}_("The team's contacts this week"){{/TEAM_VIEW}}</h2>
{{#NO_CONTACT}}<p class="muted">_("No contact this week yet.")</p>{{/NO_CONTACT}}
<ul class="contacts">{{#CONTACT}}<li>{{WHEN}} · <a href="/caseload/people/{{EPISODE_ID}}">{{CODE}}</a> · {{TYPE}} · _("{{MINUTES}} min"){{#PAIR}} · _("in pair"){{/PAIR}}{{#IS_MISSED}} · <span class="badge warning">{{MISSED}}</span>{{/IS_MISSED}}{{#TEAM_VIEW}} · {{WORKER}}{{/TEAM_VIEW}}</li>{{/CONTACT}}</ul>
</section>
{{#COORDINATOR}}<section aria-labelledby="h-members"><h2 id="h-members">_("Members")</h2>
<ul>{{#MEMBER}}<li>{{NAME}}{{#IS_COORDINATOR}} · _("coordinator"){{/IS_COORDINATOR}}</li>{{/MEMBER}}</ul></section>{{/COORDINATOR}}
