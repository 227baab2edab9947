{{%AUTOESCAPE context="HTML"}}<p><a href="/emploi/stagiaires">← Recherche des stagiaires OPE</a></p>
<h1>Ajouter un stagiaire</h1>
<p>Civilité, nom et prénom sont obligatoires ; le reste pourra être complété sur la fiche.
Saisissez librement : les noms, téléphones et e-mails sont mis en forme à l'enregistrement.</p>
{{#ERREURS}}<p class="message-erreur" role="alert">Le stagiaire n'a pas été ajouté : corrigez les champs signalés.</p>{{/ERREURS}}
<form method="post" action="/emploi/stagiaires/ajouter" class="fiche">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  {{#DOUBLONS}}
  <div class="message-erreur" role="alert">
    <p><strong>Ce stagiaire existe peut-être déjà</strong> (même nom, prénom et date de naissance, ou même e-mail) :</p>
    <ul>{{#DOUBLON}}<li><a href="/emploi/stagiaires/{{ID}}">{{CIVILITE}} {{NOM}} {{PRENOM}}</a> {{DATE_NAISSANCE}} {{EMAIL}} {{VILLE}}</li>{{/DOUBLON}}</ul>
    <label class="choix"><input type="checkbox" name="confirmer_doublon" value="1"> Il s'agit bien d'une autre personne : créer la fiche quand même</label>
  </div>
  {{/DOUBLONS}}
  {{>CHAMPS_STAGIAIRE}}
  <button type="submit">Ajouter</button>
</form>
