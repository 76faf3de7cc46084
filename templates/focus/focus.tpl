<p class="muted">{{BASSIN}} · _("Updated on {{UPDATED}}"){{#DRAFT}} · <span class="badge off">_("Not published")</span>{{/DRAFT}} · <a class="no-print" href="/focus/{{FOCUS_ID}}/focus.pdf" type="application/pdf">_("PDF")</a>{{#EDITOR}} · <a class="no-print" href="/focus/{{FOCUS_ID}}/edit">_("Edit")</a>{{/EDITOR}}</p>
<div class="description">{{INTRO_HTML:none}}</div>
{{#HEADING}}
<section aria-labelledby="heading-{{HEADING_ID}}">
<h2 id="heading-{{HEADING_ID}}">{{HEADING_TITLE}}</h2>
<ul class="agenda-items">
{{#SERVICE}}<li class="agenda-item"><p><a href="/directory/services/{{HSDS_ID}}">{{NAME}}</a> — {{ORGANISATION}}{{#CLOSED}} <span class="badge off">_("Closed")</span>{{/CLOSED}}{{#INACTIVE}} <span class="badge off">_("Temporarily closed")</span>{{/INACTIVE}}</p><p class="muted">{{DESCRIPTION}}</p></li>
{{/SERVICE}}
</ul>
</section>
{{/HEADING}}
{{#HAS_OFFERS}}<section aria-labelledby="offers-title">
<h2 id="offers-title">_("Webinars and sessions")</h2>
<ul>{{#OFFER}}<li><a href="/offers/{{OFFER_ID}}">{{TITLE}}</a>{{#NEXT}} · _("next on {{DATE}}"){{/NEXT}}{{#REPLAY}} · <a href="{{URL}}">_("replay of {{DATE}}")</a>{{/REPLAY}}</li>{{/OFFER}}</ul>
</section>{{/HAS_OFFERS}}
