<p><a href="/offers/{{OFFER_ID}}">{{TITLE}}</a></p>
<form method="get" action="/offers/{{OFFER_ID}}/sectors" class="filters no-print">
  <div><label for="year">_("Year")</label><input type="number" id="year" name="year" value="{{YEAR}}" min="2000" max="2100" inputmode="numeric"></div>
  <div><button type="submit">_("Show")</button></div>
</form>
<p class="lead">_("In {{YEAR}}: {{PEOPLE}} from {{SECTORS}}.")</p>
<p class="muted">_("Each person is counted once, in the sector of their latest registration, over the sessions of the year they were registered for and not marked absent.")</p>
{{#NONE}}<p>_("No participant in this period.")</p>{{/NONE}}
{{#SOME}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="sectors-caption"><table>
<caption id="sectors-caption">_("Participants by sector")</caption>
<thead><tr><th scope="col">_("Sector")</th><th scope="col">_("Participants")</th></tr></thead>
<tbody>{{#ROW}}<tr><th scope="row">{{SECTOR}}</th><td>{{COUNT}}</td></tr>{{/ROW}}</tbody>
<tfoot><tr><th scope="row">_("Total")</th><td>{{TOTAL}}</td></tr></tfoot>
</table></div>{{/SOME}}
