-- Last number given per prefix (BR, WB) and year: request and report numbers like BR-2026-000123.
CREATE TABLE app_case_counter (
    prefix     VARCHAR(10) NOT NULL,
    year_value INTEGER     NOT NULL,
    last_value INTEGER     NOT NULL,
    PRIMARY KEY (prefix, year_value)
);
