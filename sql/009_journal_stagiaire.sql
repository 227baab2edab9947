-- The trainee an entry of the journal is about (issue 15): what the journal's
-- person filter, the trainee's export and an erasure find. Entries about a record
-- (objet 'stagiaire') name it as their object; attendance entries (objet 'session')
-- name it in their first line, "atelier A, stagiaire S".
-- Re-runnable: the column is added only when missing (as in 008_version_session).
SET @ope_journal_stagiaire = (
  SELECT IF(COUNT(*) = 0,
    'ALTER TABLE journal ADD COLUMN stagiaire_id BIGINT UNSIGNED NULL, ADD KEY idx_journal_stagiaire (stagiaire_id, quand), ADD KEY idx_journal_action (action, quand), ADD KEY idx_journal_utilisateur (utilisateur_id, quand)',
    'DO 0')
  FROM information_schema.COLUMNS
  WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'journal' AND COLUMN_NAME = 'stagiaire_id');
PREPARE ope_journal_stagiaire FROM @ope_journal_stagiaire;
EXECUTE ope_journal_stagiaire;
DEALLOCATE PREPARE ope_journal_stagiaire;
UPDATE journal SET stagiaire_id = objet_id WHERE objet = 'stagiaire' AND stagiaire_id IS NULL;
UPDATE journal
  SET stagiaire_id = CAST(SUBSTRING_INDEX(REGEXP_SUBSTR(detail, '^atelier [0-9]+, stagiaire [0-9]+'), ' ', -1) AS UNSIGNED)
  WHERE action = 'presence' AND stagiaire_id IS NULL AND detail REGEXP '^atelier [0-9]+, stagiaire [0-9]+';
