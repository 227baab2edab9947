{{%AUTOESCAPE context="HTML"}}<h1>Gestion des sessions formation</h1>
{{#PEUT_AJOUTER}}<p><a class="bouton" href="/emploi/sessions/ajouter">Ajouter une session</a></p>{{/PEUT_AJOUTER}}
<nav class="annees" aria-label="Filtrer par année">
  <a href="/emploi/sessions">Les plus récentes</a>
  {{#ANNEE}}<a href="/emploi/sessions?annee={{ANNEE}}"{{#CHOISIE}} aria-current="page"{{/CHOISIE}}>{{ANNEE}}</a>{{/ANNEE}}
</nav>
{{#DERNIERES}}<p class="discret">Les {{LIMITE}} sessions les plus récentes ; choisissez une année pour les voir toutes.</p>{{/DERNIERES}}
{{#AUCUNE}}<p>Aucune session pour l'instant.</p>{{/AUCUNE}}
<table class="liste cartes">
  <thead><tr><th scope="col" class="nombre">N°</th><th scope="col">Mois</th><th scope="col">Intitulé</th><th scope="col">Tuteurs</th><th scope="col">Formateurs</th><th scope="col" class="nombre">Ateliers</th><th scope="col" class="nombre">Stagiaires</th></tr></thead>
  <tbody>
  {{#SESSION}}<tr>
    <td class="nombre" data-titre="N°"><a href="/emploi/sessions/{{ID}}">{{ID}}</a></td>
    <td data-titre="Mois" class="date"><a href="/emploi/sessions/{{ID}}">{{MOIS}}</a></td>
    <td data-titre="Intitulé" class="long">{{INTITULE}}</td><td data-titre="Tuteurs">{{TUTEURS}}</td><td data-titre="Formateurs">{{FORMATEURS}}</td>
    <td class="nombre" data-titre="Ateliers">{{ATELIERS}}</td><td class="nombre" data-titre="Stagiaires">{{STAGIAIRES}}</td>
  </tr>{{/SESSION}}
  </tbody>
</table>
