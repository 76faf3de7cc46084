{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p>_("Write in Markdown: a blank line between paragraphs, # for a heading, - for a list, [text](https://...) for a link. HTML is not shown. Never write the name of a person helped.")</p>
<form method="post" action="{{ACTION}}" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  {{#IS_NEW}}<div><label for="slug">_("Address of the page")</label>
    <input id="slug" name="slug" value="{{SLUG}}" maxlength="60" pattern="[a-z0-9-]+" aria-describedby="slug-hint"{{#SLUG_INVALID}} aria-invalid="true"{{/SLUG_INVALID}}>
    <span class="hint" id="slug-hint">_("Lower-case letters, digits and hyphens; made from the title when left empty. It does not change later, so that links stay.")</span>
    {{#SLUG_INVALID}}<span class="field-error" id="slug-error">{{SLUG_ERROR}}</span>{{/SLUG_INVALID}}</div>{{/IS_NEW}}
  <div><label for="line_id">_("For")</label><select id="line_id" name="line_id">{{#LINE_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LINE_OPTION}}</select></div>
  {{#TITLE_FR_INVALID}}<span class="field-error" id="title_fr-error">{{TITLE_FR_ERROR}}</span>{{/TITLE_FR_INVALID}}
  {{#LANGUAGE_TEXT}}<fieldset lang="{{CODE}}">
    <legend>{{LANGUAGE}}</legend>
    <div><label for="title_{{CODE}}">_("Title")</label><input id="title_{{CODE}}" name="title_{{CODE}}" value="{{TITLE_VALUE}}" maxlength="200"></div>
    <div><label for="body_{{CODE}}">_("Text")</label><textarea id="body_{{CODE}}" name="body_{{CODE}}" rows="14">{{BODY_VALUE:pre_escape}}</textarea></div>
  </fieldset>{{/LANGUAGE_TEXT}}
  <div><button type="submit">_("Save the page")</button> <a href="{{CANCEL}}">_("Cancel")</a></div>
</form>
