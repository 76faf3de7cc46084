<p><a href="/offers/{{OFFER_ID}}">{{TITLE}}</a> · <a href="/offers/{{OFFER_ID}}/edit">_("Edit the offer")</a></p>
{{#NO_ANSWER}}<p>_("No answer yet.")</p>{{/NO_ANSWER}}
{{#RESULTS}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="page-title"><table>
<thead><tr><th scope="col">_("Question")</th><th scope="col">_("Answers")</th><th scope="col">_("Average (1 to 5)")</th></tr></thead>
<tbody>{{#QUESTION}}<tr><td>{{TEXT}}{{#RETIRED}} <span class="badge off">_("removed from the questionnaire")</span>{{/RETIRED}}</td><td>{{ANSWERS}}</td><td>{{#HAS_AVERAGE}}{{AVERAGE}}{{/HAS_AVERAGE}}</td></tr>{{/QUESTION}}</tbody>
</table></div>{{/RESULTS}}
{{#CHOICE_QUESTION}}<h2>{{TEXT}}</h2><ul>{{#COUNT}}<li>{{LABEL}}: {{N}}</li>{{/COUNT}}</ul>{{/CHOICE_QUESTION}}
{{#TEXT_QUESTION}}<h2>{{TEXT}}</h2><ul>{{#ANSWER}}<li>{{VALUE}}</li>{{/ANSWER}}</ul>{{/TEXT_QUESTION}}
<h2 id="questionnaire-title">_("The questionnaire of this offer")</h2>
<p class="hint">_("A removed question leaves the questionnaire; the answers it already has stay in the results.")</p>
{{>QUESTION_LIST}}
<section class="card" aria-labelledby="add-question-title">
<h2 id="add-question-title">_("Add a question of this offer")</h2>
{{>QUESTION_FORM}}
</section>
