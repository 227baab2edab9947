{{%AUTOESCAPE context="HTML"}}<p><a href="/emploi/intervenants">← Intervenants</a></p>
<h1>Compte de {{NOM_COMPLET}}</h1>
<p class="discret">Identifiant de connexion : <strong>{{LOGIN}}</strong> — dernière connexion : {{DERNIERE_CONNEXION}}{{#DOIT_CHOISIR}} — choisira son mot de passe à sa prochaine connexion{{/DOIT_CHOISIR}}</p>
{{#INACTIF}}<p class="rappel">Ce compte est <strong>désactivé</strong> : il ne peut plus se connecter et n'est plus proposé dans les listes déroulantes ; il reste sur les sessions passées et dans le journal. Cochez « Compte actif » pour le réactiver.</p>{{/INACTIF}}
{{#NOUVEAU_MOT_DE_PASSE}}<div class="message-ok" role="status" id="nouveau-mot-de-passe">
  <p>Nouveau mot de passe initial de <strong>{{LOGIN}}</strong> : <strong class="mot-de-passe">{{MOT_DE_PASSE}}</strong></p>
  <p>Notez-le et transmettez-le à la personne : il n'est affiché qu'une fois. Ses connexions en cours sont fermées ;
  à sa prochaine connexion, elle choisira son propre mot de passe.</p>
</div>{{/NOUVEAU_MOT_DE_PASSE}}

<section class="carte">
<h2>Modifier le compte</h2>
{{#FORM_COMPTE}}
{{#ERREURS}}<p class="message-erreur" role="alert">Le compte n'a pas été enregistré : corrigez les champs signalés.</p>{{/ERREURS}}
<form method="post" action="/emploi/intervenants/{{ID}}" class="formulaire">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <label for="nom">Nom</label>
  <input id="nom" name="nom" value="{{VALEUR_NOM}}" required maxlength="100"{{#ERREUR_NOM}} aria-invalid="true" aria-describedby="nom-erreur"{{/ERREUR_NOM}}>
  {{#ERREUR_NOM}}<p class="erreur-champ" id="nom-erreur">{{MESSAGE}}</p>{{/ERREUR_NOM}}
  <label for="prenom">Prénom</label>
  <input id="prenom" name="prenom" value="{{VALEUR_PRENOM}}" required maxlength="100"{{#ERREUR_PRENOM}} aria-invalid="true" aria-describedby="prenom-erreur"{{/ERREUR_PRENOM}}>
  {{#ERREUR_PRENOM}}<p class="erreur-champ" id="prenom-erreur">{{MESSAGE}}</p>{{/ERREUR_PRENOM}}
  <label for="email">E-mail</label>
  <input id="email" name="email" type="email" value="{{VALEUR_EMAIL}}" maxlength="254" aria-describedby="email-aide{{#ERREUR_EMAIL}} email-erreur{{/ERREUR_EMAIL}}"{{#ERREUR_EMAIL}} aria-invalid="true"{{/ERREUR_EMAIL}}>
  <p class="discret" id="email-aide">Sans e-mail, la copie des envois de documentation et les réponses des stagiaires ne peuvent pas lui parvenir.</p>
  {{#ERREUR_EMAIL}}<p class="erreur-champ" id="email-erreur">{{MESSAGE}}</p>{{/ERREUR_EMAIL}}
  <label for="role">Rôle</label>
  <select id="role" name="role"{{#ERREUR_ROLE}} aria-invalid="true" aria-describedby="role-erreur"{{/ERREUR_ROLE}}>
    <option value="tuteur"{{#ROLE_TUTEUR}} selected{{/ROLE_TUTEUR}}>tuteur</option>
    <option value="formateur"{{#ROLE_FORMATEUR}} selected{{/ROLE_FORMATEUR}}>formateur</option>
    <option value="responsable"{{#ROLE_RESPONSABLE}} selected{{/ROLE_RESPONSABLE}}>responsable</option>
  </select>
  {{#ERREUR_ROLE}}<p class="erreur-champ" id="role-erreur">{{MESSAGE}}</p>{{/ERREUR_ROLE}}
  <label class="choix"><input type="checkbox" name="actif" value="1"{{#ACTIF_1}} checked{{/ACTIF_1}}{{#ERREUR_ACTIF}} aria-invalid="true" aria-describedby="actif-erreur"{{/ERREUR_ACTIF}}> Compte actif (peut se connecter)</label>
  {{#ERREUR_ACTIF}}<p class="erreur-champ" id="actif-erreur">{{MESSAGE}}</p>{{/ERREUR_ACTIF}}
  <button type="submit">Enregistrer</button>
</form>
{{/FORM_COMPTE}}
</section>

{{#FORM_MOT_DE_PASSE}}
<section class="carte">
<h2>Nouveau mot de passe initial</h2>
<p>En cas d'oubli : un nouveau mot de passe est tiré au hasard et affiché une fois ici ; l'ancien ne fonctionne plus,
les connexions en cours sont fermées et la personne choisira son propre mot de passe à sa prochaine connexion.</p>
<form method="post" action="/emploi/intervenants/{{ID}}/mot-de-passe">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <button type="submit">Donner un nouveau mot de passe initial</button>
</form>
</section>
{{/FORM_MOT_DE_PASSE}}
