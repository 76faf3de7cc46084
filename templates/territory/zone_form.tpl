{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="{{ACTION}}" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  {{#CREATING}}<div>
    <label for="slug">_("Code")</label>
    <input id="slug" name="slug" value="{{SLUG}}" required maxlength="40" autocomplete="off" aria-describedby="slug-help{{#SLUG_INVALID}} slug-error{{/SLUG_INVALID}}"{{#SLUG_INVALID}} aria-invalid="true"{{/SLUG_INVALID}}>
    <span class="muted" id="slug-help">_("Lower-case letters, digits and hyphens, such as rezone. It cannot be changed later: links and filters use it.")</span>
    {{#SLUG_INVALID}}<span class="field-error" id="slug-error">{{SLUG_ERROR}}</span>{{/SLUG_INVALID}}
  </div>{{/CREATING}}
  <div>
    <label for="name_fr">_("Name in French")</label>
    <input id="name_fr" name="name_fr" value="{{NAME_FR}}" required maxlength="120"{{#NAME_FR_INVALID}} aria-invalid="true" aria-describedby="name_fr-error"{{/NAME_FR_INVALID}}>
    {{#NAME_FR_INVALID}}<span class="field-error" id="name_fr-error">{{NAME_FR_ERROR}}</span>{{/NAME_FR_INVALID}}
  </div>
  <div>
    <label for="name_nl">_("Name in Dutch (the French name if empty)")</label>
    <input id="name_nl" name="name_nl" value="{{NAME_NL}}" maxlength="120"{{#NAME_NL_INVALID}} aria-invalid="true" aria-describedby="name_nl-error"{{/NAME_NL_INVALID}}>
    {{#NAME_NL_INVALID}}<span class="field-error" id="name_nl-error">{{NAME_NL_ERROR}}</span>{{/NAME_NL_INVALID}}
  </div>
  <div>
    <label for="kind">_("Kind")</label>
    <select id="kind" name="kind"{{#KIND_INVALID}} aria-invalid="true" aria-describedby="kind-error"{{/KIND_INVALID}}>{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
    {{#KIND_INVALID}}<span class="field-error" id="kind-error">{{KIND_ERROR}}</span>{{/KIND_INVALID}}
  </div>
  <div>
    <label for="kept_by">_("Kept by")</label>
    <select id="kept_by" name="kept_by" aria-describedby="kept_by-help{{#KEPT_BY_INVALID}} kept_by-error{{/KEPT_BY_INVALID}}"{{#KEPT_BY_INVALID}} aria-invalid="true"{{/KEPT_BY_INVALID}}>{{#KEEPER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KEEPER_OPTION}}</select>
    <span class="muted" id="kept_by-help">_("The coordinators of this care area may edit the zone, as well as the region's coordinators.")</span>
    {{#KEPT_BY_INVALID}}<span class="field-error" id="kept_by-error">{{KEPT_BY_ERROR}}</span>{{/KEPT_BY_INVALID}}
  </div>
  <div>
    <label for="description">_("Description")</label>
    <textarea id="description" name="description" rows="3" maxlength="2000"{{#DESCRIPTION_INVALID}} aria-invalid="true" aria-describedby="description-error"{{/DESCRIPTION_INVALID}}>{{DESCRIPTION}}</textarea>
    {{#DESCRIPTION_INVALID}}<span class="field-error" id="description-error">{{DESCRIPTION_ERROR}}</span>{{/DESCRIPTION_INVALID}}
  </div>
  <fieldset id="communes"{{#COMMUNES_INVALID}} aria-describedby="communes-error"{{/COMMUNES_INVALID}}>
    <legend>_("Whole communes")</legend>
    {{#COMMUNES_INVALID}}<p class="field-error" id="communes-error">{{COMMUNES_ERROR}}</p>{{/COMMUNES_INVALID}}
    {{#COMMUNE_OPTION}}<div><input type="checkbox" id="commune-{{NIS}}" name="commune" value="{{NIS}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="commune-{{NIS}}">{{NAME}}</label></div>{{/COMMUNE_OPTION}}
  </fieldset>
  <fieldset>
    <legend>_("Quarters")</legend>
    {{#NO_QUARTER_OPTION}}<p>_("No quarter outlines are loaded yet.")</p>{{/NO_QUARTER_OPTION}}
    {{#QUARTER_OPTION}}<div><input type="checkbox" id="quarter-{{CODE}}" name="quarter" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}> <label for="quarter-{{CODE}}">{{NAME}} <span class="muted">{{COMMUNE}}</span></label></div>{{/QUARTER_OPTION}}
  </fieldset>
  <div><button type="submit">_("Save the zone")</button></div>
</form>
{{#EDITING}}<form method="post" action="/territory/zones/{{SLUG}}/delete" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p>_("Deleting the zone takes it out of the filters; services and figures stay as they are.")</p>
  <div><button type="submit" class="danger">_("Delete this zone")</button></div>
</form>{{/EDITING}}
