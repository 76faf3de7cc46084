<p>_("Each institution of the immersion network commits to host at least one worker and to send at least one. {{MISSING}} of {{MEMBERS}} institutions have not done both yet.")</p>
{{#NONE}}<p>_("No institution has organised or joined an immersion yet.")</p>{{/NONE}}
<div class="table-wrap" role="region" tabindex="0" aria-label="{{TITLE}}"><table>
<thead><tr><th scope="col">_("Institution")</th><th scope="col">_("Workers hosted")</th><th scope="col">_("Workers sent")</th></tr></thead>
<tbody>{{#MEMBER}}<tr><td>{{NAME}}</td>
<td>{{HOSTED}}{{#NOT_HOSTED}} <span class="badge off">_("has not hosted yet")</span>{{/NOT_HOSTED}}</td>
<td>{{SENT}}{{#NOT_SENT}} <span class="badge off">_("has not sent anyone yet")</span>{{/NOT_SENT}}</td></tr>{{/MEMBER}}</tbody>
</table></div>
