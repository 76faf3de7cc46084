<article class="yearly-report">
<nav class="report-toc" aria-labelledby="toc-title">
<h2 id="toc-title">_("Contents")</h2>
<ol>{{#TOC}}<li><a href="#{{ID}}">{{TITLE}}</a></li>{{/TOC}}</ol>
</nav>
{{#CHAPTER}}
<section class="report-chapter{{#ANNEX}} annex{{/ANNEX}}" id="{{ID}}" aria-labelledby="{{ID}}-title">
<h2 id="{{ID}}-title">{{TITLE}}</h2>
{{#HAS_INTRO}}<p>{{INTRO}}</p>{{/HAS_INTRO}}
{{#NO_TABLES}}<p class="muted">_("Nothing in this period.")</p>{{/NO_TABLES}}
{{#TABLE}}
<div class="report-table" id="{{ID}}">
<h3 id="{{ID}}-caption">{{TITLE}}</h3>
{{#HAS_CSV}}<p class="no-print"><a href="{{CSV}}" download>_("Download this table as CSV")</a></p>{{/HAS_CSV}}
{{#EMPTY}}<p class="muted">_("Nothing in this period.")</p>{{/EMPTY}}
{{#CHART}}<figure class="report-chart"><svg class="bar-chart" viewBox="0 0 {{WIDTH}} {{HEIGHT}}" width="{{WIDTH}}" height="{{HEIGHT}}" role="img" aria-labelledby="{{ID}}-chart-title" focusable="false" xmlns="http://www.w3.org/2000/svg"><title id="{{ID}}-chart-title">{{SUMMARY}}</title>{{#BAR}}<text x="0" y="{{LABEL_Y}}" class="chart-label">{{LABEL}}</text><rect x="0" y="{{BAR_Y}}" width="{{BAR_WIDTH}}" height="12" class="chart-bar"></rect><text x="{{VALUE_X}}" y="{{VALUE_Y}}" class="chart-value">{{VALUE}}</text>{{/BAR}}</svg>
<figcaption class="muted">_("The same figures are in the table below.")</figcaption></figure>{{/CHART}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="{{ID}}-caption"><table>
<thead><tr>{{#COLUMN}}<th scope="col">{{LABEL}}</th>{{/COLUMN}}</tr></thead>
<tbody>{{#ROW}}<tr>{{#HEAD}}<th scope="row">{{#LINE}}{{TEXT}}{{#LINE_separator}}<br>{{/LINE_separator}}{{/LINE}}</th>{{/HEAD}}{{#CELL}}<td>{{#LINE}}{{TEXT}}{{#LINE_separator}}<br>{{/LINE_separator}}{{/LINE}}</td>{{/CELL}}</tr>{{/ROW}}</tbody>
</table></div>
{{#HAS_NOTE}}<p class="note">{{NOTE}}</p>{{/HAS_NOTE}}
</div>
{{/TABLE}}
</section>
{{/CHAPTER}}
</article>
