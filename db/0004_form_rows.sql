-- Version 4: authentic fill-in forms that never let stale data win.
-- Every ledger gets its own secret key (never written into any exported file); forms are signed
-- with it (HMAC-SHA256), so a form this ledger did not issue, or whose identity was edited, is
-- refused. Each issued form keeps its rows with the version and review state of the unit's report
-- that each row was issued on: a returned row based on an older version never replaces a newer one.
CREATE TABLE ledger_keys (
    purpose  TEXT PRIMARY KEY,               -- 'form'
    secret   BLOB NOT NULL
);
INSERT INTO ledger_keys (purpose, secret) VALUES ('form', randomblob(32));

CREATE TABLE form_rows (
    form_id       TEXT NOT NULL REFERENCES forms(form_id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    task_id       TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    base_version  INTEGER NOT NULL DEFAULT 0,  -- 0: the unit had no report for the period yet
    base_state    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (form_id, task_id)
);
