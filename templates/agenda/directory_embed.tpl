<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>_("Find a service") · Maillage</title>
<link rel="stylesheet" href="/static/css/maillage.css">
</head>
<body class="embed">
<main>
<form method="get" action="/directory" target="_blank" role="search" class="stack">
  <label for="q">_("Find a social or health service in Brussels")</label>
  <input type="search" id="q" name="q" maxlength="200">
  {{#BASSIN}}<input type="hidden" name="bassin" value="{{CODE}}">{{/BASSIN}}
  {{#THEME}}<input type="hidden" name="theme" value="{{CODE}}">{{/THEME}}
  <input type="hidden" name="lang" value="{{LANG}}">
  <button type="submit">_("Search the directory")</button>
</form>
</main>
</body>
</html>
