<p><a class="button" href="/offers/new">_("Create an offer")</a> {{#COORDINATOR}}· <a href="/offers/campaigns">_("Open-door weeks")</a> · <a href="/offers/reports">_("Figures for the reports")</a> · <a href="/offers/immersions">_("Immersions: hosting and sending")</a>{{/COORDINATOR}}</p>
{{#HAS_OPEN_CAMPAIGNS}}<section class="card" aria-labelledby="open-campaigns"><h2 id="open-campaigns">_("Open-door weeks: open your doors")</h2>
<ul>{{#OPEN_CAMPAIGN}}<li><a href="/offers/campaigns/{{ID}}">{{NAME}}</a> — _("slots can be opened until {{DEADLINE}}")</li>{{/OPEN_CAMPAIGN}}</ul></section>{{/HAS_OPEN_CAMPAIGNS}}
{{#NONE}}<p>_("You organise no offer yet.")</p>{{/NONE}}
{{#OFFER}}
<section class="card">
<h2><a href="/offers/{{OFFER_ID}}">{{TITLE}}</a> <span class="badge">{{TYPE_LABEL}}</span>{{#NOT_PUBLISHED}} <span class="badge off">_("Not published")</span>{{/NOT_PUBLISHED}}</h2>
<p><a href="/offers/{{OFFER_ID}}/edit">_("Edit the offer and its sessions")</a> · <a href="/offers/{{OFFER_ID}}/evaluations">_("Evaluation results")</a> · <a href="/offers/{{OFFER_ID}}/report.csv">_("Export the registrations (CSV)")</a></p>
<ul>{{#SESSION}}<li>{{DATE}}, {{START}}–{{END}}: _("{{HELD}} of {{CAPACITY}} seats taken, {{WAITING}} waiting") — <a href="/offers/sessions/{{SESSION_ID}}/registrations">_("Registrations and attendance")</a></li>{{/SESSION}}</ul>
</section>
{{/OFFER}}
