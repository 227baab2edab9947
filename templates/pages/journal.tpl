{{%AUTOESCAPE context="HTML"}}<h1>Journal des modifications</h1>
<form method="get" action="/emploi/journal" class="formulaire ligne">
  <div><label for="stagiaire">N° de fiche stagiaire</label><input id="stagiaire" name="stagiaire" inputmode="numeric" size="8" value="{{STAGIAIRE}}"></div>
  <div><label for="utilisateur">ou n° de compte</label><input id="utilisateur" name="utilisateur" inputmode="numeric" size="8" value="{{UTILISATEUR}}"></div>
  <div><label for="session">n° de session</label><input id="session" name="session" inputmode="numeric" size="8" value="{{SESSION}}"></div>
  <div><label for="action">Type d'événement</label><select id="action" name="action">
    <option value="">tous</option>
    {{#ACTION_OPTION}}<option value="{{CODE}}"{{#CHOISIE}} selected{{/CHOISIE}}>{{LIBELLE}}</option>{{/ACTION_OPTION}}
  </select></div>
  <div><button type="submit">Filtrer</button></div>
</form>
{{#FILTRE_ACTIF}}<p>Filtré sur : {{FILTRE}} — <a href="/emploi/journal">tout afficher</a></p>{{/FILTRE_ACTIF}}
<p class="discret">Les {{LIGNES}} entrées les plus récentes.</p>
{{#VIDE}}<p>Aucune entrée.</p>{{/VIDE}}
<table class="liste">
  <thead><tr><th scope="col">Quand</th><th scope="col">Qui</th><th scope="col">Action</th><th scope="col">Objet</th><th scope="col">Détail</th></tr></thead>
  <tbody>
  {{#ENTREE}}<tr><td>{{QUAND}}</td><td>{{#LIEN_QUI}}<a href="/emploi/journal?utilisateur={{QUI_ID}}">{{/LIEN_QUI}}{{QUI}}{{#LIEN_QUI}}</a>{{/LIEN_QUI}}</td><td data-action="{{CODE_ACTION}}">{{ACTION}}</td>
    <td>{{OBJET}} {{#LIEN_STAGIAIRE}}<a href="/emploi/journal?stagiaire={{OBJET_ID}}">{{OBJET_ID}}</a>{{/LIEN_STAGIAIRE}}{{#LIEN_SESSION}}<a href="/emploi/journal?session={{OBJET_ID}}">{{OBJET_ID}}</a>{{/LIEN_SESSION}}{{#LIEN_UTILISATEUR}}<a href="/emploi/journal?utilisateur={{OBJET_ID}}">{{OBJET_ID}}</a>{{/LIEN_UTILISATEUR}}</td>
    <td><ul class="changements">{{#LIGNE}}<li>{{TEXTE}}</li>{{/LIGNE}}</ul></td></tr>{{/ENTREE}}
  </tbody>
</table>
