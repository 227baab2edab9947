-- Versions that key the pages an app server keeps rendered in memory (issue 17,
-- fcgi/memoire.hpp): a page is shown again only while every version it was made
-- at is unchanged, and every writer of what it shows writes one of them in its
-- transaction.
--
-- The session's page lists its "envois documentation" with each recipient's
-- status, which the mail worker changes without touching the session:
-- version_envois is written after every change of that list (a new sending, a
-- recipient sent or failed, the sender's copy, a recipient's name; data/envois.cpp,
-- sessions::nouvelle_version_pour_stagiaire). A column of its own, not `version`:
-- a sent mail must not make a manager's edit of the session a conflict (409).
-- One ALTER TABLE, run once (schema_migrations).
ALTER TABLE session_formation
  ADD COLUMN version_envois BIGINT UNSIGNED NOT NULL DEFAULT 0;
