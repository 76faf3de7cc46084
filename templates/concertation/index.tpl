<p class="lead">_("The case concertations you are invited to. A concertation shares professional secrecy: you read its situations once you and your organisation have accepted its current charter.")</p>
{{#IS_ADMIN}}<p><a class="button" href="/admin/concertation">_("Manage the concertation groups")</a></p>{{/IS_ADMIN}}
{{#HAS_GROUPS}}<ul class="list">{{#GROUP}}<li><a href="/concertation/groups/{{ID}}">{{NAME}}</a> · {{KIND}} · {{TERRITORY}}
{{#READER}} <span class="badge">_("Member")</span>{{/READER}}{{#NOT_BOUND}} <span class="badge">_("Member not bound by professional secrecy")</span>{{/NOT_BOUND}}{{#WAITING}} <span class="badge">_("Charter to accept")</span>{{/WAITING}}</li>{{/GROUP}}</ul>{{/HAS_GROUPS}}
{{#NO_HAS_GROUPS}}<p class="muted">_("You are not invited to any concertation group.")</p>{{/NO_HAS_GROUPS}}
<p><a href="/concertation/mine/export">_("Export my concertation data")</a></p>
