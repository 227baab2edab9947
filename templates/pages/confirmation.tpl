{{%AUTOESCAPE context="HTML"}}<p><a href="{{RETOUR}}">← Retour, sans rien supprimer</a></p>
<h1>{{TITRE}}</h1>
<div class="rappel" role="alert" id="a-confirmer">
  <p><strong>{{QUESTION}}</strong></p>
  <p>{{PERTES}} :</p>
</div>
<table class="liste cartes" aria-describedby="a-confirmer">
  <thead><tr><th scope="col">Date</th><th scope="col">Atelier</th><th scope="col">Stagiaire</th><th scope="col">Présence</th><th scope="col">Commentaire du tuteur</th></tr></thead>
  <tbody>
  {{#PERTE}}<tr><td data-titre="Date">{{DATE}}</td><td data-titre="Atelier" class="long">{{ATELIER}}</td><td data-titre="Stagiaire">{{STAGIAIRE}}</td><td data-titre="Présence" class="statut {{CLASSE}}">{{STATUT}}</td><td data-titre="Commentaire du tuteur" class="long">{{COMMENTAIRE}}</td></tr>{{/PERTE}}
  </tbody>
</table>
<p class="discret">Le journal en gardera la trace (statuts et commentaires){{#RESPONSABLE}} : vous pourrez les y relire et les ressaisir{{/RESPONSABLE}}.</p>
<div class="actions-confirmation">
  <form method="post" action="{{ACTION}}">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <input type="hidden" name="confirmer" value="1">
    <button type="submit" class="danger">{{BOUTON}}</button>
  </form>
  <a class="bouton secondaire" href="{{RETOUR}}">Annuler</a>
</div>
