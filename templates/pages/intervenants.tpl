{{%AUTOESCAPE context="HTML"}}<h1>Intervenants</h1>
<p>Les comptes du personnel : responsables, tuteurs et formateurs. Les comptes actifs apparaissent dans les listes déroulantes des sessions ;
un compte désactivé ne peut plus se connecter mais reste sur les sessions passées et dans le journal.</p>
<table class="liste cartes">
  <thead><tr><th scope="col">Identifiant</th><th scope="col">Nom</th><th scope="col">Prénom</th><th scope="col">E-mail</th><th scope="col">Rôle</th><th scope="col">État</th><th scope="col"><span class="invisible">Action</span></th></tr></thead>
  <tbody>
  {{#COMPTE}}<tr{{#INACTIF}} class="inactif"{{/INACTIF}}><td data-titre="Identifiant" class="long">{{LOGIN}}</td><td data-titre="Nom"><a href="/emploi/intervenants/{{ID}}">{{NOM}}</a></td><td data-titre="Prénom">{{PRENOM}}</td>
    <td data-titre="E-mail" class="long">{{#AVEC_EMAIL}}{{EMAIL}}{{/AVEC_EMAIL}}{{#SANS_EMAIL}}<span class="etiquette a-faire">pas d'e-mail</span>{{/SANS_EMAIL}}</td><td data-titre="Rôle">{{ROLE}}</td>
    <td data-titre="État">{{#ACTIF}}actif{{/ACTIF}}{{#INACTIF}}<span class="etiquette">désactivé</span>{{/INACTIF}}</td>
    <td><a href="/emploi/intervenants/{{ID}}" aria-label="Modifier le compte {{LOGIN}}">Modifier</a></td></tr>{{/COMPTE}}
  </tbody>
</table>

<section class="carte">
<h2>Créer un compte</h2>
{{#FORM_COMPTE}}
{{#ERREURS}}<p class="message-erreur" role="alert">Le compte n'a pas été créé : corrigez les champs signalés.</p>{{/ERREURS}}
<form method="post" action="/emploi/intervenants" class="formulaire">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <label for="login">Identifiant</label>
  <input id="login" name="login" value="{{VALEUR_LOGIN}}" required maxlength="64" autocomplete="off"{{#ERREUR_LOGIN}} aria-invalid="true" aria-describedby="login-erreur"{{/ERREUR_LOGIN}}>
  {{#ERREUR_LOGIN}}<p class="erreur-champ" id="login-erreur">{{MESSAGE}}</p>{{/ERREUR_LOGIN}}
  <label for="nom">Nom</label>
  <input id="nom" name="nom" value="{{VALEUR_NOM}}" required maxlength="100"{{#ERREUR_NOM}} aria-invalid="true" aria-describedby="nom-erreur"{{/ERREUR_NOM}}>
  {{#ERREUR_NOM}}<p class="erreur-champ" id="nom-erreur">{{MESSAGE}}</p>{{/ERREUR_NOM}}
  <label for="prenom">Prénom</label>
  <input id="prenom" name="prenom" value="{{VALEUR_PRENOM}}" required maxlength="100"{{#ERREUR_PRENOM}} aria-invalid="true" aria-describedby="prenom-erreur"{{/ERREUR_PRENOM}}>
  {{#ERREUR_PRENOM}}<p class="erreur-champ" id="prenom-erreur">{{MESSAGE}}</p>{{/ERREUR_PRENOM}}
  <label for="email">E-mail</label>
  <input id="email" name="email" type="email" value="{{VALEUR_EMAIL}}" maxlength="254"{{#ERREUR_EMAIL}} aria-invalid="true" aria-describedby="email-erreur"{{/ERREUR_EMAIL}}>
  {{#ERREUR_EMAIL}}<p class="erreur-champ" id="email-erreur">{{MESSAGE}}</p>{{/ERREUR_EMAIL}}
  <label for="role">Rôle</label>
  <select id="role" name="role"{{#ERREUR_ROLE}} aria-invalid="true" aria-describedby="role-erreur"{{/ERREUR_ROLE}}>
    <option value="tuteur"{{#ROLE_TUTEUR}} selected{{/ROLE_TUTEUR}}>tuteur</option>
    <option value="formateur"{{#ROLE_FORMATEUR}} selected{{/ROLE_FORMATEUR}}>formateur</option>
    <option value="responsable"{{#ROLE_RESPONSABLE}} selected{{/ROLE_RESPONSABLE}}>responsable</option>
  </select>
  {{#ERREUR_ROLE}}<p class="erreur-champ" id="role-erreur">{{MESSAGE}}</p>{{/ERREUR_ROLE}}
  <label for="mot_de_passe">Mot de passe (10 caractères au moins, lettres et chiffres)</label>
  <input id="mot_de_passe" name="mot_de_passe" type="password" required autocomplete="new-password"{{#ERREUR_MOT_DE_PASSE}} aria-invalid="true" aria-describedby="mot_de_passe-erreur"{{/ERREUR_MOT_DE_PASSE}}>
  {{#ERREUR_MOT_DE_PASSE}}<p class="erreur-champ" id="mot_de_passe-erreur">{{MESSAGE}}</p>{{/ERREUR_MOT_DE_PASSE}}
  <button type="submit">Créer le compte</button>
</form>
{{/FORM_COMPTE}}
</section>
