{{%AUTOESCAPE context="HTML"}}<h1>Documents stagiaires</h1>
<p>Les documents mis à votre disposition par le responsable emploi, par répertoire.</p>
{{#AUCUN_REPERTOIRE}}<p class="rappel">Aucun document pour l'instant : le responsable emploi les dépose dans sa bibliothèque («&nbsp;Documents&nbsp;»), rangés par répertoire.</p>{{/AUCUN_REPERTOIRE}}
{{#CHOISIR}}<p>Choisissez un répertoire :</p>{{/CHOISIR}}
<nav class="annees" aria-label="Répertoires">
  {{#REPERTOIRE}}<a href="{{URL}}"{{#CHOISI}} aria-current="page"{{/CHOISI}}>{{NOM}} ({{NOMBRE}})</a>{{/REPERTOIRE}}
</nav>
{{#CONTENU}}
<section class="carte">
<h2>{{REPERTOIRE}}</h2>
{{#AUCUN}}<p>Ce répertoire est vide.</p>{{/AUCUN}}
<table class="liste cartes">
  <thead><tr><th scope="col">Document</th><th scope="col" class="nombre">Taille</th><th scope="col">Déposé le</th></tr></thead>
  <tbody>
  {{#DOCUMENT}}<tr><td class="long"><a href="/emploi/documents/{{ID}}">{{NOM}}</a></td><td class="nombre" data-titre="Taille">{{TAILLE}}</td><td data-titre="Déposé le">{{DATE}}</td></tr>{{/DOCUMENT}}
  </tbody>
</table>
</section>
{{/CONTENU}}
