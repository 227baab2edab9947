{{%AUTOESCAPE context="HTML"}}<p><a href="{{RETOUR}}">← Retour à la fiche, sans rien effacer</a></p>
<h1>Anonymiser la fiche de {{NOM_COMPLET}} ?</h1>
<div class="rappel" role="alert" id="a-confirmer">
  {{#DEJA}}<p>Cette fiche est déjà anonymisée : recommencer n'efface rien de plus.</p>{{/DEJA}}
  <p><strong>L'anonymisation est définitive.</strong> La fiche deviendra « {{ANONYME}} » :</p>
  <ul>
    <li>l'identité (civilité, nom, prénom, date de naissance) et les coordonnées (adresse, téléphones, e-mail) sont effacées ;</li>
    <li>{{ETUDES}} et {{COMMENTAIRES}} de présence sont supprimés ;</li>
    <li>les numéros CAF et CLI et les compléments de financement de ses inscriptions ({{INSCRIPTIONS}}) sont effacés ;</li>
    {{#COMPTE}}<li>son compte sur le site et ses connexions en cours sont supprimés ;</li>{{/COMPTE}}
    <li>les envois de documentation qui lui étaient adressés ({{ENVOIS}}) sont retirés, avec les courriels enregistrés ;</li>
    <li>les entrées du journal à son sujet ({{ENTREES}}) perdent leurs valeurs personnelles.</li>
  </ul>
  <p>Restent, pour les statistiques : {{INSCRIPTIONS}} (statut de financement compris) et {{PRESENCES}}.</p>
</div>
<div class="actions-confirmation">
  <form method="post" action="{{ACTION}}">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <input type="hidden" name="confirmer" value="1">
    <button type="submit" class="danger">Anonymiser définitivement</button>
  </form>
  <a class="bouton secondaire" href="{{RETOUR}}">Annuler</a>
</div>
