-- Throttling of failed logins per (login, address) pair with growing delays
-- (domain/comptes.hpp): failures are timed to the millisecond, and the addresses
-- an account logged in from are remembered, so that an attack spread over many
-- addresses never delays the owner at one of their usual ones.
-- (CREATE ... IF NOT EXISTS first and one ALTER last: re-running after a failure
-- is safe, as MySQL 8 has no IF NOT EXISTS for columns and keys.)
CREATE TABLE IF NOT EXISTS adresse_connue (
  utilisateur_id BIGINT UNSIGNED NOT NULL,
  adresse VARCHAR(45) NOT NULL,
  derniere DATETIME NOT NULL,
  PRIMARY KEY (utilisateur_id, adresse),
  CONSTRAINT fk_adresse_connue_utilisateur FOREIGN KEY (utilisateur_id) REFERENCES utilisateur (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
ALTER TABLE echec_connexion
  MODIFY quand DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  ADD KEY idx_echec_paire (login, adresse, quand);
