{{%AUTOESCAPE context="HTML"}}<h1>Annuaire des stagiaires</h1>
{{#STAGIAIRE}}<p>Les stagiaires de vos sessions de formation qui ont accepté de paraître dans l'annuaire du site, avec les seules
coordonnées qu'ils ont choisi d'y publier. Vos propres choix : <a href="/espace#annuaire">Ma page personnelle</a>.</p>
{{#AUCUNE_SESSION}}<p>Vous n'êtes inscrit·e à aucune session pour l'instant.</p>{{/AUCUNE_SESSION}}{{/STAGIAIRE}}
{{#PERSONNEL}}<p>Ce que les stagiaires d'une session voient les uns des autres : seuls y paraissent ceux qui publient au moins une
coordonnée, et seulement celles-là (la liste complète des inscrits reste sur la page de la session).</p>
<form method="get" action="/annuaire" class="formulaire ligne">
  <div><label for="session">Session</label>
  <select id="session" name="session" required>
    <option value="">— choisir —</option>
    {{#SESSION_OPTION}}<option value="{{ID}}"{{#CHOISIE}} selected{{/CHOISIE}}>{{LIBELLE}}</option>{{/SESSION_OPTION}}
  </select></div>
  <div><button type="submit">Afficher</button></div>
</form>{{/PERSONNEL}}
{{#SESSION}}
<section class="carte">
<h2>Session n° {{NUMERO}} — {{MOIS}}</h2>
<p class="discret">{{INTITULE}}</p>
{{#PERSONNE}}<p>Aucun stagiaire de cette session ne paraît dans l'annuaire.</p>{{/PERSONNE}}
<ul class="annuaire">
  {{#ENTREE}}<li>{{>FICHE}}</li>{{/ENTREE}}
</ul>
</section>
{{/SESSION}}
