<p class="lead">_("The requests of information sessions at the teams' premises (Brus'Info), by care area and theme.")</p>
<p class="no-print"><a href="/agenda/requests?year={{PREVIOUS_YEAR}}">{{PREVIOUS_YEAR}}</a> · <strong>{{YEAR}}</strong> · <a href="/agenda/requests?year={{NEXT_YEAR}}">{{NEXT_YEAR}}</a> · <a href="/agenda/ask">_("The request form")</a></p>
<h2 id="by-bassin">_("Requests received in {{YEAR}}, by care area")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="by-bassin"><table>
<thead><tr><th scope="col">_("Received by")</th><th scope="col">_("Requests")</th></tr></thead>
<tbody>{{#BASSIN_ROW}}<tr><th scope="row">{{LABEL}}</th><td>{{COUNT}}</td></tr>{{/BASSIN_ROW}}</tbody>
<tfoot><tr><th scope="row">_("Total")</th><td>{{TOTAL}}</td></tr></tfoot>
</table></div>
<h2 id="by-theme">_("By theme")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="by-theme"><table>
<thead><tr><th scope="col">_("Theme")</th><th scope="col">_("Requests")</th></tr></thead>
<tbody>{{#THEME_ROW}}<tr><th scope="row">{{LABEL}}</th><td>{{COUNT}}</td></tr>{{/THEME_ROW}}</tbody>
</table></div>
<h2 id="list">_("Requests to handle")</h2>
{{#NO_REQUEST}}<p>_("No request for your care area.")</p>{{/NO_REQUEST}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="list"><table>
<thead><tr><th scope="col">_("Organisation")</th><th scope="col">_("Theme")</th><th scope="col">_("Care area")</th><th scope="col">_("Received")</th><th scope="col">_("Status")</th></tr></thead>
<tbody>{{#REQUEST}}<tr><td><a href="/agenda/requests/{{ID}}">{{ORGANISATION}}</a></td><td>{{THEME}}</td><td>{{BASSIN}}</td><td>{{RECEIVED}}</td><td>{{STATUS}}</td></tr>{{/REQUEST}}</tbody>
</table></div>
