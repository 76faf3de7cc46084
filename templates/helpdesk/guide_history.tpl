<p><a href="{{LINK}}">{{PAGE_TITLE}}</a></p>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="history-title"><table>
<caption id="history-title">_("Every saved version, newest first")</caption>
<thead><tr><th scope="col">_("When")</th><th scope="col">_("Who")</th><th scope="col">_("Version")</th></tr></thead>
<tbody>{{#REVISION}}<tr><td>{{WHEN}}</td><td>{{WHO}}</td><td><a href="{{HREF}}">_("Show this version")</a>{{#CURRENT}} <span class="badge">_("current")</span>{{/CURRENT}}{{#CREATED}} <span class="badge">_("creation")</span>{{/CREATED}}</td></tr>{{/REVISION}}</tbody>
</table></div>
