{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="meta"><a href="/caseload/teams/{{TEAM_ID}}">{{TEAM_NAME}}</a>{{#FROM_REQUEST}} · <a href="/caseload/requests/{{REQUEST_ID}}">_("The request")</a>{{/FROM_REQUEST}}</p>
<dl class="facts">
<dt>_("Code of the person")</dt><dd>{{CODE}} {{AGE_BAND}} {{GENDER}}</dd>
<dt>_("Followed")</dt><dd>_("since {{STARTED}}"){{#HAS_ENDED}} · _("until {{ENDED}}"){{/HAS_ENDED}}</dd>
<dt>_("Worker of reference")</dt><dd>{{WORKER}}</dd>
<dt>_("Last contact")</dt><dd>{{#HAS_LAST}}{{LAST_CONTACT}}{{/HAS_LAST}}{{#NO_NEWS}} <span class="badge warning">_("No news")</span>{{/NO_NEWS}}</dd>
</dl>
{{#PURGED}}<p class="muted">_("The notes were removed after the retention period; the coded fields stay for the figures.")</p>{{/PURGED}}
{{#OPEN}}<p><a class="button" href="/caseload/teams/{{TEAM_ID}}/contacts/new?episode={{ID}}">_("Log a contact")</a> <a href="/caseload/people/{{ID}}/scores/new">_("New score")</a></p>{{/OPEN}}
<section aria-labelledby="h-profile"><h2 id="h-profile">_("Profile")</h2>
<form method="post" action="/caseload/people/{{ID}}/profiles" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset><legend>_("Profile")</legend>{{#PROFILE}}<label><input type="checkbox" name="profile" value="{{CODE}}"{{#SELECTED}} checked{{/SELECTED}}> {{LABEL}}</label> {{/PROFILE}}</fieldset>
  <button type="submit" class="secondary">_("Save the profile")</button>
</form></section>
<section aria-labelledby="h-network"><h2 id="h-network">_("Network around the person")</h2>
{{#NO_NETWORK}}<p class="muted">_("No organisation in the network yet.")</p>{{/NO_NETWORK}}
<ul>{{#NETWORK}}<li>{{ORGANISATION}} · {{ROLE}} <form method="post" action="/caseload/people/{{ID}}/network/{{NETWORK_ID}}/delete" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="link-button">_("Remove")</button></form></li>{{/NETWORK}}</ul>
{{#OPEN}}<form method="post" action="/caseload/people/{{ID}}/network" class="row">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="organisation_id">_("Organisation")</label><select id="organisation_id" name="organisation_id">{{#ORGANISATION_OPTION}}<option value="{{ORG_ID}}">{{NAME}}</option>{{/ORGANISATION_OPTION}}</select></div>
  <div><label for="role">_("Role")</label><select id="role" name="role">{{#ROLE_OPTION}}<option value="{{CODE}}">{{LABEL}}</option>{{/ROLE_OPTION}}</select></div>
  <button type="submit" class="secondary">_("Add")</button>
</form>{{/OPEN}}
</section>
<section aria-labelledby="h-scores"><h2 id="h-scores">_("Functioning scores")</h2>
<p class="muted">_("The values are not shown here: a re-score is typed without the earlier ones in view. The team's figures compare them.")</p>
{{#NO_SCORE}}<p class="muted">_("No score yet.")</p>{{/NO_SCORE}}
<ul>{{#SCORE}}<li>{{RATED}} · {{INSTRUMENT}}{{#IS_ENTRY}} · _("entry score"){{/IS_ENTRY}} · {{RATER}}</li>{{/SCORE}}</ul>
</section>
<section aria-labelledby="h-contacts"><h2 id="h-contacts">_("Contacts")</h2>
{{#NO_CONTACT}}<p class="muted">_("No contact yet.")</p>{{/NO_CONTACT}}
<ul class="contacts">{{#CONTACT}}<li>{{WHEN}} · {{TYPE}} · _("{{MINUTES}} min"){{#PAIR}} · _("in pair"){{/PAIR}}{{#IS_MISSED}} · <span class="badge warning">{{MISSED}}</span>{{/IS_MISSED}} · {{REASONS}}{{#HAS_NOTE}}<br>{{NOTE}}{{/HAS_NOTE}}</li>{{/CONTACT}}</ul>
</section>
{{#OPEN}}<section aria-labelledby="h-end"><h2 id="h-end">_("End of the follow-up")</h2>
<form method="post" action="/caseload/people/{{ID}}/end" class="row">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="ended_date">_("Date")</label><input type="date" id="ended_date" name="ended_date" value="{{TODAY}}"></div>
  <button type="submit" class="secondary">_("End the follow-up")</button>
</form></section>{{/OPEN}}
<section aria-labelledby="h-access"><h2 id="h-access">_("Who read this record")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="c-access"><table>
<caption id="c-access">_("Who read this record")</caption>
<thead><tr><th scope="col">_("When")</th><th scope="col">_("Who")</th><th scope="col">_("Action")</th></tr></thead>
<tbody>{{#ACCESS}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td><code>{{ACTION}}</code></td></tr>{{/ACCESS}}</tbody>
</table></div></section>
