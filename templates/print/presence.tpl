{{%AUTOESCAPE context="HTML"}}<div class="document presence">
{{#VIDE}}
<header class="entete">
  <div><p class="association">OPE — association pour l'emploi</p>
  <h1>Feuille de présence — {{CYCLE}}</h1>
  <p>Session n° {{NUMERO}} — {{MOIS}}</p></div>
</header>
<p class="message">{{MESSAGE}}</p>
{{/VIDE}}
{{#BLOC}}
<div class="bloc-tableau">
<!-- The title, the tutors and the trainers can be long: they are said once, above the
     table; its header, repeated on every page, names the cycle and the session in one line. -->
<div class="entete-presence">
  <p><span class="association">OPE — association pour l'emploi</span>{{#A_INTITULE}} — {{INTITULE}}{{/A_INTITULE}}</p>
  <p><strong>{{TITRE_TUTEURS}} :</strong> {{TUTEURS}} — <strong>{{TITRE_FORMATEURS}} :</strong> {{FORMATEURS}}</p>
</div>
<table class="impression">
  <colgroup><col class="nom">{{#ATELIER}}<col>{{/ATELIER}}</colgroup>
  <thead>
    <tr class="titre-page"><th colspan="{{COLONNES}}">
      <!-- Kept short: Chromium repeats a table's header on every page only while it
           takes a small part of the page. -->
      <p class="ligne-titre"><span class="association">OPE</span> — Feuille de présence — <strong>{{CYCLE}}</strong> — Session n° {{NUMERO}} — {{MOIS}}</p>
    </th></tr>
    <tr><th scope="col" class="nom">Stagiaire</th>
    {{#ATELIER}}<th scope="col" class="atelier"><span class="date">{{DATE}}</span>{{INTITULE}}</th>{{/ATELIER}}</tr>
  </thead>
  <tbody>
  {{#STAGIAIRE}}<tr><td class="nom">{{NOM_COMPLET}}</td>{{#CASE}}<td class="signature"></td>{{/CASE}}</tr>{{/STAGIAIRE}}
  </tbody>
  <!-- The last trainee and the trainer's row stay together: the trainer's row is never
       alone on a page. -->
  <tbody class="fin">
  {{#DERNIER}}<tr><td class="nom">{{NOM_COMPLET}}</td>{{#CASE}}<td class="signature"></td>{{/CASE}}</tr>{{/DERNIER}}
  <tr class="formateur"><td class="nom"><strong>Signature du formateur</strong></td>{{#CASE_FORMATEUR}}<td class="signature"></td>{{/CASE_FORMATEUR}}</tr>
  </tbody>
</table>
</div>
{{/BLOC}}
</div>
