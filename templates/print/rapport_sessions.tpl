{{%AUTOESCAPE context="HTML"}}<div class="document rapport activite">
<nav class="choix-rapport ne-pas-imprimer" aria-label="Année">
  <span>Année :</span>
  {{#AUTRE_ANNEE}}<a href="{{URL}}"{{#CHOISIE}} aria-current="page"{{/CHOISIE}}>{{ANNEE}}</a>{{/AUTRE_ANNEE}}
  <a href="{{URL_CSV}}">Télécharger ce tableau (CSV, pour un tableur)</a>
</nav>
<header class="entete">
  <div>
    <p class="association">{{ASSOCIATION}}</p>
    <h1>{{TITRE}}</h1>
    <p><strong>{{PERIODE}}</strong></p>
  </div>
  <div>
    <p>Imprimé le {{IMPRIME_LE}}</p>
  </div>
</header>
{{#GRAPHIQUE}}
<figure class="graphique">
<svg viewBox="0 0 {{LARGEUR}} {{HAUTEUR}}" role="img" aria-labelledby="graphique-titre" xmlns="http://www.w3.org/2000/svg" font-family="Arial, Helvetica, sans-serif">
  <title id="graphique-titre">Inscriptions par mois en {{ANNEE}}, et taux de présence</title>
  {{#GRADUATION}}<line x1="{{GAUCHE}}" x2="{{DROITE}}" y1="{{Y}}" y2="{{Y}}" stroke="#888" stroke-width="0.6" stroke-dasharray="3 3"/>
  <text x="{{X_TEXTE}}" y="{{Y}}" dy="4" text-anchor="end" font-size="11" fill="#000">{{VALEUR}}</text>
  {{/GRADUATION}}
  {{#BARRE}}<rect x="{{X}}" y="{{Y}}" width="{{LARGEUR}}" height="{{HAUTEUR}}" fill="#555" stroke="#000" stroke-width="0.8"/>
  <text x="{{CENTRE}}" y="{{Y_VALEUR}}" text-anchor="middle" font-size="12" font-weight="bold" fill="#000">{{VALEUR}}</text>
  <text x="{{CENTRE}}" y="{{Y_ETIQUETTE}}" text-anchor="middle" font-size="11" fill="#000">{{ETIQUETTE}}</text>
  <text x="{{CENTRE}}" y="{{Y_SOUS_ETIQUETTE}}" text-anchor="middle" font-size="10" fill="#000">{{SOUS_ETIQUETTE}}</text>
  {{/BARRE}}
  <line x1="{{GAUCHE}}" x2="{{DROITE}}" y1="{{BASE}}" y2="{{BASE}}" stroke="#000" stroke-width="1.2"/>
</svg>
<figcaption>Inscriptions aux sessions de chaque mois (nombre au-dessus de la barre) ; sous le mois, le taux de présence
aux ateliers déjà renseignés.</figcaption>
</figure>
{{/GRAPHIQUE}}
{{>TABLEAU}}
<p class="discret">Chaque session compte dans son mois. Stagiaires : personnes différentes (sur la ligne de l'année : dans
l'année), par statut de financement de leur inscription. Taux de présence : présents sur ateliers renseignés (présent,
absent excusé, absent).</p>
</div>
