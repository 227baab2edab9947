{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITRE}} — OPE</title>
<link rel="stylesheet" href="/static/ope.css">
</head>
<body>
<a class="evitement" href="#contenu">Aller au contenu</a>
<header class="bandeau">
  <a class="marque" href="/">OPE <span>sessions de formation</span></a>
  {{#CONNECTE}}
  <nav aria-label="Menu principal">
    <ul class="menu">
      {{#MENU_EMPLOI}}
      <li><span class="menu-titre">EMPLOI</span>
        <ul>
          <li><span class="menu-rubrique">SESSIONS</span> <a href="/emploi/sessions">Gestion des sessions</a></li>
          {{#MENU_FICHES}}<li><span class="menu-rubrique">FICHES</span> <a href="/emploi/stagiaires">Gestion des stagiaires</a></li>
          <li><span class="menu-rubrique">TUTEUR</span> <a href="/emploi/tuteur/documents">Documents stagiaires</a></li>
          <li><span class="menu-rubrique">RAPPORTS</span> <a href="/emploi/rapports/rsa" target="_blank" rel="noopener">Suivi RSA</a>
            <a href="/emploi/rapports/sessions" target="_blank" rel="noopener">Activité</a></li>{{/MENU_FICHES}}
          <li><span class="menu-rubrique">ANNUAIRE</span> <a href="/annuaire">Annuaire des stagiaires</a></li>
          {{#MENU_RESPONSABLE}}<li><span class="menu-rubrique">COMPTES</span> <a href="/emploi/intervenants">Intervenants</a></li>
          <li><span class="menu-rubrique">BIBLIOTHÈQUE</span> <a href="/emploi/documents">Documents</a></li>
          <li><span class="menu-rubrique">CONTRÔLE</span> <a href="/emploi/journal">Journal</a></li>
          <li><span class="menu-rubrique">IMPORT</span> <a href="/emploi/import">Stagiaires de l'ancien site</a></li>{{/MENU_RESPONSABLE}}
        </ul>
      </li>
      {{/MENU_EMPLOI}}
      {{#MENU_ESPACE}}<li><a href="/espace">Ma page personnelle</a></li>
      <li><a href="/annuaire">Annuaire</a></li>{{/MENU_ESPACE}}
    </ul>
  </nav>
  <form class="deconnexion" method="post" action="/deconnexion">
    <span class="utilisateur">{{UTILISATEUR}}</span>
    {{#MENU_EMPLOI}}<a href="/compte/mot-de-passe">Mon mot de passe</a>{{/MENU_EMPLOI}}{{#MENU_ESPACE}}<a href="/espace#mot-de-passe">Mon mot de passe</a>{{/MENU_ESPACE}}
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <button type="submit">Se déconnecter</button>
  </form>
  {{/CONNECTE}}
</header>
<main id="contenu">
{{#A_AVIS}}<p class="message-ok avis" role="status">{{AVIS}}</p>{{/A_AVIS}}
{{CONTENU:none}}
</main>
</body>
</html>
