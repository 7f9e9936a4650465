-- A reporter's optional contact details, kept apart from the process so that only the report's auditors
-- (never the committee, the chair or the director, and never history) can read them.
CREATE TABLE app_reporter_contact (
    report_number VARCHAR(40)  NOT NULL PRIMARY KEY,
    mobile        VARCHAR(20),
    email         VARCHAR(200)
);
