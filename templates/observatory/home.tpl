{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="lead">_("The coordinating teams' action plans, with indicators computed from the records of every part, the activities of the year, the needs watch and the yearly report.")</p>
<ul class="actions-list">
  <li><a href="/observatory/report?year={{REPORT_YEAR}}">_("The yearly report")</a></li>
  <li><a href="/observatory/activities">_("Activities")</a></li>
  <li><a href="/observatory/needs">_("Needs watch")</a></li>
</ul>
<section aria-labelledby="plans-title">
<h2 id="plans-title">_("Action plans")</h2>
{{#NO_PLANS}}<p class="muted">_("No plan yet.")</p>{{/NO_PLANS}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="plans-title"><table>
<thead><tr><th scope="col">_("Year")</th><th scope="col">_("Territory")</th><th scope="col">_("Title")</th><th scope="col">_("Actions")</th><th scope="col">_("Report")</th></tr></thead>
<tbody>{{#PLAN}}<tr><td>{{YEAR}}</td><th scope="row"><a href="/observatory/plans/{{ID}}">{{TERRITORY}}</a></th><td>{{TITLE}}</td><td>{{ACTIONS}}</td><td><a href="/observatory/report?territory={{TERRITORY_CODE}}&amp;year={{YEAR}}">_("Report {{YEAR}}")</a></td></tr>{{/PLAN}}</tbody>
</table></div>
</section>
{{#MAY_CREATE}}<section aria-labelledby="new-plan-title" class="card no-print">
<h2 id="new-plan-title">_("A new plan")</h2>
<form method="post" action="/observatory/plans" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="territory">_("Territory")</label><select id="territory" name="territory">{{#TERRITORY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TERRITORY_OPTION}}</select></div>
  <div><label for="year">_("Year")</label><input type="number" id="year" name="year" value="{{YEAR}}" min="2000" max="2100" required></div>
  <div><label for="title">_("Title (optional)")</label><input id="title" name="title" maxlength="300" value="{{TITLE}}"></div>
  <div><label for="correction">_("If the report of that year is published: what you correct and why")</label><input id="correction" name="correction" maxlength="300" value="{{CORRECTION}}"{{#CORRECTION_INVALID}} aria-invalid="true" aria-describedby="correction-error"{{/CORRECTION_INVALID}}>
    {{#CORRECTION_INVALID}}<span class="field-error" id="correction-error">{{CORRECTION_ERROR}}</span>{{/CORRECTION_INVALID}}</div>
  <div><button type="submit">_("Create the plan")</button></div>
</form>
</section>{{/MAY_CREATE}}
