{{%AUTOESCAPE context="HTML"}}<section class="carte etroite">
<h1>Connexion</h1>
<p>Connectez-vous avec l'identifiant et le mot de passe qui vous ont été remis.</p>
{{#ERREUR_LOGIN}}<p class="message-erreur" role="alert" id="connexion-erreur">{{MESSAGE}}</p>{{/ERREUR_LOGIN}}
<form method="post" action="/connexion">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <input type="hidden" name="suite" value="{{VALEUR_SUITE}}">
  <label for="login">Identifiant</label>
  <input id="login" name="login" value="{{VALEUR_LOGIN}}" autocomplete="username" required autofocus maxlength="64"{{#ERREUR_LOGIN}} aria-invalid="true" aria-describedby="connexion-erreur"{{/ERREUR_LOGIN}}>
  <label for="mot_de_passe">Mot de passe</label>
  <input id="mot_de_passe" name="mot_de_passe" type="password" autocomplete="current-password" required>
  <button type="submit">Se connecter</button>
</form>
</section>
