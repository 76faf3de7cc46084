<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} · Maillage</title>
<link rel="stylesheet" href="/static/css/maillage.css">
</head>
<body class="embed">
<main>
<h1 class="embed-title">{{TITLE}}</h1>
{{#NO_ITEM}}<p>_("No session ahead matches these filters.")</p>{{/NO_ITEM}}
{{#DAY}}
<h2>{{DATE}}</h2>
<ul class="agenda-items">
{{#ITEM}}<li class="agenda-item"><p><strong>{{START}}–{{END}}</strong> <a href="{{URL}}" target="_blank" rel="noopener">{{TITLE}}</a></p>
<p class="muted">{{TYPE_LABEL}}{{#HAS_THEME}} · {{THEME_LABEL}}{{/HAS_THEME}} · {{PLACE}} · {{#HAS_FREE}}_("{{FREE}} seats left"){{/HAS_FREE}}{{#FULL}}_("Full: waiting list"){{/FULL}}{{#CLOSED}}_("Registration closed"){{/CLOSED}}</p></li>
{{/ITEM}}
</ul>
{{/DAY}}
<p><a href="{{AGENDA_URL}}" target="_blank" rel="noopener">_("The whole agenda on Maillage")</a></p>
</main>
</body>
</html>
