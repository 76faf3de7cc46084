<p>_("The organisations of the care areas you coordinate, with their members. An organisation without a coordinator cannot invite its staff.")</p>
{{#BASSIN}}
<section aria-label="{{NAME}}">
<h2>{{NAME}} <span class="badge">{{COUNT}}</span></h2>
{{#EMPTY}}<p class="muted">_("No organisation registered in this care area yet.")</p>{{/EMPTY}}
<div class="table-wrap" role="region" tabindex="0" aria-label="{{NAME}}"><table>
<thead><tr><th scope="col">_("Organisation")</th><th scope="col">_("Postal code")</th><th scope="col">_("Coordination")</th><th scope="col">_("Members")</th></tr></thead>
<tbody>{{#ORGANISATION}}<tr><td>{{NAME}}{{#NO_COORDINATOR}} <span class="badge off">_("no coordinator")</span>{{/NO_COORDINATOR}}</td><td>{{POSTAL_CODE}}</td><td>{{COORDINATORS}}</td><td>{{MEMBERS}}</td></tr>{{/ORGANISATION}}</tbody>
</table></div>
</section>
{{/BASSIN}}
