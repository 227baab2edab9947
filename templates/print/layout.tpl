{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{{TITRE}} — OPE</title>
<link rel="stylesheet" href="/static/impression.css">
{{#PAYSAGE}}<link rel="stylesheet" href="/static/paysage.css">{{/PAYSAGE}}
<script src="/static/imprimer.js" defer></script>
</head>
<body>
<div class="barre ne-pas-imprimer">
  <button type="button" id="imprimer">Imprimer</button>
  <span>Aperçu avant impression — format A4 {{ORIENTATION}}.</span>
  {{#A_AVIS}}<strong class="avis" role="status">{{AVIS}}</strong>{{/A_AVIS}}
</div>
{{CONTENU:none}}
</body>
</html>
