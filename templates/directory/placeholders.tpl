<p class="lead">_("An import kept these services although their source named an organisation it did not hold. Each is attached to a placeholder named after the source's identifier: find the real organisation, then import it or correct the source. The next import that holds it completes the placeholder.")</p>
{{#NONE}}<p>_("No import left an organisation to complete.")</p>{{/NONE}}
<table class="data">
<caption>_("Placeholder organisations")</caption>
<thead><tr><th scope="col">_("Identifier in the source")</th><th scope="col">_("Created on")</th><th scope="col">_("Services")</th></tr></thead>
<tbody>
{{#PLACEHOLDER}}<tr><td><a href="{{HREF}}">{{SOURCE_ID}}</a></td><td>{{CREATED}}</td><td>{{SERVICES}}</td></tr>{{/PLACEHOLDER}}
</tbody>
</table>
