{{%AUTOESCAPE context="HTML"}}<div class="document">
<header class="entete">
  <div>
    <p class="association">OPE — association pour l'emploi</p>
    <h1>{{#COMPLET}}Liste complète des inscrits{{/COMPLET}}{{#PUBLIC}}Liste des inscrits{{/PUBLIC}}</h1>
    <p>Session n° {{NUMERO}} — {{MOIS}}</p>
    <p>{{INTITULE}}</p>
  </div>
  <div>
    {{#COMPLET}}<p class="interne">Document interne — ne pas distribuer</p>{{/COMPLET}}
    <p><strong>{{TITRE_TUTEURS}} :</strong> {{TUTEURS}}</p>
    <p><strong>{{TITRE_FORMATEURS}} :</strong> {{FORMATEURS}}</p>
    <p>{{NOMBRE}}</p>
  </div>
</header>
{{#AUCUN}}<p class="message">Aucun stagiaire n'est inscrit à cette session.</p>{{/AUCUN}}
<table class="impression inscrits{{#COMPLET}} complet{{/COMPLET}}">
  <colgroup><col class="civilite"><col class="nom"><col class="prenom"><col class="telephones"><col class="email"><col class="adresse">
  {{#COMPLET}}<col class="naissance"><col class="financement"><col class="non-publie">{{/COMPLET}}</colgroup>
  <thead>
    <!-- Repeated on every printed page, so that each names the session (the header
         above is on the first page only). -->
    <tr class="titre-page"><th colspan="{{#COMPLET}}9{{/COMPLET}}{{#PUBLIC}}6{{/PUBLIC}}">OPE — {{#COMPLET}}Liste complète des inscrits (document interne){{/COMPLET}}{{#PUBLIC}}Liste des inscrits{{/PUBLIC}} — Session n° {{NUMERO}} — {{MOIS}}</th></tr>
    <tr><th scope="col">Civilité</th><th scope="col">Nom</th><th scope="col">Prénom</th><th scope="col">Téléphones</th><th scope="col">E-mail</th><th scope="col">Adresse</th>
  {{#COMPLET}}<th scope="col">Naissance</th><th scope="col">Financement</th><th scope="col">Non publié</th>{{/COMPLET}}</tr></thead>
  <tbody>
  {{#STAGIAIRE}}<tr><td>{{CIVILITE}}</td><td>{{NOM}}</td><td>{{PRENOM}}</td><td class="telephones">{{#TELEPHONE}}<span>{{NUMERO}}</span> {{/TELEPHONE}}</td><td>{{EMAIL}}</td><td>{{ADRESSE}}</td>
  {{#COMPLET}}<td>{{DATE_NAISSANCE}}</td><td>{{FINANCEMENT}}</td><td>{{NON_PUBLIE}}</td>{{/COMPLET}}</tr>{{/STAGIAIRE}}
  </tbody>
</table>
{{#PUBLIC}}<p class="discret">Seules les coordonnées que chaque stagiaire a accepté de publier figurent sur cette liste.</p>{{/PUBLIC}}
</div>
