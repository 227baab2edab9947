{{%AUTOESCAPE context="HTML"}}<div class="document accueil">
<p class="association">OPE — association pour l'emploi</p>
<h1>Bienvenue, {{NOM_COMPLET}}</h1>
<p>Votre espace personnel sur le site de l'OPE vous permet de suivre vos ateliers, de lire les commentaires
de votre tuteur et de mettre à jour vos coordonnées.</p>
<dl class="identifiants">
  <dt>Adresse du site</dt><dd>{{SITE}}</dd>
  <dt>Identifiant</dt><dd>{{LOGIN}}</dd>
  {{#INITIAL}}<dt>Mot de passe</dt><dd>{{MOT_DE_PASSE}}</dd>{{/INITIAL}}
  {{#AUCUN}}<dt>Mot de passe</dt><dd class="phrase">à demander à votre tuteur.</dd>{{/AUCUN}}
  {{#CHOISI}}<dt>Mot de passe</dt><dd class="phrase">Vous avez choisi votre mot de passe lors de votre première connexion : utilisez celui-là.</dd>{{/CHOISI}}
</dl>
<h2>Pour vous connecter</h2>
<ol>
  <li>Ouvrez l'adresse du site ci-dessus dans votre navigateur.</li>
  <li>Saisissez votre identifiant et votre mot de passe, puis cliquez sur « Se connecter ».</li>
  <li>Lors de votre première connexion, choisissez un mot de passe personnel (10 caractères au moins).</li>
  <li>Cliquez sur « Mise à jour des données personnelles » pour vérifier et compléter vos coordonnées, puis sur « Enregistrer ».</li>
</ol>
<p>Gardez cette fiche : elle contient vos identifiants de connexion. En cas d'oubli, demandez à votre tuteur un nouveau mot de passe.</p>
<div class="action-personnel ne-pas-imprimer">
  {{#CHOISI}}<p>Ce stagiaire a choisi son propre mot de passe, qui n'est pas lisible. S'il l'a oublié, donnez-lui un nouveau mot de passe initial :</p>{{/CHOISI}}
  {{#INITIAL}}<p>Pour remplacer ce mot de passe initial par un nouveau :</p>{{/INITIAL}}
  {{#AUCUN}}<p class="interne">Ce compte n'a pas encore de mot de passe (fiche importée de l'ancien site) : donnez-lui un mot de passe initial avant d'imprimer cette fiche.</p>{{/AUCUN}}
  <form method="post" action="/emploi/stagiaires/{{ID}}/mot-de-passe">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <button type="submit">Donner un nouveau mot de passe initial</button>
  </form>
</div>
</div>
