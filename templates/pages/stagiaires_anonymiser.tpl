{{%AUTOESCAPE context="HTML"}}<p><a href="{{RETOUR}}">← Retour à la fiche, sans rien effacer</a></p>
<h1>Anonymiser la fiche de {{NOM_COMPLET}} ?</h1>
<div class="rappel" role="alert" id="a-confirmer">
  {{#DEJA}}<p>Cette fiche est déjà anonymisée : recommencer n'efface rien de plus.</p>{{/DEJA}}
  <p><strong>L'anonymisation est définitive.</strong> La fiche deviendra « {{ANONYME}} » :</p>
  <ul>
    <li>l'identité (civilité, nom, prénom, date de naissance) et les coordonnées (adresse, téléphones, e-mail) sont effacées ;</li>
    <li>{{ETUDES}} étude(s) et {{COMMENTAIRES}} commentaire(s) de présence sont supprimés ;</li>
    <li>les numéros CAF et CLI et les compléments de financement de ses {{INSCRIPTIONS}} inscription(s) sont effacés ;</li>
    {{#COMPTE}}<li>son compte sur le site et ses connexions en cours sont supprimés ;</li>{{/COMPTE}}
    <li>{{ENVOIS}} envoi(s) de documentation qui lui étaient adressés sont retirés, avec les courriels enregistrés ;</li>
    <li>{{ENTREES}} entrée(s) du journal à son sujet perdent leurs valeurs personnelles.</li>
  </ul>
  <p>Restent, pour les statistiques : ses {{INSCRIPTIONS}} inscription(s) avec leur statut de financement et ses {{PRESENCES}} présence(s) saisie(s).</p>
</div>
<div class="actions-confirmation">
  <form method="post" action="{{ACTION}}">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <input type="hidden" name="confirmer" value="1">
    <button type="submit" class="danger">Anonymiser définitivement</button>
  </form>
  <a class="bouton secondaire" href="{{RETOUR}}">Annuler</a>
</div>
