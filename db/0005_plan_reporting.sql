-- Version 5: each plan's reporting terms, set by the coordinator (audited).
-- cooperating_report: 配合单位也需报送 — cooperating units owe reports too (off by default).
-- report_until: last period ("YYYY-MM") reports are owed for; NULL = December of the plan year.
ALTER TABLE plans ADD COLUMN cooperating_report INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plans ADD COLUMN report_until TEXT;
