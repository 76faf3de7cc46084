{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="muted">_("Members hold the grant \"caseload\" on scope \"team\" with the team's number; coordinators \"caseload_coordinator\". Administrators read no record of a team without its grant.")</p>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="c-teams"><table>
<caption id="c-teams">_("Caseload teams")</caption>
<thead><tr><th scope="col">_("Number")</th><th scope="col">_("Team")</th><th scope="col">_("Kind")</th><th scope="col">_("Organisation")</th><th scope="col">_("Territory")</th><th scope="col">_("Members")</th></tr></thead>
<tbody>{{#TEAM}}<tr><td>{{TEAM_ID}}</td><th scope="row"><a href="/caseload/teams/{{TEAM_ID}}/figures">{{TEAM_NAME}}</a></th><td>{{TEAM_KIND}}</td><td>{{ORGANISATION}}</td><td>{{TERRITORY}}</td><td>{{MEMBERS}}</td></tr>{{/TEAM}}</tbody>
</table></div>
<h2>_("New team")</h2>
<form method="post" action="/admin/caseload/teams" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="name">_("Name")</label><input type="text" id="name" name="name" value="{{NAME}}" maxlength="120" required></div>
  <div><label for="kind">_("Kind")</label><select id="kind" name="kind">{{#KIND}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND}}</select></div>
  <div><label for="organisation_id">_("Organisation")</label><select id="organisation_id" name="organisation_id">{{#ORGANISATION_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/ORGANISATION_OPTION}}</select></div>
  <button type="submit">_("Create the team")</button>
</form>
