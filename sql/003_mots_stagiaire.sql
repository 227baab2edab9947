-- Search words of each trainee record (words of the name, first name and town, and
-- the e-mail), so that "fontaine" finds "DE LA FONTAINE" through an index: a
-- word-prefix search is an index range scan, whatever the number of records.
-- Filled by the application when a record is saved (and by `ope migrate` for
-- records that have none yet).
CREATE TABLE stagiaire_mot (
  mot VARCHAR(100) NOT NULL,
  stagiaire_id BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (mot, stagiaire_id),
  KEY idx_mot_stagiaire (stagiaire_id),
  CONSTRAINT fk_mot_stagiaire FOREIGN KEY (stagiaire_id) REFERENCES stagiaire (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
