<p>_("The questionnaire people marked present receive after a session: the questions of every offer, then those of its kind, then the offer's own (its organisers add them on its evaluation page).")</p>
<p class="hint">_("A removed question leaves the questionnaire; the answers it already has stay in the results.")</p>
{{#GROUP}}<h2 id="{{GROUP_ID}}">{{HEADING}}</h2>
{{>QUESTION_LIST}}{{/GROUP}}
<section class="card" aria-labelledby="add-question-title">
<h2 id="add-question-title">_("Add a question")</h2>
{{>QUESTION_FORM}}
</section>
