-- Initial passwords are stored sealed (issue 15: libsodium's crypto_secretbox under
-- the key of OPE_SECRET_FILE, kept outside the database): "s1:" and the base64 of
-- the nonce, the tag and the password, longer than the 64 characters of before.
-- The readable ones already stored are sealed by `ope migrate` itself (it holds
-- the key; SQL does not). Re-runnable.
ALTER TABLE utilisateur MODIFY mot_de_passe_initial VARCHAR(255) NULL;
