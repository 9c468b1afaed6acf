"""A message is its Chinese template plus parameters: the CLI says it in Chinese, the UI translates it."""

from __future__ import annotations

from qs_desktop.core.errors import InvalidInput
from qs_desktop.core.message import joined, said


def test_chinese_by_default_and_any_language_from_a_translated_template():
    message = said("已通过 {n} 份报送。", n=3)
    assert str(message) == "已通过 3 份报送。"
    assert message.render("{n} reports approved.") == "3 reports approved."


def test_a_broken_translation_falls_back_to_chinese_instead_of_hiding_the_message():
    message = said("任务 {task} 已销号。", task="air-2022:6")
    assert message.render("Task {id} is closed.") == "任务 air-2022:6 已销号。"
    assert message.render("Task {0} is closed.") == "任务 air-2022:6 已销号。"


def test_an_error_keeps_its_template_for_the_ui_and_its_sentence_for_the_cli():
    error = InvalidInput(said("{unit} 的报送还是草稿。", unit="龙港镇"))
    assert error.message == "龙港镇 的报送还是草稿。" and error.said.template == "{unit} 的报送还是草稿。"
    plain = InvalidInput("退回时请写明退回原因。")
    assert plain.said.template == plain.message == "退回时请写明退回原因。"


def test_a_summary_built_from_parts_reads_as_one_chinese_sentence():
    parts = [said("已报送 {n} 项", n=3), said("{n} 项没有变化", n=1), said("{n} 项已过时未导入", n=2)]
    sentence = said("{sentence}。", sentence=joined(parts))
    assert str(sentence) == "已报送 3 项，1 项没有变化，2 项已过时未导入。"
    assert str(joined(parts[:2], semicolons=True)) == "已报送 3 项；1 项没有变化"
    assert joined([]) is None and joined(parts[:1]) is parts[0]
