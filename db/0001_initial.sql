-- QS Ledger schema, version 1.
-- Built-in rows use stable natural keys (plan/ledger codes, task ids "<ledger>:<seq>",
-- unit names) so the same task has the same id on every machine and exchange files
-- can name things without local integer ids.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE plans (
    code       TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    year       INTEGER NOT NULL,
    doc_no     TEXT NOT NULL DEFAULT '',
    issued_on  TEXT,                         -- ISO date
    issuer     TEXT NOT NULL DEFAULT '',
    builtin    INTEGER NOT NULL DEFAULT 0,
    note       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE ledgers (
    code       TEXT PRIMARY KEY,
    plan_code  TEXT NOT NULL REFERENCES plans(code) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT 'tasks' CHECK (kind IN ('tasks', 'projects')),
    annex      TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    note       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sections (
    id          INTEGER PRIMARY KEY,
    ledger_code TEXT NOT NULL REFERENCES ledgers(code) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    heading     TEXT NOT NULL,
    UNIQUE (ledger_code, position)
);

CREATE TABLE tasks (
    id                  TEXT PRIMARY KEY,    -- "<ledger code>:<seq>", stable across installations
    ledger_code         TEXT NOT NULL REFERENCES ledgers(code) ON DELETE CASCADE,
    section_id          INTEGER REFERENCES sections(id) ON DELETE SET NULL,
    position            INTEGER NOT NULL,
    seq                 INTEGER,
    title               TEXT,
    measure             TEXT NOT NULL,
    deadline            TEXT NOT NULL DEFAULT '',   -- 完成时限 as written
    remarks             TEXT NOT NULL DEFAULT '',
    units_note          TEXT NOT NULL DEFAULT '',   -- e.g. 按职责分工负责
    note                TEXT NOT NULL DEFAULT '',   -- curation note
    target_quantity     REAL,
    target_unit         TEXT NOT NULL DEFAULT '',
    due_override        TEXT,                       -- ISO date set by hand (延期)
    due_override_reason TEXT NOT NULL DEFAULT '',
    closed_at           TEXT,                       -- 销号 time
    closed_reason       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tasks_ledger ON tasks (ledger_code, position);

CREATE TABLE units (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    kind      TEXT NOT NULL DEFAULT 'other'
              CHECK (kind IN ('county_bureau', 'township', 'city_branch', 'enterprise', 'group', 'other')),
    position  INTEGER NOT NULL DEFAULT 0,
    note      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE unit_aliases (
    alias    TEXT PRIMARY KEY,
    unit_id  INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE
);

CREATE TABLE group_members (
    group_id   INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, member_id)
);

CREATE TABLE assignments (
    task_id   TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    unit_id   INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    role      TEXT NOT NULL CHECK (role IN ('lead', 'cooperating')),
    position  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (task_id, unit_id)
);
CREATE INDEX assignments_unit ON assignments (unit_id);

-- One current report per task × unit × period; every earlier version is in report_versions.
CREATE TABLE reports (
    id              INTEGER PRIMARY KEY,
    task_id         TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    unit_id         INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    period          TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    version         INTEGER NOT NULL DEFAULT 1,
    status          TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'ongoing')),
    progress        TEXT NOT NULL DEFAULT '',
    quantity        REAL,
    problems        TEXT NOT NULL DEFAULT '',
    next_steps      TEXT NOT NULL DEFAULT '',
    reporter        TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL DEFAULT 'submitted'
                    CHECK (state IN ('draft', 'submitted', 'approved', 'returned')),
    review_comment  TEXT NOT NULL DEFAULT '',
    reviewed_by     TEXT NOT NULL DEFAULT '',
    reviewed_at     TEXT,
    source          TEXT NOT NULL DEFAULT '',      -- 'cli', 'gui', 'form:<form id>', …
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (task_id, unit_id, period)
);
CREATE INDEX reports_period ON reports (period, state);

CREATE TABLE report_versions (
    report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    status      TEXT NOT NULL,
    progress    TEXT NOT NULL,
    quantity    REAL,
    problems    TEXT NOT NULL,
    next_steps  TEXT NOT NULL,
    reporter    TEXT NOT NULL,
    state       TEXT NOT NULL,
    source      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (report_id, version)
);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,                -- ISO timestamp, UTC
    actor      TEXT NOT NULL DEFAULT '',
    action     TEXT NOT NULL,                -- report.save, report.approve, task.close, …
    entity     TEXT NOT NULL,                -- task | report | unit | plan | settings
    entity_id  TEXT NOT NULL,
    task_id    TEXT,                         -- set when the event concerns a task
    old        TEXT,                         -- JSON
    new        TEXT,                         -- JSON
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_task ON audit_log (task_id, id);

CREATE TABLE monitoring_sections (
    id              INTEGER PRIMARY KEY,
    plan_code       TEXT NOT NULL REFERENCES plans(code) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    county          TEXT NOT NULL DEFAULT '',
    name            TEXT NOT NULL,
    target_quality  TEXT NOT NULL DEFAULT '',
    remarks         TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_code, seq)
);

-- Files taken in (forms, packages, plans): a fingerprint makes a repeated import a no-op.
CREATE TABLE imports (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    file_name    TEXT NOT NULL DEFAULT '',
    imported_at  TEXT NOT NULL,
    summary      TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, fingerprint)
);

-- Fill-in forms handed out, so a returned form can be matched to what was sent.
CREATE TABLE forms (
    form_id      TEXT PRIMARY KEY,
    unit_id      INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    period       TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    issued_at    TEXT NOT NULL
);
