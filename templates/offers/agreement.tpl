<article class="card agreement">
<p class="lead">_("Community of practice") — <a href="/offers/{{OFFER_ID}}">{{TITLE}}</a></p>
{{#HAS_SESSIONS}}<p>_("From {{FIRST_DATE}} to {{LAST_DATE}}") · {{SESSIONS}}</p>{{/HAS_SESSIONS}}
<h2 id="parties-title">_("Between")</h2>
<ul>{{#PARTY}}<li><strong>{{LABEL}}</strong>: {{WHO}}</li>{{/PARTY}}</ul>
<h2 id="commitments-title">_("What each party commits to")</h2>
<p>_("The community of practice brings together about twelve professionals of different organisations, once a month from September to June, to learn from each other's practice and situations.")</p>
<h3>_("The participant")</h3>
<ul>
<li>_("takes part regularly in the monthly meetings from September to June, and tells the organiser in advance when they cannot come;")</li>
<li>_("keeps confidential the situations and cases discussed in the group, and presents their own situations without anything that would identify the people concerned;")</li>
<li>_("brings situations from their practice and takes part in the group's work.")</li>
</ul>
<h3>_("The employer")</h3>
<ul>
<li>_("frees the time of the meetings, and of the travel to them, as working time for the whole year;")</li>
<li>_("does not ask the participant to report on the situations brought by the other members.")</li>
</ul>
<h3>_("The organiser")</h3>
<ul>
<li>_("prepares and facilitates the meetings from September to June, and tells the members of any change in good time;")</li>
<li>_("watches over the confidentiality of what is said in the group and over its ground rules;")</li>
<li>_("issues attendance certificates for the meetings attended.")</li>
</ul>
<h2 id="consents-title">_("Agreements given")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="consents-title"><table>
<thead><tr><th scope="col">_("Party")</th><th scope="col">_("Agreement")</th></tr></thead>
<tbody>{{#PARTY}}<tr><td>{{LABEL}}: {{WHO}}</td><td>{{#AGREED}}{{#ON_PLATFORM}}_("Agreed by {{BY}} on {{WHEN}}"){{/ON_PLATFORM}}{{#ON_PAPER_WITH_FUNCTION}}_("Agreed on paper, signed by {{SIGNATORY}} ({{FUNCTION}}); recorded by {{BY}} on {{WHEN}}"){{/ON_PAPER_WITH_FUNCTION}}{{#ON_PAPER}}_("Agreed on paper, signed by {{SIGNATORY}}; recorded by {{BY}} on {{WHEN}}"){{/ON_PAPER}}{{/AGREED}}{{#WAITING}}_("Not yet"){{/WAITING}}</td></tr>{{/PARTY}}</tbody>
</table></div>
{{#COMPLETE}}<p><strong>_("The agreement is complete: the three parties agreed on {{COMPLETED}}.")</strong></p>{{/COMPLETE}}
{{#CAN_AGREE}}<form method="post" action="{{ACTION}}" class="stack">
<input type="hidden" name="_csrf" value="{{CSRF}}">
<div><button type="submit">{{#AS_PARTICIPANT}}_("I agree to this participation agreement"){{/AS_PARTICIPANT}}{{#AS_EMPLOYER}}_("I agree on behalf of {{EMPLOYER}}"){{/AS_EMPLOYER}}{{#AS_ORGANISER}}_("I agree on behalf of the organiser"){{/AS_ORGANISER}}</button></div>
</form>{{/CAN_AGREE}}
</article>
<p class="no-print">_("Print this page to keep a copy of the agreement.")</p>
