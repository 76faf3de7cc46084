{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
{{#LOCKED}}<p class="notice" id="locked">_("The report of this year is published: its period is frozen. A change here is a correction: say what you correct, and the report is published again at once as a new version that lists what changed.")</p>{{/LOCKED}}
<p><a href="/observatory/actions/{{ID}}">_("Back to the action")</a> · <a href="/observatory/actions/{{ID}}/meetings.csv" download>_("Download this table as CSV")</a> · <a href="/observatory/activities?year={{YEAR}}">_("Attach activities")</a></p>
{{#NONE}}<p class="muted">_("No activity is attached to this action for the year.")</p>{{/NONE}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="meetings-caption"><table>
<caption id="meetings-caption">_("Meetings of {{YEAR}}")</caption>
<thead><tr><th scope="col">_("Date")</th><th scope="col">_("Activity")</th><th scope="col">_("Place")</th><th scope="col">_("Participants")</th><th scope="col">_("Duration (hours)")</th><th scope="col">_("Staff hours")</th><th scope="col" class="no-print">_("Attached")</th></tr></thead>
<tbody>{{#MEETING}}<tr><td>{{DATE}}</td><th scope="row">{{TITLE}} <span class="muted">({{KIND}})</span></th><td>{{PLACE}}</td><td>{{PARTICIPANTS}}</td><td>{{DURATION}}</td><td>{{STAFF}}</td>
<td class="no-print">{{#EDITABLE}}<form method="post" action="/observatory/actions/{{ID}}/unlink" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="source" value="{{SOURCE}}"><input type="hidden" name="ref" value="{{REF}}">{{#LOCKED}}<div><label for="correction-{{N}}">_("Correction: what you change and why")</label><input id="correction-{{N}}" name="correction" maxlength="300"></div>{{/LOCKED}}<button type="submit" class="link-button">_("Detach")</button></form>{{/EDITABLE}}</td></tr>{{/MEETING}}</tbody>
<tfoot><tr><th scope="row" colspan="5">_("Total hours provided by the team")</th><td>{{TOTAL_STAFF}}</td><td class="no-print"></td></tr></tfoot>
</table></div>
