-- The tables of ../shared/spec/database.md (names fixed: other pages of the
-- association's website read them). InnoDB, utf8mb4, accent- and
-- case-insensitive collation for searching.

CREATE TABLE IF NOT EXISTS stagiaire (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  civilite VARCHAR(4) NOT NULL,
  nom VARCHAR(100) NOT NULL,
  prenom VARCHAR(100) NOT NULL,
  date_naissance DATE NULL,
  adresse VARCHAR(255) NOT NULL DEFAULT '',
  code_postal VARCHAR(5) NOT NULL DEFAULT '',
  ville VARCHAR(100) NOT NULL DEFAULT '',
  tel_fixe VARCHAR(14) NOT NULL DEFAULT '',
  tel_portable VARCHAR(14) NOT NULL DEFAULT '',
  email VARCHAR(254) NOT NULL DEFAULT '',
  parution_adresse TINYINT(1) NOT NULL DEFAULT 1,
  parution_telephone TINYINT(1) NOT NULL DEFAULT 1,
  parution_email TINYINT(1) NOT NULL DEFAULT 1,
  cree_le DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  modifie_le DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  KEY idx_stagiaire_nom (nom, prenom),
  KEY idx_stagiaire_prenom (prenom),
  KEY idx_stagiaire_email (email),
  KEY idx_stagiaire_ville (ville)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS utilisateur (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  login VARCHAR(64) NOT NULL,
  mot_de_passe_hash VARCHAR(255) NOT NULL,
  mot_de_passe_initial VARCHAR(64) NULL,
  role ENUM('responsable','tuteur','formateur','stagiaire') NOT NULL,
  stagiaire_id BIGINT UNSIGNED NULL,
  civilite VARCHAR(4) NOT NULL DEFAULT '',
  nom VARCHAR(100) NOT NULL DEFAULT '',
  prenom VARCHAR(100) NOT NULL DEFAULT '',
  email VARCHAR(254) NOT NULL DEFAULT '',
  actif TINYINT(1) NOT NULL DEFAULT 1,
  derniere_connexion DATETIME NULL,
  cree_le DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_utilisateur_login (login),
  UNIQUE KEY uq_utilisateur_stagiaire (stagiaire_id),
  KEY idx_utilisateur_role (role, nom, prenom),
  CONSTRAINT fk_utilisateur_stagiaire FOREIGN KEY (stagiaire_id) REFERENCES stagiaire (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS session_formation (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mois DATE NOT NULL,
  intitule VARCHAR(200) NOT NULL DEFAULT '',
  cree_le DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  cree_par BIGINT UNSIGNED NULL,
  KEY idx_session_mois (mois),
  CONSTRAINT fk_session_cree_par FOREIGN KEY (cree_par) REFERENCES utilisateur (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS session_intervenant (
  session_id BIGINT UNSIGNED NOT NULL,
  utilisateur_id BIGINT UNSIGNED NOT NULL,
  role ENUM('tuteur','formateur') NOT NULL,
  PRIMARY KEY (session_id, utilisateur_id, role),
  KEY idx_intervenant_utilisateur (utilisateur_id),
  CONSTRAINT fk_intervenant_session FOREIGN KEY (session_id) REFERENCES session_formation (id) ON DELETE CASCADE,
  CONSTRAINT fk_intervenant_utilisateur FOREIGN KEY (utilisateur_id) REFERENCES utilisateur (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS atelier (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  session_id BIGINT UNSIGNED NOT NULL,
  date_atelier DATE NOT NULL,
  intitule VARCHAR(200) NOT NULL,
  cycle TINYINT UNSIGNED NOT NULL,
  KEY idx_atelier_session (session_id, date_atelier),
  CONSTRAINT fk_atelier_session FOREIGN KEY (session_id) REFERENCES session_formation (id) ON DELETE CASCADE,
  CONSTRAINT ck_atelier_cycle CHECK (cycle IN (1, 2))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS etude (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  stagiaire_id BIGINT UNSIGNED NOT NULL,
  annee SMALLINT UNSIGNED NULL,
  diplome VARCHAR(200) NOT NULL DEFAULT '',
  specialite VARCHAR(200) NOT NULL DEFAULT '',
  etablissement VARCHAR(200) NOT NULL DEFAULT '',
  KEY idx_etude_stagiaire (stagiaire_id),
  CONSTRAINT fk_etude_stagiaire FOREIGN KEY (stagiaire_id) REFERENCES stagiaire (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS statut_financement (
  code VARCHAR(32) NOT NULL PRIMARY KEY,
  libelle VARCHAR(100) NOT NULL,
  exige_caf_cli TINYINT(1) NOT NULL DEFAULT 0,
  ordre SMALLINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT IGNORE INTO statut_financement (code, libelle, exige_caf_cli, ordre) VALUES
  ('rsa', 'RSA', 1, 1),
  ('pole_emploi', 'Pôle emploi', 0, 2),
  ('autofinancement', 'Autofinancement', 0, 3),
  ('employeur', 'Employeur', 0, 4),
  ('autre', 'Autre', 0, 5);

CREATE TABLE IF NOT EXISTS inscription (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  session_id BIGINT UNSIGNED NOT NULL,
  stagiaire_id BIGINT UNSIGNED NOT NULL,
  statut_financement VARCHAR(32) NULL,
  numero_caf VARCHAR(32) NOT NULL DEFAULT '',
  numero_cli VARCHAR(32) NOT NULL DEFAULT '',
  complement_financement VARCHAR(200) NOT NULL DEFAULT '',
  inscrit_le DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_inscription (session_id, stagiaire_id),
  KEY idx_inscription_stagiaire (stagiaire_id),
  CONSTRAINT fk_inscription_session FOREIGN KEY (session_id) REFERENCES session_formation (id),
  CONSTRAINT fk_inscription_stagiaire FOREIGN KEY (stagiaire_id) REFERENCES stagiaire (id),
  CONSTRAINT fk_inscription_statut FOREIGN KEY (statut_financement) REFERENCES statut_financement (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS presence (
  atelier_id BIGINT UNSIGNED NOT NULL,
  stagiaire_id BIGINT UNSIGNED NOT NULL,
  statut ENUM('non_renseigne','present','absent','excuse') NOT NULL DEFAULT 'non_renseigne',
  commentaire VARCHAR(1000) NOT NULL DEFAULT '',
  valide_par BIGINT UNSIGNED NULL,
  valide_le DATETIME NULL,
  PRIMARY KEY (atelier_id, stagiaire_id),
  KEY idx_presence_stagiaire (stagiaire_id),
  CONSTRAINT fk_presence_atelier FOREIGN KEY (atelier_id) REFERENCES atelier (id) ON DELETE CASCADE,
  CONSTRAINT fk_presence_stagiaire FOREIGN KEY (stagiaire_id) REFERENCES stagiaire (id),
  CONSTRAINT fk_presence_valide_par FOREIGN KEY (valide_par) REFERENCES utilisateur (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS document (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  repertoire VARCHAR(100) NOT NULL,
  nom_fichier VARCHAR(255) NOT NULL,
  type_mime VARCHAR(100) NOT NULL,
  taille BIGINT UNSIGNED NOT NULL,
  contenu LONGBLOB NOT NULL,
  depose_par BIGINT UNSIGNED NULL,
  depose_le DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY idx_document_repertoire (repertoire, nom_fichier),
  CONSTRAINT fk_document_depose_par FOREIGN KEY (depose_par) REFERENCES utilisateur (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS envoi (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  session_id BIGINT UNSIGNED NOT NULL,
  expediteur_id BIGINT UNSIGNED NOT NULL,
  sujet VARCHAR(255) NOT NULL,
  corps MEDIUMTEXT NOT NULL,
  cree_le DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY idx_envoi_session (session_id, cree_le),
  CONSTRAINT fk_envoi_session FOREIGN KEY (session_id) REFERENCES session_formation (id),
  CONSTRAINT fk_envoi_expediteur FOREIGN KEY (expediteur_id) REFERENCES utilisateur (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS envoi_destinataire (
  envoi_id BIGINT UNSIGNED NOT NULL,
  stagiaire_id BIGINT UNSIGNED NOT NULL,
  email VARCHAR(254) NOT NULL,
  statut ENUM('en_attente','envoye','echec') NOT NULL DEFAULT 'en_attente',
  tentatives INT UNSIGNED NOT NULL DEFAULT 0,
  derniere_erreur VARCHAR(1000) NOT NULL DEFAULT '',
  envoye_le DATETIME NULL,
  prochain_essai DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (envoi_id, stagiaire_id),
  KEY idx_destinataire_statut (statut, prochain_essai),
  CONSTRAINT fk_destinataire_envoi FOREIGN KEY (envoi_id) REFERENCES envoi (id) ON DELETE CASCADE,
  CONSTRAINT fk_destinataire_stagiaire FOREIGN KEY (stagiaire_id) REFERENCES stagiaire (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS envoi_piece_jointe (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  envoi_id BIGINT UNSIGNED NOT NULL,
  nom_fichier VARCHAR(255) NOT NULL,
  type_mime VARCHAR(100) NOT NULL,
  contenu LONGBLOB NOT NULL,
  KEY idx_piece_jointe_envoi (envoi_id),
  CONSTRAINT fk_piece_jointe_envoi FOREIGN KEY (envoi_id) REFERENCES envoi (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Web sessions: only a hash of the cookie's token is stored.
CREATE TABLE IF NOT EXISTS connexion (
  jeton_hash CHAR(64) NOT NULL PRIMARY KEY,
  utilisateur_id BIGINT UNSIGNED NOT NULL,
  csrf CHAR(64) NOT NULL,
  expire_le DATETIME NOT NULL,
  cree_le DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY idx_connexion_utilisateur (utilisateur_id),
  KEY idx_connexion_expire (expire_le),
  CONSTRAINT fk_connexion_utilisateur FOREIGN KEY (utilisateur_id) REFERENCES utilisateur (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed logins, to slow down password guessing per login and per address.
CREATE TABLE IF NOT EXISTS echec_connexion (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  login VARCHAR(64) NOT NULL,
  adresse VARCHAR(45) NOT NULL,
  quand DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY idx_echec_login (login, quand),
  KEY idx_echec_adresse (adresse, quand)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS journal (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  quand DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  utilisateur_id BIGINT UNSIGNED NULL,
  action VARCHAR(64) NOT NULL,
  objet VARCHAR(64) NOT NULL,
  objet_id BIGINT UNSIGNED NULL,
  detail TEXT NOT NULL,
  KEY idx_journal_objet (objet, objet_id, quand),
  KEY idx_journal_quand (quand)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
