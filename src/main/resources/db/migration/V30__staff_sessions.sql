-- Staff sessions (Camunda's webapps and the staff pages) live in the database, so that every node of a cluster serves
-- every staff request: Spring Session JDBC reads and writes these two tables (spring.session.jdbc.table-name). A row
-- lasts as long as the session; Spring Session's cleanup deletes expired ones every minute.
CREATE TABLE app_staff_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT app_staff_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX app_staff_session_id ON app_staff_session (session_id);
-- the cleanup deletes by expiry time
CREATE INDEX app_staff_session_expiry ON app_staff_session (expiry_time);
CREATE INDEX app_staff_session_principal ON app_staff_session (principal_name);

-- Each attribute serialized by Java serialization (Camunda's Authentications, its CSRF token). BYTEA is binary in both
-- PostgreSQL and H2.
CREATE TABLE app_staff_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT app_staff_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT app_staff_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES app_staff_session (primary_id) ON DELETE CASCADE
);
