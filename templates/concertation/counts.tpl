<p>{{#IS_MEMBER}}<a href="/concertation/groups/{{GROUP_ID}}">_("Back to {{GROUP_NAME}}")</a>{{/IS_MEMBER}}{{#NO_IS_MEMBER}}<a href="/concertation">_("Back to the concertations")</a>{{/NO_IS_MEMBER}}</p>
<form method="get" action="/concertation/groups/{{GROUP_ID}}/counts" class="inline">
  <label for="year">_("Year")</label> <select id="year" name="year">{{#YEAR_OPTION}}<option value="{{YEAR}}"{{#SELECTED}} selected{{/SELECTED}}>{{YEAR}}</option>{{/YEAR_OPTION}}</select>
  <button type="submit" class="secondary">_("Show")</button>
</form>
{{#OUTSIDE}}<p class="hint">_("You read these counts from outside the group: a count of people below {{THRESHOLD}} is shown as \"< {{THRESHOLD}}\", and \"*\" hides a cell that would let it be recomputed.")</p>{{/OUTSIDE}}
{{#INSIDE}}<p class="hint">_("You are a member: you see the counts as they are. Outside the group, a count below {{THRESHOLD}} is shown as \"< {{THRESHOLD}}\".")</p>{{/INSIDE}}
<section aria-labelledby="counts-title">
<h2 id="counts-title">_("{{GROUP_NAME}} in {{YEAR}}")</h2>
<dl class="facts">
<dt>_("Situations treated")</dt><dd>{{TREATED}}</dd>
<dt>_("Situations closed")</dt><dd>{{CLOSED}}</dd>
<dt>_("Meetings")</dt><dd>{{MEETINGS}}</dd>
<dt>_("Hours")</dt><dd>{{HOURS}}</dd>
</dl>
</section>
{{#HAS_OUTCOMES}}<section aria-labelledby="outcomes-title"><h2 id="outcomes-title">_("By outcome")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="outcomes-title"><table><thead><tr><th scope="col">_("Outcome")</th><th scope="col">_("Situations")</th></tr></thead>
<tbody>{{#BY_OUTCOME}}<tr><td>{{LABEL}}</td><td>{{COUNT}}</td></tr>{{/BY_OUTCOME}}</tbody></table></div></section>{{/HAS_OUTCOMES}}
{{#HAS_THEMES}}<section aria-labelledby="themes-title"><h2 id="themes-title">_("By theme")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="themes-title"><table><thead><tr><th scope="col">_("Theme")</th><th scope="col">_("Situations")</th></tr></thead>
<tbody>{{#BY_THEME}}<tr><td>{{LABEL}}</td><td>{{COUNT}}</td></tr>{{/BY_THEME}}</tbody></table></div></section>{{/HAS_THEMES}}
{{#HAS_BASSINS}}<section aria-labelledby="bassins-title"><h2 id="bassins-title">_("By care area")</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="bassins-title"><table><thead><tr><th scope="col">_("Care area")</th><th scope="col">_("Situations")</th></tr></thead>
<tbody>{{#BY_BASSIN}}<tr><td>{{LABEL}}</td><td>{{COUNT}}</td></tr>{{/BY_BASSIN}}</tbody></table></div></section>{{/HAS_BASSINS}}
