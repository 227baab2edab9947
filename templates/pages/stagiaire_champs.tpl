{{%AUTOESCAPE context="HTML"}}{{#ERREUR_VERSION}}<p class="message-erreur" role="alert" id="version-erreur">{{MESSAGE}}</p>{{/ERREUR_VERSION}}
<input type="hidden" name="version" value="{{VALEUR_VERSION}}">
<fieldset class="grille">
  <legend>Identité</legend>
  <div><fieldset class="choix-groupe">
    <legend>Civilité</legend>
    <label class="choix"><input type="radio" name="civilite" value="M."{{#CIVILITE_M}} checked{{/CIVILITE_M}} required{{#ERREUR_CIVILITE}} aria-invalid="true" aria-describedby="civilite-erreur"{{/ERREUR_CIVILITE}}> M.</label>
    <label class="choix"><input type="radio" name="civilite" value="Mme"{{#CIVILITE_MME}} checked{{/CIVILITE_MME}}{{#ERREUR_CIVILITE}} aria-invalid="true" aria-describedby="civilite-erreur"{{/ERREUR_CIVILITE}}> Mme</label>
    {{#ERREUR_CIVILITE}}<p class="erreur-champ" id="civilite-erreur">{{MESSAGE}}</p>{{/ERREUR_CIVILITE}}
  </fieldset></div>
  <div><label for="nom">Nom</label>
    <input id="nom" name="nom" value="{{VALEUR_NOM}}" required maxlength="100" autocomplete="family-name"{{#ERREUR_NOM}} aria-invalid="true" aria-describedby="nom-erreur"{{/ERREUR_NOM}}>
    {{#ERREUR_NOM}}<p class="erreur-champ" id="nom-erreur">{{MESSAGE}}</p>{{/ERREUR_NOM}}</div>
  <div><label for="prenom">Prénom</label>
    <input id="prenom" name="prenom" value="{{VALEUR_PRENOM}}" required maxlength="100" autocomplete="given-name"{{#ERREUR_PRENOM}} aria-invalid="true" aria-describedby="prenom-erreur"{{/ERREUR_PRENOM}}>
    {{#ERREUR_PRENOM}}<p class="erreur-champ" id="prenom-erreur">{{MESSAGE}}</p>{{/ERREUR_PRENOM}}</div>
  <div><label for="date_naissance">Date de naissance (jj/mm/aaaa)</label>
    <input id="date_naissance" name="date_naissance" value="{{VALEUR_DATE_NAISSANCE}}" maxlength="10" placeholder="jj/mm/aaaa" inputmode="numeric"{{#ERREUR_DATE_NAISSANCE}} aria-invalid="true" aria-describedby="date_naissance-erreur"{{/ERREUR_DATE_NAISSANCE}}>
    {{#ERREUR_DATE_NAISSANCE}}<p class="erreur-champ" id="date_naissance-erreur">{{MESSAGE}}</p>{{/ERREUR_DATE_NAISSANCE}}</div>
</fieldset>
<fieldset class="grille">
  <legend>Coordonnées</legend>
  <div class="large"><label for="adresse">Adresse</label>
    <input id="adresse" name="adresse" value="{{VALEUR_ADRESSE}}" maxlength="255" autocomplete="street-address"{{#ERREUR_ADRESSE}} aria-invalid="true" aria-describedby="adresse-erreur"{{/ERREUR_ADRESSE}}>
    {{#ERREUR_ADRESSE}}<p class="erreur-champ" id="adresse-erreur">{{MESSAGE}}</p>{{/ERREUR_ADRESSE}}</div>
  <div><label for="code_postal">Code postal</label>
    <input id="code_postal" name="code_postal" value="{{VALEUR_CODE_POSTAL}}" maxlength="10" inputmode="numeric" autocomplete="postal-code"{{#ERREUR_CODE_POSTAL}} aria-invalid="true" aria-describedby="code_postal-erreur"{{/ERREUR_CODE_POSTAL}}>
    {{#ERREUR_CODE_POSTAL}}<p class="erreur-champ" id="code_postal-erreur">{{MESSAGE}}</p>{{/ERREUR_CODE_POSTAL}}</div>
  <div><label for="ville">Ville</label>
    <input id="ville" name="ville" value="{{VALEUR_VILLE}}" maxlength="100" autocomplete="address-level2"{{#ERREUR_VILLE}} aria-invalid="true" aria-describedby="ville-erreur"{{/ERREUR_VILLE}}>
    {{#ERREUR_VILLE}}<p class="erreur-champ" id="ville-erreur">{{MESSAGE}}</p>{{/ERREUR_VILLE}}</div>
  <div><label for="tel_fixe">Téléphone fixe</label>
    <input id="tel_fixe" name="tel_fixe" value="{{VALEUR_TEL_FIXE}}" maxlength="30" placeholder="03 20 12 34 56" inputmode="tel"{{#ERREUR_TEL_FIXE}} aria-invalid="true" aria-describedby="tel_fixe-erreur"{{/ERREUR_TEL_FIXE}}>
    {{#ERREUR_TEL_FIXE}}<p class="erreur-champ" id="tel_fixe-erreur">{{MESSAGE}}</p>{{/ERREUR_TEL_FIXE}}</div>
  <div><label for="tel_portable">Téléphone portable</label>
    <input id="tel_portable" name="tel_portable" value="{{VALEUR_TEL_PORTABLE}}" maxlength="30" placeholder="06 12 34 56 78" inputmode="tel"{{#ERREUR_TEL_PORTABLE}} aria-invalid="true" aria-describedby="tel_portable-erreur"{{/ERREUR_TEL_PORTABLE}}>
    {{#ERREUR_TEL_PORTABLE}}<p class="erreur-champ" id="tel_portable-erreur">{{MESSAGE}}</p>{{/ERREUR_TEL_PORTABLE}}</div>
  <div class="large"><label for="email">E-mail</label>
    <input id="email" name="email" value="{{VALEUR_EMAIL}}" maxlength="254" inputmode="email" autocomplete="email"{{#ERREUR_EMAIL}} aria-invalid="true" aria-describedby="email-erreur"{{/ERREUR_EMAIL}}>
    {{#ERREUR_EMAIL}}<p class="erreur-champ" id="email-erreur">{{MESSAGE}}</p>{{/ERREUR_EMAIL}}</div>
</fieldset>
<fieldset>
  <legend>Parution dans l'annuaire du site</legend>
  <label class="choix"><input type="checkbox" name="parution_adresse" value="1"{{#PARUTION_ADRESSE_1}} checked{{/PARUTION_ADRESSE_1}}{{#ERREUR_PARUTION_ADRESSE}} aria-describedby="parution_adresse-erreur"{{/ERREUR_PARUTION_ADRESSE}}> adresse</label>
  <label class="choix"><input type="checkbox" name="parution_telephone" value="1"{{#PARUTION_TELEPHONE_1}} checked{{/PARUTION_TELEPHONE_1}}{{#ERREUR_PARUTION_TELEPHONE}} aria-describedby="parution_telephone-erreur"{{/ERREUR_PARUTION_TELEPHONE}}> téléphones</label>
  <label class="choix"><input type="checkbox" name="parution_email" value="1"{{#PARUTION_EMAIL_1}} checked{{/PARUTION_EMAIL_1}}{{#ERREUR_PARUTION_EMAIL}} aria-describedby="parution_email-erreur"{{/ERREUR_PARUTION_EMAIL}}> e-mail</label>
  {{#ERREUR_PARUTION_ADRESSE}}<p class="erreur-champ" id="parution_adresse-erreur">Adresse : {{MESSAGE}}</p>{{/ERREUR_PARUTION_ADRESSE}}
  {{#ERREUR_PARUTION_TELEPHONE}}<p class="erreur-champ" id="parution_telephone-erreur">Téléphones : {{MESSAGE}}</p>{{/ERREUR_PARUTION_TELEPHONE}}
  {{#ERREUR_PARUTION_EMAIL}}<p class="erreur-champ" id="parution_email-erreur">E-mail : {{MESSAGE}}</p>{{/ERREUR_PARUTION_EMAIL}}
</fieldset>
