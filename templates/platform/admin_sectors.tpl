{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="lead">_("The sectors people choose when they register for an offer, and that the helpdesk and the caseload record for a requester, with their labels in French, Dutch and English. A missing Dutch or English label shows the French one. Forms and tables list them by position. A retired sector is no longer offered in forms; the records that name it keep showing and counting it. A sector is never deleted.")</p>
<p><a href="/admin/vocabularies">_("The directory's themes, target publics and access conditions are other lists: see the vocabularies.")</a></p>
<section aria-labelledby="sectors-title">
<h2 id="sectors-title">_("Sectors") <span class="badge">{{COUNT}}</span></h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="sectors-title"><table>
<thead><tr><th scope="col">_("Code")</th><th scope="col">_("French")</th><th scope="col">_("Dutch")</th><th scope="col">_("English")</th><th scope="col">_("Position")</th><th scope="col">_("Records")</th><th scope="col">_("Status")</th><th scope="col"><span class="visually-hidden">_("Actions")</span></th></tr></thead>
<tbody>
{{#SECTOR}}<tr id="sector-{{CODE}}">
  <th scope="row"><code>{{CODE}}</code>{{#INVALID}} <span class="field-error" id="sector-{{CODE}}-error">{{ERROR}}</span>{{/INVALID}}</th>
  <td><input type="text" id="sector-{{CODE}}-fr" name="fr" form="s-{{CODE}}" value="{{FR}}" maxlength="120" required aria-label="_("French label of {{CODE}}")"{{#INVALID}} aria-invalid="true" aria-describedby="sector-{{CODE}}-error"{{/INVALID}}></td>
  <td><input type="text" id="sector-{{CODE}}-nl" name="nl" form="s-{{CODE}}" value="{{NL}}" maxlength="120" aria-label="_("Dutch label of {{CODE}}")"></td>
  <td><input type="text" id="sector-{{CODE}}-en" name="en" form="s-{{CODE}}" value="{{EN}}" maxlength="120" aria-label="_("English label of {{CODE}}")"></td>
  <td><input type="number" id="sector-{{CODE}}-position" name="position" form="s-{{CODE}}" value="{{POSITION}}" min="0" max="100000" inputmode="numeric" aria-label="_("Position of {{CODE}}")"></td>
  <td>{{RECORDS}}</td>
  <td>{{#OFFERED}}_("Offered"){{/OFFERED}}{{#RETIRED}}<span class="badge">_("Retired")</span>{{/RETIRED}}</td>
  <td><form method="post" action="/admin/sectors/{{CODE}}" id="s-{{CODE}}"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit">_("Save")</button></form>
  <form method="post" action="/admin/sectors/{{CODE}}/retire"><input type="hidden" name="_csrf" value="{{CSRF}}">{{#OFFERED}}<input type="hidden" name="retired" value="1"><button type="submit" class="secondary">_("Retire")</button>{{/OFFERED}}{{#RETIRED}}<input type="hidden" name="retired" value="0"><button type="submit" class="secondary">_("Offer again")</button>{{/RETIRED}}</form></td>
</tr>{{/SECTOR}}
</tbody></table></div>
</section>
<section aria-labelledby="new-sector">
<h2 id="new-sector">_("Add a sector")</h2>
<form method="post" action="/admin/sectors" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div>
    <label for="code">_("Code")</label>
    <p class="hint" id="code-hint">_("Stored by the records and never changed: lower-case letters, digits and underscores, such as early_childhood.")</p>
    {{#CODE_INVALID}}<span class="field-error" id="code-error">{{CODE_ERROR}}</span>{{/CODE_INVALID}}
    <input type="text" id="code" name="code" value="{{NEW_CODE}}" maxlength="40" required pattern="[a-z][a-z0-9_]{1,39}" aria-describedby="code-hint{{#CODE_INVALID}} code-error{{/CODE_INVALID}}"{{#CODE_INVALID}} aria-invalid="true"{{/CODE_INVALID}}>
  </div>
  <div><label for="new-fr">_("French label")</label><input type="text" id="new-fr" name="fr" value="{{NEW_FR}}" maxlength="120" required></div>
  <div><label for="new-nl">_("Dutch label")</label><input type="text" id="new-nl" name="nl" value="{{NEW_NL}}" maxlength="120"></div>
  <div><label for="new-en">_("English label")</label><input type="text" id="new-en" name="en" value="{{NEW_EN}}" maxlength="120"></div>
  <div><label for="new-position">_("Position (empty: before “Other sector”)")</label><input type="number" id="new-position" name="position" value="{{NEW_POSITION}}" min="0" max="100000" inputmode="numeric"></div>
  <div><button type="submit">_("Add the sector")</button></div>
</form>
</section>
