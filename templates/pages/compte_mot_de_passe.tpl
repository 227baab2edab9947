{{%AUTOESCAPE context="HTML"}}<h1>Mon mot de passe</h1>
<p class="discret">Identifiant de connexion : <strong>{{LOGIN}}</strong></p>
{{#CHOISIR_MOT_DE_PASSE}}<p class="rappel" role="status"><strong>Bienvenue !</strong> Vous vous êtes connecté·e avec un mot de passe
initial donné par le responsable emploi : choisissez maintenant votre propre mot de passe.</p>{{/CHOISIR_MOT_DE_PASSE}}
<section class="carte">
{{#FORM_MOT_DE_PASSE}}
{{#ERREURS}}<p class="message-erreur" role="alert">Le mot de passe n'a pas été changé : corrigez les champs signalés.</p>{{/ERREURS}}
<form method="post" action="/compte/mot-de-passe" class="formulaire">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{>CHAMPS_MOT_DE_PASSE}}
  <p class="discret">Vos autres connexions au site (un autre ordinateur, un téléphone) seront fermées ; celle-ci reste ouverte.</p>
  <button type="submit">Changer mon mot de passe</button>
</form>
{{/FORM_MOT_DE_PASSE}}
</section>
