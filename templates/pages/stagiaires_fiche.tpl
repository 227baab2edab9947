{{%AUTOESCAPE context="HTML"}}<p><a href="/emploi/stagiaires">← Recherche des stagiaires OPE</a></p>
<h1>Fiche du stagiaire : {{TITRE}}</h1>
<nav class="actions-session" aria-label="Documents du stagiaire">
  <a href="/emploi/stagiaires/{{ID}}/accueil" target="_blank" rel="noopener">fiche accueil</a>
  {{#RESPONSABLE}}<a href="/emploi/stagiaires/{{ID}}/export">exporter ses données (JSON)</a>
  <a href="/emploi/journal?stagiaire={{ID}}">journal de ses données</a>
  <form method="post" action="/emploi/stagiaires/{{ID}}/anonymiser" class="en-ligne">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <button type="submit" class="secondaire">anonymiser…</button>
  </form>{{/RESPONSABLE}}
</nav>
<p class="discret" id="parution">{{#PARUTION_CONFIRMEE}}Parution dans l'annuaire confirmée par le stagiaire le {{PARUTION_CONFIRMEE_LE}}.{{/PARUTION_CONFIRMEE}}{{#PARUTION_NON_CONFIRMEE}}Parution dans l'annuaire : pas encore confirmée par le stagiaire (il le fera à sa première connexion) ; d'ici là, il n'apparaît pas dans l'annuaire.{{/PARUTION_NON_CONFIRMEE}}</p>
{{#ANONYMISE}}<p class="rappel">Fiche anonymisée le {{ANONYMISE_LE}} : la personne n'est plus identifiable.</p>{{/ANONYMISE}}
<p class="discret">Fiche n° {{ID}} — identifiant de connexion : <strong>{{LOGIN}}</strong> — modifiée le {{MODIFIE_LE}}</p>
{{#PAR_LE_STAGIAIRE}}<p><span class="etiquette a-faire">modifié par le stagiaire le {{PAR_LE_STAGIAIRE_LE}}</span>
  — ce qui a changé est dans l'historique, en bas de la fiche.</p>{{/PAR_LE_STAGIAIRE}}

<section id="donnees" class="carte">
<h2>Données personnelles</h2>
{{#FORM_DONNEES}}
{{#ERREURS}}<p class="message-erreur" role="alert">Les modifications n'ont pas été enregistrées : corrigez les champs signalés.</p>{{/ERREURS}}
<form method="post" action="/emploi/stagiaires/{{ID}}" class="fiche">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{>CHAMPS_STAGIAIRE}}
  <button type="submit">Enregistrer</button>
</form>
{{/FORM_DONNEES}}
</section>

<section id="sessions" class="carte">
<h2>Sessions de formation</h2>
{{#AUCUNE_SESSION}}<p>Ce stagiaire n'est inscrit à aucune session.</p>{{/AUCUNE_SESSION}}
<table class="liste cartes">
  <thead><tr><th scope="col">Session</th><th scope="col">Statut de financement</th><th scope="col">N° CAF</th><th scope="col">N° CLI</th><th scope="col">Complément de financement</th><th scope="col"><span class="invisible">Action</span></th></tr></thead>
  <tbody>
  {{#INSCRIPTION}}<tr>
    <td data-titre="Session" class="long"><a href="/emploi/sessions/{{SESSION_ID}}">n° {{SESSION_ID}}</a> — {{MOIS}}<br><span class="discret">{{INTITULE}}</span>
      {{#FINANCEMENT_MANQUANT}}<br><span class="etiquette a-faire">statut de financement à renseigner</span>{{/FINANCEMENT_MANQUANT}}</td>
    <td data-titre="Statut de financement"><select form="financement-{{SESSION_ID}}" id="financement-{{SESSION_ID}}-statut" name="statut_financement" aria-label="Statut de financement, session {{SESSION_ID}}"{{#ERREUR_STATUT_FINANCEMENT}} aria-invalid="true" aria-describedby="financement-{{SESSION_ID}}-statut-erreur"{{/ERREUR_STATUT_FINANCEMENT}}>
        <option value="">— choisir —</option>
        {{#STATUT}}<option value="{{CODE}}"{{#CHOISI}} selected{{/CHOISI}}>{{LIBELLE}}</option>{{/STATUT}}
      </select>{{#ERREUR_STATUT_FINANCEMENT}}<p class="erreur-champ" id="financement-{{SESSION_ID}}-statut-erreur">{{MESSAGE}}</p>{{/ERREUR_STATUT_FINANCEMENT}}</td>
    <td data-titre="N° CAF"><input form="financement-{{SESSION_ID}}" id="financement-{{SESSION_ID}}-caf" name="numero_caf" value="{{VALEUR_NUMERO_CAF}}" maxlength="32" size="10" aria-label="Numéro CAF"{{#ERREUR_NUMERO_CAF}} aria-invalid="true" aria-describedby="financement-{{SESSION_ID}}-caf-erreur"{{/ERREUR_NUMERO_CAF}}>
      {{#ERREUR_NUMERO_CAF}}<p class="erreur-champ" id="financement-{{SESSION_ID}}-caf-erreur">{{MESSAGE}}</p>{{/ERREUR_NUMERO_CAF}}</td>
    <td data-titre="N° CLI"><input form="financement-{{SESSION_ID}}" id="financement-{{SESSION_ID}}-cli" name="numero_cli" value="{{VALEUR_NUMERO_CLI}}" maxlength="32" size="10" aria-label="Numéro CLI"{{#ERREUR_NUMERO_CLI}} aria-invalid="true" aria-describedby="financement-{{SESSION_ID}}-cli-erreur"{{/ERREUR_NUMERO_CLI}}>
      {{#ERREUR_NUMERO_CLI}}<p class="erreur-champ" id="financement-{{SESSION_ID}}-cli-erreur">{{MESSAGE}}</p>{{/ERREUR_NUMERO_CLI}}</td>
    <td data-titre="Complément de financement"><input form="financement-{{SESSION_ID}}" id="financement-{{SESSION_ID}}-complement" name="complement_financement" value="{{VALEUR_COMPLEMENT_FINANCEMENT}}" maxlength="200" aria-label="Complément de financement"{{#ERREUR_COMPLEMENT_FINANCEMENT}} aria-invalid="true" aria-describedby="financement-{{SESSION_ID}}-complement-erreur"{{/ERREUR_COMPLEMENT_FINANCEMENT}}>
      {{#ERREUR_COMPLEMENT_FINANCEMENT}}<p class="erreur-champ" id="financement-{{SESSION_ID}}-complement-erreur">{{MESSAGE}}</p>{{/ERREUR_COMPLEMENT_FINANCEMENT}}</td>
    <td><form id="financement-{{SESSION_ID}}" method="post" action="/emploi/stagiaires/{{ID}}/sessions/{{SESSION_ID}}" class="en-ligne">
      <input type="hidden" name="csrf" value="{{CSRF}}"><button type="submit">Enregistrer</button></form></td>
  </tr>{{/INSCRIPTION}}
  </tbody>
</table>
{{#AJOUT_SESSION}}
<details{{#OUVERT}} open{{/OUVERT}}>
<summary>Ajouter une session</summary>
{{#ERREURS}}<p class="message-erreur" role="alert">L'inscription n'a pas été enregistrée : corrigez les champs signalés.</p>{{/ERREURS}}
<form method="post" action="/emploi/stagiaires/{{ID}}/sessions" class="formulaire ligne" data-financement>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div><label for="session_id">Session</label>
  <select id="session_id" name="session_id" required{{#ERREUR_SESSION_ID}} aria-invalid="true" aria-describedby="session_id-erreur"{{/ERREUR_SESSION_ID}}>
    <option value="">— choisir —</option>
    {{#SESSION_OPTION}}<option value="{{ID}}"{{#CHOISIE}} selected{{/CHOISIE}}>{{LIBELLE}}</option>{{/SESSION_OPTION}}
  </select>
  {{#ERREUR_SESSION_ID}}<p class="erreur-champ" id="session_id-erreur">{{MESSAGE}}</p>{{/ERREUR_SESSION_ID}}</div>
  <div><label for="statut_financement">Statut de financement</label>
  <select id="statut_financement" name="statut_financement" required{{#ERREUR_STATUT_FINANCEMENT}} aria-invalid="true" aria-describedby="statut_financement-erreur"{{/ERREUR_STATUT_FINANCEMENT}}>
    <option value="">— choisir —</option>
    {{#STATUT}}<option value="{{CODE}}"{{#CHOISI}} selected{{/CHOISI}}>{{LIBELLE}}</option>{{/STATUT}}
  </select>
  {{#ERREUR_STATUT_FINANCEMENT}}<p class="erreur-champ" id="statut_financement-erreur">{{MESSAGE}}</p>{{/ERREUR_STATUT_FINANCEMENT}}</div>
  <div data-rsa><label for="numero_caf">N° CAF (RSA)</label>
  <input id="numero_caf" name="numero_caf" value="{{VALEUR_NUMERO_CAF}}" maxlength="32" size="10"{{#ERREUR_NUMERO_CAF}} aria-invalid="true" aria-describedby="numero_caf-erreur"{{/ERREUR_NUMERO_CAF}}>
  {{#ERREUR_NUMERO_CAF}}<p class="erreur-champ" id="numero_caf-erreur">{{MESSAGE}}</p>{{/ERREUR_NUMERO_CAF}}</div>
  <div data-rsa><label for="numero_cli">N° CLI (RSA)</label>
  <input id="numero_cli" name="numero_cli" value="{{VALEUR_NUMERO_CLI}}" maxlength="32" size="10"{{#ERREUR_NUMERO_CLI}} aria-invalid="true" aria-describedby="numero_cli-erreur"{{/ERREUR_NUMERO_CLI}}>
  {{#ERREUR_NUMERO_CLI}}<p class="erreur-champ" id="numero_cli-erreur">{{MESSAGE}}</p>{{/ERREUR_NUMERO_CLI}}</div>
  <div><label for="complement_financement">Complément de financement</label>
  <input id="complement_financement" name="complement_financement" value="{{VALEUR_COMPLEMENT_FINANCEMENT}}" maxlength="200"{{#ERREUR_COMPLEMENT_FINANCEMENT}} aria-invalid="true" aria-describedby="complement_financement-erreur"{{/ERREUR_COMPLEMENT_FINANCEMENT}}>
  {{#ERREUR_COMPLEMENT_FINANCEMENT}}<p class="erreur-champ" id="complement_financement-erreur">{{MESSAGE}}</p>{{/ERREUR_COMPLEMENT_FINANCEMENT}}</div>
  <div><button type="submit">Ajouter la session</button></div>
</form>
</details>
<script src="/static/inscription.js" defer></script>
{{/AJOUT_SESSION}}
</section>

<section id="etudes" class="carte">
<h2>Études</h2>
{{#AUCUNE_ETUDE}}<p>Aucune étude enregistrée : ajoutez-les une par une ci-dessous.</p>{{/AUCUNE_ETUDE}}
<table class="liste cartes">
  <thead><tr><th scope="col" class="nombre">Année</th><th scope="col">Diplôme / niveau</th><th scope="col">Spécialité</th><th scope="col">Établissement</th><th scope="col"><span class="invisible">Action</span></th></tr></thead>
  <tbody>
  {{#ETUDE}}<tr><td class="nombre" data-titre="Année">{{ANNEE}}</td><td data-titre="Diplôme / niveau" class="long">{{DIPLOME}}</td><td data-titre="Spécialité" class="long">{{SPECIALITE}}</td><td data-titre="Établissement" class="long">{{ETABLISSEMENT}}</td>
    <td><form class="en-ligne" method="post" action="/emploi/stagiaires/{{ID}}/etudes/{{ETUDE_ID}}/supprimer">
      <input type="hidden" name="csrf" value="{{CSRF}}">
      <button type="submit" class="croix" title="Supprimer cette ligne" aria-label="Supprimer l'étude {{DIPLOME}}">✕</button></form></td></tr>{{/ETUDE}}
  </tbody>
</table>
{{#FORM_ETUDE}}
{{#ERREURS}}<p class="message-erreur" role="alert">L'étude n'a pas été ajoutée : corrigez les champs signalés.</p>{{/ERREURS}}
<form method="post" action="/emploi/stagiaires/{{ID}}/etudes" class="formulaire ligne">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div><label for="annee">Année</label><input id="annee" name="annee" value="{{VALEUR_ANNEE}}" maxlength="4" size="5" inputmode="numeric"{{#ERREUR_ANNEE}} aria-invalid="true" aria-describedby="annee-erreur"{{/ERREUR_ANNEE}}>
  {{#ERREUR_ANNEE}}<p class="erreur-champ" id="annee-erreur">{{MESSAGE}}</p>{{/ERREUR_ANNEE}}</div>
  <div><label for="diplome">Diplôme / niveau</label><input id="diplome" name="diplome" value="{{VALEUR_DIPLOME}}" maxlength="200"{{#ERREUR_DIPLOME}} aria-invalid="true" aria-describedby="diplome-erreur"{{/ERREUR_DIPLOME}}>
  {{#ERREUR_DIPLOME}}<p class="erreur-champ" id="diplome-erreur">{{MESSAGE}}</p>{{/ERREUR_DIPLOME}}</div>
  <div><label for="specialite">Spécialité</label><input id="specialite" name="specialite" value="{{VALEUR_SPECIALITE}}" maxlength="200"{{#ERREUR_SPECIALITE}} aria-invalid="true" aria-describedby="specialite-erreur"{{/ERREUR_SPECIALITE}}>
  {{#ERREUR_SPECIALITE}}<p class="erreur-champ" id="specialite-erreur">{{MESSAGE}}</p>{{/ERREUR_SPECIALITE}}</div>
  <div><label for="etablissement">Établissement</label><input id="etablissement" name="etablissement" value="{{VALEUR_ETABLISSEMENT}}" maxlength="200"{{#ERREUR_ETABLISSEMENT}} aria-invalid="true" aria-describedby="etablissement-erreur"{{/ERREUR_ETABLISSEMENT}}>
  {{#ERREUR_ETABLISSEMENT}}<p class="erreur-champ" id="etablissement-erreur">{{MESSAGE}}</p>{{/ERREUR_ETABLISSEMENT}}</div>
  <div><button type="submit">Ajouter</button></div>
</form>
{{/FORM_ETUDE}}
</section>

<section id="historique" class="carte">
<details>
<summary>Historique des modifications</summary>
{{#SANS_HISTORIQUE}}<p>Aucune modification enregistrée pour ce stagiaire.</p>{{/SANS_HISTORIQUE}}
<table class="liste cartes">
  <thead><tr><th scope="col">Quand</th><th scope="col">Qui</th><th scope="col">Quoi</th></tr></thead>
  <tbody>
  {{#HISTORIQUE}}<tr><td data-titre="Quand">{{QUAND}}</td><td data-titre="Qui">{{QUI}}{{#PAR_STAGIAIRE}} <span class="etiquette a-faire">par le stagiaire</span>{{/PAR_STAGIAIRE}}</td>
    <td class="long"><ul class="changements">{{#CHANGEMENT}}<li>{{TEXTE}}</li>{{/CHANGEMENT}}</ul></td></tr>{{/HISTORIQUE}}
  </tbody>
</table>
</details>
</section>
