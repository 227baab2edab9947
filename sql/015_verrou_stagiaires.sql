-- The search of trainees kept rendered in memory (issue 17): verrou 'stagiaires'
-- is written in the same transaction by every change of what a search finds or
-- shows: a record created or changed (its columns and words, stagiaires::indexer)
-- or erased (donnees::anonymiser). Trainees' records change a few times a day: one
-- row for all of them costs a short wait between two such writes, never a read.
-- Re-runnable.
INSERT IGNORE INTO verrou (nom) VALUES ('stagiaires');
