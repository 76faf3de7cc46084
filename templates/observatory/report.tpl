<form method="get" action="/observatory/report" class="filters" aria-label="_("Choose the territory and the year")">
  <div><label for="territory">_("Territory")</label><select id="territory" name="territory">{{#TERRITORY_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TERRITORY_OPTION}}</select></div>
  <div><label for="year">_("Year")</label><input type="number" id="year" name="year" value="{{YEAR}}" min="2000" max="2100"></div>
  <div><button type="submit">_("Show")</button></div>
</form>
<p class="no-print"><a href="/observatory/report.csv?{{QUERY}}" download>_("Download every table as CSV")</a> · _("To print or make a PDF, use your browser's print command: each annex starts on a new page.")</p>
{{>REPORT}}
