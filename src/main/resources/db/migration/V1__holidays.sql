-- The holiday table of the working calendar; one row per day off.
CREATE TABLE app_holiday (
    holiday_date DATE         NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL
);

-- Years whose holidays were seeded from configuration once; later edits by administrators are never overwritten.
CREATE TABLE app_holiday_seeded_year (
    seeded_year INTEGER NOT NULL PRIMARY KEY
);
