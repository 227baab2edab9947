OPE — documentation de la session n° {{NUMERO}} ({{MOIS}})
