{{%AUTOESCAPE context="HTML"}}<h1>Journal des modifications</h1>
<form method="get" action="/emploi/journal" class="formulaire ligne">
  <div><label for="stagiaire">N° de fiche stagiaire</label><input id="stagiaire" name="stagiaire" value="{{VALEUR_STAGIAIRE}}" inputmode="numeric" size="8" aria-describedby="journal-aide"></div>
  <div><label for="utilisateur">n° de compte</label><input id="utilisateur" name="utilisateur" value="{{VALEUR_UTILISATEUR}}" inputmode="numeric" size="8" aria-describedby="journal-aide"></div>
  <div><label for="session">n° de session</label><input id="session" name="session" value="{{VALEUR_SESSION}}" inputmode="numeric" size="8" aria-describedby="journal-aide"></div>
  <div><label for="action">Type d'événement</label><select id="action" name="action">
    <option value="">tous</option>
    {{#ACTION_OPTION}}<option value="{{CODE}}"{{#CHOISIE}} selected{{/CHOISIE}}>{{LIBELLE}}</option>{{/ACTION_OPTION}}
  </select></div>
  <div><button type="submit">Filtrer</button></div>
</form>
<p class="discret" id="journal-aide">Le n° est écrit sur la fiche du stagiaire («&nbsp;Fiche n° ...&nbsp;») et sur la page de la session ; leur lien «&nbsp;journal&nbsp;» mène directement ici, filtré. Un nom dans la colonne «&nbsp;Qui&nbsp;» mène aux entrées de ce compte.</p>
{{#FILTRE_ACTIF}}<p>Filtré sur : {{FILTRE}} — <a href="/emploi/journal">tout afficher</a></p>{{/FILTRE_ACTIF}}
{{#VIDE}}<p>{{MESSAGE}}</p>{{/VIDE}}
{{#NOMBRE_ENTREES}}<p class="discret">{{NOMBRE}}, les plus récentes en premier.</p>{{/NOMBRE_ENTREES}}
{{#LIMITE}}<p class="discret">Les {{LIGNES}} entrées les plus récentes sont affichées, les plus récentes en premier : filtrez par stagiaire, compte, session ou type d'événement pour remonter plus loin.</p>{{/LIMITE}}
<table class="liste cartes">
  <thead><tr><th scope="col">Quand</th><th scope="col">Qui</th><th scope="col">Action</th><th scope="col">Objet</th><th scope="col">Détail</th></tr></thead>
  <tbody>
  {{#ENTREE}}<tr><td data-titre="Quand">{{QUAND}}</td><td data-titre="Qui">{{#LIEN_QUI}}<a href="/emploi/journal?utilisateur={{QUI_ID}}">{{/LIEN_QUI}}{{QUI}}{{#LIEN_QUI}}</a>{{/LIEN_QUI}}</td><td data-titre="Action" data-action="{{CODE_ACTION}}">{{ACTION}}</td>
    <td data-titre="Objet">{{OBJET}} {{#LIEN_STAGIAIRE}}<a href="/emploi/journal?stagiaire={{OBJET_ID}}">{{OBJET_ID}}</a>{{/LIEN_STAGIAIRE}}{{#LIEN_SESSION}}<a href="/emploi/journal?session={{OBJET_ID}}">{{OBJET_ID}}</a>{{/LIEN_SESSION}}{{#LIEN_UTILISATEUR}}<a href="/emploi/journal?utilisateur={{OBJET_ID}}">{{OBJET_ID}}</a>{{/LIEN_UTILISATEUR}}</td>
    <td class="long"><ul class="changements">{{#LIGNE}}<li>{{TEXTE}}</li>{{/LIGNE}}</ul></td></tr>{{/ENTREE}}
  </tbody>
</table>
