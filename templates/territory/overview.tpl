<p class="lead">_("The Brussels-Capital Region is organised in five care areas (bassins d'aide et de soins). Each groups communes, or parts of Bruxelles-Ville, around a coordination team.")</p>
<div class="map" data-geojson="{{GEOJSON_URL}}" data-quarters="{{QUARTERS_URL}}" data-quarters-label="_("Quarters")" data-zones="{{ZONES_URL}}" data-zones-label="_("Zones")" role="region" aria-label="_("Map of the communes coloured by care area")"></div>
<ul class="legend">{{#LEGEND}}<li><span class="swatch {{SLUG}}" aria-hidden="true"></span>{{NAME}}</li>{{/LEGEND}}<li>_("Dashed outline: commune shared between care areas")</li></ul>
<p><a href="/territory/zones">_("Zones across the care areas: networks' areas, mobile teams' zones")</a></p>
<div class="cards">
{{#BASSIN}}
<section class="card" aria-labelledby="bassin-{{SLUG}}">
  <h2 id="bassin-{{SLUG}}"><span class="swatch {{SLUG}}" aria-hidden="true"></span><a href="/territory/bassins/{{SLUG}}">{{NAME}}</a></h2>
  <ul>{{#COMMUNE}}<li><strong>{{NAME}}</strong> — {{CODES}}</li>{{/COMMUNE}}</ul>
</section>
{{/BASSIN}}
</div>
