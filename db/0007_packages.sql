-- Version 7: signed exchange packages between the county's installation and the units'.
-- This installation's Ed25519 key pair (one row). The private key never leaves the file.
CREATE TABLE identity (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    private_key  BLOB NOT NULL,
    public_key   BLOB NOT NULL,
    created_at   TEXT NOT NULL
);

-- The other ends: on the county, one row per unit it issued a setup package to; on a unit,
-- one row for the county (unit_id NULL). `token_hash` is the enrolment token of the latest
-- setup package (county side), `public_key` the key that enrolled with it.
CREATE TABLE peers (
    id            INTEGER PRIMARY KEY,
    role          TEXT NOT NULL CHECK (role IN ('county', 'unit')),
    unit_id       INTEGER UNIQUE REFERENCES units(id) ON DELETE RESTRICT,
    public_key    BLOB,
    token_hash    TEXT NOT NULL DEFAULT '',
    issued_at     TEXT,
    enrolled_at   TEXT,
    seq_in        INTEGER NOT NULL DEFAULT 0,   -- highest sequence number imported from them
    seq_out       INTEGER NOT NULL DEFAULT 0,   -- sequence number of the last package made for them
    last_in_at    TEXT,
    last_out_at   TEXT
);

-- Unit side: what the county is known to hold for each of this unit's reports.
CREATE TABLE report_bases (
    report_id      INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    base_version   INTEGER NOT NULL,   -- the county's version number
    base_hash      TEXT NOT NULL,      -- content hash of that version
    local_version  INTEGER NOT NULL    -- this installation's version holding the same content
);

-- County side: a unit's report that arrived while the county's copy had changed too.
CREATE TABLE report_conflicts (
    id            INTEGER PRIMARY KEY,
    report_id     INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    base_version  INTEGER NOT NULL,
    content       TEXT NOT NULL,       -- JSON of the unit's version
    content_hash  TEXT NOT NULL,
    package       TEXT NOT NULL DEFAULT '',
    found_at      TEXT NOT NULL,
    choice        TEXT CHECK (choice IN ('ours', 'theirs')),
    resolved_at   TEXT,
    resolved_by   TEXT NOT NULL DEFAULT '',
    UNIQUE (report_id, content_hash)
);

-- 佐证材料: small files attached to a report (photos, PDFs), kept in the database.
CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    data        BLOB NOT NULL,
    added_at    TEXT NOT NULL,
    acked       INTEGER NOT NULL DEFAULT 0,   -- unit side: the county confirmed it holds it
    UNIQUE (report_id, sha256)
);

-- 回执: one per accepted package, with the check code both offices can read over the phone.
CREATE TABLE receipts (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    sender      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    check_code  TEXT NOT NULL,
    verdict     TEXT NOT NULL,
    lines       TEXT NOT NULL      -- JSON list of plain lines
);
