<p class="no-print"><a href="/focus/{{FOCUS_ID}}">_("See the public page")</a></p>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/focus/{{FOCUS_ID}}/edit" class="stack" novalidate aria-label="_("The Focus")">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="title_fr">_("Title (French)")</label><input type="text" id="title_fr" name="title_fr" value="{{TITLE_FR}}" maxlength="300"{{#TITLE_FR_INVALID}} aria-invalid="true"{{/TITLE_FR_INVALID}}></div>
  <div><label for="title_nl">_("Title (Dutch)")</label><input type="text" id="title_nl" name="title_nl" value="{{TITLE_NL}}" maxlength="300"></div>
  <div><label for="title_en">_("Title (English)")</label><input type="text" id="title_en" name="title_en" value="{{TITLE_EN}}" maxlength="300"></div>
  <div><label for="intro_fr">_("Introduction (French, Markdown)")</label><textarea id="intro_fr" name="intro_fr" rows="6">{{INTRO_FR}}</textarea></div>
  <div><label for="intro_nl">_("Introduction (Dutch, Markdown)")</label><textarea id="intro_nl" name="intro_nl" rows="6">{{INTRO_NL}}</textarea></div>
  <div><label for="intro_en">_("Introduction (English, Markdown)")</label><textarea id="intro_en" name="intro_en" rows="6">{{INTRO_EN}}</textarea></div>
  <div><input type="checkbox" id="published" name="published" value="1"{{#PUBLISHED}} checked{{/PUBLISHED}}> <label for="published">_("Published: anyone may read it")</label></div>
  <div><button type="submit">_("Save")</button></div>
</form>
<h2 id="services-title">_("Headings and services")</h2>
{{#HEADING}}<section aria-labelledby="heading-{{HEADING_ID}}">
<h3 id="heading-{{HEADING_ID}}">{{HEADING_TITLE}}</h3>
<ul>{{#SERVICE}}<li><a href="/directory/services/{{HSDS_ID}}">{{NAME}}</a> — {{ORGANISATION}}{{#CLOSED}} <span class="badge off">_("Closed")</span>{{/CLOSED}}{{#INACTIVE}} <span class="badge off">_("Temporarily closed")</span>{{/INACTIVE}}
<form method="post" action="/focus/{{FOCUS_ID}}/services/remove" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="heading_id" value="{{HEADING_ID}}"><input type="hidden" name="service_id" value="{{SERVICE_ID}}"><button type="submit" class="link-button" aria-label="_("Remove {{NAME}}")">_("Remove")</button></form></li>{{/SERVICE}}</ul>
</section>{{/HEADING}}
{{#NO_HEADING}}<p>_("Add a heading first, then the services under it.")</p>{{/NO_HEADING}}
<form method="post" action="/focus/{{FOCUS_ID}}/headings" class="stack" novalidate aria-label="_("New heading")">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="heading_fr">_("New heading (French)")</label><input type="text" id="heading_fr" name="heading_fr" maxlength="300"{{#HEADING_FR_INVALID}} aria-invalid="true"{{/HEADING_FR_INVALID}}></div>
  <div><label for="heading_nl">_("New heading (Dutch)")</label><input type="text" id="heading_nl" name="heading_nl" maxlength="300"></div>
  <div><label for="heading_en">_("New heading (English)")</label><input type="text" id="heading_en" name="heading_en" maxlength="300"></div>
  <div><button type="submit">_("Add the heading")</button></div>
</form>
<form method="post" action="/focus/{{FOCUS_ID}}/services" class="stack" novalidate aria-label="_("Add a service")">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="heading_id">_("Under the heading")</label><select id="heading_id" name="heading_id"{{#HEADING_ID_INVALID}} aria-invalid="true"{{/HEADING_ID_INVALID}}>{{#HEADING_OPTION}}<option value="{{ID}}">{{LABEL}}</option>{{/HEADING_OPTION}}</select></div>
  <div><label for="service">_("Service: its address in the directory, or its id")</label><input type="text" id="service" name="service" maxlength="300"{{#SERVICE_INVALID}} aria-invalid="true"{{/SERVICE_INVALID}}></div>
  <div><button type="submit">_("Add the service")</button></div>
</form>
<h2 id="offers-title">_("Webinars and sessions")</h2>
<ul>{{#OFFER}}<li><a href="/offers/{{OFFER_ID}}">{{TITLE}}</a></li>{{/OFFER}}</ul>
<form method="post" action="/focus/{{FOCUS_ID}}/offers" class="stack" novalidate aria-labelledby="offers-title">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="offer">_("Offer: its address, or its number")</label><input type="text" id="offer" name="offer" maxlength="300"{{#OFFER_INVALID}} aria-invalid="true"{{/OFFER_INVALID}}></div>
  <div><button type="submit">_("Link the offer")</button></div>
</form>
