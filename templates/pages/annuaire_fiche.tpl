{{%AUTOESCAPE context="HTML"}}<p class="nom">{{NOM_COMPLET}}</p>
<dl>
  {{#A_EMAIL}}<dt>E-mail</dt><dd><a href="mailto:{{EMAIL}}">{{EMAIL}}</a></dd>{{/A_EMAIL}}
  {{#A_TELEPHONES}}<dt>Téléphone</dt><dd>{{TELEPHONES}}</dd>{{/A_TELEPHONES}}
  {{#A_ADRESSE}}<dt>Adresse</dt><dd>{{ADRESSE}}</dd>{{/A_ADRESSE}}
</dl>
