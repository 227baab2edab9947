{{%AUTOESCAPE context="HTML"}}<h1>Journal des modifications</h1>
<form method="get" action="/emploi/journal" class="formulaire ligne">
  <div><label for="stagiaire">N° de fiche stagiaire</label><input id="stagiaire" name="stagiaire" inputmode="numeric" size="8"></div>
  <div><label for="session">ou n° de session</label><input id="session" name="session" inputmode="numeric" size="8"></div>
  <div><button type="submit">Filtrer</button></div>
</form>
{{#FILTRE_ACTIF}}<p>Filtré sur la {{FILTRE}} — <a href="/emploi/journal">tout afficher</a></p>{{/FILTRE_ACTIF}}
<p class="discret">Les {{LIGNES}} entrées les plus récentes.</p>
{{#VIDE}}<p>Aucune entrée.</p>{{/VIDE}}
<table class="liste">
  <thead><tr><th scope="col">Quand</th><th scope="col">Qui</th><th scope="col">Action</th><th scope="col">Objet</th><th scope="col">Détail</th></tr></thead>
  <tbody>
  {{#ENTREE}}<tr><td>{{QUAND}}</td><td>{{QUI}}</td><td>{{ACTION}}</td>
    <td>{{OBJET}} {{#LIEN_STAGIAIRE}}<a href="/emploi/journal?stagiaire={{OBJET_ID}}">{{OBJET_ID}}</a>{{/LIEN_STAGIAIRE}}{{#LIEN_SESSION}}<a href="/emploi/journal?session={{OBJET_ID}}">{{OBJET_ID}}</a>{{/LIEN_SESSION}}</td>
    <td><ul class="changements">{{#LIGNE}}<li>{{TEXTE}}</li>{{/LIGNE}}</ul></td></tr>{{/ENTREE}}
  </tbody>
</table>
