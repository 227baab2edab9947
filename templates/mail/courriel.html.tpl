{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{{SUJET}}</title></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; color: #1b1b1b;">
{{#PARAGRAPHE}}<p style="margin: 0 0 1em;">{{#LIGNE}}{{TEXTE}}{{#LIGNE_separator}}<br>
{{/LIGNE_separator}}{{/LIGNE}}</p>
{{/PARAGRAPHE}}
{{#PIED}}<hr style="border: 0; border-top: 1px solid #ccc; margin: 1.5em 0 1em;">
<p style="color: #444;">Vos identifiants de connexion au site de l'OPE (<a href="{{SITE}}">{{SITE}}</a>) :<br>
Identifiant : <strong>{{LOGIN}}</strong><br>
{{#INITIAL}}Mot de passe : <strong>{{MOT_DE_PASSE}}</strong><br>
Lors de votre première connexion, vous choisirez votre propre mot de passe.{{/INITIAL}}{{#AUCUN}}Mot de passe : votre tuteur vous le remettra avec votre fiche d'accueil.{{/AUCUN}}{{#CHOISI}}Mot de passe : celui que vous avez choisi lors de votre première connexion.{{/CHOISI}}</p>{{/PIED}}
</body></html>
