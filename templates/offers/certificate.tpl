<article class="card certificate">
<p>_("This certifies that")</p>
<p class="lead"><strong>{{NAME}}</strong></p>
<p>_("of {{ORGANISATION}}")</p>
<p>_("attended {{OFFER}} ({{TYPE_LABEL}}) on {{DATE}},")</p>
<p>_("for {{HOURS}} hours, recognised as continuing training.")</p>
<p class="muted">_("Issued by Maillage, the coordination platform of the Brussels care areas.")</p>
</article>
<p class="no-print"><a href="{{BASE}}/certificate.pdf">_("Download as PDF")</a> · _("or print this page.")</p>
