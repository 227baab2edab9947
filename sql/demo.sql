-- Demo data, loaded by `ope demo` (scripts/run.sh) on an empty database only.
-- Invented people. A hash of "!" is replaced by `ope demo` with the hash of
-- the account's readable initial password, or of "demo" for staff accounts.

INSERT INTO utilisateur (id, login, mot_de_passe_hash, role, civilite, nom, prenom, email) VALUES
  (1, 'responsable', '!', 'responsable', 'Mme', 'MARCHAND', 'Claire', 'claire.marchand@ope.example'),
  (2, 'tuteur', '!', 'tuteur', 'M.', 'LEFÈVRE', 'Antoine', 'antoine.lefevre@ope.example'),
  (3, 'formateur', '!', 'formateur', 'Mme', 'NGUYEN', 'Sophie', 'sophie.nguyen@ope.example'),
  (4, 'tuteur2', '!', 'tuteur', 'M.', 'BENALI', 'Karim', 'karim.benali@ope.example');

INSERT INTO session_formation (id, mois, intitule, cree_par) VALUES
  (1, '2031-03-01', 'Recherche d''emploi : méthodes et outils', 1);

INSERT INTO session_intervenant (session_id, utilisateur_id, role) VALUES
  (1, 2, 'tuteur'), (1, 3, 'formateur');

INSERT INTO atelier (id, session_id, date_atelier, intitule, cycle) VALUES
  (1, 1, '2031-03-04', 'Bilan de compétences', 1),
  (2, 1, '2031-03-06', 'Rédiger son CV', 1),
  (3, 1, '2031-03-11', 'La lettre de motivation', 1),
  (4, 1, '2031-03-18', 'Préparer un entretien', 2),
  (5, 1, '2031-03-20', 'Réseaux et candidatures spontanées', 2);

INSERT INTO stagiaire (id, civilite, nom, prenom, date_naissance, adresse, code_postal, ville, tel_fixe, tel_portable, email, parution_adresse, parution_telephone, parution_email) VALUES
  (1, 'Mme', 'DUPONT', 'Élodie', '1988-05-14', '12 rue des Lilas', '59000', 'Lille', '03 20 12 34 56', '06 12 34 56 78', 'elodie.dupont@exemple.fr', 1, 1, 1),
  (2, 'M.', 'MARTIN', 'Jean-Pierre', '1975-11-02', '4 place du Marché', '59100', 'Roubaix', '', '06 98 76 54 32', 'jp.martin@exemple.fr', 0, 1, 1),
  (3, 'Mme', 'OUEDRAOGO', 'Aminata', '1992-02-29', '27 avenue Jean Jaurès', '59200', 'Tourcoing', '', '07 11 22 33 44', '', 1, 0, 1),
  (4, 'M.', 'GARCÍA', 'Lucas', '2001-07-21', '', '59800', 'Lille', '', '', 'lucas.garcia@exemple.fr', 1, 1, 0);

INSERT INTO utilisateur (login, mot_de_passe_hash, mot_de_passe_initial, role, stagiaire_id, civilite, nom, prenom, email, doit_choisir_mot_de_passe) VALUES
  ('elodie.dupont', '!', 'Bienvenue-7Kq2', 'stagiaire', 1, 'Mme', 'DUPONT', 'Élodie', 'elodie.dupont@exemple.fr', 1),
  ('jean-pierre.martin', '!', 'Bienvenue-3Hx9', 'stagiaire', 2, 'M.', 'MARTIN', 'Jean-Pierre', 'jp.martin@exemple.fr', 1),
  ('aminata.ouedraogo', '!', 'Bienvenue-8Rw4', 'stagiaire', 3, 'Mme', 'OUEDRAOGO', 'Aminata', '', 1),
  ('lucas.garcia', '!', 'Bienvenue-5Tm6', 'stagiaire', 4, 'M.', 'GARCÍA', 'Lucas', 'lucas.garcia@exemple.fr', 1);

INSERT INTO inscription (session_id, stagiaire_id, statut_financement, numero_caf, numero_cli, complement_financement) VALUES
  (1, 1, 'rsa', '1234567', 'CLI-0042', ''),
  (1, 2, 'pole_emploi', '', '', ''),
  (1, 3, NULL, '', '', '');

INSERT INTO presence (atelier_id, stagiaire_id)
  SELECT a.id, i.stagiaire_id FROM atelier a JOIN inscription i ON i.session_id = a.session_id;
