{{%AUTOESCAPE context="HTML"}}<div class="document rapport">
<form method="get" action="/emploi/rapports/rsa" class="choix-rapport ne-pas-imprimer">
  <div><label for="du">Sessions du mois de</label>
  <input id="du" name="du" value="{{VALEUR_DU}}" required maxlength="30" size="14" autocomplete="off" aria-describedby="mois-aide"></div>
  <div><label for="au">au mois de</label>
  <input id="au" name="au" value="{{VALEUR_AU}}" required maxlength="30" size="14" autocomplete="off" aria-describedby="mois-aide"></div>
  <div><button type="submit">Afficher</button></div>
  <p class="aide" id="mois-aide">Le mois et l'année, par exemple «&nbsp;mars&nbsp;2031&nbsp;» ou «&nbsp;03/2031&nbsp;».</p>
  <div><a href="{{URL_CSV}}">Télécharger ce tableau (CSV, pour un tableur)</a></div>
</form>
<header class="entete">
  <div>
    <p class="association">{{ASSOCIATION}}</p>
    <h1>{{TITRE}}</h1>
    <p><strong>{{PERIODE}}</strong></p>
  </div>
  <div>
    <p>{{STAGIAIRES}} stagiaire(s) au RSA, {{SESSIONS}} session(s)</p>
    <p>Imprimé le {{IMPRIME_LE}}</p>
  </div>
</header>
{{#AUCUNE_LIGNE}}<p class="message">Aucun stagiaire n'est inscrit avec le statut RSA aux sessions de cette période.</p>{{/AUCUNE_LIGNE}}
{{>TABLEAU}}
<p class="discret">Une ligne par stagiaire inscrit avec le statut de financement RSA à une session de la période (les sessions
financées autrement n'y figurent pas). Ateliers prévus : tous les ateliers de ces sessions, passés et à venir ; non renseigné :
présence pas encore validée. Taux de présence : présents sur ateliers renseignés (présent, absent excusé, absent).</p>
</div>
