<p class="lead">_("The communes and quarters of this care area, the zones that touch it, and the population it answers for.")</p>
<div class="map" data-geojson="{{GEOJSON_URL}}" data-quarters="{{QUARTERS_URL}}" data-quarters-label="_("Quarters")" data-zones="{{ZONES_URL}}" data-zones-label="_("Zones")" role="region" aria-label="_("Map of the care area's quarters and of the zones that touch it")"></div>
<h2>_("Communes")</h2>
<ul>{{#COMMUNE}}<li><strong>{{NAME}}</strong> — {{CODES}}{{#SHARED}} <span class="muted">_("(shared with another care area)")</span>{{/SHARED}}</li>{{/COMMUNE}}</ul>
<h2>_("Quarters")</h2>
{{#NO_QUARTERS}}<p>_("No quarter outlines are loaded for this care area.")</p>{{/NO_QUARTERS}}
{{#HAS_QUARTERS}}<div class="table-wrap" role="region" tabindex="0" aria-label="_("Quarters")"><table>
<thead><tr><th scope="col">_("Quarter")</th><th scope="col">_("Commune")</th><th scope="col">_("Population")</th></tr></thead>
<tbody>{{#QUARTER}}<tr><th scope="row">{{NAME}} <span class="muted">{{CODE}}</span></th><td>{{COMMUNE}}</td><td>{{POPULATION}}</td></tr>{{/QUARTER}}</tbody>
</table></div>{{/HAS_QUARTERS}}
<h2>_("Zones that touch it")</h2>
{{#NO_ZONES}}<p>_("No zone touches this care area.")</p>{{/NO_ZONES}}
{{#HAS_ZONES}}<ul>{{#ZONE}}<li><a href="/territory/zones/{{SLUG}}">{{NAME}}</a> <span class="muted">{{KIND}}</span></li>{{/ZONE}}</ul>{{/HAS_ZONES}}
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
<p><a href="/directory?bassin={{SLUG}}">_("Services in this care area")</a> · <a href="/territory">_("The care areas")</a> · <a href="/territory/zones">_("Zones")</a></p>
