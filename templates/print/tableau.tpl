{{%AUTOESCAPE context="HTML"}}<div class="defilement">
<table class="impression rapport">
  <thead><tr>{{#ENTETE}}<th scope="col"{{#A_CLASSE}} class="{{CLASSE}}"{{/A_CLASSE}}>{{TITRE}}</th>{{/ENTETE}}</tr></thead>
  <tbody>
  {{#LIGNE}}<tr>{{#CELLULE}}<td{{#A_CLASSE}} class="{{CLASSE}}"{{/A_CLASSE}}>{{TEXTE}}</td>{{/CELLULE}}</tr>
  {{/LIGNE}}
  </tbody>
  {{#TOTAL}}<tfoot><tr class="total">{{#CELLULE}}<td{{#A_CLASSE}} class="{{CLASSE}}"{{/A_CLASSE}}>{{TEXTE}}</td>{{/CELLULE}}</tr></tfoot>{{/TOTAL}}
</table>
</div>
