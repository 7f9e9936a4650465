-- Nodes starting together seed groups, users, filters, authorizations and holidays one after the other: the
-- seeding transaction locks this row first (system/StartupSeeding). next_run is unused for it.
INSERT INTO app_scheduled_lock (name, next_run) VALUES ('startup-seeding', TIMESTAMP '2000-01-01 00:00:00');
