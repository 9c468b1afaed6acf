-- Version 8: each ledger keeps its own columns as issued (heading, order, the field each feeds),
-- and each task the texts it was issued with (unit cells as written, columns the app does not
-- interpret), so the printed ledger looks like the annex that was issued.
CREATE TABLE ledger_columns (
    ledger_code TEXT NOT NULL REFERENCES ledgers(code) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    heading     TEXT NOT NULL,
    field       TEXT NOT NULL CHECK (field IN ('section', 'seq', 'title', 'measure', 'deadline',
                                               'lead_units', 'cooperating_units', 'remarks', 'extra')),
    PRIMARY KEY (ledger_code, position)
);

ALTER TABLE tasks ADD COLUMN issued TEXT NOT NULL DEFAULT '{}';  -- JSON: column key -> text as issued

-- The built-in water key projects (附件 2) as issued: five columns, unit names as written.
INSERT INTO ledger_columns (ledger_code, position, heading, field)
SELECT l.code, c.position, c.heading, c.field
FROM ledgers l,
     (SELECT 0 AS position, '序号' AS heading, 'seq' AS field
      UNION ALL SELECT 1, '工作任务', 'measure'
      UNION ALL SELECT 2, '责任主体', 'lead_units'
      UNION ALL SELECT 3, '完成时限', 'deadline'
      UNION ALL SELECT 4, '备注', 'remarks') c
WHERE l.code = 'water-projects-2022';

UPDATE tasks SET issued = '{"lead_units": "端氏镇政府"}' WHERE id = 'water-projects-2022:3';
UPDATE tasks SET issued = '{"lead_units": "中村镇政府"}' WHERE id = 'water-projects-2022:6';
UPDATE tasks SET issued = '{"lead_units": "嘉峰镇政府"}' WHERE id IN ('water-projects-2022:8', 'water-projects-2022:11');
UPDATE tasks SET issued = '{"lead_units": "郑村镇政府"}' WHERE id = 'water-projects-2022:10';
UPDATE tasks SET issued = '{"lead_units": "晋城市生态局沁水分局"}'
WHERE id IN ('water-projects-2022:4', 'water-projects-2022:5', 'water-projects-2022:7', 'water-projects-2022:9');
