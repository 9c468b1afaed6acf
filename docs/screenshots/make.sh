#!/usr/bin/env bash
# Regenerates the README screenshots: a demo ledger filled through the CLI, rendered with
# `qs-desktop --screenshot` (headless). Run from the repository root with the venv active.
set -euo pipefail
out="$(dirname "$0")"
db="$(mktemp -d)/demo.sqlite"
export QT_QPA_PLATFORM=offscreen QS_LEDGER_DB="$db"
eco=市生态环境局沁水分局
qs-ledger init >/dev/null
qs-ledger office "$eco" >/dev/null
qs-ledger report add air-2022:2 --unit "$eco" --period 2022-09 --status 推进中 \
  --text "已完成有组织排放改造方案编制，无组织排放治理设备已进场安装。" >/dev/null
qs-ledger review air-2022:2 --unit "$eco" --period 2022-09 --approve >/dev/null
qs-ledger report add air-2022:2 --unit "$eco" --period 2022-10 --status 推进中 \
  --text "有组织、无组织排放改造完成 80%，清洁运输车辆已购置 40 台。" --problems "部分设备到货延迟" >/dev/null
qs-ledger report add air-2022:5 --unit "$eco" --period 2022-09 --status 常态推进 \
  --text "联合公安交警、交通运输部门开展路检路查 4 次，检查货运车辆 126 辆，查处超标排放车辆 3 辆。" \
  --problems "夜间检查力量不足" --next "10 月起每周开展一次夜查" >/dev/null
qs-ledger review air-2022:5 --unit "$eco" --period 2022-09 --approve >/dev/null
qs-ledger report add air-2022:7 --unit 县住建局 --period 2022-10 --status 常态推进 \
  --text "检查施工工地 23 处，责令整改 5 处，“六个百分之百”落实率 95%。" >/dev/null
qs-ledger report add air-2022:8 --unit 县住建局 --period 2022-10 --status 已完成 \
  --text "拆除不必要围挡 12 处，工地围挡整治已全部完成。" >/dev/null
qs-ledger report add air-2022:3 --unit 县发改局 --period 2022-10 --status 推进中 \
  --text "铁路专用线前期手续办理中。" >/dev/null
# A township's month: August sent back with a reason, September waiting for review.
qs-ledger report add air-2022:10 --unit 龙港镇 --period 2022-08 --status 推进中 \
  --text "排查裸地 6 处，已覆盖 4 处。" >/dev/null
qs-ledger review air-2022:10 --unit 龙港镇 --period 2022-08 --return "请写明剩余 2 处裸地的整治时限" >/dev/null
qs-ledger report add air-2022:9 --unit 龙港镇 --period 2022-09 --status 常态推进 \
  --text "镇区主干道每日机扫 2 次、洒水 3 次。" >/dev/null
shot() { qs-desktop --as-of 2022-10-20 "$@"; }
shot --page ledger --screenshot "$out/ledger-zh.png"
shot --page review --screenshot "$out/review-zh.png"
shot --page report --task air-2022:5 --screenshot "$out/report-zh.png"
shot --lang en --page ledger --screenshot "$out/ledger-en.png"
shot --page alerts --screenshot "$out/alerts-zh.png"
shot --page dashboard --screenshot "$out/dashboard-zh.png"
shot --page dashboard/units --screenshot "$out/dashboard-units-zh.png"
shot --page units --screenshot "$out/units-zh.png"
shot --page exchange --screenshot "$out/exchange-zh.png"
# 龙港镇's own installation (a copy of the same ledger): it opens on 本单位待办.
town="$(dirname "$db")/town.sqlite"
cp "$db" "$town"
qs-ledger --db "$town" office 龙港镇 >/dev/null
qs-desktop --db "$town" --as-of 2022-10-20 --page todo --screenshot "$out/todo-zh.png"
qs-desktop --db "$town" --as-of 2022-10-20 --lang en --page todo --screenshot "$out/todo-en.png"
# The printed ledger as it comes out of the PDF export (needs poppler-utils for pdftoppm).
qs-ledger export ledger --plan air-2022 --period 2022-10 --as-of 2022-10-31 --signature -o "$(dirname "$db")/air.pdf" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$(dirname "$db")/air.pdf" "$out/air-ledger-pdf-page1"
