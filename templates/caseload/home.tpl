<p class="lead">_("The people your team follows, coded and never named, their contacts and the team's yearly figures.")</p>
{{#NO_TEAM}}<p class="muted">_("You are a member of no caseload team. A team's coordinator or an administrator gives the grant.")</p>{{/NO_TEAM}}
{{#MY_TEAM}}<section class="card" aria-labelledby="team-{{TEAM_ID}}">
<h2 id="team-{{TEAM_ID}}"><a href="/caseload/teams/{{TEAM_ID}}">{{TEAM_NAME}}</a></h2>
<p class="meta">{{TEAM_KIND}} · {{ORGANISATION}} · {{TERRITORY}}</p>
<p><a class="button" href="/caseload/teams/{{TEAM_ID}}/contacts/new">_("Log a contact")</a> <a href="/caseload/teams/{{TEAM_ID}}/figures">_("Figures")</a>{{#COORDINATOR}} · <a href="/caseload/teams/{{TEAM_ID}}/settings">_("Team settings")</a>{{/COORDINATOR}}</p>
</section>{{/MY_TEAM}}
{{#OTHER_TEAM}}<section class="card" aria-labelledby="team-{{TEAM_ID}}">
<h2 id="team-{{TEAM_ID}}">{{TEAM_NAME}}</h2>
<p class="meta">{{TEAM_KIND}} · {{ORGANISATION}} · {{TERRITORY}}</p>
<p><a href="/caseload/teams/{{TEAM_ID}}/figures">_("Figures (counts below 5 hidden)")</a></p>
</section>{{/OTHER_TEAM}}
{{#ADMIN}}<p><a href="/admin/caseload/teams">_("Caseload teams")</a></p>{{/ADMIN}}
