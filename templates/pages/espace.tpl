{{%AUTOESCAPE context="HTML"}}<h1>Ma page personnelle</h1>
<p>Bonjour {{NOM_COMPLET}} — identifiant : <strong>{{LOGIN}}</strong></p>
{{#CHOISIR_MOT_DE_PASSE}}<p class="rappel" role="status"><strong>Bienvenue !</strong> Vous vous êtes connecté·e avec le mot de passe
de votre fiche d'accueil : choisissez maintenant votre propre mot de passe, plus bas (« Changer mon mot de passe »).</p>{{/CHOISIR_MOT_DE_PASSE}}
{{#PARUTION_A_CONFIRMER}}<p class="rappel" role="alert" id="parution-a-confirmer"><strong>À confirmer :</strong> lors de
votre entretien, votre tuteur a noté les coordonnées que vous acceptez de publier (« Parution dans l'annuaire du site », <a href="#annuaire">plus bas</a>). Vérifiez-les,
changez-les si besoin, puis enregistrez : tant que vous ne l'avez pas fait, rien de vous n'apparaît dans l'annuaire.</p>{{/PARUTION_A_CONFIRMER}}

<section class="carte">
<h2>Mes sessions de formation</h2>
{{#AUCUNE_SESSION}}<p>Vous n'êtes inscrit·e à aucune session pour l'instant.</p>{{/AUCUNE_SESSION}}
{{#SESSION}}
<article class="session-stagiaire">
  <h3>Session n° {{NUMERO}} — {{MOIS}}</h3>
  <p class="discret">{{INTITULE}}</p>
  <p><strong>{{TITRE_TUTEURS}} :</strong> {{TUTEURS}}<br><strong>{{TITRE_FORMATEURS}} :</strong> {{FORMATEURS}}</p>
  {{#SANS_ATELIER}}<p>Les ateliers de cette session ne sont pas encore fixés.</p>{{/SANS_ATELIER}}
  <table class="liste cartes">
    <thead><tr><th scope="col">Date</th><th scope="col">Atelier</th><th scope="col">Cycle</th><th scope="col">Présence</th><th scope="col">Commentaire du tuteur</th></tr></thead>
    <tbody>
    {{#ATELIER}}<tr><td data-titre="Date">{{DATE}}</td><td data-titre="Atelier" class="long">{{INTITULE}}</td><td data-titre="Cycle">{{CYCLE}}</td><td data-titre="Présence" class="statut {{CLASSE}}">{{STATUT}}</td><td data-titre="Commentaire du tuteur" class="long">{{#AVEC_COMMENTAIRE}}{{COMMENTAIRE}}{{/AVEC_COMMENTAIRE}}</td></tr>{{/ATELIER}}
    </tbody>
  </table>
</article>
{{/SESSION}}
</section>

<section id="donnees" class="carte">
{{#FORM_DONNEES}}
<details{{#OUVERT}} open{{/OUVERT}}>
<summary>Mise à jour des données personnelles</summary>
{{#ERREURS}}<p class="message-erreur" role="alert">Vos données n'ont pas été enregistrées : corrigez les champs signalés.</p>{{/ERREURS}}
<form method="post" action="/espace/donnees" class="fiche">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{>CHAMPS_STAGIAIRE}}
  <button type="submit">Enregistrer</button>
</form>
</details>
{{/FORM_DONNEES}}
</section>

<section id="annuaire" class="carte">
{{#FORM_PARUTION}}
<h2>Parution dans l'annuaire du site</h2>
<p>Les autres stagiaires de vos sessions vous trouvent dans l'<a href="/annuaire">annuaire</a>, avec les seules coordonnées
que vous acceptez d'y publier. Vous pouvez changer d'avis à tout moment.</p>
{{#APERCU}}<p>Ce qu'ils voient de vous aujourd'hui :</p>
<div class="annuaire">{{>FICHE}}</div>{{/APERCU}}
{{#NON_CONFIRME}}<p>Vous n'apparaissez pas encore dans l'annuaire : vérifiez les cases ci-dessous et enregistrez-les pour les confirmer.</p>{{/NON_CONFIRME}}
{{#ABSENT}}<p>Vous n'apparaissez pas dans l'annuaire : vous n'y publiez aucune coordonnée.</p>{{/ABSENT}}
<form method="post" action="/espace/annuaire">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <fieldset>
    <legend>Publier dans l'annuaire</legend>
    <label class="choix bloc"><input type="checkbox" name="parution_adresse" value="1"{{#PARUTION_ADRESSE_1}} checked{{/PARUTION_ADRESSE_1}}> mon adresse</label>
    <label class="choix bloc"><input type="checkbox" name="parution_telephone" value="1"{{#PARUTION_TELEPHONE_1}} checked{{/PARUTION_TELEPHONE_1}}> mes téléphones</label>
    <label class="choix bloc"><input type="checkbox" name="parution_email" value="1"{{#PARUTION_EMAIL_1}} checked{{/PARUTION_EMAIL_1}}> mon e-mail</label>
  </fieldset>
  <button type="submit">Enregistrer mes choix</button>
</form>
{{/FORM_PARUTION}}
</section>

<section id="mot-de-passe" class="carte">
{{#FORM_MOT_DE_PASSE}}
<details{{#OUVERT}} open{{/OUVERT}}>
<summary>Changer mon mot de passe</summary>
{{#ERREURS}}<p class="message-erreur" role="alert">Le mot de passe n'a pas été changé : corrigez les champs signalés.</p>{{/ERREURS}}
<form method="post" action="/espace/mot-de-passe" class="formulaire">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{>CHAMPS_MOT_DE_PASSE}}
  <button type="submit">Changer mon mot de passe</button>
</form>
</details>
{{/FORM_MOT_DE_PASSE}}
</section>

<section id="mes-donnees" class="carte">
<h2>Mes données personnelles</h2>
<p>Vous pouvez télécharger tout ce que l'association conserve sur vous (fiche, études, inscriptions,
présences, envois, historique) dans un fichier JSON :
<a href="/espace/export">télécharger mes données</a>.
Pour faire corriger ou effacer vos données, adressez-vous au responsable de la formation.</p>
</section>
