<p class="lead">{{KIND}} — _("kept by: {{KEPT_BY}}")</p>
{{#HAS_DESCRIPTION}}<p>{{DESCRIPTION}}</p>{{/HAS_DESCRIPTION}}
<div class="map" data-geojson="{{GEOJSON_URL}}" data-zones="{{ZONES_URL}}" data-zones-label="_("Zones")" role="region" aria-label="_("Map of the zone over the communes")"></div>
<div class="cards">
<section class="card" aria-labelledby="zone-communes"><h2 id="zone-communes">_("Whole communes")</h2>
{{#NO_COMMUNE}}<p>_("None")</p>{{/NO_COMMUNE}}<ul>{{#COMMUNE}}<li>{{NAME}}</li>{{/COMMUNE}}</ul></section>
<section class="card" aria-labelledby="zone-quarters"><h2 id="zone-quarters">_("Quarters")</h2>
{{#NO_QUARTER}}<p>_("None")</p>{{/NO_QUARTER}}<ul>{{#QUARTER}}<li>{{NAME}}</li>{{/QUARTER}}</ul></section>
</div>
<section aria-labelledby="population">
<h2 id="population">_("Population")</h2>
{{#NO_POPULATION}}<p>_("No population figures are imported yet.")</p>{{/NO_POPULATION}}
{{#POPULATION}}
<p><strong>_("{{COUNT}} inhabitants in {{YEAR}}")</strong> <span class="muted">_("Source: {{SOURCES}}")</span></p>
<dl class="facts">
{{#BAND}}<dt>{{LABEL}}</dt><dd>{{VALUE}}</dd>{{/BAND}}
{{#INDICATOR}}<dt>{{LABEL}}</dt><dd>_("{{VALUE}} %")</dd>{{/INDICATOR}}
</dl>
{{#PARTIAL}}<p class="notice">_("No figures for: {{MISSING}}. The total leaves them out.")</p>{{/PARTIAL}}
<p class="muted">_("Summed over: {{PARTS}}.")</p>
{{/POPULATION}}
</section>
<p><a href="/directory?zone={{SLUG}}">_("Services in this zone")</a> · <a href="/api/hsds/services?zone={{SLUG}}">_("The same in the HSDS API")</a> · <a href="/territory/zones">_("Every zone")</a></p>
{{#MAY_EDIT}}<p><a class="button" href="/territory/zones/{{SLUG}}/edit">_("Edit this zone")</a></p>{{/MAY_EDIT}}
