{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="muted">_("Organisations here hold accounts and roles; their services and sites are described in the directory.")</p>
<div class="table-wrap" role="region" tabindex="0" aria-label="{{TITLE}}"><table>
<thead><tr><th scope="col">_("Organisation")</th><th scope="col">_("Postal code")</th><th scope="col">_("Commune and care area")</th><th scope="col">_("Members")</th></tr></thead>
<tbody>{{#ORGANISATION}}<tr><td>{{NAME}}</td><td>{{POSTAL_CODE}}</td><td>{{PLACE}}</td><td>{{MEMBERS}}</td></tr>{{/ORGANISATION}}</tbody>
</table></div>
<section class="card" aria-labelledby="new-org-title">
<h2 id="new-org-title">_("Add an organisation")</h2>
<form method="post" action="/admin/organisations" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="name">_("Name")</label><input type="text" id="name" name="name" value="{{NAME}}" required maxlength="300"{{#NAME_INVALID}} aria-invalid="true" aria-describedby="name-error"{{/NAME_INVALID}}>
    {{#NAME_INVALID}}<span class="field-error" id="name-error">{{NAME_ERROR}}</span>{{/NAME_INVALID}}</div>
  <div><label for="postal_code">_("Postal code") <span class="hint">_("Determines the commune and the care area.")</span></label><input type="text" id="postal_code" name="postal_code" value="{{POSTAL_CODE}}" inputmode="numeric" maxlength="4"{{#POSTAL_CODE_INVALID}} aria-invalid="true" aria-describedby="pc-error"{{/POSTAL_CODE_INVALID}}>
    {{#POSTAL_CODE_INVALID}}<span class="field-error" id="pc-error">{{POSTAL_CODE_ERROR}}</span>{{/POSTAL_CODE_INVALID}}</div>
  <div><button type="submit">_("Add")</button></div>
</form>
</section>
