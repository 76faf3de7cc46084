{{#HAS_ERRORS}}<div class="errors" role="alert" tabindex="-1"><p>_("Please correct the following:")</p><ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>{{/HAS_ERRORS}}
<p class="lead">_("Your proposal for {{SERVICE_NAME}} goes to a coordinator of its care area, who accepts or rejects it.")</p>
<form method="get" action="/directory/services/{{SERVICE_ID}}/propose" class="inline">
  <label for="in">_("Language of the text")</label>
  <select id="in" name="in">{{#LANG_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/LANG_OPTION}}</select>
  <button type="submit" class="secondary">_("Show")</button>
</form>
<form method="post" action="/directory/services/{{SERVICE_ID}}/propose" class="stack">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  {{#LANG_OPTION}}{{#SELECTED}}<input type="hidden" name="in" value="{{CODE}}">{{/SELECTED}}{{/LANG_OPTION}}
  {{#FIELD}}<div>
    <label for="{{NAME}}">{{LABEL}}</label>
    <textarea id="{{NAME}}" name="{{NAME}}" rows="4" maxlength="5000">{{VALUE:pre_escape}}</textarea>
  </div>{{/FIELD}}
  <input type="hidden" name="lists" value="1">
  {{#VOCABULARY}}<fieldset id="{{NAME}}" class="terms">
    <legend>{{LABEL}}</legend>
    {{#TERM}}<label><input type="checkbox" name="{{NAME}}" value="{{CODE}}"{{#CHECKED}} checked{{/CHECKED}}> {{LABEL}}</label> {{/TERM}}
  </fieldset>{{/VOCABULARY}}
  <fieldset id="hours">
    <legend>_("Opening hours, each week")</legend>
    {{#HOURS_INVALID}}<span class="field-error" id="hours-error">{{HOURS_ERROR}}</span>{{/HOURS_INVALID}}
    <div class="table-wrap" role="region" tabindex="0" aria-labelledby="hours-title"><table>
    <caption id="hours-title" class="visually-hidden">_("Opening hours, each week")</caption>
    <thead><tr><th scope="col">_("Day")</th><th scope="col">_("Opens")</th><th scope="col">_("Closes")</th><th scope="col">_("Opens again")</th><th scope="col">_("Closes")</th></tr></thead>
    <tbody>{{#DAY}}<tr><th scope="row">{{DAY_NAME}}</th>{{#RANGE}}<td><input type="time" name="hours-{{CODE}}-{{N}}-from" value="{{FROM}}" aria-label="_("{{DAY_NAME}}, opening {{N}}: from")"></td><td><input type="time" name="hours-{{CODE}}-{{N}}-to" value="{{TO}}" aria-label="_("{{DAY_NAME}}, opening {{N}}: until")"></td>{{/RANGE}}</tr>{{/DAY}}</tbody>
    </table></div>
  </fieldset>
  <div>
    <label for="phones">_("Phones, one a line")</label>
    {{#PHONES_INVALID}}<span class="field-error" id="phones-error">{{PHONES_ERROR}}</span>{{/PHONES_INVALID}}
    <textarea id="phones" name="phones" rows="3" maxlength="500"{{#PHONES_INVALID}} aria-invalid="true" aria-describedby="phones-error"{{/PHONES_INVALID}}>{{PHONES:pre_escape}}</textarea>
  </div>
  <div>
    <label for="email">_("E-mail")</label>
    <input type="email" id="email" name="email" value="{{EMAIL}}" maxlength="254">
  </div>
  <div>
    <label for="url">_("Website")</label>
    <input type="url" id="url" name="url" value="{{URL}}" maxlength="500">
  </div>
  <div>
    <label for="status">_("Status")</label>
    <select id="status" name="status">{{#STATUS_OPTION}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/STATUS_OPTION}}</select>
  </div>
  <div><button type="submit">_("Send the proposal")</button></div>
</form>
