{{%AUTOESCAPE context="HTML"}}<h1>Documents</h1>
<p>La bibliothèque des documents mis à disposition des tuteurs (« Documents stagiaires ») et joints aux envois de documentation.</p>
{{#ERREURS}}<p class="message-erreur" role="alert">Rien n'a été enregistré : corrigez les champs signalés.</p>{{/ERREURS}}

<div class="colonnes">
<section class="carte">
<h2>Déposer un document</h2>
{{#FORM_DEPOT}}{{#SANS_REPERTOIRE}}<p class="rappel">Aucun répertoire pour l'instant : créez d'abord un répertoire («&nbsp;Créer un répertoire&nbsp;»), puis déposez-y vos documents.</p>{{/SANS_REPERTOIRE}}
<form method="post" action="/emploi/documents" enctype="multipart/form-data" class="formulaire">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <label for="repertoire">Répertoire</label>
  <select id="repertoire" name="repertoire" required{{#ERREUR_REPERTOIRE}} aria-invalid="true" aria-describedby="repertoire-erreur"{{/ERREUR_REPERTOIRE}}>
    <option value="">— choisir —</option>
    {{#OPTION_REPERTOIRE}}<option{{#CHOISI}} selected{{/CHOISI}}>{{NOM}}</option>{{/OPTION_REPERTOIRE}}
  </select>
  {{#ERREUR_REPERTOIRE}}<p class="erreur-champ" id="repertoire-erreur">{{MESSAGE}}</p>{{/ERREUR_REPERTOIRE}}
  <label for="fichier">Fichier ({{TAILLE_MAX}} au plus : PDF, Word, Excel, PowerPoint, LibreOffice, images, textes)</label>
  <input id="fichier" name="fichier" type="file" required{{#ERREUR_FICHIER}} aria-invalid="true" aria-describedby="fichier-erreur"{{/ERREUR_FICHIER}}>
  {{#ERREUR_FICHIER}}<p class="erreur-champ" id="fichier-erreur">{{MESSAGE}}</p>{{/ERREUR_FICHIER}}
  <button type="submit">Déposer</button>
</form>{{/FORM_DEPOT}}
</section>
<section class="carte">
<h2>Créer un répertoire</h2>
{{#FORM_REPERTOIRE}}<form method="post" action="/emploi/documents" class="formulaire">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <label for="nouveau_repertoire">Nom (par exemple « Cycle 1 », « Administratif »)</label>
  <input id="nouveau_repertoire" name="nouveau_repertoire" value="{{VALEUR_NOUVEAU_REPERTOIRE}}" maxlength="100" required{{#ERREUR_NOUVEAU_REPERTOIRE}} aria-invalid="true" aria-describedby="nouveau_repertoire-erreur"{{/ERREUR_NOUVEAU_REPERTOIRE}}>
  {{#ERREUR_NOUVEAU_REPERTOIRE}}<p class="erreur-champ" id="nouveau_repertoire-erreur">{{MESSAGE}}</p>{{/ERREUR_NOUVEAU_REPERTOIRE}}
  <button type="submit">Créer le répertoire</button>
</form>{{/FORM_REPERTOIRE}}
</section>
</div>

{{#REPERTOIRE}}
<section class="carte">
<h2>{{NOM}} <span class="discret">({{NOMBRE}})</span></h2>
{{#VIDE}}<p>Répertoire vide : déposez-y un document avec le formulaire «&nbsp;Déposer un document&nbsp;», ou supprimez-le.</p>
<form method="post" action="/emploi/documents/repertoires/supprimer" class="en-ligne">
  <input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="repertoire" value="{{NOM}}">
  <button type="submit" class="croix" aria-label="Supprimer le répertoire {{NOM}}" title="Supprimer le répertoire">✕</button> Supprimer ce répertoire
</form>{{/VIDE}}
<table class="liste cartes">
  <thead><tr><th scope="col">Document</th><th scope="col" class="nombre">Taille</th><th scope="col">Déposé le</th><th scope="col">Par</th><th scope="col"><span class="invisible">Action</span></th></tr></thead>
  <tbody>
  {{#DOCUMENT}}<tr><td class="long"><a href="/emploi/documents/{{ID}}">{{NOM}}</a></td><td class="nombre" data-titre="Taille">{{TAILLE}}</td><td data-titre="Déposé le">{{DATE}}</td><td data-titre="Par">{{PAR}}</td>
  <td><form class="en-ligne" method="post" action="/emploi/documents/{{ID}}/supprimer">
    <input type="hidden" name="csrf" value="{{CSRF}}">
    <button type="submit" class="croix" aria-label="Supprimer {{NOM}}" title="Supprimer">✕</button></form></td></tr>{{/DOCUMENT}}
  </tbody>
</table>
</section>
{{/REPERTOIRE}}
