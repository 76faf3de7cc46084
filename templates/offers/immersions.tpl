<p>_("Each institution of the immersion network commits to host at least one worker and to send at least one, each year. In {{YEAR}}, {{MISSING}} of {{MEMBERS}} member institutions have not done both yet.")</p>
<p class="hint">_("Counted: confirmed workers not marked absent, in immersions of this year whose day has passed; those still to come are shown as planned.") <a href="/offers/immersions/network">_("The immersion network")</a></p>
{{#NONE}}<p>_("No institution has joined the immersion network yet.")</p>{{/NONE}}
<div class="table-wrap" role="region" tabindex="0" aria-label="{{TITLE}}"><table>
<thead><tr><th scope="col">_("Institution")</th><th scope="col">_("Member since")</th><th scope="col">_("Workers hosted")</th><th scope="col">_("Workers sent")</th></tr></thead>
<tbody>{{#MEMBER}}<tr><td>{{NAME}}</td><td>{{SINCE}}</td>
<td>{{HOSTED}}{{#NOT_HOSTED}} <span class="badge off">_("has not hosted yet")</span>{{/NOT_HOSTED}}{{#HAS_HOSTING_PLANNED}} <span class="muted">_("{{HOSTING_PLANNED}} planned")</span>{{/HAS_HOSTING_PLANNED}}</td>
<td>{{SENT}}{{#NOT_SENT}} <span class="badge off">_("has not sent anyone yet")</span>{{/NOT_SENT}}{{#HAS_SENDING_PLANNED}} <span class="muted">_("{{SENDING_PLANNED}} planned")</span>{{/HAS_SENDING_PLANNED}}</td></tr>{{/MEMBER}}</tbody>
</table></div>
