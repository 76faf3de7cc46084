<p class="lead">_("Every meeting, session, visit and permanence the parts record, and the activities entered by hand, for a year. Attach one to an action of a plan and it joins that action's meetings table.")</p>
{{#LOCKED}}<p class="notice">_("A report of this year is published: attaching an activity to a plan of a published report is a correction, and the report is published again at once as a new version that lists what changed.")</p>{{/LOCKED}}
<p><a href="/observatory/activities/new" class="button">_("Enter an activity outside Maillage")</a></p>
<form method="get" action="/observatory/activities" class="filters" aria-label="_("Choose the year, the territory and the kind")">
  <div><label for="year">_("Year")</label><input type="number" id="year" name="year" value="{{YEAR}}" min="2000" max="2100"></div>
  <div><label for="territory">_("Territory")</label><select id="territory" name="territory"><option value="">_("Every territory")</option>{{#TERRITORY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TERRITORY_OPTION}}</select></div>
  {{#HAS_ZONES}}<div><label for="zone">_("Zone")</label><select id="zone" name="zone"><option value="">_("Every zone")</option>{{#ZONE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ZONE_OPTION}}</select></div>{{/HAS_ZONES}}
  <div><label for="kind">_("Kind")</label><select id="kind" name="kind"><option value="">_("Every kind")</option>{{#KIND_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select></div>
  <div><button type="submit">_("Show")</button></div>
</form>
<p role="status">_("{{COUNT}} activities, {{PARTICIPANTS}} participants, {{STAFF}} staff hours.")</p>
{{#ZONE_NOTE}}<p class="hint">_("In a zone: the activities whose commune or quarter is known and in the zone (an activity entered by hand is known by its bassin only).")</p>{{/ZONE_NOTE}}
{{#TRUNCATED}}<p class="notice">_("The first {{LISTED}} are listed: choose a territory or a kind to see the others.")</p>{{/TRUNCATED}}
{{#NONE}}<p class="muted">_("Nothing in this period.")</p>{{/NONE}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="activities-caption"><table>
<caption id="activities-caption">_("Activities of {{YEAR}}")</caption>
<thead><tr><th scope="col">_("Date")</th><th scope="col">_("Activity")</th><th scope="col">_("Territory")</th><th scope="col">_("Place")</th><th scope="col">_("Participants")</th><th scope="col">_("Duration (hours)")</th><th scope="col">_("Staff hours")</th><th scope="col">_("Action")</th></tr></thead>
<tbody>{{#ACTIVITY}}<tr><td>{{DATE}}</td><th scope="row">{{#HAS_URL}}<a href="{{URL}}">{{TITLE}}</a>{{/HAS_URL}}{{#NO_URL}}{{TITLE}}{{/NO_URL}} <span class="muted">({{KIND}})</span></th><td>{{TERRITORY}}</td><td>{{PLACE}}</td><td>{{PARTICIPANTS}}</td><td>{{DURATION}}</td><td>{{STAFF}}</td>
<td>{{#LINKED}}<a href="/observatory/actions/{{ACTION_ID}}/meetings">{{ACTION}}</a><br>{{/LINKED}}
{{#ATTACH}}<form method="post" action="/observatory/activities/link" class="inline no-print"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="source" value="{{SOURCE}}"><input type="hidden" name="ref" value="{{REF}}"><input type="hidden" name="back" value="{{PATH}}?year={{YEAR}}">
<label class="visually-hidden" for="action-{{SOURCE}}-{{REF}}">_("Attach to the action")</label><select id="action-{{SOURCE}}-{{REF}}" name="action">{{#ACTION_OPTION}}<option value="{{ID}}">{{LABEL}}</option>{{/ACTION_OPTION}}</select> {{#LOCKED}}<label class="visually-hidden" for="correction-{{N}}">_("Correction: what you change and why")</label><input id="correction-{{N}}" name="correction" maxlength="300" placeholder="_("Correction (published year)")">{{/LOCKED}} <button type="submit" class="secondary">_("Attach")</button></form>{{/ATTACH}}</td></tr>{{/ACTIVITY}}</tbody>
</table></div>
