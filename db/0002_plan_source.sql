-- Version 2: remember where a plan came from (built-in data or the spreadsheet it was
-- imported from), so the ledger can say so and a re-import can be recognised.
ALTER TABLE plans ADD COLUMN source TEXT NOT NULL DEFAULT '';
UPDATE plans SET source = 'builtin' WHERE builtin = 1;
