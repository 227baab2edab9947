-- Personal data (issue 15). anonymise_le: when the record was erased (its identity
-- and contact data replaced, see data/donnees.cpp); the purge and the pages know an
-- erased record by it. parution_confirmee_le: when the trainee confirmed or changed,
-- on /espace, the directory consent staff recorded at the interview.
-- Re-runnable: the columns are added only when missing (as in 008_version_session).
SET @ope_donnees_personnelles = (
  SELECT IF(COUNT(*) = 0,
    'ALTER TABLE stagiaire ADD COLUMN anonymise_le DATETIME NULL, ADD COLUMN parution_confirmee_le DATETIME NULL',
    'DO 0')
  FROM information_schema.COLUMNS
  WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'stagiaire' AND COLUMN_NAME = 'anonymise_le');
PREPARE ope_donnees_personnelles FROM @ope_donnees_personnelles;
EXECUTE ope_donnees_personnelles;
DEALLOCATE PREPARE ope_donnees_personnelles;
