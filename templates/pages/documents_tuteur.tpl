{{%AUTOESCAPE context="HTML"}}<h1>Documents stagiaires</h1>
<p>Les documents mis à votre disposition par le responsable emploi, par répertoire.</p>
<nav class="annees" aria-label="Répertoires">
  {{#REPERTOIRE}}<a href="{{URL}}"{{#CHOISI}} aria-current="page"{{/CHOISI}}>{{NOM}} ({{NOMBRE}})</a>{{/REPERTOIRE}}
</nav>
{{#CONTENU}}
<section class="carte">
<h2>{{REPERTOIRE}}</h2>
{{#AUCUN}}<p>Ce répertoire est vide.</p>{{/AUCUN}}
<table class="liste">
  {{#DOCUMENT}}<tr><td><a href="/emploi/documents/{{ID}}">{{NOM}}</a></td><td class="nombre">{{TAILLE}}</td><td>{{DATE}}</td></tr>{{/DOCUMENT}}
</table>
</section>
{{/CONTENU}}
