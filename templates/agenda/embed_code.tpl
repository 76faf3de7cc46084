<p class="lead">_("Put the agenda or the directory's search box on your care area's website: choose the filters, then copy the code into the page (in WordPress, a Custom HTML block).")</p>
<form method="get" action="/agenda/embed-code" class="filters" aria-label="_("Choose what the website shows")">
  <div><label for="bassin">_("Care area")</label><select id="bassin" name="bassin"><option value="">_("The whole region")</option>{{#BASSIN_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/BASSIN_OPTION}}</select></div>
  {{#HAS_ZONES}}<div><label for="zone">_("Zone")</label><select id="zone" name="zone"><option value="">_("All zones")</option>{{#ZONE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ZONE_OPTION}}</select></div>{{/HAS_ZONES}}
  <div><label for="theme">_("Theme")</label><select id="theme" name="theme"><option value="">_("All themes")</option>{{#THEME_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/THEME_OPTION}}</select></div>
  <div><label for="type">_("Kind of offer")</label><select id="type" name="type"><option value="">_("All kinds")</option>{{#TYPE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE_OPTION}}</select></div>
  <div><label for="audience">_("For whom")</label><select id="audience" name="audience"><option value="">_("Everyone")</option>{{#AUDIENCE_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AUDIENCE_OPTION}}</select></div>
  <div><label for="embed_lang">_("Language")</label><select id="embed_lang" name="embed_lang">{{#LANG_OPTION}}<option value="{{CODE}}" lang="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LANG_OPTION}}</select></div>
  <div><button type="submit">_("Make the code")</button></div>
</form>
{{#NO_ANCESTORS}}<p class="hint" role="note">_("No website may show these frames yet: the operator lists the allowed sites in the server option --embed-allow (or MAILLAGE_EMBED_ALLOW).")</p>{{/NO_ANCESTORS}}
{{#HAS_ANCESTORS}}<p class="hint">_("Websites allowed to show these frames:") {{ANCESTORS}}</p>{{/HAS_ANCESTORS}}
<h2 id="agenda-code-title">_("The agenda")</h2>
<p>_("Code to copy:")</p>
<pre class="snippet"><code>{{AGENDA_SNIPPET}}</code></pre>
<p><a href="{{AGENDA_EMBED}}">_("See the frame on its own")</a></p>
<h2 id="directory-code-title">_("The directory's search box")</h2>
<p>_("Code to copy:")</p>
<pre class="snippet"><code>{{DIRECTORY_SNIPPET}}</code></pre>
<p><a href="{{DIRECTORY_EMBED}}">_("See the frame on its own")</a></p>
