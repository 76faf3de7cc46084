<p class="lead">_("A zone is a set of communes and quarters that cuts across the care areas: a network's area, a mobile team's zone, a pilot's perimeter. The directory's search and its API filter by zone as by care area.")</p>
{{#MAY_CREATE}}<p><a class="button" href="/territory/zones/new">_("New zone")</a></p>{{/MAY_CREATE}}
<div class="map" data-geojson="{{GEOJSON_URL}}" data-zones="{{ZONES_URL}}" data-zones-label="_("Zones")" role="region" aria-label="_("Map of the zones over the communes")"></div>
{{#NO_ZONES}}<p>_("No zone is defined yet.")</p>{{/NO_ZONES}}
{{#HAS_ZONES}}<div class="table-wrap" role="region" tabindex="0" aria-label="{{TITLE}}"><table>
<thead><tr><th scope="col">_("Zone")</th><th scope="col">_("Kind")</th><th scope="col">_("Whole communes")</th><th scope="col">_("Quarters")</th><th scope="col">_("Kept by")</th></tr></thead>
<tbody>
{{#ZONE}}<tr><th scope="row"><a href="/territory/zones/{{SLUG}}">{{NAME}}</a></th><td>{{KIND}}</td><td>{{COMMUNES}}</td><td>{{QUARTERS}}</td><td>{{KEPT_BY}}</td></tr>{{/ZONE}}
</tbody></table></div>{{/HAS_ZONES}}
<p><a href="/territory">_("The care areas")</a></p>
