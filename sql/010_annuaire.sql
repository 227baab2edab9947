-- The site's directory ("l'annuaire du site"): the one place that decides what of a
-- trainee is published. A trainee appears only with the items they consented to
-- publish (parution_adresse: address, postcode and town; parution_telephone: both
-- phones; parution_email: e-mail), and only when at least one of them holds
-- something; the name alone is never published here. The application reads the
-- directory only through this view (data/annuaire.cpp), and so can the other pages
-- of the association's website: a condition added here (such as a consent the
-- trainee confirmed) holds everywhere at once.
-- Since issue 15, only once the trainee confirmed that consent on /espace
-- (parution_confirmee_le, added by 009_donnees_personnelles, which runs first; the
-- same definition is in 009_parution_confirmee, for a database where this file
-- already ran).
-- Re-runnable: CREATE OR REPLACE.
CREATE OR REPLACE VIEW annuaire_stagiaire AS
SELECT s.id AS stagiaire_id, s.civilite, s.nom, s.prenom,
  CASE WHEN s.parution_adresse = 1 THEN s.adresse ELSE '' END AS adresse,
  CASE WHEN s.parution_adresse = 1 THEN s.code_postal ELSE '' END AS code_postal,
  CASE WHEN s.parution_adresse = 1 THEN s.ville ELSE '' END AS ville,
  CASE WHEN s.parution_telephone = 1 THEN s.tel_portable ELSE '' END AS tel_portable,
  CASE WHEN s.parution_telephone = 1 THEN s.tel_fixe ELSE '' END AS tel_fixe,
  CASE WHEN s.parution_email = 1 THEN s.email ELSE '' END AS email
FROM stagiaire s
WHERE s.parution_confirmee_le IS NOT NULL
  AND ((s.parution_adresse = 1 AND (s.adresse <> '' OR s.code_postal <> '' OR s.ville <> ''))
    OR (s.parution_telephone = 1 AND (s.tel_portable <> '' OR s.tel_fixe <> ''))
    OR (s.parution_email = 1 AND s.email <> ''));
