"""Read a Chinese deadline phrase (完成时限) into a `Schedule`, with the plan year as context.

The phrase is first normalised: full-width characters become half-width (NFKC), every
space goes, dash-like marks become "-", and Chinese numerals in front of a date unit
(年 月 日 号 季 or a range mark) become digits (十二月 → 12月, 二〇二二年 → 2022年).
Then the first rule that matches the *start* of the phrase wins; text after the date
(a deliverable such as "前制定…方案") is ignored. The original phrase is always kept
unchanged in `Schedule.text`.

1. ongoing — starts with 长期 / 持续 / 常态 / 常年 / 日常 / 长效 / 经常 / 动态 / 常抓 / 即日起 (长期坚持,
   持续推进, 常态化开展, 常态工作, 日常工作, 长效管理, 动态更新, 常抓不懈 …).
2. recurring — starts with 每 / 按 and a cycle: 每日 (day), 每周 (week), 每月 (month),
   每两月 (two-months), 每季度 / 按季度 (quarter), 每半年 (half-year), 每年 (year).
   No dates: a recurring task is never due.
3. window — a season: 夏季 06-01..08-31, 汛期 06-01..09-30, 秋冬季 10-01..next 03-31,
   采暖期 / 供暖期 11-01..next 03-31; or a month range such as "2022年5-9月份",
   "5月-9月", "11月至次年3月"-style ranges (an end month before the start month falls in
   the next year). A window has start and end, no due date.
4. a year range "2022-2023年底前" / "2022年至2023年底" is due at the end of its last year.
5. a date point, optionally after "YYYY年" (plan year when absent) — "M月D日" (that day),
   "M月" / "M月份" / "M月底" (month end), "M月上旬/中旬/下旬" (10th / 20th / month end),
   "第N季度(末)" (quarter end), "上半年" (06-30), "下半年" / "年底" / "年末" / "年内" / "本年度内"
   (12-31), a bare "YYYY年" (12-31), "YYYY.M.D" / "YYYY-M-D" — then what follows decides:
   * "…开工" / "…前开工" → kind "start": due that date, start the first day of its month;
   * "…起" / "…开始" → kind "ongoing" with start = the first day the phrase names
     ("8月份起" → 08-01): the work runs from then on, so it has no due date;
   * anything else ("前", "底前完成…", nothing) → kind "due".
6. anything else — and any impossible date (2月30日, 13月) — is "unparsed": never guessed.

`find_deadline_in_text` looks for rule-5 phrases inside a task's running text. There a
phrase must carry a deadline mark (前 底 末 内 起 开始 开工, a quarter or a half-year),
must not follow 每 ("每年8月底" is a yearly cycle) nor 明/去/次 (明年底 is another year,
left for a person to date); a bare year counts only as an opening clause ("2022 年，完成…") or
right before 完成 / 建成 / 实现 ("力争 2020 年完成…" is due at that year's end),
and month ranges and seasons do not count — "1-9月份", "2021 年以来" or "2022年7月8日印发"
in running text are not deadlines.
When a text has several deadlines the latest due date wins, because the task is done
only when its last milestone is; on a tie a completion beats a start milestone, and
when no phrase has a due date the first "from … on" phrase is returned.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .dates import month_end
from .model import Schedule

_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}
_CN_NUMBER = re.compile(r"[〇零○一二三四五六七八九十]+(?=[年月日号季份\-~至到])")
_DASHES = dict.fromkeys("‐‑‒–—―−﹣", "-")
_TO = r"[-~至到]"

_ONGOING = re.compile(r"长期|持续|常态|常年|日常|长效|经常|动态|常抓|即日起")
_YEAR_CLAUSE = re.compile(r",|(?:全面|基本|全部)?(?:完成|建成|实现)")
# What a text's date looks like, for telling "no date named" from "a date the parser could not read".
_DATE_LIKE = re.compile(r"\d{4}年|\d{1,2}月|年[底末内]|季度|[上下]半年|汛期|秋冬季|采暖期")
_BEFORE = re.compile(r"以前|之前|前")
_EVERY = re.compile(r"[每按](?:(日|天)|(周|星期)|个?(月)|[两2]个?月|(季度?)|(半年)|(年度?))")
_EVERY_NAMES = ("day", "week", "month", "quarter", "half-year", "year")

_SEASON = re.compile(rf"(?:(\d{{4}})(?:年?{_TO}\d{{4}})?年)?(秋冬季|夏季|汛期|采暖期|供暖期)")
_SEASONS = {  # name -> (start month, start day, end month, end day, end in next year)
    "夏季": (6, 1, 8, 31, False),
    "汛期": (6, 1, 9, 30, False),
    "秋冬季": (10, 1, 3, 31, True),
    "采暖期": (11, 1, 3, 31, True),
    "供暖期": (11, 1, 3, 31, True),
}
_WINDOW = re.compile(
    rf"(?:(?P<y1>\d{{4}})年)?(?P<m1>\d{{1,2}})月?(?:(?P<d1>\d{{1,2}})[日号])?{_TO}"
    r"(?:(?P<y2>\d{4})年)?(?P<m2>\d{1,2})月(?:(?P<d2>\d{1,2})[日号]|份?)"
)
_YEAR_RANGE = re.compile(rf"(?P<y1>\d{{4}})年?{_TO}(?P<y2>\d{{4}})年(?:[底末内]|(?!\d))")
_POINT = re.compile(
    r"[自从]?(?:(?:(?P<yy>\d{4})|[今本当])?年?年度?(?P<ye>[底末内])"
    r"|(?:(?P<y>\d{4})年|[今本当]年)?(?:"
    r"(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号]|份?(?:(?P<me>[底末])|(?P<xun>[上中下])旬)?(?![初中]))"
    r"|第?(?P<q>[1-4])季度末?"
    r"|(?P<h>[上下])半年"
    r"|(?P<iy>\d{4})[./-](?P<im>\d{1,2})(?:[./-](?P<id>\d{1,2}))?(?!\d)"
    r")?)"
)
_AFTER = re.compile(r"(?P<start>前?开工)|(?P<from>起|开始)|(?P<before>以前|之前|前)?")


@dataclass(frozen=True)
class _Point:
    first: date
    last: date
    kind: str  # "due" | "start" | "ongoing"
    marked: bool  # carries a deadline mark, so it counts inside running text
    bare_year: bool
    end: int  # end of the match in the normalised text

    def schedule(self, text: str) -> Schedule:
        if self.kind == "ongoing":
            return Schedule("ongoing", text, start=self.first)
        if self.kind == "start":
            return Schedule("start", text, due=self.last, start=self.last.replace(day=1))
        return Schedule("due", text, due=self.last)


@lru_cache(maxsize=1 << 16)  # pure; a ledger re-derives every task whenever the date changes
def parse_deadline(text: str, year: int) -> Schedule:
    s, _, _ = _normalise(text)
    try:
        return _parse(s, text, year)
    except ValueError:  # an impossible date such as 2月30日 or 13月
        return Schedule("unparsed", text)


@lru_cache(maxsize=1 << 16)
def find_deadline_in_text(measure: str, year: int) -> Schedule | None:
    s, starts, ends = _normalise(measure)
    found: list[tuple[_Point, int]] = []
    i = 0
    while i < len(s):
        point = _point_in_text(s, i, year)
        if point:
            found.append((point, i))
            i = point.end
        else:
            i += 1
    if not found:
        return None
    dated = [f for f in found if f[0].kind != "ongoing"]
    point, i = max(dated, key=lambda f: (f[0].last, f[0].kind == "due")) if dated else found[0]
    return point.schedule(measure[starts[i] : ends[point.end - 1]])


def _point_in_text(s: str, i: int, year: int) -> _Point | None:
    prev = s[i - 1] if i else ""
    if prev.isdigit() or (prev and prev in "明去次") or "每" in s[max(0, i - 2) : i]:
        return None
    try:
        point = _point(s, i, year)
    except ValueError:
        return None
    if not point or not (point.marked or point.bare_year):
        return None
    if point.bare_year and not _YEAR_CLAUSE.match(s, point.end):
        return None
    return point


def schedule_for(deadline: str, text: str, year: int) -> Schedule:
    """The deadline column when there is one; else the latest date named in the task's text.

    A task whose text names no date either is an ongoing duty for the plan year (shown as such,
    with an empty phrase): the built-in water and soil plans, and any imported plan without a
    time column, are read this way.
    """
    if deadline.strip():
        return parse_deadline(deadline, year)
    return find_deadline_in_text(text, year) or Schedule(kind="ongoing", text="")


def names_unread_date(text: str, year: int) -> bool:
    """Whether the text mentions a date (2019 年, 6 月, 年底, 汛期 …) but no deadline could be read from it."""
    return find_deadline_in_text(text, year) is None and bool(_DATE_LIKE.search(_normalise(text)[0]))


def _parse(s: str, text: str, year: int) -> Schedule:
    if not s:
        return Schedule("unparsed", text)
    if _ONGOING.match(s):
        return Schedule("ongoing", text)
    if m := _EVERY.match(s):
        every = next((n for n, g in zip(_EVERY_NAMES, m.groups(), strict=True) if g), "two-months")
        return Schedule("recurring", text, every=every)
    if m := _SEASON.match(s):
        y = int(m.group(1) or year)
        m1, d1, m2, d2, next_year = _SEASONS[m.group(2)]
        if _BEFORE.match(s, m.end()):  # 汛期前: done by the eve of the season, not during it
            return Schedule("due", text, due=date(y, m1, d1) - timedelta(days=1))
        return Schedule("window", text, start=date(y, m1, d1), end=date(y + next_year, m2, d2))
    if m := _WINDOW.match(s):
        return _window(m, text, year)
    if m := _YEAR_RANGE.match(s):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y2 < y1:
            return Schedule("unparsed", text)
        return Schedule("due", text, due=date(y2, 12, 31))
    point = _point(s, 0, year)
    return point.schedule(text) if point else Schedule("unparsed", text)


def _window(m: re.Match, text: str, year: int) -> Schedule:
    y1 = int(m["y1"] or year)
    m1, m2 = int(m["m1"]), int(m["m2"])
    y2 = int(m["y2"]) if m["y2"] else y1 + (m2 < m1)
    start = date(y1, m1, int(m["d1"] or 1))
    end = date(y2, m2, int(m["d2"])) if m["d2"] else month_end(y2, m2)
    if end < start:
        return Schedule("unparsed", text)
    return Schedule("window", text, start=start, end=end)


def _point(s: str, pos: int, year: int) -> _Point | None:
    """The date point starting at `pos`, or None. Raises ValueError for impossible dates."""
    m = _POINT.match(s, pos)
    y = int(m["y"] or m["yy"] or year)
    if m["d"]:
        first = last = date(y, int(m["m"]), int(m["d"]))
    elif m["m"]:
        first = date(y, int(m["m"]), 1)
        last = month_end(y, first.month)
        if m["xun"] in ("上", "中"):
            last = first.replace(day=10 if m["xun"] == "上" else 20)
    elif m["q"]:
        first = date(y, 3 * int(m["q"]) - 2, 1)
        last = month_end(y, first.month + 2)
    elif m["h"]:
        first = date(y, 1 if m["h"] == "上" else 7, 1)
        last = month_end(y, first.month + 5)
    elif m["ye"]:
        first = last = date(y, 12, 31)
    elif m["iy"]:
        y, mo = int(m["iy"]), int(m["im"])
        first = date(y, mo, int(m["id"] or 1))
        last = first if m["id"] else month_end(y, mo)
    elif m["y"] and not s[m.end() : m.end() + 1].isdigit():
        first, last = date(y, 1, 1), date(y, 12, 31)
    else:
        return None
    after = _AFTER.match(s, m.end())
    kind = "start" if after["start"] else "ongoing" if after["from"] else "due"
    marked = bool(after.group(0) or m["me"] or m["xun"] or m["q"] or m["h"] or m["ye"])
    bare_year = not (m["m"] or m["q"] or m["h"] or m["ye"] or m["iy"])
    return _Point(first, last, kind, marked, bare_year, end=after.end())


def _normalise(text: str) -> tuple[str, list[int], list[int]]:
    """The normalised text, and for each of its characters the span it came from."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch):
            if not c.isspace():
                chars.append(_DASHES.get(c, c))
                starts.append(i)
                ends.append(i + 1)
    s = "".join(chars)
    for m in reversed(list(_CN_NUMBER.finditer(s))):
        digits = _cn_number(m.group(0))
        if digits is None:
            continue
        a, b = m.span()
        s = s[:a] + digits + s[b:]
        starts[a:b] = [starts[a]] * len(digits)
        ends[a:b] = [ends[b - 1]] * len(digits)
    return s, starts, ends


def _cn_number(run: str) -> str | None:
    """二〇二二 → 2022, 十二 → 12, 二十一 → 21; None for what is not a plain number."""
    if "十" not in run:
        return "".join(_CN_DIGITS[c] for c in run)
    tens, _, units = run.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    return str(int(_CN_DIGITS.get(tens, "1")) * 10 + int(_CN_DIGITS.get(units, "0")))
