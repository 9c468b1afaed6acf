from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qs_desktop.core.dates import month_end
from qs_desktop.core.model import Schedule
from qs_desktop.core.schedule import (
    find_deadline_in_text,
    names_unread_date,
    parse_deadline,
    schedule_for,
)

D = date

# phrase, expected (kind, due, start, end, every) — plan year 2022
PHRASES = [
    # every phrase of the seed (deadline columns)
    ("长期坚持", ("ongoing", None, None, None, None)),
    ("每月一次", ("recurring", None, None, None, "month")),
    ("2022 年 10 月底前", ("due", D(2022, 10, 31), None, None, None)),
    ("2022 年 9 月底前", ("due", D(2022, 9, 30), None, None, None)),
    ("2022 年 5 月底前", ("due", D(2022, 5, 31), None, None, None)),
    ("2022 年 5-9 月份", ("window", None, D(2022, 5, 1), D(2022, 9, 30), None)),
    ("秋冬季", ("window", None, D(2022, 10, 1), D(2023, 3, 31), None)),
    ("2022 年 12 月开工", ("start", D(2022, 12, 31), D(2022, 12, 1), None, None)),
    ("2022 年 10 月", ("due", D(2022, 10, 31), None, None, None)),
    ("2022 年 12 月", ("due", D(2022, 12, 31), None, None, None)),
    ("2022 年 8 月", ("due", D(2022, 8, 31), None, None, None)),
    # phrases found in the seed's running text
    ("年底前", ("due", D(2022, 12, 31), None, None, None)),
    ("12 月 15 日前", ("due", D(2022, 12, 15), None, None, None)),
    ("8 月份起", ("ongoing", None, D(2022, 8, 1), None, None)),
    ("10 月底", ("due", D(2022, 10, 31), None, None, None)),
    ("5 月底前", ("due", D(2022, 5, 31), None, None, None)),
    ("2022 年底前", ("due", D(2022, 12, 31), None, None, None)),
    ("自 2022 年 1 月 1 日起", ("ongoing", None, D(2022, 1, 1), None, None)),
    # other ways issuers write deadlines
    ("2022年10月底前", ("due", D(2022, 10, 31), None, None, None)),
    ("上半年", ("due", D(2022, 6, 30), None, None, None)),
    ("下半年", ("due", D(2022, 12, 31), None, None, None)),
    ("一季度", ("due", D(2022, 3, 31), None, None, None)),
    ("第一季度末", ("due", D(2022, 3, 31), None, None, None)),
    ("2023年第三季度", ("due", D(2023, 9, 30), None, None, None)),
    ("四季度末前", ("due", D(2022, 12, 31), None, None, None)),
    ("2022-2023 年底前", ("due", D(2023, 12, 31), None, None, None)),
    ("2022 年至 2023 年底", ("due", D(2023, 12, 31), None, None, None)),
    ("2022 年", ("due", D(2022, 12, 31), None, None, None)),
    ("2024年2月底前", ("due", D(2024, 2, 29), None, None, None)),
    ("2022.11.30前", ("due", D(2022, 11, 30), None, None, None)),
    ("10月中旬前", ("due", D(2022, 10, 20), None, None, None)),
    ("今年年底", ("due", D(2022, 12, 31), None, None, None)),
    ("2023 年年底前", ("due", D(2023, 12, 31), None, None, None)),
    ("年内完成", ("due", D(2022, 12, 31), None, None, None)),
    ("12月底前开工", ("start", D(2022, 12, 31), D(2022, 12, 1), None, None)),
    ("2023年3月15日前开工建设", ("start", D(2023, 3, 15), D(2023, 3, 1), None, None)),
    ("2022年起", ("ongoing", None, D(2022, 1, 1), None, None)),
    ("9月1日开始", ("ongoing", None, D(2022, 9, 1), None, None)),
    ("长期", ("ongoing", None, None, None, None)),
    ("持续推进", ("ongoing", None, None, None, None)),
    ("持续开展", ("ongoing", None, None, None, None)),
    ("常态化", ("ongoing", None, None, None, None)),
    ("长期执行", ("ongoing", None, None, None, None)),
    ("每季度", ("recurring", None, None, None, "quarter")),
    ("按季度", ("recurring", None, None, None, "quarter")),
    ("每周一次", ("recurring", None, None, None, "week")),
    ("每年", ("recurring", None, None, None, "year")),
    ("每年8月底前申报", ("recurring", None, None, None, "year")),
    ("每半年", ("recurring", None, None, None, "half-year")),
    ("每两月", ("recurring", None, None, None, "two-months")),
    ("每两个月一次", ("recurring", None, None, None, "two-months")),
    ("5月-9月", ("window", None, D(2022, 5, 1), D(2022, 9, 30), None)),
    ("5月至9月", ("window", None, D(2022, 5, 1), D(2022, 9, 30), None)),
    ("2022年11月-2023年3月", ("window", None, D(2022, 11, 1), D(2023, 3, 31), None)),
    ("11-3月", ("window", None, D(2022, 11, 1), D(2023, 3, 31), None)),
    ("夏季", ("window", None, D(2022, 6, 1), D(2022, 8, 31), None)),
    ("汛期", ("window", None, D(2022, 6, 1), D(2022, 9, 30), None)),
    # "before the season" is a date, not the season: work to finish before the floods / heating
    ("汛期前", ("due", D(2022, 5, 31), None, None, None)),
    ("2023 年采暖期前完成改造", ("due", D(2023, 10, 31), None, None, None)),
    ("秋冬季之前", ("due", D(2022, 9, 30), None, None, None)),
    ("即日起", ("ongoing", None, None, None, None)),
    # how task tables of other counties write standing duties (责任清单, 任务分解表)
    ("常态工作", ("ongoing", None, None, None, None)),
    ("常态化开展", ("ongoing", None, None, None, None)),
    ("常态化推进", ("ongoing", None, None, None, None)),
    ("日常工作", ("ongoing", None, None, None, None)),
    ("日常监管", ("ongoing", None, None, None, None)),
    ("长效管理", ("ongoing", None, None, None, None)),
    ("长效推进", ("ongoing", None, None, None, None)),
    ("经常性开展", ("ongoing", None, None, None, None)),
    ("动态更新", ("ongoing", None, None, None, None)),
    ("动态清零", ("ongoing", None, None, None, None)),
    ("常抓不懈", ("ongoing", None, None, None, None)),
    ("常年开展", ("ongoing", None, None, None, None)),
    ("本年度内", ("due", D(2022, 12, 31), None, None, None)),
    ("采暖期", ("window", None, D(2022, 11, 1), D(2023, 3, 31), None)),
    ("供暖期", ("window", None, D(2022, 11, 1), D(2023, 3, 31), None)),
    ("每日巡查", ("recurring", None, None, None, "day")),
    ("2022-2022 年底前", ("due", D(2022, 12, 31), None, None, None)),
    ("2022-2023年秋冬季", ("window", None, D(2022, 10, 1), D(2023, 3, 31), None)),
    # deliverable after the date
    ("7月底前制定…方案", ("due", D(2022, 7, 31), None, None, None)),
    ("2022 年 10 月底前完成超低排放改造备案", ("due", D(2022, 10, 31), None, None, None)),
    # full-width digits and marks, Chinese numerals
    ("２０２２年１０月底前", ("due", D(2022, 10, 31), None, None, None)),
    ("２０２２年５－９月份", ("window", None, D(2022, 5, 1), D(2022, 9, 30), None)),
    ("5月～9月", ("window", None, D(2022, 5, 1), D(2022, 9, 30), None)),
    ("5—9月", ("window", None, D(2022, 5, 1), D(2022, 9, 30), None)),
    ("十月底前", ("due", D(2022, 10, 31), None, None, None)),
    ("十二月十五日前", ("due", D(2022, 12, 15), None, None, None)),
    ("二〇二二年十一月三十日前", ("due", D(2022, 11, 30), None, None, None)),
    ("二〇二三年三月底前", ("due", D(2023, 3, 31), None, None, None)),
    ("五至九月", ("window", None, D(2022, 5, 1), D(2022, 9, 30), None)),
    ("\u30002022　年　10　月底前 ", ("due", D(2022, 10, 31), None, None, None)),
    # never guessed
    ("", ("unparsed", None, None, None, None)),
    ("   ", ("unparsed", None, None, None, None)),
    ("按要求完成", ("unparsed", None, None, None, None)),
    ("尽快", ("unparsed", None, None, None, None)),
    ("2月30日前", ("unparsed", None, None, None, None)),
    ("13月底前", ("unparsed", None, None, None, None)),
    ("2022年13月", ("unparsed", None, None, None, None)),
    ("10月初", ("unparsed", None, None, None, None)),
    ("2022年10月中", ("unparsed", None, None, None, None)),
    ("明年底前", ("unparsed", None, None, None, None)),
    ("2023年3月-2022年5月", ("unparsed", None, None, None, None)),
    ("2023-2022年底前", ("unparsed", None, None, None, None)),
]


@pytest.mark.parametrize(("phrase", "expected"), PHRASES)
def test_phrase(phrase, expected):
    s = parse_deadline(phrase, 2022)
    assert (s.kind, s.due, s.start, s.end, s.every) == expected
    assert s.text == phrase


def test_plan_year_fills_in_a_missing_year():
    assert parse_deadline("10 月底前", 2023).due == D(2023, 10, 31)
    assert parse_deadline("秋冬季", 2023).end == D(2024, 3, 31)
    assert parse_deadline("2022 年 10 月底前", 2030).due == D(2022, 10, 31)


def test_to_json_round_trip_shape():
    assert parse_deadline("2022 年 5-9 月份", 2022).to_json() == {
        "kind": "window",
        "due": None,
        "start": "2022-05-01",
        "end": "2022-09-30",
        "every": None,
        "text": "2022 年 5-9 月份",
    }


# --- deadlines inside a task's text (water and soil plans have no 完成时限 column) ---

TEXTS = [
    (
        "加快推进焦化、水泥行业超低排放改造，2022 年 10 月底前，焦化企业全面完成超低排放改造备案。",
        ("due", D(2022, 10, 31), None, "2022 年 10 月底前"),
    ),
    (
        "12 月 15 日前，完成首批排查任务并编制治理方案。",
        ("due", D(2022, 12, 15), None, "12 月 15 日前"),
    ),
    (
        "全面排查矿区历史遗留废物，2022 年12 月 15 日前，完成首批排查任务并编制治理方案。",
        ("due", D(2022, 12, 15), None, "2022 年12 月 15 日前"),
    ),
    (
        "9.强化污水处理厂在线监管。8 月底前完成中村镇污水处理厂在线监测设备安装并联网上传数据。",
        ("due", D(2022, 8, 31), None, "8 月底前"),
    ),
    (
        "对散煤经销点进行监督检查。2022 年 8 月份起，开展专项督查。",
        ("ongoing", None, D(2022, 8, 1), "2022 年 8 月份起"),
    ),
    (
        "加强对非道路移动机械排放控制区执法管控，自 2022 年 1 月 1 日\n 起，全县范围内不得使用",
        ("ongoing", None, D(2022, 1, 1), "自 2022 年 1 月 1 日\n 起"),
    ),
    (
        "端氏镇生活污水处理厂年底前开工建设。",
        ("start", D(2022, 12, 31), D(2022, 12, 1), "年底前开工"),
    ),
    # several milestones: the latest wins; on a tie a completion beats a start
    (
        "7.加快新（扩）建污水处理厂工程建设。10 月底，投运沁水县第二生活污水处理厂，"
        "年底前开工建设端氏镇生活污水处理厂，年底前完成嘉峰镇生活污水处理厂扩容。",
        ("due", D(2022, 12, 31), None, "年底前"),
    ),
    (
        "10 月底前完成尉迟断面郑村镇生活污水主管网工程建设，"
        "12 月底前完成尉迟断面嘉峰镇生活污水主管网水毁修复工程。",
        ("due", D(2022, 12, 31), None, "12 月底前"),
    ),
    (
        "新增重点监管单位应在纳入名录一年内开展，2021 年已开展土壤污染隐患排查的，"
        "原则上在 2022 年底前完成隐患排查问题整改。",
        ("due", D(2022, 12, 31), None, "2022 年底前"),
    ),
    (
        "15.推进人工湿地建设。2022 年，完成县城污水处理厂下游县河人工湿地的前期工作。",
        ("due", D(2022, 12, 31), None, "2022 年"),
    ),
    (
        "十月底前完成嘉峰污水处理厂提标改造",
        ("due", D(2022, 10, 31), None, "十月底前"),
    ),
    (
        "２０２２年１１月底前，完成",
        ("due", D(2022, 11, 30), None, "２０２２年１１月底前"),
    ),
    # a year right before 完成 / 建成 / 实现 is that year's end (published 任务分解表 write so)
    (
        "力争 2023 年完成农村生活污水治理",
        ("due", D(2023, 12, 31), None, "2023 年"),
    ),
    (
        "2024年基本建成县城污水管网",
        ("due", D(2024, 12, 31), None, "2024年"),
    ),
    (
        "到2025年全面实现城镇生活污水全收集",
        ("due", D(2025, 12, 31), None, "2025年"),
    ),
]


@pytest.mark.parametrize(("measure", "expected"), TEXTS)
def test_deadline_in_text(measure, expected):
    s = find_deadline_in_text(measure, 2022)
    assert (s.kind, s.due, s.start, s.text) == expected


@pytest.mark.parametrize(
    "measure",
    [
        "有效控制各项污染物长期稳定达标排放",
        "重点区域每月清洗一次，其他区域每两月清洗一次",
        "按照规程，每年 8 月底对入库项目跟踪调度",
        "沁水县人民政府办公室 2022 年 7 月 8 日印发",
        "1-9 月份全县 PM2.5 平均浓度同比下降",
        "确保 2022 年水质稳定达标",
        "梳理我县区域内2021 年以来涉及“一住两公”的建设工程规划许可证核发",
        "2021 年已开展土壤污染隐患排查的",
        "完成市局下达的 2022 年年度用水总量指标",
        "明年底前完成",
        "按 HJ 1209—2021 开展自行监测",
        "实施夏季臭氧污染应急管控",
        "2023 年水质保持稳定",
        "对 2022 年度完成情况开展考核",
        "",
    ],
)
def test_text_without_a_deadline(measure):
    assert find_deadline_in_text(measure, 2022) is None


# --- a task's schedule: its deadline column, else the dates in its text ---


def test_the_deadline_column_wins_over_the_text():
    assert schedule_for("长期坚持", "2022 年 10 月底前完成改造", 2022).kind == "ongoing"
    assert schedule_for("2022 年 9 月底前", "年底前完成", 2022).due == D(2022, 9, 30)


def test_without_a_deadline_the_text_dates_the_task():
    assert schedule_for("", "2022 年 10 月底前完成改造", 2022) == Schedule("due", "2022 年 10 月底前", due=D(2022, 10, 31))
    assert schedule_for("  ", "年底前完成", 2023).due == D(2023, 12, 31)


def test_a_text_naming_no_date_is_an_ongoing_duty_with_no_phrase():
    assert schedule_for("", "加强饮用水水源地巡查", 2022) == Schedule("ongoing", "")


@pytest.mark.parametrize("text", ["明年底前完成尾矿库闭库", "2021 年以来涉及的项目", "6 月初启动",
                                  "对 2022 年度完成情况开展考核", "汛期加强巡查"])
def test_a_date_the_text_names_but_no_deadline_is_flagged(text):
    assert names_unread_date(text, 2022)


@pytest.mark.parametrize("text", ["加强饮用水水源地巡查", "2022 年 10 月底前完成改造", "年底前完成", "每月巡查一次"])
def test_a_text_with_a_read_deadline_or_no_date_is_not_flagged(text):
    assert not names_unread_date(text, 2022)


# --- properties ---

years = st.integers(2000, 2099)
months = st.integers(1, 12)
FULL_WIDTH = str.maketrans("0123456789-~.", "０１２３４５６７８９－～．")


@given(years, months, st.integers(1, 31))
def test_any_valid_day_is_read(y, m, d):
    s = parse_deadline(f"{y}年{m}月{d}日前", 2022)
    if d <= month_end(y, m).day:
        assert (s.kind, s.due) == ("due", date(y, m, d))
    else:
        assert s.kind == "unparsed"


@given(years, months)
def test_month_end(y, m):
    assert parse_deadline(f"{y}年{m}月底前", 2022).due == month_end(y, m)


def _phrases():
    y, m = st.integers(2000, 2099), st.integers(1, 12)
    return st.one_of(
        st.builds(lambda y, m, d: f"{y}年{m}月{d}日前", y, m, st.integers(1, 28)),
        st.builds(lambda y, m: f"{y}年{m}月底前", y, m),
        st.builds(lambda y, m: f"{y}年{m}月开工", y, m),
        st.builds(lambda y, a, b: f"{y}年{a}-{b}月份", y, m, m),
        st.builds(lambda a, b: f"{a}~{b}月", m, m),
        st.builds(lambda y, m: f"{y}.{m}.15前", y, m),
        st.sampled_from([p for p, _ in PHRASES]),
    )


def _key(s):
    return (s.kind, s.due, s.start, s.end, s.every)


@given(_phrases())
def test_full_width_reads_the_same(phrase):
    wide = phrase.translate(FULL_WIDTH)
    assert _key(parse_deadline(wide, 2022)) == _key(parse_deadline(phrase, 2022))


@given(_phrases(), st.data())
def test_spaces_between_tokens_change_nothing(phrase, data):
    spaces = st.sampled_from([" ", "  ", "\u3000", "\t"])
    spaced = "".join(ch + data.draw(spaces) if data.draw(st.booleans()) else ch for ch in phrase)
    assert _key(parse_deadline(spaced, 2022)) == _key(parse_deadline(phrase, 2022))


@given(st.text(alphabet=st.characters(codec="utf-8")) | _phrases(), years)
def test_any_text_is_kept_and_never_raises(text, year):
    s = parse_deadline(text, year)
    assert s.text == text
    assert s.kind in ("due", "ongoing", "recurring", "window", "start", "unparsed")
    if s.start and (s.due or s.end):
        assert s.start <= (s.due or s.end)
    found = find_deadline_in_text(text, year)
    assert found is None or found.text in text


_CN_PIECES = list("〇一二三四五六七八九十年月日号前底季度至到-~ 起开工每长期半上下")


@given(st.lists(st.sampled_from(_CN_PIECES + list("0123456789")), max_size=14), years)
def test_date_like_junk_never_raises(pieces, year):
    text = "".join(pieces)
    s = parse_deadline(text, year)
    assert s.text == text
    if s.start and (s.due or s.end):
        assert s.start <= (s.due or s.end)
    find_deadline_in_text(text, year)
