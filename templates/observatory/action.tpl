<p><a href="/observatory/plans/{{PLAN_ID}}">{{PLAN_TITLE}}</a> · <a href="/observatory/actions/{{ID}}/meetings">_("Meetings ({{LINKED}})")</a></p>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
{{#LOCKED}}<p class="notice" id="locked">_("The report of this year is published: its period is frozen. A change here is a correction: say what you correct, and the report is published again at once as a new version that lists what changed.")</p>{{/LOCKED}}
{{#READ_ONLY}}<p class="muted">_("You read this plan: its territory's coordinators and the regional team edit it.")</p>{{/READ_ONLY}}
{{#EDITABLE}}
<form method="post" action="/observatory/actions/{{ID}}" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="reference">_("Reference")</label><input id="reference" name="reference" value="{{REFERENCE}}" maxlength="20"{{#REFERENCE_INVALID}} aria-invalid="true" aria-describedby="reference-error"{{/REFERENCE_INVALID}}>
    {{#REFERENCE_INVALID}}<span class="field-error" id="reference-error">{{REFERENCE_ERROR}}</span>{{/REFERENCE_INVALID}}</div>
  <fieldset id="title_fr"><legend>_("Action")</legend>
    {{#TITLE_FR_INVALID}}<span class="field-error" id="title_fr-error">{{TITLE_FR_ERROR}}</span>{{/TITLE_FR_INVALID}}
    <div><label for="f-title_fr">_("Title in French")</label><input id="f-title_fr" name="title_fr" value="{{TITLE_FR}}" maxlength="300" lang="fr"></div>
    <div><label for="title_nl">_("Title in Dutch")</label><input id="title_nl" name="title_nl" value="{{TITLE_NL}}" maxlength="300" lang="nl"></div>
    <div><label for="title_en">_("Title in English")</label><input id="title_en" name="title_en" value="{{TITLE_EN}}" maxlength="300" lang="en"></div>
    <div><label for="description_fr">_("Description in French")</label><textarea id="description_fr" name="description_fr" rows="3" lang="fr">{{DESCRIPTION_FR}}</textarea></div>
    <div><label for="description_nl">_("Description in Dutch")</label><textarea id="description_nl" name="description_nl" rows="3" lang="nl">{{DESCRIPTION_NL}}</textarea></div>
    <div><label for="description_en">_("Description in English")</label><textarea id="description_en" name="description_en" rows="3" lang="en">{{DESCRIPTION_EN}}</textarea></div>
  </fieldset>
  <fieldset id="deliverables"><legend>_("Deliverables")</legend>
    {{#DELIVERABLES_INVALID}}<span class="field-error" id="deliverables-error">{{DELIVERABLES_ERROR}}</span>{{/DELIVERABLES_INVALID}}
    <p class="hint">_("A text and its target, for example \"rencontres\" and 3; the indicator that says what was achieved.")</p>
    {{#DELIVERABLE}}<div class="row">
      <div><label for="deliverable_text-{{N}}">_("Deliverable {{N}}")</label><input id="deliverable_text-{{N}}" name="deliverable_text" value="{{TEXT}}" maxlength="300"></div>
      <div><label for="deliverable_target-{{N}}">_("Target")</label><input id="deliverable_target-{{N}}" name="deliverable_target" value="{{TARGET}}" inputmode="decimal" size="6"></div>
      <div><label for="deliverable_indicator-{{N}}">_("Achieved according to")</label><select id="deliverable_indicator-{{N}}" name="deliverable_indicator"><option value="">_("no indicator")</option>{{#INDICATOR_OPTION}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/INDICATOR_OPTION}}</select></div>
    </div>{{/DELIVERABLE}}
  </fieldset>
  <div><label for="assessment">_("Assessment")</label><textarea id="assessment" name="assessment" rows="4">{{ASSESSMENT}}</textarea></div>
  <div><label for="perspectives">_("Perspectives for next year")</label><textarea id="perspectives" name="perspectives" rows="3">{{PERSPECTIVES}}</textarea></div>
  {{#LOCKED}}<div><label for="correction">_("Correction: what you change and why")</label><input id="correction" name="correction" maxlength="300" value="{{CORRECTION}}"{{#CORRECTION_INVALID}} aria-invalid="true" aria-describedby="correction-error"{{/CORRECTION_INVALID}}>
    {{#CORRECTION_INVALID}}<span class="field-error" id="correction-error">{{CORRECTION_ERROR}}</span>{{/CORRECTION_INVALID}}</div>{{/LOCKED}}
  <div><button type="submit">_("Save the action")</button></div>
</form>
{{/EDITABLE}}
<section id="indicators" aria-labelledby="indicators-title">
<h2 id="indicators-title">_("Indicators")</h2>
{{#NO_INDICATORS}}<p class="muted">_("No indicator yet.")</p>{{/NO_INDICATORS}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="indicators-title"><table>
<thead><tr><th scope="col">_("Indicator")</th><th scope="col">_("Definition")</th><th scope="col">_("Value")</th><th scope="col" class="no-print">_("Change")</th></tr></thead>
<tbody>{{#INDICATOR}}<tr><th scope="row">{{NAME}}</th>
<td>{{DEFINITION}}{{#COMPUTED}}<br><span class="muted">{{BASSIN}}, {{PERIOD}}</span>{{/COMPUTED}}{{#ENTERED}}<br><span class="muted">_("entered by {{ENTERED_BY}} on {{ENTERED_AT}}")</span>{{/ENTERED}}</td>
<td>{{VALUE}}{{#HAS_BREAKDOWN}}<dl class="breakdown">{{#BREAKDOWN}}<dt>{{TERRITORY}}</dt><dd>{{VALUE}}</dd>{{/BREAKDOWN}}</dl>{{/HAS_BREAKDOWN}}{{#MANUAL}}<br><span class="muted">{{MANUAL_NOTE}}</span>{{/MANUAL}}</td>
<td class="no-print">{{#MANUAL_EDIT}}<form method="post" action="/observatory/indicators/{{ID}}/value" class="stack">
<input type="hidden" name="_csrf" value="{{CSRF}}">
<div><label for="value-{{ID}}">_("Value")</label><input id="value-{{ID}}" name="value" value="{{MANUAL_VALUE}}" inputmode="decimal" size="8"></div>
<div><label for="note-{{ID}}">_("Note")</label><input id="note-{{ID}}" name="note" value="{{MANUAL_NOTE}}" maxlength="300"></div>
{{#LOCKED}}<div><label for="correction-value-{{ID}}">_("Correction: what you change and why")</label><input id="correction-value-{{ID}}" name="correction" maxlength="300"></div>{{/LOCKED}}
<div><button type="submit">_("Save the value")</button></div></form>{{/MANUAL_EDIT}}
{{#EDITABLE}}<form method="post" action="/observatory/indicators/{{ID}}/delete" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}">{{#LOCKED}}<div><label for="correction-delete-{{ID}}">_("Correction: what you change and why")</label><input id="correction-delete-{{ID}}" name="correction" maxlength="300"></div>{{/LOCKED}}<button type="submit" class="link-button">_("Remove")</button></form>{{/EDITABLE}}</td></tr>{{/INDICATOR}}</tbody>
</table></div>
{{#EDITABLE}}
<form method="post" action="/observatory/actions/{{ID}}/indicators" class="stack card no-print" aria-labelledby="new-indicator-title" novalidate>
  <h3 id="new-indicator-title">_("A new indicator")</h3>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="name">_("Name")</label><input id="name" name="name" maxlength="300"{{#NAME_INVALID}} aria-invalid="true" aria-describedby="name-error"{{/NAME_INVALID}}>
    {{#NAME_INVALID}}<span class="field-error" id="name-error">{{NAME_ERROR}}</span>{{/NAME_INVALID}}</div>
  <fieldset id="kind"><legend>_("What it counts")</legend>
    {{#KIND_INVALID}}<span class="field-error" id="kind-error">{{KIND_ERROR}}</span>{{/KIND_INVALID}}
    <div><label><input type="radio" name="kind" value="element" checked> _("A figure of the parts")</label></div>
    <div><label><input type="radio" name="kind" value="ratio"> _("A ratio: a figure divided by another, times a multiplier")</label></div>
    <div><label><input type="radio" name="kind" value="manual"> _("A value typed by hand (no data in Maillage)")</label></div>
  </fieldset>
  <div><label for="element">_("Figure")</label><select id="element" name="element">{{#ELEMENT_OPTION}}<option value="{{CODE}}">{{LABEL}}</option>{{/ELEMENT_OPTION}}</select>
    {{#ELEMENT_INVALID}}<span class="field-error" id="element-error">{{ELEMENT_ERROR}}</span>{{/ELEMENT_INVALID}}</div>
  <div><label for="bassin">_("Territory counted")</label><select id="bassin" name="bassin"><option value="">_("The plan's territory")</option>{{#BASSIN_OPTION}}<option value="{{CODE}}">{{LABEL}}</option>{{/BASSIN_OPTION}}{{#HAS_ZONES}}<optgroup label="_("Zones")">{{#ZONE_OPTION}}<option value="{{CODE}}">{{LABEL}}</option>{{/ZONE_OPTION}}</optgroup>{{/HAS_ZONES}}</select>
    {{#BASSIN_INVALID}}<span class="field-error" id="bassin-error">{{BASSIN_ERROR}}</span>{{/BASSIN_INVALID}}
    {{#HAS_ZONES}}<span class="hint">_("A zone counts the figures the parts record with a commune or a quarter in it.")</span>{{/HAS_ZONES}}</div>
  <div><label for="period_from">_("From (empty: the plan's year)")</label><input type="date" id="period_from" name="period_from">
    {{#PERIOD_FROM_INVALID}}<span class="field-error" id="period_from-error">{{PERIOD_FROM_ERROR}}</span>{{/PERIOD_FROM_INVALID}}</div>
  <div><label for="period_to">_("Until, included")</label><input type="date" id="period_to" name="period_to">
    {{#PERIOD_TO_INVALID}}<span class="field-error" id="period_to-error">{{PERIOD_TO_ERROR}}</span>{{/PERIOD_TO_INVALID}}</div>
  <div><label for="denominator">_("Ratio: denominator")</label><select id="denominator" name="denominator"><option value="">_("a number, below")</option><option value="population">_("the inhabitants of the territory counted (population figures)")</option>{{#DENOMINATOR_OPTION}}<option value="{{CODE}}">{{LABEL}}</option>{{/DENOMINATOR_OPTION}}</select>
    {{#DENOMINATOR_INVALID}}<span class="field-error" id="denominator-error">{{DENOMINATOR_ERROR}}</span>{{/DENOMINATOR_INVALID}}</div>
  <div><label for="denominator_value">_("Ratio: or a fixed denominator (for example the inhabitants)")</label><input id="denominator_value" name="denominator_value" inputmode="decimal">
    {{#DENOMINATOR_VALUE_INVALID}}<span class="field-error" id="denominator_value-error">{{DENOMINATOR_VALUE_ERROR}}</span>{{/DENOMINATOR_VALUE_INVALID}}</div>
  <div><label for="multiplier">_("Ratio: multiplier")</label><input id="multiplier" name="multiplier" value="1" inputmode="decimal">
    {{#MULTIPLIER_INVALID}}<span class="field-error" id="multiplier-error">{{MULTIPLIER_ERROR}}</span>{{/MULTIPLIER_INVALID}}</div>
  <div><label><input type="checkbox" name="by_territory" value="1"> _("Also compute it for the region and each bassin, side by side")</label></div>
  {{#LOCKED}}<div><label for="correction-indicator">_("Correction: what you change and why")</label><input id="correction-indicator" name="correction" maxlength="300"></div>{{/LOCKED}}
  <div><button type="submit">_("Add the indicator")</button></div>
</form>
{{/EDITABLE}}
</section>
