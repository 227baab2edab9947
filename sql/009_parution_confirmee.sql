-- The directory consent staff record at the interview (ticked by default, as the
-- procedure says) holds only once the trainee confirmed or changed it on /espace
-- at their first login (issue 15): until then nothing of theirs is in the
-- directory. The view of 010_annuaire with that condition; 010_annuaire has the
-- same definition, so the order in which the two run does not matter (on a new
-- database this one runs first, on one that already had 010 it runs after).
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
