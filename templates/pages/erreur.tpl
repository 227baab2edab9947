{{%AUTOESCAPE context="HTML"}}<h1>{{TITRE}}</h1>
<p class="message-erreur" role="alert">{{MESSAGE}}</p>
<p><a href="/">Retour à l'accueil</a></p>
<p class="discret">Code {{STATUT}}</p>
