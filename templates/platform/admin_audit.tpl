<form method="get" action="/admin/audit" class="filters" role="search">
  <div><label for="action">_("Action")</label><input type="search" id="action" name="action" value="{{ACTION}}" maxlength="100"></div>
  <div><label for="user">_("User")</label><input type="search" id="user" name="user" value="{{USER}}" maxlength="254"></div>
  <div><label for="target">_("Target")</label><input type="search" id="target" name="target" value="{{TARGET}}" maxlength="200"></div>
  <div><label for="from">_("Since")</label><input type="date" id="from" name="from" value="{{FROM}}"></div>
  <div><label for="to">_("Until")</label><input type="date" id="to" name="to" value="{{TO}}"></div>
  <div><button type="submit">_("Filter")</button></div>
</form>
<div class="table-wrap" role="region" tabindex="0" aria-label="{{TITLE}}"><table>
<thead><tr><th scope="col">_("Date")</th><th scope="col">_("User")</th><th scope="col">_("Action")</th><th scope="col">_("Target")</th><th scope="col">_("IP address")</th><th scope="col">_("Detail")</th></tr></thead>
<tbody>{{#ENTRY}}<tr><td>{{AT}}</td><td>{{USER}}</td><td><code>{{ACTION}}</code></td><td><code>{{TARGET}}</code></td><td>{{IP}}</td><td>{{DETAIL}}</td></tr>{{/ENTRY}}</tbody>
</table></div>
{{#EMPTY}}<p>_("No entry matches.")</p>{{/EMPTY}}
{{#TRUNCATED}}<p class="muted">_("Only the latest 500 entries are shown: narrow the filter.")</p>{{/TRUNCATED}}
