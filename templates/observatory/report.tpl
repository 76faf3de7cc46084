<form method="get" action="/observatory/report" class="filters" aria-label="_("Choose the territory and the year")">
  <div><label for="territory">_("Territory")</label><select id="territory" name="territory">{{#TERRITORY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TERRITORY_OPTION}}{{#HAS_ZONES}}<optgroup label="_("Zones")">{{#ZONE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ZONE_OPTION}}</optgroup>{{/HAS_ZONES}}</select></div>
  <div><label for="year">_("Year")</label><input type="number" id="year" name="year" value="{{YEAR}}" min="2000" max="2100"></div>
  <div><button type="submit">_("Show")</button></div>
</form>
<p class="no-print"><a href="/observatory/report.pdf?{{QUERY}}">_("The report as PDF")</a> · <a href="/observatory/report.xlsx?{{QUERY}}" download>_("The report as a spreadsheet")</a> · <a href="/observatory/report.csv?{{QUERY}}" download>_("Download every table as CSV")</a> · _("To print it from this page, use your browser's print command: each annex starts on a new page.")</p>
{{#ZONE_REPORT}}<p class="hint no-print">_("A zone's report counts what the parts record in its communes and quarters. It is read, printed and downloaded here, but not published: published versions are those of the region and the care areas.")</p>{{/ZONE_REPORT}}
{{#HAS_PUBLICATIONS}}<section aria-labelledby="publications-title" class="no-print"><h2 id="publications-title">_("Published versions")</h2><ul>{{#PUBLICATION}}<li><a href="/observatory/publications/{{ID}}">_("Version {{VERSION}} of {{AT}}, by {{BY}}")</a> ({{LANGUAGE}})</li>{{/PUBLICATION}}</ul></section>{{/HAS_PUBLICATIONS}}
{{#MAY_PUBLISH}}<form method="post" action="/observatory/report/publish" class="stack card no-print" aria-labelledby="publish-title">
  <h2 id="publish-title">_("Publish this report")</h2>
  <p class="hint">_("Publishing keeps the report as it is now, figures and texts, with the definitions they come from: it can be read and printed again unchanged later. Publishing again after a correction makes a new version that lists what changed.")</p>
  <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="territory" value="{{TERRITORY}}"><input type="hidden" name="year" value="{{YEAR}}">
  <div><label for="note">_("Note (optional)")</label><input id="note" name="note" maxlength="300"></div>
  <div><button type="submit">_("Publish")</button></div>
</form>{{/MAY_PUBLISH}}
{{>REPORT}}
