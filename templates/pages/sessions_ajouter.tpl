{{%AUTOESCAPE context="HTML"}}<h1>Ajouter une session</h1>
<p><a href="/emploi/sessions">← Gestion des sessions</a></p>
{{#ERREURS}}<p class="message-erreur" role="alert">La session n'a pas été créée : corrigez les champs signalés.</p>{{/ERREURS}}
<form method="post" action="/emploi/sessions/ajouter" class="formulaire">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <label for="mois">Mois de la session</label>
  <input id="mois" name="mois" value="{{VALEUR_MOIS}}" required maxlength="30" autocomplete="off" aria-describedby="mois-aide{{#ERREUR_MOIS}} mois-erreur{{/ERREUR_MOIS}}"{{#ERREUR_MOIS}} aria-invalid="true"{{/ERREUR_MOIS}}>
  <p class="discret" id="mois-aide">Le mois et l'année, par exemple «&nbsp;mars&nbsp;2031&nbsp;» ou «&nbsp;03/2031&nbsp;».</p>
  {{#ERREUR_MOIS}}<p class="erreur-champ" id="mois-erreur">{{MESSAGE}}</p>{{/ERREUR_MOIS}}
  <label for="intitule">Intitulé (facultatif)</label>
  <input id="intitule" name="intitule" value="{{VALEUR_INTITULE}}" maxlength="200"{{#ERREUR_INTITULE}} aria-invalid="true" aria-describedby="intitule-erreur"{{/ERREUR_INTITULE}}>
  {{#ERREUR_INTITULE}}<p class="erreur-champ" id="intitule-erreur">{{MESSAGE}}</p>{{/ERREUR_INTITULE}}
  <button type="submit">Valider la création</button>
</form>
