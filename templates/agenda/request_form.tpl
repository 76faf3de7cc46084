<p class="lead">_("Your team would like an information session at its premises on a theme (the services of the care area, a way to refer, a right)? Ask for it here: the coordination team of your care area, or the region's for some themes, contacts you to set the date.")</p>
{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<form method="post" action="/agenda/ask" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div><label for="organisation">_("Organisation")</label><input type="text" id="organisation" name="organisation" value="{{ORGANISATION}}" maxlength="300" required{{#ORGANISATION_INVALID}} aria-invalid="true"{{/ORGANISATION_INVALID}}></div>
  <div><label for="contact">_("Your name")</label><input type="text" id="contact" name="contact" value="{{CONTACT}}" maxlength="300" required autocomplete="name"{{#CONTACT_INVALID}} aria-invalid="true"{{/CONTACT_INVALID}}></div>
  <div><label for="email">_("E-mail address")</label><input type="email" id="email" name="email" value="{{EMAIL}}" maxlength="254" required autocomplete="email"{{#EMAIL_INVALID}} aria-invalid="true"{{/EMAIL_INVALID}}></div>
  <div><label for="phone">_("Phone (optional)")</label><input type="text" id="phone" name="phone" value="{{PHONE}}" maxlength="30" autocomplete="tel" inputmode="tel"></div>
  <div><label for="theme">_("Theme")</label><select id="theme" name="theme"{{#THEME_INVALID}} aria-invalid="true"{{/THEME_INVALID}}><option value="">_("Choose")</option>{{#THEME_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/THEME_OPTION}}</select></div>
  <div><label for="postal_code">_("Postal code of the premises")</label><input type="text" id="postal_code" name="postal_code" value="{{POSTAL_CODE}}" maxlength="8" inputmode="numeric"></div>
  <div><label for="place">_("Address of the premises")</label><input type="text" id="place" name="place" value="{{PLACE}}" maxlength="300"></div>
  <div><label for="wished">_("When would suit you?")</label><input type="text" id="wished" name="wished" value="{{WISHED}}" maxlength="300"></div>
  <div><label for="participants">_("Number of participants")</label><input type="number" id="participants" name="participants" value="{{PARTICIPANTS}}" min="1" max="1000"{{#PARTICIPANTS_INVALID}} aria-invalid="true"{{/PARTICIPANTS_INVALID}}></div>
  <div><label for="message">_("What would you like to know?")</label><textarea id="message" name="message" rows="5">{{MESSAGE}}</textarea></div>
  <div><button type="submit">_("Send the request")</button></div>
</form>
