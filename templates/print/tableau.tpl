{{%AUTOESCAPE context="HTML"}}<div class="defilement">
<table class="impression rapport">
  <thead><tr>{{#ENTETE}}<th scope="col"{{#NOMBRE}} class="nombre"{{/NOMBRE}}>{{TITRE}}</th>{{/ENTETE}}</tr></thead>
  <tbody>
  {{#LIGNE}}<tr>{{#CELLULE}}<td{{#NOMBRE}} class="nombre"{{/NOMBRE}}>{{TEXTE}}</td>{{/CELLULE}}</tr>
  {{/LIGNE}}
  </tbody>
  {{#TOTAL}}<tfoot><tr class="total">{{#CELLULE}}<td{{#NOMBRE}} class="nombre"{{/NOMBRE}}>{{TEXTE}}</td>{{/CELLULE}}</tr></tfoot>{{/TOTAL}}
</table>
</div>
