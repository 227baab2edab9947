{{%AUTOESCAPE context="HTML"}}<h1>Recherche des stagiaires OPE</h1>
<p><a class="bouton" href="/emploi/stagiaires/ajouter">Ajouter un stagiaire</a></p>
<form method="get" action="/emploi/stagiaires" class="formulaire ligne" role="search">
  <div><label for="q">Nom, prénom, e-mail, téléphone ou ville</label>
  <input id="q" name="q" value="{{Q}}" maxlength="100" autofocus></div>
  <div><button type="submit">Rechercher</button></div>
</form>
<p class="compte">{{TOTAL}} stagiaire{{PLURIEL}}</p>
{{#AFFINER}}<p class="discret">Précisez la recherche (un prénom, une ville...) pour voir les autres.</p>{{/AFFINER}}
{{#AUCUN}}<p>Aucun stagiaire ne correspond à cette recherche.</p>{{/AUCUN}}
<table class="liste cartes">
  <thead><tr><th scope="col">Nom</th><th scope="col">Prénom</th><th scope="col">Naissance</th><th scope="col">Téléphone</th><th scope="col">E-mail</th><th scope="col">Ville</th></tr></thead>
  <tbody>
  {{#STAGIAIRE}}<tr>
    <td data-titre="Nom" class="long"><a href="/emploi/stagiaires/{{ID}}">{{NOM}}</a></td><td data-titre="Prénom">{{PRENOM}}</td><td data-titre="Naissance">{{DATE_NAISSANCE}}</td>
    <td data-titre="Téléphone" class="telephone">{{TELEPHONE}}</td><td data-titre="E-mail" class="long">{{EMAIL}}</td><td data-titre="Ville">{{VILLE}}</td>
  </tr>{{/STAGIAIRE}}
  </tbody>
</table>
{{#PAGINATION}}<nav class="pagination" aria-label="Pages de résultats">
  {{#PRECEDENTE}}<a href="{{URL}}" rel="prev">← Page précédente</a>{{/PRECEDENTE}}
  <span>Page {{PAGE}} / {{PAGES}}</span>
  {{#SUIVANTE}}<a href="{{URL}}" rel="next">Page suivante →</a>{{/SUIVANTE}}
</nav>{{/PAGINATION}}
