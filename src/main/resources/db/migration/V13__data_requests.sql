-- The tracking code of a person's request about their data (DataSubjectRequestProcess): a BCrypt hash only, like a
-- report's; the code itself is shown once on the receipt.
CREATE TABLE app_data_request_access (
    request_number VARCHAR(40) PRIMARY KEY,
    code_hash      VARCHAR(100) NOT NULL
);
