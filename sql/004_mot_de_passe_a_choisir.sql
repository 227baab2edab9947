-- A trainee given an initial password (new record, or a new one issued by staff)
-- is invited to choose their own on /espace until they do.
ALTER TABLE utilisateur ADD COLUMN doit_choisir_mot_de_passe TINYINT(1) NOT NULL DEFAULT 0;
UPDATE utilisateur SET doit_choisir_mot_de_passe = 1 WHERE role = 'stagiaire';
