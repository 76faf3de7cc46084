{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="{{ACTION}}" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  {{#WITH_TYPE}}<div><label for="offer_type">_("For which offers")</label><select id="offer_type" name="offer_type"{{#OFFER_TYPE_INVALID}} aria-invalid="true"{{/OFFER_TYPE_INVALID}}><option value="">_("Every offer")</option>{{#TYPE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE_OPTION}}</select>
    {{#OFFER_TYPE_INVALID}}<span class="field-error">{{OFFER_TYPE_ERROR}}</span>{{/OFFER_TYPE_INVALID}}</div>{{/WITH_TYPE}}
  <div><label for="kind">_("Kind of question")</label><select id="kind" name="kind"{{#KIND_INVALID}} aria-invalid="true"{{/KIND_INVALID}}>{{#KIND_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
    {{#KIND_INVALID}}<span class="field-error">{{KIND_ERROR}}</span>{{/KIND_INVALID}}</div>
  <div><label for="text_fr">_("Question in French")</label><textarea id="text_fr" name="text_fr" rows="2" maxlength="500" lang="fr"{{#TEXT_FR_INVALID}} aria-invalid="true"{{/TEXT_FR_INVALID}}>{{TEXT_FR:pre_escape}}</textarea>
    {{#TEXT_FR_INVALID}}<span class="field-error">{{TEXT_FR_ERROR}}</span>{{/TEXT_FR_INVALID}}</div>
  <div><label for="text_nl">_("Question in Dutch")</label><textarea id="text_nl" name="text_nl" rows="2" maxlength="500" lang="nl"{{#TEXT_NL_INVALID}} aria-invalid="true"{{/TEXT_NL_INVALID}}>{{TEXT_NL:pre_escape}}</textarea>
    {{#TEXT_NL_INVALID}}<span class="field-error">{{TEXT_NL_ERROR}}</span>{{/TEXT_NL_INVALID}}</div>
  <div><label for="text_en">_("Question in English")</label><textarea id="text_en" name="text_en" rows="2" maxlength="500" lang="en"{{#TEXT_EN_INVALID}} aria-invalid="true"{{/TEXT_EN_INVALID}}>{{TEXT_EN:pre_escape}}</textarea>
    <span class="hint">_("A missing translation shows the French, then the Dutch, then the English text.")</span>
    {{#TEXT_EN_INVALID}}<span class="field-error">{{TEXT_EN_ERROR}}</span>{{/TEXT_EN_INVALID}}</div>
  <div><label for="choices">_("Choices, for a choice question")</label><input type="text" id="choices" name="choices" value="{{CHOICES}}" maxlength="500"{{#CHOICES_INVALID}} aria-invalid="true"{{/CHOICES_INVALID}}>
    <span class="hint">_("At least two, separated by |, for instance: Morning|Afternoon|Evening")</span>
    {{#CHOICES_INVALID}}<span class="field-error">{{CHOICES_ERROR}}</span>{{/CHOICES_INVALID}}</div>
  <div><label for="position">_("Position in the questionnaire")</label><input type="number" id="position" name="position" value="{{POSITION}}" min="0" max="1000"{{#POSITION_INVALID}} aria-invalid="true"{{/POSITION_INVALID}}>
    <span class="hint">_("Questions are asked from the lowest position; empty: after the others.")</span>
    {{#POSITION_INVALID}}<span class="field-error">{{POSITION_ERROR}}</span>{{/POSITION_INVALID}}</div>
  <div><button type="submit">_("Add the question")</button></div>
</form>
