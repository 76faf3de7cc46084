{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="meta"><a href="/caseload/people/{{ID}}">{{CODE}}</a></p>
{{#NO_ENTRY}}<p class="muted">_("This person has no entry score: record it first.")</p>{{/NO_ENTRY}}
{{#FORM}}
<p>_("Rate the person as they are now. The earlier scores are not shown, so that they do not pull the new one.")</p>
<form method="post" action="/caseload/people/{{ID}}/scores/new" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <p><strong>_("Instrument")</strong>: {{INSTRUMENT}} · _("the instrument of the entry score")</p>
  <div><label for="rated_date">_("Date")</label><input type="date" id="rated_date" name="rated_date" value="{{RATED_DATE}}" required>{{#RATED_DATE_INVALID}}<span class="field-error">{{RATED_DATE_ERROR}}</span>{{/RATED_DATE_INVALID}}</div>
  <div><label for="score">_("Score ({{MIN}}-{{MAX}})")</label><input type="number" id="score" name="score" value="{{SCORE}}" min="{{MIN}}" max="{{MAX}}" required autocomplete="off">{{#SCORE_INVALID}}<span class="field-error">{{SCORE_ERROR}}</span>{{/SCORE_INVALID}}</div>
  <p class="hint">_("At least {{MIN_DAYS}} days after the previous score.")</p>
  <button type="submit">_("Save")</button>
</form>
{{/FORM}}
