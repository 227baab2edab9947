-- The search words of each record also on the record itself (" mot1 mot2 … ", the
-- words of stagiaire_mot), in an index that follows the names' order: a search
-- matching more than 1 000 records (a common name among 100 000) walks that index
-- in order and checks each entry's words in the entry itself, instead of reading
-- each record's words in stagiaire_mot (about 4 more rows per record walked; issue
-- 17). Written with the words (data/stagiaires.cpp, indexer); filled for the
-- records that have none by `ope migrate` (stagiaires::indexer_manquants).
-- 560 characters: the index stays within InnoDB's 3 072 bytes (nom and prenom 402
-- each, id 8, mots 2 242); longer word lists are cut at a word.
-- One ALTER TABLE, run once (schema_migrations).
ALTER TABLE stagiaire
  ADD COLUMN mots VARCHAR(560) NULL,
  ADD INDEX idx_stagiaire_nom_mots (nom, prenom, id, mots);
