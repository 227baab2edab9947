{{%AUTOESCAPE context="HTML"}}<h1>Import des stagiaires de l'ancien site</h1>
<p>Un fichier CSV (UTF-8 ou Windows-1252, séparateur « ; » ou « , ») dont la première ligne nomme les colonnes, parmi :
<code>{{COLONNES}}</code>. Civilité, nom et prénom sont obligatoires ; chaque ligne est vérifiée et mise en forme comme dans
« Ajouter un stagiaire ». Dates de naissance en jj/mm/aaaa ou aaaa-mm-jj ; parution dans l'annuaire en 1/0 ou oui/non
(vide : oui, comme sur le formulaire) ; <code>login</code> : l'identifiant de l'ancien site, gardé s'il est libre ;
<code>session</code> (aaaa-mm, ou le numéro de la session) avec <code>statut_financement</code>, <code>numero_caf</code>,
<code>numero_cli</code> inscrit le stagiaire à une session existante.</p>
<p>Un stagiaire déjà enregistré (même e-mail, ou mêmes nom, prénom et date de naissance) est laissé tel quel : importer deux fois
le même fichier ne crée rien la seconde fois. Les comptes créés n'ont pas encore de mot de passe : donnez-le avec la fiche
d'accueil du stagiaire (« Donner un nouveau mot de passe initial »).</p>

<section class="carte">
<h2>Fichier à importer</h2>
{{#FORM_IMPORT}}
{{#ERREURS}}<p class="message-erreur" role="alert">Le fichier n'a pas été importé : voyez ci-dessous pourquoi.</p>{{/ERREURS}}
<form method="post" action="/emploi/import" enctype="multipart/form-data" class="formulaire">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <label for="fichier">Fichier CSV</label>
  <input id="fichier" name="fichier" type="file" accept=".csv,text/csv,text/plain" required{{#ERREUR_FICHIER}} aria-invalid="true" aria-describedby="fichier-erreur"{{/ERREUR_FICHIER}}>
  {{#ERREUR_FICHIER}}<p class="erreur-champ" id="fichier-erreur">{{MESSAGE}}</p>{{/ERREUR_FICHIER}}
  <label class="choix"><input type="checkbox" name="appliquer" value="1"{{#APPLIQUER_1}} checked{{/APPLIQUER_1}}> Appliquer : créer les fiches
    (sans cette case, un essai qui vérifie tout et n'écrit rien)</label>
  <button type="submit">Envoyer le fichier</button>
</form>
{{/FORM_IMPORT}}
</section>

{{#RAPPORT}}
<section class="carte" id="rapport">
<h2>Compte rendu : {{FICHIER}}</h2>
<p>{{ENCODAGE}}, séparateur « {{SEPARATEUR}} », {{LIGNES}} ligne(s) de stagiaires.</p>
<ul>
  <li><strong>{{CREATIONS}}</strong> fiche(s) à créer, dont {{INSCRIPTIONS}} inscrite(s) à une session ;</li>
  <li><strong>{{EXISTANTES}}</strong> déjà enregistrée(s), laissée(s) telle(s) quelle(s) ;</li>
  <li><strong>{{REFUSEES}}</strong> ligne(s) refusée(s).</li>
</ul>
{{#APPLICABLE}}<p class="message-ok">Essai réussi : rien n'a encore été écrit. Pour importer, choisissez à nouveau ce fichier,
cochez « appliquer » et envoyez-le.</p>{{/APPLICABLE}}
{{#A_CORRIGER}}<p class="message-erreur" role="alert">Rien n'a été écrit : un fichier n'est importé qu'entier. Corrigez ou retirez
les lignes refusées, puis envoyez-le à nouveau.</p>{{/A_CORRIGER}}

{{#LISTE_REFUSEE}}<h3>Lignes refusées</h3>
<div class="defilement"><table class="liste">
  <thead><tr><th scope="col">Ligne</th><th scope="col">Stagiaire</th><th scope="col">Motif</th></tr></thead>
  <tbody>{{#REFUSEE}}<tr><td class="nombre">{{NUMERO}}</td><td>{{NOM_COMPLET}}</td><td>{{MOTIF}}</td></tr>{{/REFUSEE}}</tbody>
</table></div>
{{#REFUSEE_AUTRES}}<p class="discret">… et {{NOMBRE}} autre(s) (toutes sont listées par <code>ope importer</code>).</p>{{/REFUSEE_AUTRES}}{{/LISTE_REFUSEE}}

{{#LISTE_EXISTANTE}}<h3>Déjà enregistrés, laissés tels quels</h3>
<div class="defilement"><table class="liste">
  <thead><tr><th scope="col">Ligne</th><th scope="col">Stagiaire</th><th scope="col">Correspond à</th></tr></thead>
  <tbody>{{#EXISTANTE}}<tr><td class="nombre">{{NUMERO}}</td><td>{{NOM_COMPLET}}</td>
    <td>{{#LIEN}}<a href="{{URL}}">fiche n° {{ID}}</a> : {{/LIEN}}{{MOTIF}}</td></tr>{{/EXISTANTE}}</tbody>
</table></div>
{{#EXISTANTE_AUTRES}}<p class="discret">… et {{NOMBRE}} autre(s).</p>{{/EXISTANTE_AUTRES}}{{/LISTE_EXISTANTE}}

{{#LISTE_CREATION}}<h3>Fiches à créer</h3>
<div class="defilement"><table class="liste">
  <thead><tr><th scope="col">Ligne</th><th scope="col">Stagiaire</th><th scope="col">Identifiant demandé</th><th scope="col">Session</th><th scope="col">Remarque</th></tr></thead>
  <tbody>{{#CREATION}}<tr><td class="nombre">{{NUMERO}}</td><td>{{NOM_COMPLET}}</td><td>{{LOGIN}}</td><td>{{SESSION}}</td><td>{{MOTIF}}</td></tr>{{/CREATION}}</tbody>
</table></div>
{{#CREATION_AUTRES}}<p class="discret">… et {{NOMBRE}} autre(s).</p>{{/CREATION_AUTRES}}{{/LISTE_CREATION}}
</section>
{{/RAPPORT}}

<section class="carte" id="imports">
<h2>Derniers imports</h2>
{{#IMPORT}}<p><strong>{{QUAND}}</strong> — {{QUI}}</p><ul class="changements">{{#LIGNE}}<li>{{TEXTE}}</li>{{/LIGNE}}</ul>{{/IMPORT}}
{{#AUCUN_IMPORT}}<p>Aucun import pour l'instant.</p>{{/AUCUN_IMPORT}}
</section>
