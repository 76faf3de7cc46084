<div class="cards">
  <section class="card"><h2><a href="/admin/users">_("Users")</a></h2><p>_("Accounts: {{USERS}}")</p></section>
  <section class="card"><h2><a href="/admin/organisations">_("Organisations")</a></h2><p>_("Organisations: {{ORGANISATIONS}}")</p></section>
  <section class="card"><h2><a href="/admin/territory">_("Territory mapping")</a></h2><p>_("Postal codes, communes and care areas.")</p></section>
  <section class="card"><h2><a href="/admin/vocabularies">_("Vocabularies")</a></h2><p>_("Themes, target publics and access conditions of the directory.")</p></section>
  <section class="card"><h2><a href="/admin/sectors">_("Sectors")</a></h2><p>_("The professionals' sectors of the registrations, the helpdesk and the caseload.")</p></section>
  <section class="card"><h2><a href="/directory/synonyms">_("Search synonyms")</a></h2><p>_("Acronyms and translations that a search treats as the same.")</p></section>
  <section class="card"><h2><a href="/admin/outbox">_("Outgoing mail")</a></h2><p>_("Waiting to be sent: {{QUEUED}}")</p></section>
  <section class="card"><h2><a href="/admin/jobs">_("Background jobs")</a></h2><p>_("Failed: {{FAILED}}")</p></section>
  <section class="card"><h2><a href="/admin/questions">_("Evaluation questionnaire")</a></h2><p>_("The questions asked after a session, per kind of offer.")</p></section>
  <section class="card"><h2><a href="/admin/helpdesk/lines">_("Helpdesk lines")</a></h2><p>_("The orientation lines: names, contact, opening hours, retention, phone-system token.")</p></section>
  <section class="card"><h2><a href="/admin/audit">_("Audit log")</a></h2><p>_("Logins, role changes and reads of sensitive data.")</p></section>
</div>
