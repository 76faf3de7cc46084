{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="meta"><a href="/caseload/teams/{{TEAM_ID}}">{{TEAM_NAME}}</a></p>
<p>_("One row a contact; rows without a person are left out. Reasons: hold Ctrl to choose several.")</p>
<form method="post" action="/caseload/teams/{{TEAM_ID}}/week">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="table-wrap" role="region" tabindex="0" aria-labelledby="c-week"><table>
  <caption id="c-week">_("A week of contacts")</caption>
  <thead><tr><th scope="col">_("Row")</th><th scope="col">_("Person")</th><th scope="col">_("Date")</th><th scope="col">_("Type of contact")</th><th scope="col">_("Duration (minutes)")</th><th scope="col">_("In pair")</th><th scope="col">_("Missed")</th><th scope="col">_("Reasons (life domains)")</th></tr></thead>
  <tbody>{{#ROW}}<tr><th scope="row">{{N}}</th>
  <td><select id="episode_{{N}}" name="episode_{{N}}" aria-label="_("Person")"><option value="">—</option>{{#PERSON}}<option value="{{EPISODE_ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{CODE}}{{#MINE}} ★{{/MINE}}</option>{{/PERSON}}</select></td>
  <td><input type="date" id="date_{{N}}" name="date_{{N}}" value="{{DATE}}" aria-label="_("Date")"></td>
  <td><select id="type_{{N}}" name="type_{{N}}" aria-label="_("Type of contact")">{{#TYPE}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE}}</select></td>
  <td><input type="number" id="duration_{{N}}" name="duration_{{N}}" value="{{DURATION}}" min="0" max="720" aria-label="_("Duration (minutes)")"></td>
  <td><input type="checkbox" name="workers_{{N}}" value="2"{{#PAIR_CHECKED}} checked{{/PAIR_CHECKED}} aria-label="_("In pair")"></td>
  <td><select name="missed_{{N}}" aria-label="_("Missed")"><option value="">_("Held")</option>{{#MISSED}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MISSED}}</select></td>
  <td><select id="reasons_{{N}}" name="reasons_{{N}}" multiple size="3" aria-label="_("Reasons (life domains)")">{{#REASON}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/REASON}}</select></td>
  </tr>{{/ROW}}</tbody>
  </table></div>
  <button type="submit">_("Save the contacts")</button>
</form>
