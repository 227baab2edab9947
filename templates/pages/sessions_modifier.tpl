{{%AUTOESCAPE context="HTML"}}<p><a href="/emploi/sessions/{{NUMERO}}">← Session n° {{NUMERO}} — {{MOIS}}</a></p>
<h1>Modifier la session n° {{NUMERO}}</h1>

<section class="carte">
{{#FORM_SESSION}}
{{#ERREURS}}<p class="message-erreur" role="alert">La session n'a pas été modifiée : corrigez les champs signalés.</p>{{/ERREURS}}
<form method="post" action="/emploi/sessions/{{NUMERO}}/modifier" class="formulaire">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <label for="mois">Mois de la session</label>
  <input id="mois" name="mois" value="{{VALEUR_MOIS}}" required maxlength="30" autocomplete="off" aria-describedby="mois-aide{{#ERREUR_MOIS}} mois-erreur{{/ERREUR_MOIS}}"{{#ERREUR_MOIS}} aria-invalid="true"{{/ERREUR_MOIS}}>
  <p class="discret" id="mois-aide">Le mois et l'année, par exemple «&nbsp;mars&nbsp;2031&nbsp;» ou «&nbsp;03/2031&nbsp;». Les ateliers gardent leur date : ceux qui ne tombent plus dans le mois choisi seront signalés sur la page de la session.</p>
  {{#ERREUR_MOIS}}<p class="erreur-champ" id="mois-erreur">{{MESSAGE}}</p>{{/ERREUR_MOIS}}
  <label for="intitule">Intitulé (facultatif)</label>
  <input id="intitule" name="intitule" value="{{VALEUR_INTITULE}}" maxlength="200"{{#ERREUR_INTITULE}} aria-invalid="true" aria-describedby="intitule-erreur"{{/ERREUR_INTITULE}}>
  {{#ERREUR_INTITULE}}<p class="erreur-champ" id="intitule-erreur">{{MESSAGE}}</p>{{/ERREUR_INTITULE}}
  <button type="submit">Enregistrer la modification</button>
</form>
{{/FORM_SESSION}}
</section>

<section class="carte" id="suppression">
<h2>Supprimer la session</h2>
{{#FORM_SUPPRESSION}}
{{#ERREURS}}<p class="message-erreur" role="alert">{{#ERREUR_SESSION}}{{MESSAGE}}{{/ERREUR_SESSION}}</p>{{/ERREURS}}
{{#IMPOSSIBLE}}<p>{{INSCRITS}} : une session ne peut être supprimée que si personne n'y est inscrit.
Pour la supprimer, désinscrivez d'abord ses stagiaires depuis la <a href="/emploi/sessions/{{NUMERO}}#stagiaires">page de la session</a>.</p>{{/IMPOSSIBLE}}
{{#POSSIBLE}}<p>Personne n'est inscrit à cette session : vous pouvez la supprimer, avec {{ATELIERS}} et ses tuteurs et formateurs.
Le journal en garde la trace.</p>
<form method="post" action="/emploi/sessions/{{NUMERO}}/supprimer">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <button type="submit" class="danger">Supprimer la session n° {{NUMERO}}</button>
</form>{{/POSSIBLE}}
{{/FORM_SUPPRESSION}}
</section>
