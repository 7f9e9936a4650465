-- Personal data sealed at rest (AES-256-GCM, system/Sealer): the reporter's contact and every document's name and
-- content. key_id names the key of APP_DATA_KEYS that sealed the row; NULL marks a row written before this version,
-- which the application seals at start-up (SQL has no key). Sealed text is Base64, longer than the plain text.
ALTER TABLE app_reporter_contact ADD COLUMN key_id VARCHAR(40);
ALTER TABLE app_reporter_contact ALTER COLUMN mobile SET DATA TYPE VARCHAR(2000);
ALTER TABLE app_reporter_contact ALTER COLUMN email SET DATA TYPE VARCHAR(2000);
ALTER TABLE app_case_document ADD COLUMN key_id VARCHAR(40);
ALTER TABLE app_case_document ALTER COLUMN file_name SET DATA TYPE VARCHAR(2000);
-- One node at a time seals or re-seals rows after a key was added (privacy/DataKeyRotation).
INSERT INTO app_scheduled_lock (name, next_run) VALUES ('data-key-rotation', TIMESTAMP '2000-01-01 00:00:00');
