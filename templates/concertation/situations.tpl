{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p><a href="/concertation/groups/{{GROUP_ID}}">_("Back to {{GROUP_NAME}}")</a></p>
{{#HAS_TO_INFORM}}<p class="alert">_("Open situations where the person's information is not recorded as done: {{TO_INFORM}}.")</p>{{/HAS_TO_INFORM}}
<section aria-labelledby="table-title">
<h2 id="table-title">_("Situations")</h2>
{{#HAS_ROWS}}<p>_("Situations {{FIRST}} to {{LAST}} of {{TOTAL}}, open ones first.")</p>
<form method="get" action="/concertation/groups/{{GROUP_ID}}/situations" class="inline no-print"><label for="size">_("Rows per page")</label> <select id="size" name="size">{{#SIZE_OPTION}}<option value="{{SIZE}}"{{#SELECTED}} selected{{/SELECTED}}>{{SIZE}}</option>{{/SIZE_OPTION}}</select> <button type="submit" class="secondary">_("Show")</button></form>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="table-title"><table>
<thead><tr><th scope="col">_("Code")</th><th scope="col">_("Status")</th><th scope="col">_("Person")</th><th scope="col">_("Care area")</th><th scope="col">_("Presented")</th><th scope="col">_("Open agreements")</th><th scope="col">_("Last discussed")</th><th scope="col">_("Outcome")</th></tr></thead>
<tbody>{{#ROW}}<tr{{#OVERDUE}} class="overdue"{{/OVERDUE}}><td><a href="/concertation/situations/{{ID}}">{{CODE}}</a>{{#NOT_INFORMED}} <span class="badge">_("Person not informed")</span>{{/NOT_INFORMED}}</td><td>{{STATUS}}</td><td>{{PERSON}}</td><td>{{BASSIN}}</td><td>{{PRESENTED}}</td><td>{{OPEN}}{{#OVERDUE}} <span class="badge">_("{{OVERDUE_N}} overdue")</span>{{/OVERDUE}}</td><td>{{LAST_MEETING}}</td><td>{{OUTCOME}}</td></tr>{{/ROW}}</tbody>
</table></div>
{{#HAS_PAGES}}<nav class="pagination" aria-label="_("Pages of the follow-up table")">{{#HAS_PREVIOUS}}<a href="{{PREVIOUS_HREF}}" rel="prev">_("Previous page")</a>{{/HAS_PREVIOUS}} <span>_("Page {{PAGE}} of {{PAGES}}")</span> {{#HAS_NEXT}}<a href="{{NEXT_HREF}}" rel="next">_("Next page")</a>{{/HAS_NEXT}}</nav>{{/HAS_PAGES}}{{/HAS_ROWS}}
{{#NO_HAS_ROWS}}<p class="muted">_("No situation yet.")</p>{{/NO_HAS_ROWS}}
</section>
<section aria-labelledby="new-title" id="new">
<h2 id="new-title">_("Present a situation")</h2>
{{#FINDINGS}}<div class="alert" role="alert"><p>_("This looks like identifying data of the person:")</p><ul>{{#FINDING}}<li>{{KIND}}: <mark>{{TEXT}}</mark></li>{{/FINDING}}</ul><label><input type="checkbox" name="confirm_not_person" value="1" form="situation-form"> _("I confirm this is not about the person")</label></div>{{/FINDINGS}}
<form method="post" action="/concertation/groups/{{GROUP_ID}}/situations" class="stack" novalidate id="situation-form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
{{>SITUATION_FIELDS}}
  <div><label for="meeting">_("Announce it on the agenda of")</label><select id="meeting" name="meeting"><option value="">_("No meeting")</option>{{#MEETING_OPTION}}<option value="{{MEETING_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{WHEN}}</option>{{/MEETING_OPTION}}</select></div>
  <div><button type="submit">_("Present the situation")</button></div>
</form>
</section>
