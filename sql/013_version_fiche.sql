-- The trainee's record kept rendered in memory (issue 17, see 012).
--
-- stagiaire.version_fiche: everything the record shows about the trainee (data,
-- studies, enrolments and funding, account, history) changes with an entry of the
-- journal about them, in the same transaction (the project's rule); journal::noter
-- writes this version with it (data/journal.cpp). `version` stays what a form of
-- the record was read at (409 on a concurrent edit).
--
-- verrou 'sessions': the sessions the record offers in "ajouter une session", and
-- the months and titles of its enrolments; written by every creation, change and
-- removal of a session (data/sessions.cpp).
-- Re-runnable: the row first (INSERT IGNORE), then one ALTER TABLE.
INSERT IGNORE INTO verrou (nom) VALUES ('sessions');
ALTER TABLE stagiaire
  ADD COLUMN version_fiche BIGINT UNSIGNED NOT NULL DEFAULT 0;
