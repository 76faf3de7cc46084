<p><a href="/concertation">_("Back to the concertations")</a></p>
<p class="lead">_("Administrators create and manage the groups; they are not members and read no situation.")</p>
<section aria-labelledby="groups-title">
<h2 id="groups-title">_("Groups")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="groups-title"><table>
<thead><tr><th scope="col">_("Group")</th><th scope="col">_("Kind")</th><th scope="col">_("Territory")</th><th scope="col">_("Members")</th><th scope="col">_("Charter version")</th></tr></thead>
<tbody>{{#GROUP}}<tr><td><a href="/concertation/groups/{{ID}}">{{NAME}}</a></td><td>{{KIND}}</td><td>{{TERRITORY}}</td><td>{{MEMBERS}}</td><td>{{VERSION}}</td></tr>{{/GROUP}}</tbody>
</table></div>
</section>
<section aria-labelledby="create-title">
<h2 id="create-title">_("Create a group")</h2>
<form method="post" action="/admin/concertation" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
{{>GROUP_FORM}}
  <div><button type="submit">_("Create the group")</button></div>
</form>
</section>
