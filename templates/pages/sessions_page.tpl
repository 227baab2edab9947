{{%AUTOESCAPE context="HTML"}}<p><a href="/emploi/sessions">← Gestion des sessions</a></p>
<h1>{{TITRE}}</h1>
{{#A_INTITULE}}<p class="sous-titre">{{INTITULE}}</p>{{/A_INTITULE}}
<nav class="actions-session" aria-label="Documents et actions de la session">
  <a href="/emploi/sessions/{{NUMERO}}/inscrits" target="_blank" rel="noopener">liste inscrits</a>
  {{#PEUT_INSCRIRE}}<a href="/emploi/sessions/{{NUMERO}}/inscrits?complet=1" target="_blank" rel="noopener">liste complète (interne)</a>{{/PEUT_INSCRIRE}}
  <a href="/emploi/sessions/{{NUMERO}}/presence/1" target="_blank" rel="noopener">feuille présence cycle 1</a>
  <a href="/emploi/sessions/{{NUMERO}}/presence/2" target="_blank" rel="noopener">feuille présence cycle 2</a>
  {{#PEUT_INSCRIRE}}<a href="/emploi/sessions/{{NUMERO}}/validation">validation des présences</a>
  <a href="/emploi/sessions/{{NUMERO}}/documentation">envoi documentation</a>{{/PEUT_INSCRIRE}}
  {{#PEUT_GERER}}<a href="/emploi/sessions/{{NUMERO}}/modifier">modifier la session</a>
  <a href="/emploi/journal?session={{NUMERO}}">journal</a>{{/PEUT_GERER}}
</nav>

<section id="intervenants" class="carte">
<h2>Tuteurs et formateurs</h2>
<div class="colonnes">
<div>
<h3>Tuteurs</h3>
<ul class="personnes">
{{#TUTEUR}}<li>{{NOM_COMPLET}}{{#INACTIF}} <span class="etiquette">compte désactivé</span>{{/INACTIF}}{{#SANS_EMAIL}} <span class="etiquette a-faire">pas d'e-mail</span>{{/SANS_EMAIL}}{{#RETIRER}}
  <form class="en-ligne" method="post" action="/emploi/sessions/{{NUMERO}}/intervenants/{{UTILISATEUR_ID}}/tuteur/supprimer">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <button type="submit" class="croix" title="Retirer {{NOM_COMPLET}}" aria-label="Retirer le tuteur {{NOM_COMPLET}}">✕</button>
  </form>{{/RETIRER}}</li>{{/TUTEUR}}
</ul>
</div>
<div>
<h3>Formateurs</h3>
<ul class="personnes">
{{#FORMATEUR}}<li>{{NOM_COMPLET}}{{#INACTIF}} <span class="etiquette">compte désactivé</span>{{/INACTIF}}{{#RETIRER}}
  <form class="en-ligne" method="post" action="/emploi/sessions/{{NUMERO}}/intervenants/{{UTILISATEUR_ID}}/formateur/supprimer">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <button type="submit" class="croix" title="Retirer {{NOM_COMPLET}}" aria-label="Retirer le formateur {{NOM_COMPLET}}">✕</button>
  </form>{{/RETIRER}}</li>{{/FORMATEUR}}
</ul>
</div>
</div>
{{#FORM_INTERVENANT}}
{{#ERREURS}}<p class="message-erreur" role="alert" id="intervenant-erreur">{{#ERREUR_UTILISATEUR_ID}}{{MESSAGE}} {{/ERREUR_UTILISATEUR_ID}}{{#ERREUR_ROLE}}{{MESSAGE}}{{/ERREUR_ROLE}}</p>{{/ERREURS}}
<div class="colonnes">
<form method="post" action="/emploi/sessions/{{NUMERO}}/intervenants" class="en-ligne">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="role" value="tuteur">
  <label for="ajout-tuteur">Ajouter un tuteur</label>
  <select id="ajout-tuteur" name="utilisateur_id" required{{#ROLE_TUTEUR}}{{#ERREURS}} aria-invalid="true" aria-describedby="intervenant-erreur"{{/ERREURS}}{{/ROLE_TUTEUR}}>
    <option value="">— choisir —</option>
    {{#OPTION_TUTEUR}}<option value="{{ID}}"{{#CHOISI}}{{#ROLE_TUTEUR}} selected{{/ROLE_TUTEUR}}{{/CHOISI}}>{{NOM_COMPLET}} ({{ROLE}}{{#SANS_EMAIL}}, pas d'e-mail{{/SANS_EMAIL}})</option>{{/OPTION_TUTEUR}}
  </select>
  <button type="submit">Ajouter</button>
</form>
<form method="post" action="/emploi/sessions/{{NUMERO}}/intervenants" class="en-ligne">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="role" value="formateur">
  <label for="ajout-formateur">Ajouter un formateur</label>
  <select id="ajout-formateur" name="utilisateur_id" required{{#ROLE_FORMATEUR}}{{#ERREURS}} aria-invalid="true" aria-describedby="intervenant-erreur"{{/ERREURS}}{{/ROLE_FORMATEUR}}>
    <option value="">— choisir —</option>
    {{#OPTION_FORMATEUR}}<option value="{{ID}}"{{#CHOISI}}{{#ROLE_FORMATEUR}} selected{{/ROLE_FORMATEUR}}{{/CHOISI}}>{{NOM_COMPLET}} ({{ROLE}})</option>{{/OPTION_FORMATEUR}}
  </select>
  <button type="submit">Ajouter</button>
</form>
</div>
{{/FORM_INTERVENANT}}
</section>

<section id="ateliers" class="carte">
<h2>Ateliers</h2>
{{#AUCUN_ATELIER}}<p>Aucun atelier pour l'instant.{{#PEUT_GERER}} Ajoutez-en un ci-dessous : il faut au moins un atelier pour inscrire des stagiaires.{{/PEUT_GERER}}</p>{{/AUCUN_ATELIER}}
<table class="liste ateliers cartes">
  <thead><tr><th scope="col">Date</th><th scope="col">Intitulé</th><th scope="col">Type</th>{{#PEUT_GERER}}<th scope="col"><span class="invisible">Actions</span></th>{{/PEUT_GERER}}</tr></thead>
  <tbody>
  {{#ATELIER}}<tr id="atelier-{{ID}}">
    {{#LECTURE}}<td data-titre="Date">{{DATE_FR}}{{#HORS_DU_MOIS}}<br><span class="etiquette a-faire">hors de {{MOIS_SESSION}}</span>{{/HORS_DU_MOIS}}</td><td data-titre="Intitulé" class="long">{{INTITULE}}</td><td data-titre="Type">{{CYCLE_LIBELLE}}</td>{{/LECTURE}}
    {{#MODIFIABLE}}
    <td data-titre="Date"><input form="modifier-{{ID}}" id="atelier-{{ID}}-date" name="date" type="date" value="{{VALEUR_DATE}}" required aria-label="Date de l'atelier"{{#ERREUR_DATE}} aria-invalid="true" aria-describedby="atelier-{{ID}}-date-erreur"{{/ERREUR_DATE}}>
      {{#ERREUR_DATE}}<p class="erreur-champ" id="atelier-{{ID}}-date-erreur">{{MESSAGE}}</p>{{/ERREUR_DATE}}
      {{#HORS_DU_MOIS}}<span class="etiquette a-faire" id="atelier-{{ID}}-hors-du-mois">hors de {{MOIS_SESSION}}</span>{{/HORS_DU_MOIS}}</td>
    <td data-titre="Intitulé" class="champ-large"><input form="modifier-{{ID}}" id="atelier-{{ID}}-intitule" name="intitule" value="{{VALEUR_INTITULE}}" maxlength="200" required aria-label="Intitulé de l'atelier"{{#ERREUR_INTITULE}} aria-invalid="true" aria-describedby="atelier-{{ID}}-intitule-erreur"{{/ERREUR_INTITULE}}>
      {{#ERREUR_INTITULE}}<p class="erreur-champ" id="atelier-{{ID}}-intitule-erreur">{{MESSAGE}}</p>{{/ERREUR_INTITULE}}</td>
    <td data-titre="Type"><select form="modifier-{{ID}}" id="atelier-{{ID}}-cycle" name="cycle" aria-label="Type d'atelier"{{#ERREUR_CYCLE}} aria-invalid="true" aria-describedby="atelier-{{ID}}-cycle-erreur"{{/ERREUR_CYCLE}}>
        <option value="1"{{#CYCLE_1}} selected{{/CYCLE_1}}>Cycle 1 : Formation</option>
        <option value="2"{{#CYCLE_2}} selected{{/CYCLE_2}}>Cycle 2 : Approfondissement</option>
      </select>
      {{#ERREUR_CYCLE}}<p class="erreur-champ" id="atelier-{{ID}}-cycle-erreur">{{MESSAGE}}</p>{{/ERREUR_CYCLE}}</td>
    <td class="actions">
      <form id="modifier-{{ID}}" class="en-ligne" method="post" action="/emploi/sessions/{{NUMERO}}/ateliers/{{ID}}">
        <input type="hidden" name="csrf" value="{{CSRF}}">
        <button type="submit" title="Enregistrer la modification">Enregistrer</button>
      </form>
      <form class="en-ligne" method="post" action="/emploi/sessions/{{NUMERO}}/ateliers/{{ID}}/supprimer">
        <input type="hidden" name="csrf" value="{{CSRF}}">
        <button type="submit" class="croix" title="Supprimer l'atelier" aria-label="Supprimer l'atelier du {{DATE_FR}}">✕</button>
      </form>
    </td>
    {{/MODIFIABLE}}
  </tr>{{/ATELIER}}
  </tbody>
</table>
{{#FORM_ATELIER}}
<h3>Ajouter un atelier</h3>
{{#ERREURS}}<p class="message-erreur" role="alert">L'atelier n'a pas été ajouté : corrigez les champs signalés.</p>{{/ERREURS}}
<form method="post" action="/emploi/sessions/{{NUMERO}}/ateliers" class="formulaire ligne">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div><label for="atelier-date">Date</label>
  <input id="atelier-date" name="date" type="date" value="{{VALEUR_DATE}}" required{{#ERREUR_DATE}} aria-invalid="true" aria-describedby="atelier-date-erreur"{{/ERREUR_DATE}}>
  {{#ERREUR_DATE}}<p class="erreur-champ" id="atelier-date-erreur">{{MESSAGE}}</p>{{/ERREUR_DATE}}</div>
  <div><label for="atelier-intitule">Intitulé</label>
  <input id="atelier-intitule" name="intitule" value="{{VALEUR_INTITULE}}" maxlength="200" required{{#ERREUR_INTITULE}} aria-invalid="true" aria-describedby="atelier-intitule-erreur"{{/ERREUR_INTITULE}}>
  {{#ERREUR_INTITULE}}<p class="erreur-champ" id="atelier-intitule-erreur">{{MESSAGE}}</p>{{/ERREUR_INTITULE}}</div>
  <div><label for="atelier-cycle">Type</label>
  <select id="atelier-cycle" name="cycle"{{#ERREUR_CYCLE}} aria-invalid="true" aria-describedby="atelier-cycle-erreur"{{/ERREUR_CYCLE}}>
    <option value="1">Cycle 1 : Formation</option>
    <option value="2"{{#CYCLE_2}} selected{{/CYCLE_2}}>Cycle 2 : Approfondissement</option>
  </select>
  {{#ERREUR_CYCLE}}<p class="erreur-champ" id="atelier-cycle-erreur">{{MESSAGE}}</p>{{/ERREUR_CYCLE}}</div>
  <div><button type="submit">Ajouter l'atelier</button></div>
</form>
{{/FORM_ATELIER}}
</section>

<section id="stagiaires" class="carte">
<h2>Stagiaires inscrits ({{NOMBRE_INSCRITS}})</h2>
{{#AUCUN_INSCRIT}}<p>Aucun stagiaire inscrit pour l'instant.</p>{{/AUCUN_INSCRIT}}
<ul class="personnes long">
{{#INSCRIT}}<li>{{#AVEC_FICHE}}<a href="/emploi/stagiaires/{{STAGIAIRE_ID}}">{{NOM_COMPLET}}</a>{{/AVEC_FICHE}}{{#SANS_FICHE}}{{NOM_COMPLET}}{{/SANS_FICHE}}
  {{#FINANCEMENT}}<span class="etiquette">{{STATUT}}</span>{{/FINANCEMENT}}
  {{#FINANCEMENT_MANQUANT}}<span class="etiquette a-faire">statut de financement à renseigner</span>{{/FINANCEMENT_MANQUANT}}
  {{#DESINSCRIRE}}<form class="en-ligne" method="post" action="/emploi/sessions/{{NUMERO}}/stagiaires/{{STAGIAIRE_ID}}/supprimer">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <button type="submit" class="croix" title="Désinscrire {{NOM_COMPLET}}" aria-label="Désinscrire {{NOM_COMPLET}}">✕</button>
  </form>{{/DESINSCRIRE}}</li>{{/INSCRIT}}
</ul>
{{#FORM_INSCRIPTION}}
<h3>Inscrire un stagiaire</h3>
<p class="rappel">ATTENTION : choisissez ici son statut de financement (et, pour le RSA, ses numéros CAF et CLI).
Si vous ne le connaissez pas encore, laissez « à renseigner » : cliquez ensuite sur le nom du stagiaire pour ouvrir sa fiche et l'enregistrer.</p>
{{#ERREURS}}<p class="message-erreur" role="alert">L'inscription n'a pas été enregistrée : corrigez les champs signalés.</p>{{/ERREURS}}
<form method="get" action="/emploi/sessions/{{NUMERO}}#stagiaires" class="formulaire ligne" role="search">
  <div><label for="q-stagiaire">Rechercher le stagiaire : nom, prénom, e-mail, téléphone ou ville</label>
  <input id="q-stagiaire" name="q" value="{{Q}}" maxlength="100" autocomplete="off" aria-describedby="recherche-etat"
    data-url="/emploi/sessions/{{NUMERO}}/stagiaires/recherche"></div>
  <div><button type="submit">Rechercher</button></div>
</form>
<p id="recherche-etat" class="discret" role="status">{{#CHERCHER}}Tapez le début de son nom, puis choisissez-le dans la liste (les stagiaires déjà inscrits n'y figurent pas).{{/CHERCHER}}{{#TROUVES}}{{NOMBRE}}{{#AFFINER}}, les {{MAX}} premiers ci-dessous : précisez la recherche{{/AFFINER}}.{{/TROUVES}}{{#AUCUN_CHOIX}}Aucun stagiaire non inscrit ne correspond à « {{Q}} ».{{/AUCUN_CHOIX}}</p>
<form method="post" action="/emploi/sessions/{{NUMERO}}/stagiaires" class="formulaire ligne" data-financement>
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <div><label for="stagiaire_id">Stagiaire</label>
  <select id="stagiaire_id" name="stagiaire_id" required{{#ERREUR_STAGIAIRE_ID}} aria-invalid="true" aria-describedby="stagiaire_id-erreur"{{/ERREUR_STAGIAIRE_ID}}>
    <option value="">— choisir —</option>
    {{#CHOIX}}<option value="{{ID}}"{{#CHOISI}} selected{{/CHOISI}}>{{LIBELLE}}</option>{{/CHOIX}}
  </select>
  {{#ERREUR_STAGIAIRE_ID}}<p class="erreur-champ" id="stagiaire_id-erreur">{{MESSAGE}}</p>{{/ERREUR_STAGIAIRE_ID}}</div>
  <div><label for="inscription-statut">Statut de financement</label>
  <select id="inscription-statut" name="statut_financement"{{#ERREUR_STATUT_FINANCEMENT}} aria-invalid="true" aria-describedby="inscription-statut-erreur"{{/ERREUR_STATUT_FINANCEMENT}}>
    <option value="">— à renseigner —</option>
    {{#STATUT}}<option value="{{CODE}}"{{#CHOISI}} selected{{/CHOISI}}>{{LIBELLE}}</option>{{/STATUT}}
  </select>
  {{#ERREUR_STATUT_FINANCEMENT}}<p class="erreur-champ" id="inscription-statut-erreur">{{MESSAGE}}</p>{{/ERREUR_STATUT_FINANCEMENT}}</div>
  <div data-rsa><label for="inscription-caf">N° CAF (RSA)</label>
  <input id="inscription-caf" name="numero_caf" value="{{VALEUR_NUMERO_CAF}}" maxlength="32" size="10"{{#ERREUR_NUMERO_CAF}} aria-invalid="true" aria-describedby="inscription-caf-erreur"{{/ERREUR_NUMERO_CAF}}>
  {{#ERREUR_NUMERO_CAF}}<p class="erreur-champ" id="inscription-caf-erreur">{{MESSAGE}}</p>{{/ERREUR_NUMERO_CAF}}</div>
  <div data-rsa><label for="inscription-cli">N° CLI (RSA)</label>
  <input id="inscription-cli" name="numero_cli" value="{{VALEUR_NUMERO_CLI}}" maxlength="32" size="10"{{#ERREUR_NUMERO_CLI}} aria-invalid="true" aria-describedby="inscription-cli-erreur"{{/ERREUR_NUMERO_CLI}}>
  {{#ERREUR_NUMERO_CLI}}<p class="erreur-champ" id="inscription-cli-erreur">{{MESSAGE}}</p>{{/ERREUR_NUMERO_CLI}}</div>
  <div><label for="inscription-complement">Complément de financement</label>
  <input id="inscription-complement" name="complement_financement" value="{{VALEUR_COMPLEMENT_FINANCEMENT}}" maxlength="200"{{#ERREUR_COMPLEMENT_FINANCEMENT}} aria-invalid="true" aria-describedby="inscription-complement-erreur"{{/ERREUR_COMPLEMENT_FINANCEMENT}}>
  {{#ERREUR_COMPLEMENT_FINANCEMENT}}<p class="erreur-champ" id="inscription-complement-erreur">{{MESSAGE}}</p>{{/ERREUR_COMPLEMENT_FINANCEMENT}}</div>
  <div><button type="submit">Inscrire</button></div>
</form>
<script src="/static/inscription.js" defer></script>
{{/FORM_INSCRIPTION}}
</section>

{{#ENVOIS}}
<section id="envois" class="carte">
<h2>Envois de documentation</h2>
{{#AUCUN_ENVOI}}<p>Aucun envoi pour cette session.</p>{{/AUCUN_ENVOI}}
{{#ENVOI}}<details class="envoi">
  <summary>{{QUAND}} — « {{SUJET}} » par {{EXPEDITEUR}}</summary>
  <p class="discret">Pièces jointes : {{PIECES}} — copie à l'expéditeur : {{COPIE}}</p>
  <ul class="long">{{#DESTINATAIRE}}<li>{{NOM}} &lt;{{EMAIL}}&gt; : <span class="envoi-{{CLASSE}}">{{STATUT}}</span></li>{{/DESTINATAIRE}}</ul>
</details>{{/ENVOI}}
</section>
{{/ENVOIS}}
