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

-- Attendance already entered in session 1 (step 9): removing Élodie DUPONT or the
-- first workshop asks for confirmation first and says what would be lost.
UPDATE presence SET statut = 'present', commentaire = 'Très impliquée, a apporté son CV.', valide_par = 2, valide_le = '2031-03-04 17:30:00'
  WHERE atelier_id = 1 AND stagiaire_id = 1;
UPDATE presence SET statut = 'absent', valide_par = 2, valide_le = '2031-03-04 17:30:00'
  WHERE atelier_id = 1 AND stagiaire_id = 2;
UPDATE presence SET statut = 'excuse', commentaire = 'Rendez-vous France Travail ce jour-là.', valide_par = 2, valide_le = '2031-03-04 17:30:00'
  WHERE atelier_id = 1 AND stagiaire_id = 3;
UPDATE presence SET statut = 'present', valide_par = 2, valide_le = '2031-03-06 17:30:00'
  WHERE atelier_id = 2 AND stagiaire_id = 1;

-- Staff accounts over their life: a trainer whose account was deactivated (she
-- cannot log in, is offered in no drop-down, and stays on her past session) and a
-- tutor without e-mail (login tuteur3: "envoi documentation" warns him that his copy
-- cannot reach him).
INSERT INTO utilisateur (id, login, mot_de_passe_hash, role, civilite, nom, prenom, email, actif) VALUES
  (20, 'formateur2', '!', 'formateur', 'Mme', 'ROUSSEL', 'Camille', 'camille.roussel@ope.example', 0),
  (21, 'tuteur3', '!', 'tuteur', 'M.', 'FONTAINE', 'Hugo', '', 1);

-- Session 2 (January): its second workshop was dated in February, accepted and
-- flagged on the session page; its tutor has no e-mail, its trainer was deactivated.
-- Session 3 was created by mistake: nobody is enrolled, it can be deleted.
INSERT INTO session_formation (id, mois, intitule, cree_par) VALUES
  (2, '2031-01-01', 'Découverte des métiers du soin', 1),
  (3, '2031-05-01', 'Créée par erreur', 1);
INSERT INTO session_intervenant (session_id, utilisateur_id, role) VALUES
  (2, 21, 'tuteur'), (2, 20, 'formateur');
INSERT INTO atelier (id, session_id, date_atelier, intitule, cycle) VALUES
  (6, 2, '2031-01-14', 'Se présenter en deux minutes', 1),
  (7, 2, '2031-02-04', 'Visite d''un établissement', 2),
  (8, 3, '2031-05-06', 'Atelier à supprimer', 1);
INSERT INTO inscription (session_id, stagiaire_id, statut_financement, numero_caf, numero_cli, complement_financement) VALUES
  (2, 4, 'pole_emploi', '', '', '');
INSERT INTO presence (atelier_id, stagiaire_id, statut, commentaire, valide_par, valide_le) VALUES
  (6, 4, 'present', 'Présentation claire.', 21, '2031-01-14 18:00:00'),
  (7, 4, 'non_renseigne', '', NULL, NULL);

-- The journal shows what the staff and the trainees did: the trainer's account
-- deactivated; Jean-Pierre MARTIN un-enrolled from session 2 (the journal keeps his
-- entered attendance, so that a manager can enter it again); Lucas GARCÍA correcting
-- his own first name and date of birth (his record says "modifié par le stagiaire").
INSERT INTO journal (quand, utilisateur_id, action, objet, objet_id, detail) VALUES
  ('2031-01-20 09:12:00', 1, 'modification_compte', 'utilisateur', 20,
   'formateur2\nactif : « oui » → « non »\nconnexions en cours fermées'),
  ('2031-01-15 10:05:00', 2, 'desinscription', 'stagiaire', 2,
   'session 2\nprésences saisies supprimées :\n14/01/2031, Se présenter en deux minutes, MARTIN Jean-Pierre : présent, commentaire « Inscrit par erreur : suit la session de mars »');
INSERT INTO journal (quand, utilisateur_id, action, objet, objet_id, detail)
  SELECT '2031-03-05 20:14:00', id, 'modification_par_stagiaire', 'stagiaire', 4,
         'prénom : « Luca » → « Lucas »\ndate de naissance : « 12/07/2001 » → « 21/07/2001 »'
  FROM utilisateur WHERE login = 'lucas.garcia';

-- The directory consent: Élodie, Jean-Pierre and Lucas confirmed it at their first
-- login; Aminata has not logged in yet, so she is not in the directory and her
-- record says her consent waits for her.
UPDATE stagiaire SET parution_confirmee_le = '2031-03-02 18:30:00' WHERE id IN (1, 2, 4);
