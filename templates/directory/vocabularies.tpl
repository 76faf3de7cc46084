{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="lead">_("The themes, target publics and access conditions that describe the services, with their labels in French, Dutch and English. A missing Dutch or English label shows the French one. Renaming a term renames it on every service that carries it; its code, used by imports and exports, stays.")</p>
<p><a href="/admin/sectors">_("The professionals' sectors of the registrations, the helpdesk and the caseload.")</a></p>
{{#VOCABULARY}}
<section aria-labelledby="voc-{{CODE}}">
<h2 id="voc-{{CODE}}">{{NAME}} <span class="badge">{{COUNT}}</span></h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="voc-{{CODE}}"><table>
<thead><tr><th scope="col">_("Code")</th><th scope="col">_("French")</th><th scope="col">_("Dutch")</th><th scope="col">_("English")</th><th scope="col">_("Services")</th><th scope="col"><span class="visually-hidden">_("Save")</span></th></tr></thead>
<tbody>
{{#TERM}}<tr id="term-{{ID}}">
  <th scope="row"><code>{{TERM_CODE}}</code>{{#INVALID}} <span class="field-error" id="term-{{ID}}-error">{{ERROR}}</span>{{/INVALID}}</th>
  <td><input type="text" id="term-{{ID}}-fr" name="fr" form="t-{{ID}}" value="{{FR}}" maxlength="120" required aria-label="_("French label of {{TERM_CODE}}")"{{#INVALID}} aria-invalid="true" aria-describedby="term-{{ID}}-error"{{/INVALID}}></td>
  <td><input type="text" id="term-{{ID}}-nl" name="nl" form="t-{{ID}}" value="{{NL}}" maxlength="120" aria-label="_("Dutch label of {{TERM_CODE}}")"{{#INVALID}} aria-describedby="term-{{ID}}-error"{{/INVALID}}></td>
  <td><input type="text" id="term-{{ID}}-en" name="en" form="t-{{ID}}" value="{{EN}}" maxlength="120" aria-label="_("English label of {{TERM_CODE}}")"{{#INVALID}} aria-describedby="term-{{ID}}-error"{{/INVALID}}></td>
  <td>{{SERVICES}}</td>
  <td><form method="post" action="/admin/vocabularies/terms/{{ID}}" id="t-{{ID}}"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit">_("Save")</button></form></td>
</tr>{{/TERM}}
</tbody></table></div>
</section>
{{/VOCABULARY}}
<section aria-labelledby="new-term">
<h2 id="new-term">_("Add a term")</h2>
<form method="post" action="/admin/vocabularies/terms" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div>
    <label for="taxonomy">_("Vocabulary")</label>
    <select id="taxonomy" name="taxonomy">{{#TAXONOMY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/TAXONOMY_OPTION}}</select>
  </div>
  <div>
    <label for="fr">_("French label")</label>
    {{#FR_INVALID}}<span class="field-error" id="fr-error">{{FR_ERROR}}</span>{{/FR_INVALID}}
    <input type="text" id="fr" name="fr" value="{{NEW_FR}}" maxlength="120" required{{#FR_INVALID}} aria-invalid="true" aria-describedby="fr-error"{{/FR_INVALID}}>
  </div>
  <div><label for="nl">_("Dutch label")</label><input type="text" id="nl" name="nl" value="{{NEW_NL}}" maxlength="120"></div>
  <div><label for="en">_("English label")</label><input type="text" id="en" name="en" value="{{NEW_EN}}" maxlength="120"></div>
  <div><button type="submit">_("Add the term")</button></div>
</form>
</section>
