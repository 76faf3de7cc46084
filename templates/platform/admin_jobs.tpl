<p>_("Jobs waiting, running or failed. Finished jobs are removed after 30 days.")</p>
<div class="table-wrap" role="region" tabindex="0" aria-label="{{TITLE}}"><table>
<thead><tr><th scope="col">#</th><th scope="col">_("Kind")</th><th scope="col">_("Status")</th><th scope="col">_("Next run")</th><th scope="col">_("Attempts")</th><th scope="col">_("Last error")</th></tr></thead>
<tbody>{{#JOB}}<tr><td>{{ID}}</td><td><code>{{KIND}}</code></td><td>{{STATUS}}</td><td>{{RUN_AT}}</td><td>{{ATTEMPTS}}</td><td>{{ERROR}}</td></tr>{{/JOB}}</tbody>
</table></div>
{{#EMPTY}}<p>_("No job waiting.")</p>{{/EMPTY}}
