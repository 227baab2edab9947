-- The accounts loaded by `ope demo` and the hash of their demo password, so that
-- `ope comptes-demo` (and scripts/run.sh before listening beyond loopback) can
-- tell which of them still have it: an account whose hash is still this one.
CREATE TABLE IF NOT EXISTS compte_demo (
  utilisateur_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  mot_de_passe_hash VARCHAR(255) NOT NULL,
  CONSTRAINT fk_compte_demo_utilisateur FOREIGN KEY (utilisateur_id) REFERENCES utilisateur (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- A database loaded before this table existed: the accounts that still bear the
-- seed's login and e-mail (sql/demo.sql) are taken as demo accounts with their
-- present hash; one whose password was already changed is listed until it is
-- changed once more (the safe side).
INSERT IGNORE INTO compte_demo (utilisateur_id, mot_de_passe_hash)
  SELECT id, mot_de_passe_hash FROM utilisateur
  WHERE (login, email) IN (('responsable', 'claire.marchand@ope.example'), ('tuteur', 'antoine.lefevre@ope.example'),
    ('formateur', 'sophie.nguyen@ope.example'), ('tuteur2', 'karim.benali@ope.example'),
    ('elodie.dupont', 'elodie.dupont@exemple.fr'), ('jean-pierre.martin', 'jp.martin@exemple.fr'),
    ('aminata.ouedraogo', ''), ('lucas.garcia', 'lucas.garcia@exemple.fr'));
