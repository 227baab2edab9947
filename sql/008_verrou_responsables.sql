-- Named rows that writers update to conflict with each other across Galera nodes,
-- where SELECT ... FOR UPDATE is local to a node: "responsables" is written by
-- every change of a staff account, so two managers demoting each other on two
-- nodes cannot both commit and leave no active manager.
CREATE TABLE IF NOT EXISTS verrou (
  nom VARCHAR(64) NOT NULL PRIMARY KEY,
  version BIGINT UNSIGNED NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT IGNORE INTO verrou (nom) VALUES ('responsables');
