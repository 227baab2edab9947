{{%AUTOESCAPE context="HTML"}}<p><a href="/emploi/sessions/{{NUMERO}}">← Session n° {{NUMERO}}</a></p>
<h1>{{TITRE}}</h1>
{{#ERREURS}}<p class="message-erreur" role="alert">Rien n'a été enregistré : {{#ERREUR_PRESENCES}}{{MESSAGE}}{{/ERREUR_PRESENCES}}</p>{{/ERREURS}}
{{#VIDE}}<p>{{MESSAGE}}</p>{{/VIDE}}
{{#AVEC_ATELIERS}}
<form method="get" action="/emploi/sessions/{{NUMERO}}/validation" class="formulaire ligne">
  <div><label for="atelier">Atelier</label>
  <select id="atelier" name="atelier">
    {{#CHOIX_ATELIER}}<option value="{{ID}}"{{#CHOISI}} selected{{/CHOISI}}>{{LIBELLE}}</option>{{/CHOIX_ATELIER}}
  </select></div>
  <div><button type="submit">Afficher</button></div>
</form>

<section class="carte">
<h2>{{ATELIER}} <span class="discret">{{CYCLE}}</span></h2>
<form method="post" action="/emploi/sessions/{{NUMERO}}/validation">
  <input type="hidden" name="csrf" value="{{CSRF}}">
  <table class="liste validation cartes">
    <thead><tr><th scope="col">Stagiaire</th><th scope="col">Présence</th><th scope="col">Commentaire (visible par le stagiaire)</th></tr></thead>
    <tbody>
    {{#STAGIAIRE}}<tr>
      <th scope="row">{{NOM_COMPLET}}<br><span class="discret">{{VALIDE}}</span>
        <input type="hidden" name="version_{{ATELIER_ID}}_{{STAGIAIRE_ID}}" value="{{VERSION}}">
        {{#CONFLIT}}<p class="erreur-champ" id="conflit-{{ATELIER_ID}}-{{STAGIAIRE_ID}}">Enregistré entre-temps par {{QUI}} le {{QUAND}} : {{STATUT}}{{#AVEC_COMMENTAIRE}}, « {{COMMENTAIRE}} »{{/AVEC_COMMENTAIRE}}.</p>{{/CONFLIT}}</th>
      <td data-titre="Présence"><fieldset class="statuts"{{#CONFLIT}} aria-describedby="conflit-{{ATELIER_ID}}-{{STAGIAIRE_ID}}"{{/CONFLIT}}><legend class="invisible">Présence de {{NOM_COMPLET}}</legend>
        {{#STATUT}}<label class="choix"><input type="radio" name="statut_{{ATELIER_ID}}_{{STAGIAIRE_ID}}" value="{{VALEUR}}"{{#COCHE}} checked{{/COCHE}}> {{LIBELLE}}</label>{{/STATUT}}
      </fieldset></td>
      <td data-titre="Commentaire"><input name="commentaire_{{ATELIER_ID}}_{{STAGIAIRE_ID}}" value="{{COMMENTAIRE}}" maxlength="1000" aria-label="Commentaire pour {{NOM_COMPLET}}" class="large"></td>
    </tr>{{/STAGIAIRE}}
    </tbody>
  </table>
  <p><button type="submit">Enregistrer les présences de cet atelier</button></p>
</form>
</section>

<section class="carte">
<h2>Vue d'ensemble de la session</h2>
<p class="discret">P présent, A absent, E absent excusé, · non renseigné. Taux : présents parmi les présences renseignées.</p>
<div class="defilement">
<table class="liste grille">
  <thead><tr><th scope="col">Stagiaire</th>{{#COLONNE}}<th scope="col" class="date" title="{{INTITULE}}"><a href="/emploi/sessions/{{NUMERO}}/validation?atelier={{ID}}">{{DATE}}</a></th>{{/COLONNE}}<th scope="col" class="nombre">Taux</th></tr></thead>
  <tbody>
  {{#LIGNE_GRILLE}}<tr><th scope="row">{{NOM_COMPLET}}</th>{{#CASE}}<td class="statut {{CLASSE}}" title="{{LIBELLE}}">{{LETTRE}}</td>{{/CASE}}<td class="nombre">{{TAUX}}</td></tr>{{/LIGNE_GRILLE}}
  </tbody>
  <tfoot><tr><th scope="row">Taux par atelier</th>{{#TAUX_ATELIER}}<td class="nombre">{{TAUX}}</td>{{/TAUX_ATELIER}}<td></td></tr></tfoot>
</table>
</div>
</section>
{{/AVEC_ATELIERS}}
