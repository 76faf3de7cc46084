<p>_("Each postal code belongs to one commune and one care area. Correct the mapping here when the care areas change; every later figure follows it.")</p>
<div class="table-wrap" role="region" tabindex="0" aria-label="{{TITLE}}"><table>
<thead><tr><th scope="col">_("Postal code")</th><th scope="col">_("Commune")</th><th scope="col">_("Care area")</th><th scope="col"><span class="visually-hidden">_("Save")</span></th></tr></thead>
<tbody>
{{#CODE}}<tr id="code-{{CODE}}">
  <th scope="row">{{CODE}} <span class="muted">{{LABEL}}</span></th>
  <td><select name="commune" form="f-{{CODE}}" aria-label="_("Commune")">{{#COMMUNE_OPTION}}<option value="{{NIS}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/COMMUNE_OPTION}}</select></td>
  <td><select name="bassin" form="f-{{CODE}}" aria-label="_("Care area")">{{#BASSIN_OPTION}}<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/BASSIN_OPTION}}</select></td>
  <td><form method="post" action="/admin/territory/postal-codes/{{CODE}}" id="f-{{CODE}}"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit">_("Save")</button></form></td>
</tr>{{/CODE}}
</tbody></table></div>
