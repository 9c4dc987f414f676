-- State tables of the working warehouse that survive rebuilds (created if missing).
-- Raw dataset tables are created from pipelines/datasets.py; derived tables by pipelines/sql/.
CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS meta;

-- One row per load: a file ingested through the CLI, the upload page or the inbox, or a
-- regeneration of sample data. Rows in raw tables point here through _load_id.
CREATE TABLE IF NOT EXISTS meta.load_log (
    load_id VARCHAR PRIMARY KEY,
    dataset VARCHAR NOT NULL,
    file_name VARCHAR,
    file_sha256 VARCHAR,
    stored_path VARCHAR,
    uploaded_by VARCHAR,
    channel VARCHAR,           -- cli | unggah | inbox | build
    started_at TIMESTAMP,      -- WIB
    finished_at TIMESTAMP,     -- WIB
    status VARCHAR,            -- loaded | unchanged | rejected | failed
    rows_in BIGINT,
    accepted BIGINT,
    quarantined BIGINT,
    replaced BIGINT,
    notes VARCHAR,
    is_demo BOOLEAN DEFAULT false
);

-- Rows that were not loaded, with where and why, and the raw row as read (JSON text).
CREATE TABLE IF NOT EXISTS meta.quarantine (
    load_id VARCHAR NOT NULL,
    dataset VARCHAR NOT NULL,
    row_number BIGINT,
    column_name VARCHAR,
    value VARCHAR,
    message VARCHAR,
    raw_row VARCHAR
);

-- What the sample data was generated from, so an unchanged build skips regenerating it.
CREATE TABLE IF NOT EXISTS meta.demo_state (
    fingerprint VARCHAR,
    generated_at TIMESTAMP
);
