{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="lead">_("A search for one word or phrase of a group also finds the others: acronyms, the same service in French, Dutch and English, everyday names. Accents, capitals and plurals do not matter. The next search uses your change, on every server.")</p>
<section aria-labelledby="new-group">
<h2 id="new-group">_("Add a group")</h2>
<form method="post" action="/directory/synonyms" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div>
    <label for="terms-new">_("Words or phrases that mean the same, one per line")</label>
    {{#NEW_INVALID}}<span class="field-error" id="terms-new-error">{{NEW_ERROR}}</span>{{/NEW_INVALID}}
    <textarea id="terms-new" name="terms" rows="4" maxlength="3000"{{#NEW_INVALID}} aria-invalid="true" aria-describedby="terms-new-error"{{/NEW_INVALID}}>{{NEW_TERMS:pre_escape}}</textarea>
  </div>
  <div><button type="submit">_("Add the group")</button></div>
</form>
</section>
<section aria-labelledby="groups">
<h2 id="groups">_("Groups of the table") <span class="badge">{{COUNT}}</span></h2>
{{#NONE}}<p>_("The table is empty: searches only find the words as they are typed.")</p>{{/NONE}}
<ol class="synonym-groups">
{{#GROUP}}<li id="group-{{ID}}">
  <form method="post" action="/directory/synonyms/{{ID}}" class="stack">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <label for="terms-{{ID}}">_("Group {{NUMBER}}: {{SUMMARY}}")</label>
    {{#INVALID}}<span class="field-error" id="terms-{{ID}}-error">{{ERROR}}</span>{{/INVALID}}
    <textarea id="terms-{{ID}}" name="terms" rows="{{ROWS}}" maxlength="3000"{{#INVALID}} aria-invalid="true" aria-describedby="terms-{{ID}}-error"{{/INVALID}}>{{TERMS:pre_escape}}</textarea>
    {{#UPDATED}}<span class="muted">_("Changed on {{DATE}} by {{BY}}")</span>{{/UPDATED}}
    <div><button type="submit">_("Save")</button> <button type="submit" class="secondary" formaction="/directory/synonyms/{{ID}}/delete">_("Delete the group")</button></div>
  </form>
</li>{{/GROUP}}
</ol>
</section>
