-- Every change that shows on a session's page writes the session's row in its own
-- transaction: version + 1 (data/sessions.hpp, sessions::verrouiller). On one
-- server the row lock queues the writers of a session; on a Galera cluster a lock
-- is local to its node and only a write is certified across nodes, so the write is
-- what turns two such changes on two nodes into a conflict (error 1213 for one of
-- them, tried again) instead of two commits that missed each other. It also tells
-- a page cache that the session changed.
-- Re-runnable: the column is added only when missing (MySQL 8 has no ADD COLUMN IF
-- NOT EXISTS, hence the statement built from information_schema).
SET @ope_version_session = (
  SELECT IF(COUNT(*) = 0,
    'ALTER TABLE session_formation ADD COLUMN version BIGINT UNSIGNED NOT NULL DEFAULT 0',
    'DO 0')
  FROM information_schema.COLUMNS
  WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'session_formation' AND COLUMN_NAME = 'version');
PREPARE ope_version_session FROM @ope_version_session;
EXECUTE ope_version_session;
DEALLOCATE PREPARE ope_version_session;
