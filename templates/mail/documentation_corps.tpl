{{!-- Plain text: no auto-escaping (the pragma is only for HTML templates). --}}
Bonjour,

Vous trouverez ci-joint la documentation de la session de formation n° {{NUMERO}} de {{MOIS}}.

Nous vous rappelons que votre espace personnel sur le site de l'OPE vous permet de suivre vos ateliers et de mettre à jour vos coordonnées.

Bien cordialement,
{{EXPEDITEUR}}
OPE — association pour l'emploi
