<p class="lead">_("In an immersion, a worker spends a day in another institution of the network: its team meetings, its reception, its ways of working. The network works by reciprocity.")</p>
<section class="card" aria-labelledby="commitment-title">
<h2 id="commitment-title">_("The commitment of a member institution")</h2>
<p>_("By joining the immersion network, the institution commits, each calendar year:")</p>
<ul>
<li>_("to host at least one worker of another member institution for at least one full day;")</li>
<li>_("to send at least one of its own workers to another member institution.")</li>
</ul>
<p>_("Its staff then see and register for the immersions of the network. Each immersion is covered by an agreement between the two institutions and ends with an attendance certificate. An institution may leave the network at any time.")</p>
</section>
{{#NO_ORGANISATION}}<p>_("Your account is not attached to an organisation: ask your organisation's coordinator to add you.")</p>{{/NO_ORGANISATION}}
{{#ORGANISATION}}
<section class="card" aria-labelledby="org-{{ID}}">
<h2 id="org-{{ID}}">{{NAME}}</h2>
{{#MEMBER}}<p><span class="badge">_("Member of the immersion network")</span> _("Joined on {{SINCE}} by {{BY}}.")</p>
{{#CAN_LEAVE}}<form method="post" action="/offers/immersions/network/leave">
<input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="organisation_id" value="{{ID}}">
<button type="submit" class="secondary">_("Leave the immersion network")</button>
</form>{{/CAN_LEAVE}}{{/MEMBER}}
{{#NOT_MEMBER}}<p><span class="badge off">_("Not a member of the immersion network")</span></p>
{{#CAN_JOIN}}<form method="post" action="/offers/immersions/network/join" class="stack">
<input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="organisation_id" value="{{ID}}">
<div><label><input type="checkbox" name="commitment" value="1" required> _("On behalf of {{NAME}}, I commit to host at least one worker for at least one full day and to send at least one worker this year.")</label></div>
<div><button type="submit">_("Join the immersion network")</button></div>
</form>{{/CAN_JOIN}}
{{#ASK_COORDINATOR}}<p>_("Only a coordinator of your organisation can join the network for it: ask them.")</p>{{/ASK_COORDINATOR}}{{/NOT_MEMBER}}
</section>
{{/ORGANISATION}}
{{#RECIPROCITY_LINK}}<p><a href="/offers/immersions">_("Who has hosted and sent this year")</a></p>{{/RECIPROCITY_LINK}}
