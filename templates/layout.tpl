<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="htmx-config" content='{"includeIndicatorStyles": false}'>
<title>{{TITLE}} · Maillage</title>
<link rel="stylesheet" href="{{STATIC}}/css/maillage.css">
<link rel="stylesheet" href="{{STATIC}}/css/print.css" media="print">
{{#HEAD_EXTRA}}<link rel="stylesheet" href="{{STATIC}}/vendor/leaflet/leaflet.css">{{/HEAD_EXTRA}}
<script src="{{STATIC}}/vendor/htmx.min.js" defer></script>
<script src="{{STATIC}}/js/maillage.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">_("Skip to content")</a>
<header class="site-header">
  <div class="brand"><a href="/">Maillage</a> <span class="tagline">_("Brussels social-health coordination")</span></div>
  <nav class="languages" aria-label="_("Language")">
    <ul>
    {{#LANGUAGE}}<li>{{#CURRENT}}<span aria-current="true" lang="{{CODE}}">{{NAME}}</span>{{/CURRENT}}{{#OTHER}}<a href="{{HREF}}" lang="{{CODE}}" hreflang="{{CODE}}">{{NAME}}</a>{{/OTHER}}</li>{{/LANGUAGE}}
    </ul>
  </nav>
  <nav class="main-nav" aria-label="_("Main menu")">
    <ul>
      <li><a href="/">_("Home")</a></li>
      <li><a href="/directory">_("Directory")</a></li>
      <li><a href="/territory">_("Territory")</a></li>
      <li><a href="/offers">_("Meetings and trainings")</a></li>
      <li><a href="/agenda">_("Agenda")</a></li>
      {{#LOGGED_IN}}
      <li><a href="/profile">_("My profile")</a></li>
      <li><a href="/offers/mine">_("My registrations")</a></li>
      <li><a href="/helpdesk/mine">_("My helpdesk requests")</a></li>
      <li><a href="/concertation">_("Concertations")</a></li>
      {{#IS_RESPONDER}}<li><a href="/helpdesk">_("Helpdesk")</a></li>{{/IS_RESPONDER}}
      {{#IS_CASELOAD}}<li><a href="/caseload">_("Caseload")</a></li>{{/IS_CASELOAD}}
      {{#SEES_HELPDESK_STATISTICS}}<li><a href="/helpdesk/statistics">_("Helpdesk statistics")</a></li>{{/SEES_HELPDESK_STATISTICS}}
      {{#IS_ORG_COORDINATOR}}<li><a href="/offers/manage">_("My offers")</a></li>{{/IS_ORG_COORDINATOR}}
      {{#IS_ORG_COORDINATOR}}<li><a href="/invitations">_("Invitations")</a></li>{{/IS_ORG_COORDINATOR}}
      {{#IS_COORDINATOR}}<li><a href="/coordination">_("Coordination")</a></li><li><a href="/directory/proposals">_("Proposed changes")</a></li>{{/IS_COORDINATOR}}
      {{#IS_COORDINATOR}}<li><a href="/observatory">_("Observatory")</a></li>{{/IS_COORDINATOR}}
      {{#IS_HELPDESK}}<li><a href="/helpdesk/lines">_("Helpdesk lines")</a></li>{{/IS_HELPDESK}}
      {{#IS_ADMIN}}<li><a href="/admin">_("Administration")</a></li>{{/IS_ADMIN}}
      {{/LOGGED_IN}}
    </ul>
  </nav>
  <div class="account">
    {{#LOGGED_IN}}
    <span class="who">{{USER_NAME}}</span>
    <form method="post" action="/logout" class="inline">
      <input type="hidden" name="_csrf" value="{{CSRF}}">
      <button type="submit" class="link-button">_("Log out")</button>
    </form>
    {{/LOGGED_IN}}
    {{#ANONYMOUS}}<a href="/login" class="button">_("Log in")</a>{{/ANONYMOUS}}
  </div>
</header>
<main id="main" tabindex="-1">
{{#HAS_FLASH}}<div class="flash" role="status">{{FLASH}}</div>{{/HAS_FLASH}}
<h1>{{TITLE}}</h1>
{{>CONTENT}}
</main>
<footer class="site-footer">
  <p>_("Maillage — the coordination platform of the Brussels-Capital Region's care areas.")</p>
  <p><a href="/territory">_("The five care areas")</a></p>
</footer>
</body>
</html>
