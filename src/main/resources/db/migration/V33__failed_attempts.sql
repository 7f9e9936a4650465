-- Failed access checks and staff sign-ins, one row per failure, so that every node counts them alike (issue 19): a
-- client spreading its guesses over several nodes gets no more than from one. The key is a keyed hash of the client
-- address (and, for an access check, of the number tried): neither an address nor a number is kept. Rows older than
-- app.security.failed-attempts-kept are deleted as new ones come.
CREATE TABLE app_failed_attempt (
    attempt_key VARCHAR(64) NOT NULL,
    failed_at   TIMESTAMP   NOT NULL
);
CREATE INDEX app_failed_attempt_key ON app_failed_attempt (attempt_key, failed_at);
CREATE INDEX app_failed_attempt_time ON app_failed_attempt (failed_at);

-- The per-report counter of the first portal, unused since failures are counted per client: nothing reads it.
DROP TABLE app_access_attempt;
