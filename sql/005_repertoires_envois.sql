-- Folders of the documents library exist before any document is put in them.
CREATE TABLE repertoire (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  nom VARCHAR(100) NOT NULL,
  cree_le DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_repertoire_nom (nom)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Sending: the sender's copy is delivered like a recipient's mail, once every
-- recipient is sent or failed; `verrou` lets one delivery worker claim a mail so
-- that two workers (several machines) never send it twice.
ALTER TABLE envoi
  ADD COLUMN copie_email VARCHAR(254) NOT NULL DEFAULT '',
  ADD COLUMN copie_statut ENUM('en_attente','envoye','echec') NOT NULL DEFAULT 'en_attente',
  ADD COLUMN copie_tentatives INT UNSIGNED NOT NULL DEFAULT 0,
  ADD COLUMN copie_erreur VARCHAR(1000) NOT NULL DEFAULT '',
  ADD COLUMN copie_envoyee_le DATETIME NULL,
  ADD COLUMN copie_prochain_essai DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ADD COLUMN copie_verrou CHAR(32) NULL,
  ADD KEY idx_envoi_copie (copie_statut, copie_prochain_essai);
ALTER TABLE envoi_destinataire
  ADD COLUMN verrou CHAR(32) NULL,
  ADD KEY idx_destinataire_verrou (verrou);
