"""Printing paints the ledger's own PDF: same pages, same picture, A4 landscape edge to edge."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QWidget

from qs_desktop.exchange.pdf_ledger import write_ledger_pdf
from qs_desktop.ops.status import ledger_document
from qs_desktop.ui.printing import print_ledger, print_preview

from .conftest import AS_OF, idle

CODE = "air-2022"
PERIOD = "2022-10"


def pdfinfo(path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def ink_blocks(pdf, page: int, tmp_path, name: str, n: int = 4) -> list[bool]:
    """Which n×n blocks of the page (rendered by poppler at 40 dpi) hold any ink: the layout, not the rasteriser."""
    stem = tmp_path / name
    subprocess.run(["pdftoppm", "-png", "-gray", "-r", "40", "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(stem)], check=True)
    image = QImage(f"{stem}.png").convertToFormat(QImage.Format.Format_Grayscale8)
    bits, stride = bytes(image.constBits()), image.bytesPerLine()
    return [any(bits[(y + j) * stride + x + i] < 200 for i in range(n) for j in range(n))
            for y in range(0, image.height() - n + 1, n) for x in range(0, image.width() - n + 1, n)]


@pytest.fixture
def exported(store, tmp_path):
    """The ledger as 导出台账 PDF writes it: what printing must reproduce."""
    path = tmp_path / "export.pdf"
    write_ledger_pdf(ledger_document(store, CODE, AS_OF, PERIOD), path)
    return path


def open_previews() -> list[QPrintPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintPreviewDialog) and w.isVisible()]


def test_preview_shows_every_page_of_the_pdf(qtbot, ctx, exported):
    owner = QWidget()
    qtbot.addWidget(owner)
    print_preview(owner, ctx, CODE, AS_OF, PERIOD)
    idle(qtbot, ctx)
    [dialog] = open_previews()
    widget = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() > 0)
    assert widget.pageCount() == int(pdfinfo(exported)["Pages"]) > 1
    assert "空气" in dialog.windowTitle()


def test_printed_pages_look_like_the_pdf_export(qtbot, ctx, exported, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    print_ledger(None, ctx, CODE, AS_OF, PERIOD, printer=printer)
    idle(qtbot, ctx)

    info, want = pdfinfo(out), pdfinfo(exported)
    assert info["Pages"] == want["Pages"]
    width, height = (float(x) for x in info["Page size"].split("pts")[0].split(" x "))
    assert (round(width), round(height)) == (842, 595)  # A4 landscape, not shrunk into margins
    pages = int(want["Pages"])
    first = ink_blocks(exported, 1, tmp_path, "e1")
    for page in (1, pages):
        printed, original = ink_blocks(out, page, tmp_path, f"p{page}"), ink_blocks(exported, page, tmp_path, f"e{page}")
        differ = sum(a != b for a, b in zip(printed, original, strict=True)) / len(original)
        assert differ < 0.12, f"page {page} differs from the export"
    # the comparison does tell pages apart: another page of the same ledger is far off
    assert sum(a != b for a, b in zip(first, ink_blocks(exported, 2, tmp_path, "e2"), strict=True)) / len(first) > 0.2


def test_a_page_range_prints_only_those_pages(qtbot, ctx, exported, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "range.pdf"
    printer.setOutputFileName(str(out))
    printer.setFromTo(2, 3)
    print_ledger(None, ctx, CODE, AS_OF, PERIOD, printer=printer)
    idle(qtbot, ctx)
    assert pdfinfo(out)["Pages"].strip() == "2"
    printed, second = ink_blocks(out, 1, tmp_path, "r1"), ink_blocks(exported, 2, tmp_path, "e2")
    assert sum(a != b for a, b in zip(printed, second, strict=True)) / len(second) < 0.12


def test_ctrl_p_on_the_ledger_previews_the_ledger_shown(window, ctx, qtbot):
    page = window.pages["ledger"]
    page.ledger_box.setCurrentIndex(page.ledger_box.findData("soil-2022"))
    idle(qtbot, ctx)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, ctx)
    [dialog] = open_previews()
    assert "土壤" in dialog.windowTitle()
    assert page.print_button.text() == "打印…"
    dialog.close()
