{{!-- Plain text: no auto-escaping (the pragma is only for HTML templates). The
     line "-- " (with its space) is the usual signature separator. --}}
-- 
Vos identifiants de connexion au site de l'OPE ({{SITE}}) :
Identifiant : {{LOGIN}}
{{#INITIAL}}Mot de passe : {{MOT_DE_PASSE}}
Lors de votre première connexion, vous choisirez votre propre mot de passe.
{{/INITIAL}}{{#AUCUN}}Mot de passe : votre tuteur vous le remettra avec votre fiche d'accueil.
{{/AUCUN}}{{#CHOISI}}Mot de passe : celui que vous avez choisi lors de votre première connexion.
{{/CHOISI}}