{{#NONE}}<p>_("No question here yet.")</p>{{/NONE}}
{{#SOME}}<ul class="questions">{{#ROW}}<li class="card">
  <span class="muted">{{POSITION}} · {{KIND}}{{#HAS_CHOICES}} ({{#CHOICE}}{{LABEL}}{{#CHOICE_separator}}, {{/CHOICE_separator}}{{/CHOICE}}){{/HAS_CHOICES}} · {{SET_FOR}}</span>
  {{#HAS_TEXT_FR}}<p lang="fr">{{TEXT_FR}}</p>{{/HAS_TEXT_FR}}{{#HAS_TEXT_NL}}<p lang="nl">{{TEXT_NL}}</p>{{/HAS_TEXT_NL}}{{#HAS_TEXT_EN}}<p lang="en">{{TEXT_EN}}</p>{{/HAS_TEXT_EN}}
  {{#REMOVABLE}}<form method="post" action="{{REMOVE_ACTION}}" class="inline"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="danger">_("Remove from the questionnaire")</button></form>{{/REMOVABLE}}
</li>{{/ROW}}</ul>{{/SOME}}
