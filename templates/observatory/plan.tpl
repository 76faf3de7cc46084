<p><a href="/observatory">_("Observatory")</a> · <a href="/observatory/report?territory={{TERRITORY_CODE}}&amp;year={{YEAR}}">_("The report of this year")</a></p>
{{#HAS_PLAN_TITLE}}<p class="lead">{{PLAN_TITLE}}</p>{{/HAS_PLAN_TITLE}}
{{#COPIED}}<p class="muted">_("Copied from the plan of {{COPIED_YEAR}}.") <a href="/observatory/plans/{{COPIED_FROM}}">_("See it")</a></p>{{/COPIED}}
{{#PUBLISHED}}<p class="notice">_("The report of this year is published (version {{PUBLISHED_VERSION}}): its period is frozen. A change to this plan is a correction: say what you correct, and the report is published again at once as a new version that lists what changed.") <a href="/observatory/publications/{{PUBLICATION_ID}}">_("The published report")</a></p>{{/PUBLISHED}}
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
{{#NO_ACTIONS}}<p class="muted">_("No action yet.")</p>{{/NO_ACTIONS}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="actions-title">
<table class="plan-table">
<caption id="actions-title">_("Actions")</caption>
<thead><tr><th scope="col">_("Ref.")</th><th scope="col">_("Action and description")</th><th scope="col">_("Deliverables")</th><th scope="col">_("Assessment and indicators")</th><th scope="col">_("Perspectives")</th></tr></thead>
<tbody>{{#ACTION}}<tr>
<td>{{REFERENCE}}</td>
<th scope="row"><a href="/observatory/actions/{{ID}}">{{TITLE}}</a><p class="muted">{{DESCRIPTION}}</p></th>
<td><ul>{{#DELIVERABLE}}<li>{{#HAS_TARGET}}{{TARGET}} {{/HAS_TARGET}}{{TEXT}}{{#HAS_ACHIEVED}} — _("achieved: {{ACHIEVED}}"){{/HAS_ACHIEVED}}</li>{{/DELIVERABLE}}</ul></td>
<td><p>{{ASSESSMENT}}</p><ul>{{#INDICATOR}}<li>{{NAME}}: {{VALUE}}</li>{{/INDICATOR}}</ul></td>
<td>{{PERSPECTIVES}}</td>
</tr>{{/ACTION}}</tbody>
</table></div>
{{#EDITABLE}}
<section class="card no-print" aria-labelledby="new-action-title">
<h2 id="new-action-title">_("A new action")</h2>
<form method="post" action="/observatory/plans/{{ID}}/actions" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="reference">_("Reference")</label><input id="reference" name="reference" maxlength="20" value="{{REFERENCE}}"></div>
  <div><label for="title_fr">_("Title in French")</label><input id="title_fr" name="title_fr" maxlength="300" lang="fr" value="{{TITLE_FR}}"></div>
  {{#LOCKED}}<div><label for="correction">_("Correction: what you change and why")</label><input id="correction" name="correction" maxlength="300" value="{{CORRECTION}}"{{#CORRECTION_INVALID}} aria-invalid="true" aria-describedby="correction-error"{{/CORRECTION_INVALID}}>
    {{#CORRECTION_INVALID}}<span class="field-error" id="correction-error">{{CORRECTION_ERROR}}</span>{{/CORRECTION_INVALID}}</div>{{/LOCKED}}

  <div><button type="submit">_("Add the action")</button></div>
</form>
</section>
{{/EDITABLE}}
{{#HAS_NEXT}}<p><a href="/observatory/plans/{{NEXT_ID}}">_("The plan of {{NEXT_YEAR}}")</a></p>{{/HAS_NEXT}}
{{#MAY_COPY}}
<form method="post" action="/observatory/plans/{{ID}}/copy" class="no-print">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="secondary">_("Copy this plan to {{NEXT_YEAR}}")</button>
</form>
{{/MAY_COPY}}
