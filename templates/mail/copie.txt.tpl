{{!-- Plain text: no auto-escaping (the pragma is only for HTML templates). --}}
Copie de l'envoi de documentation de la session n° {{NUMERO}} ({{MOIS}}).

Destinataires :
{{#DESTINATAIRE}}- {{NOM}} <{{EMAIL}}> : {{STATUT}}
{{/DESTINATAIRE}}
Pièces jointes : {{PIECES}}

Message envoyé (chaque stagiaire a reçu en bas du message ses propres identifiants de connexion) :
----------------------------------------------------------------
{{CORPS}}
