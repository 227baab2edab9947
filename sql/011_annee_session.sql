-- The years offered by the sessions list ("Gestion des sessions"): the year of each
-- session as an indexed generated column, so that the distinct years are read one
-- index entry each (a loose index scan: 20 reads for 20 years) instead of the whole
-- month index (3 000 entries for 20 years of sessions). Issue 17.
-- One ALTER TABLE: the column and its index come together or not at all
-- (schema_migrations makes sure a migration runs once). STORED, as the phones'
-- digits (002): MariaDB's CHECKSUM TABLE of a table with a VIRTUAL column differs
-- between a table and its restored copy (tests/scripts/test_sauvegarde.sh).
ALTER TABLE session_formation
  ADD COLUMN annee SMALLINT AS (YEAR(mois)) STORED,
  ADD INDEX idx_session_annee (annee);
