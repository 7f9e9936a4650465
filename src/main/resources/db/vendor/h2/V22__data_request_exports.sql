-- A data-subject export (access or copy request), prepared once when the officer fulfils the request and served from
-- here, sealed (system/Sealer) under the key key_id names; it goes with the person's data and with the request.
CREATE TABLE app_data_request_export (
    request_number VARCHAR(40) NOT NULL PRIMARY KEY,
    content        BLOB NOT NULL,
    key_id         VARCHAR(40),
    prepared_at    TIMESTAMP   NOT NULL
);
