<p><a href="/offers/{{OFFER_ID}}">{{TITLE}}</a></p>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="page-title"><table>
<thead><tr><th scope="col">_("Question")</th><th scope="col">_("Answers")</th><th scope="col">_("Average (1 to 5)")</th></tr></thead>
<tbody>{{#QUESTION}}<tr><td>{{TEXT}}</td><td>{{ANSWERS}}</td><td>{{#HAS_AVERAGE}}{{AVERAGE}}{{/HAS_AVERAGE}}</td></tr>{{/QUESTION}}</tbody>
</table></div>
{{#TEXT_QUESTION}}<h2>{{TEXT}}</h2><ul>{{#ANSWER}}<li>{{VALUE}}</li>{{/ANSWER}}</ul>{{/TEXT_QUESTION}}
