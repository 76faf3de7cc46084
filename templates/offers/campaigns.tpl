<p>_("One open-door week per care area each year; the weeks of two care areas never overlap.")</p>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="page-title"><table>
<thead><tr><th scope="col">_("Campaign")</th><th scope="col">_("Care area")</th><th scope="col">_("Week of")</th><th scope="col">_("Status")</th></tr></thead>
<tbody>{{#CAMPAIGN}}<tr><td><a href="/offers/campaigns/{{CAMPAIGN_ID}}">{{NAME}}</a></td><td>{{BASSIN}}</td><td>{{WEEK}}</td><td>{{#IS_PUBLISHED}}_("Programme published"){{/IS_PUBLISHED}}{{#IS_PREPARING}}_("In preparation"){{/IS_PREPARING}}</td></tr>{{/CAMPAIGN}}</tbody>
</table></div>
<section class="card" aria-labelledby="new-campaign-title">
<h2 id="new-campaign-title">_("Create a campaign")</h2>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/offers/campaigns" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="bassin">_("Care area")</label><select id="bassin" name="bassin">{{#BASSIN_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/BASSIN_OPTION}}</select></div>
  <div><label for="name">_("Name")</label><input type="text" id="name" name="name" value="{{NAME}}" maxlength="200" required{{#NAME_INVALID}} aria-invalid="true"{{/NAME_INVALID}}></div>
  <div><label for="week_start">_("First day of the week")</label><input type="date" id="week_start" name="week_start" value="{{WEEK_START}}" required{{#WEEK_START_INVALID}} aria-invalid="true"{{/WEEK_START_INVALID}}></div>
  <div><label for="slots_deadline">_("Deadline for organisations to open slots")</label><input type="date" id="slots_deadline" name="slots_deadline" value="{{SLOTS_DEADLINE}}" required></div>
  <div><label for="registration_opens">_("Registrations open on")</label><input type="date" id="registration_opens" name="registration_opens" value="{{REGISTRATION_OPENS}}" required></div>
  <div><button type="submit">_("Create the campaign")</button></div>
</form>
</section>
