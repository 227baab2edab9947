{{%AUTOESCAPE context="HTML"}}<p><a href="/emploi/sessions/{{NUMERO}}">← Session n° {{NUMERO}}</a></p>
<h1>{{TITRE}}</h1>
{{#ERREURS}}<p class="message-erreur" role="alert">Rien n'a été envoyé : corrigez les champs signalés.</p>{{/ERREURS}}
<form method="post" action="/emploi/sessions/{{NUMERO}}/documentation" enctype="multipart/form-data" class="fiche" id="envoi">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <fieldset>
    <legend>Destinataires</legend>
    <p class="discret">Chaque stagiaire reçoit son propre message, avec en bas ses identifiants de connexion au site.
    {{#AVEC_EMAIL_EXPEDITEUR}}Vous recevrez une copie avec la liste des destinataires à {{EMAIL_EXPEDITEUR}} ; les réponses des stagiaires arriveront à cette adresse.{{/AVEC_EMAIL_EXPEDITEUR}}</p>
    {{#SANS_EMAIL_EXPEDITEUR}}<p class="rappel" role="status" id="sans-email-expediteur"><strong>Votre compte n'a pas d'adresse e-mail</strong> : la copie de cet envoi
    ne pourra pas vous parvenir, ni les réponses des stagiaires. Demandez au responsable emploi de l'ajouter à votre compte (page « Intervenants »).</p>{{/SANS_EMAIL_EXPEDITEUR}}
    {{#PERSONNE}}<p>Aucun stagiaire de cette session n'a d'adresse e-mail.</p>{{/PERSONNE}}
    {{#AVEC_EMAIL}}<label class="choix bloc"><input type="checkbox" name="destinataire" value="{{ID}}"{{#COCHE}} checked{{/COCHE}}{{#ERREUR_DESTINATAIRE}} aria-invalid="true" aria-describedby="destinataire-erreur"{{/ERREUR_DESTINATAIRE}}> {{NOM_COMPLET}} &lt;{{EMAIL}}&gt;</label>{{/AVEC_EMAIL}}
    {{#ERREUR_DESTINATAIRE}}<p class="erreur-champ" id="destinataire-erreur">{{MESSAGE}}</p>{{/ERREUR_DESTINATAIRE}}
    <p class="long"><strong>Sans adresse e-mail</strong> (à compléter sur leur fiche) :
    {{#SANS_EMAIL}}<a href="/emploi/stagiaires/{{ID}}">{{NOM_COMPLET}}</a> {{/SANS_EMAIL}}</p>
  </fieldset>
  <fieldset class="grille-simple">
    <legend>Message</legend>
    <label for="sujet">Objet</label>
    <input id="sujet" name="sujet" value="{{VALEUR_SUJET}}" maxlength="200" required{{#ERREUR_SUJET}} aria-invalid="true" aria-describedby="sujet-erreur"{{/ERREUR_SUJET}}>
    {{#ERREUR_SUJET}}<p class="erreur-champ" id="sujet-erreur">{{MESSAGE}}</p>{{/ERREUR_SUJET}}
    <label for="corps">Message</label>
    <textarea id="corps" name="corps" rows="12" required{{#ERREUR_CORPS}} aria-invalid="true" aria-describedby="corps-erreur"{{/ERREUR_CORPS}}>{{VALEUR_CORPS:pre_escape}}</textarea>
    {{#ERREUR_CORPS}}<p class="erreur-champ" id="corps-erreur">{{MESSAGE}}</p>{{/ERREUR_CORPS}}
  </fieldset>
  <fieldset>
    <legend>Joindre les documents stagiaires ({{PIECES_MAX}} au plus au total)</legend>
    {{#REPERTOIRE}}<p><strong>{{NOM}}</strong><br>
      {{#DOCUMENT}}<label class="choix bloc"><input type="checkbox" name="document_id" value="{{ID}}" data-octets="{{OCTETS}}"{{#COCHE}} checked{{/COCHE}}> {{NOM}} ({{TAILLE}})</label>{{/DOCUMENT}}</p>{{/REPERTOIRE}}
    <p>Depuis votre ordinateur, un fichier par ligne :</p>
    <p class="pieces"><input type="file" name="piece_jointe" aria-label="Pièce jointe 1"{{#ERREUR_PIECES}} aria-invalid="true" aria-describedby="pieces-erreur"{{/ERREUR_PIECES}}>
    <input type="file" name="piece_jointe" aria-label="Pièce jointe 2"{{#ERREUR_PIECES}} aria-invalid="true" aria-describedby="pieces-erreur"{{/ERREUR_PIECES}}>
    <input type="file" name="piece_jointe" aria-label="Pièce jointe 3"{{#ERREUR_PIECES}} aria-invalid="true" aria-describedby="pieces-erreur"{{/ERREUR_PIECES}}></p>
    <p>Total des pièces jointes : <output id="total-pieces" data-max="{{PIECES_MAX_OCTETS}}">—</output></p>
    {{#ERREUR_PIECES}}<p class="erreur-champ" id="pieces-erreur" role="alert">{{MESSAGE}}</p>{{/ERREUR_PIECES}}
  </fieldset>
  <button type="submit">Envoyer</button>
</form>
<script src="/static/documentation.js" defer></script>
