{{%AUTOESCAPE context="HTML"}}<label for="actuel">Mot de passe actuel</label>
  <input id="actuel" name="actuel" type="password" required autocomplete="current-password"{{#ERREUR_ACTUEL}} aria-invalid="true" aria-describedby="actuel-erreur"{{/ERREUR_ACTUEL}}>
  {{#ERREUR_ACTUEL}}<p class="erreur-champ" id="actuel-erreur">{{MESSAGE}}</p>{{/ERREUR_ACTUEL}}
  <label for="nouveau">Nouveau mot de passe (10 caractères au moins, avec des lettres et au moins un chiffre ou un signe)</label>
  <input id="nouveau" name="nouveau" type="password" required autocomplete="new-password" minlength="10"{{#ERREUR_NOUVEAU}} aria-invalid="true" aria-describedby="nouveau-erreur"{{/ERREUR_NOUVEAU}}>
  {{#ERREUR_NOUVEAU}}<p class="erreur-champ" id="nouveau-erreur">{{MESSAGE}}</p>{{/ERREUR_NOUVEAU}}
  <label for="confirmation">Confirmation du nouveau mot de passe</label>
  <input id="confirmation" name="confirmation" type="password" required autocomplete="new-password"{{#ERREUR_CONFIRMATION}} aria-invalid="true" aria-describedby="confirmation-erreur"{{/ERREUR_CONFIRMATION}}>
  {{#ERREUR_CONFIRMATION}}<p class="erreur-champ" id="confirmation-erreur">{{MESSAGE}}</p>{{/ERREUR_CONFIRMATION}}
