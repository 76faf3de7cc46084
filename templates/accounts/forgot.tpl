{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p>_("Enter the e-mail address of your account. We will send you a link to choose a new password; it works for 24 hours.")</p>
<form method="post" action="/password/forgot" class="stack" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div>
    <label for="email">_("E-mail address")</label>
    <input type="email" id="email" name="email" value="{{EMAIL}}" autocomplete="email" required maxlength="254"{{#EMAIL_INVALID}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_INVALID}}>
    {{#EMAIL_INVALID}}<span class="field-error" id="email-error">{{EMAIL_ERROR}}</span>{{/EMAIL_INVALID}}
  </div>
  <div><button type="submit">_("Send the link")</button></div>
</form>
