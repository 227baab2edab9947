-- A trainee record's version, read with its form and checked when it is saved:
-- a tutor's save no longer silently reverts what the trainee changed meanwhile
-- on /espace (or another tutor), it is answered with both values (409).
-- (One statement: safe to run again after a failure.)
ALTER TABLE stagiaire ADD COLUMN version INT UNSIGNED NOT NULL DEFAULT 0;
