-- "Pôle emploi" is called "France Travail" since 1 January 2024. The code
-- pole_emploi stays (enrolments, forms, the other pages of the association's
-- website); only the label they read changes, as the application's own
-- (domain/statuts.cpp). Running it again changes nothing.
UPDATE statut_financement SET libelle = 'France Travail' WHERE code = 'pole_emploi';
