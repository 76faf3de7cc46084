<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}}</title>
<style>{{CSS:none}}</style>
</head>
<body>
<main id="main">
<h1>{{TITLE}}</h1>
{{>REPORT}}
</main>
</body>
</html>
