<p class="lead"><a href="{{SERVICE_HREF}}">{{SERVICE}}</a> — _("proposed by {{PROPOSER}} on {{DATE}}, in {{LANGUAGE}}")</p>
<table class="diff">
<thead><tr><th scope="col">_("Field")</th><th scope="col">_("Now")</th><th scope="col">_("Proposed")</th></tr></thead>
<tbody>{{#CHANGE}}<tr><th scope="row">{{FIELD}}</th><td><del>{{OLD}}</del></td><td><ins>{{NEW}}</ins></td></tr>{{/CHANGE}}</tbody>
</table>
{{#PENDING}}<form method="post" action="/directory/proposals/{{ID}}" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <label for="comment">_("Comment for the proposer")</label>
  <textarea id="comment" name="comment" rows="3" maxlength="2000"></textarea>
  <div><button type="submit" name="decision" value="accept">_("Accept and publish")</button> <button type="submit" name="decision" value="reject" class="secondary">_("Reject")</button></div>
</form>{{/PENDING}}
{{#ACCEPTED}}<p>_("Accepted.") {{COMMENT}}</p>{{/ACCEPTED}}{{#REJECTED}}<p>_("Rejected.") {{COMMENT}}</p>{{/REJECTED}}
