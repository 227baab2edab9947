-- Phone search ignores spaces and dots: phones are stored as "06 12 34 56 78",
-- so their digits are derived once, indexed, and searched by prefix.
-- (Plain syntax on purpose: MySQL 8 has no IF NOT EXISTS here; schema_migrations
-- makes sure a migration runs once.)
ALTER TABLE stagiaire
  ADD COLUMN tel_fixe_chiffres VARCHAR(10) AS (REPLACE(tel_fixe, ' ', '')) STORED,
  ADD COLUMN tel_portable_chiffres VARCHAR(10) AS (REPLACE(tel_portable, ' ', '')) STORED;
CREATE INDEX idx_stagiaire_tel_fixe ON stagiaire (tel_fixe_chiffres);
CREATE INDEX idx_stagiaire_tel_portable ON stagiaire (tel_portable_chiffres);
CREATE INDEX idx_stagiaire_naissance ON stagiaire (date_naissance);
