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
          <li><span class="menu-rubrique">SESSIONS</span> <a href="/emploi/sessions"{{#ICI_SESSIONS}} aria-current="{{COURANT}}"{{/ICI_SESSIONS}}>Gestion des sessions</a></li>
          {{#MENU_FICHES}}<li><span class="menu-rubrique">FICHES</span> <a href="/emploi/stagiaires"{{#ICI_STAGIAIRES}} aria-current="{{COURANT}}"{{/ICI_STAGIAIRES}}>Gestion des stagiaires</a></li>
          <li><span class="menu-rubrique">TUTEUR</span> <a href="/emploi/tuteur/documents"{{#ICI_TUTEUR}} aria-current="{{COURANT}}"{{/ICI_TUTEUR}}>Documents stagiaires</a></li>
          <li><span class="menu-rubrique">RAPPORTS</span> <a href="/emploi/rapports/rsa" target="_blank" rel="noopener"{{#ICI_RAPPORT_RSA}} aria-current="{{COURANT}}"{{/ICI_RAPPORT_RSA}}>Suivi RSA</a>
            <a href="/emploi/rapports/sessions" target="_blank" rel="noopener"{{#ICI_RAPPORT_ACTIVITE}} aria-current="{{COURANT}}"{{/ICI_RAPPORT_ACTIVITE}}>Activité</a></li>{{/MENU_FICHES}}
          <li><span class="menu-rubrique">ANNUAIRE</span> <a href="/annuaire"{{#ICI_ANNUAIRE}} aria-current="{{COURANT}}"{{/ICI_ANNUAIRE}}>Annuaire des stagiaires</a></li>
          {{#MENU_RESPONSABLE}}<li><span class="menu-rubrique">COMPTES</span> <a href="/emploi/intervenants"{{#ICI_INTERVENANTS}} aria-current="{{COURANT}}"{{/ICI_INTERVENANTS}}>Intervenants</a></li>
          <li><span class="menu-rubrique">BIBLIOTHÈQUE</span> <a href="/emploi/documents"{{#ICI_DOCUMENTS}} aria-current="{{COURANT}}"{{/ICI_DOCUMENTS}}>Documents</a></li>
          <li><span class="menu-rubrique">CONTRÔLE</span> <a href="/emploi/journal"{{#ICI_JOURNAL}} aria-current="{{COURANT}}"{{/ICI_JOURNAL}}>Journal</a></li>
          <li><span class="menu-rubrique">IMPORT</span> <a href="/emploi/import"{{#ICI_IMPORT}} aria-current="{{COURANT}}"{{/ICI_IMPORT}}>Importer des fiches</a></li>{{/MENU_RESPONSABLE}}
        </ul>
      </li>
      {{/MENU_EMPLOI}}
      {{#MENU_ESPACE}}<li><a href="/espace"{{#ICI_ESPACE}} aria-current="{{COURANT}}"{{/ICI_ESPACE}}>Ma page personnelle</a></li>
      <li><a href="/annuaire"{{#ICI_ANNUAIRE}} aria-current="{{COURANT}}"{{/ICI_ANNUAIRE}}>Annuaire</a></li>{{/MENU_ESPACE}}
    </ul>
  </nav>
  <form class="deconnexion" method="post" action="/deconnexion">
    <span class="utilisateur">{{UTILISATEUR}}</span>
    {{#MENU_EMPLOI}}<a href="/compte/mot-de-passe"{{#ICI_MOT_DE_PASSE}} aria-current="{{COURANT}}"{{/ICI_MOT_DE_PASSE}}>Mon mot de passe</a>{{/MENU_EMPLOI}}{{#MENU_ESPACE}}<a href="/espace#mot-de-passe">Mon mot de passe</a>{{/MENU_ESPACE}}
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
