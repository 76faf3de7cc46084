<p>{{BASSIN}} · _("Week of {{WEEK}}") · _("Slots until {{DEADLINE}}") · _("Registrations from {{OPENS}}")</p>
<p>{{#IS_PUBLISHED}}<a href="/offers/open-door/{{CAMPAIGN_ID}}">_("The published programme")</a>{{/IS_PUBLISHED}}{{#IS_PREPARING}}_("In preparation"){{/IS_PREPARING}}</p>
{{#COORDINATOR}}{{#IS_PREPARING}}<form method="post" action="/offers/campaigns/{{CAMPAIGN_ID}}/publish"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit">_("Publish the programme of validated slots")</button></form>{{/IS_PREPARING}}{{/COORDINATOR}}
<h2 id="slots-title">_("Slots")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="slots-title"><table>
<thead><tr><th scope="col">_("Date")</th><th scope="col">_("Organisation")</th><th scope="col">_("Place")</th><th scope="col">_("Seats")</th><th scope="col">_("Status")</th></tr></thead>
<tbody>{{#SLOT}}<tr><td>{{DATE}}, {{START}}–{{END}}</td><td>{{HOST}}</td><td>{{PLACE}} {{THEME}}</td><td>{{CAPACITY}}</td><td>{{STATE}}{{#CAN_VALIDATE}} <form method="post" action="/offers/sessions/{{SESSION_ID}}/validate" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit">_("Validate")</button></form>{{/CAN_VALIDATE}}</td></tr>{{/SLOT}}</tbody>
</table></div>
{{#CAN_OPEN_SLOT}}
<section class="card" aria-labelledby="slot-title">
<h2 id="slot-title">_("Open a slot of 1h30")</h2>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/offers/campaigns/{{CAMPAIGN_ID}}/slots" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="organisation_id">_("Organisation")</label><select id="organisation_id" name="organisation_id">{{#ORG_OPTION}}<option value="{{ID}}">{{NAME}}</option>{{/ORG_OPTION}}</select></div>
  <div><label for="date">_("Day")</label><select id="date" name="date">{{#DAY_OPTION}}<option value="{{VALUE}}">{{LABEL}}</option>{{/DAY_OPTION}}</select></div>
  <div><label for="start">_("Start")</label><select id="start" name="start">{{#TIME_OPTION}}<option>{{VALUE}}</option>{{/TIME_OPTION}}</select></div>
  <div><label for="format">_("Format of the visit")</label><select id="format" name="format"><option value="visit">_("Guided visit")</option><option value="presentation">_("Presentation and questions")</option><option value="meeting">_("Meeting the team")</option></select></div>
  <div><label for="capacity">_("Seats")</label><input type="number" id="capacity" name="capacity" value="12" min="{{MIN_SEATS}}" max="{{MAX_SEATS}}"></div>
  <div><label for="place">_("Address")</label><input type="text" id="place" name="place" maxlength="300" required></div>
  <div><label for="postal_code">_("Postal code")</label><input type="text" id="postal_code" name="postal_code" maxlength="4" inputmode="numeric" required></div>
  <div><label for="theme">_("Theme")</label><input type="text" id="theme" name="theme" maxlength="200"></div>
  <fieldset><legend>_("Point on the map (optional)")</legend>
    <p class="hint" id="point-hint">_("Found by itself when the place is the directory address of the host or an organiser. Otherwise, to count the session in its quarter, give the point's latitude and longitude, such as 50.8280 and 4.3620.")</p>
    <div><label for="latitude">_("Latitude")</label><input type="text" id="latitude" name="latitude" maxlength="20" inputmode="decimal" aria-describedby="point-hint"></div>
    <div><label for="longitude">_("Longitude")</label><input type="text" id="longitude" name="longitude" maxlength="20" inputmode="decimal" aria-describedby="point-hint"></div>
  </fieldset>
  <div><button type="submit">_("Propose the slot")</button></div>
</form>
</section>
{{/CAN_OPEN_SLOT}}
