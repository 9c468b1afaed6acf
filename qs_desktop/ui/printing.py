"""打印预览 and printing of a ledger, page for page the same as its PDF.

Qt's own PDF module is not in the PySide6 wheels, so the PDF that exchange.pdf_ledger writes
is rasterised with PDFium (pypdfium2) and painted on the printer: what is printed is exactly
what the PDF export shows, with no second layout to keep in step.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from qs_desktop.core.errors import QsError
from qs_desktop.exchange.pdf_ledger import write_ledger_pdf
from qs_desktop.ops.status import ledger_document

from .context import AppContext

PREVIEW_DPI = 150  # reads well at 100 %; long ledgers get less, as the preview keeps every page
PREVIEW_BUDGET = 300_000_000  # bytes of page images the preview may hold
MIN_PRINT_DPI = 300
MAX_PRINT_DPI = 600  # a 1200 dpi A4 page would be a 140-megapixel bitmap


@dataclass
class LedgerPrint:
    """The ledger's PDF, ready to be painted page by page on any printer."""

    title: str
    data: bytes
    pages: int
    warning: str | None = None

    def paint(self, printer: QPrinter, progress: Callable[[int, int], bool] | None = None) -> None:
        """Paint the chosen pages; `progress(done, total)` returning False aborts the job."""
        pdf = pdfium.PdfDocument(self.data)
        painter = QPainter()
        if not painter.begin(printer):
            pdf.close()
            raise QsError(QCoreApplication.translate("Printing", "无法开始打印：打印机未就绪或无法写入输出文件。"))
        try:
            preview = painter.paintEngine().type() == QPaintEngine.Type.Picture
            dpi = _preview_dpi(len(pdf)) if preview else min(max(printer.resolution(), MIN_PRINT_DPI), MAX_PRINT_DPI)
            paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            first, last = printer.fromPage() or 1, min(printer.toPage() or len(pdf), len(pdf))
            for number in range(first, last + 1):
                if progress and not progress(number - first, last - first + 1):
                    printer.abort()
                    return
                if number > first:
                    printer.newPage()
                page = pdf[number - 1]
                image = _page_image(page, dpi)
                painter.drawImage(_fit(paper, image.width(), image.height()), image)
                page.close()
        finally:
            painter.end()
            pdf.close()


def _preview_dpi(pages: int) -> int:
    a4_square_inches = 11.69 * 8.27
    return max(72, min(PREVIEW_DPI, int((PREVIEW_BUDGET / (pages * a4_square_inches)) ** 0.5)))


def _page_image(page: pdfium.PdfPage, dpi: int) -> QImage:
    # The ledger is black and grey by design (it must read in black-and-white print), so
    # grey pixels lose nothing and take a third of the memory.
    bitmap = page.render(scale=dpi / 72, may_draw_forms=False, grayscale=True)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_Grayscale8)
    return image.copy()  # own the pixels before PDFium frees its bitmap


def _fit(paper: QRectF, width: int, height: int) -> QRectF:
    """The largest rectangle of the page's proportions centred on the paper."""
    scale = min(paper.width() / width, paper.height() / height)
    w, h = width * scale, height * scale
    return QRectF(paper.x() + (paper.width() - w) / 2, paper.y() + (paper.height() - h) / 2, w, h)


def make_ledger_print(store, code: str, as_of: date, period: str) -> LedgerPrint:
    """Write the ledger PDF (the same as 导出台账 PDF) to a temp file and keep its bytes."""
    doc = ledger_document(store, code, as_of, period)
    with tempfile.TemporaryDirectory(prefix="qs-print-") as folder:
        path = Path(folder) / "ledger.pdf"
        result = write_ledger_pdf(doc, path)
        data = path.read_bytes()
    return LedgerPrint(doc.title, data, result.pages, result.warning)


def prepare(printer: QPrinter | None, title: str) -> QPrinter:
    """A4 landscape edge to edge (the PDF already carries the ledger's margins); the print dialog may change it."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                      QMarginsF(0, 0, 0, 0)))
    return printer


def preview_dialog(parent: QWidget | None, job: LedgerPrint) -> QPrintPreviewDialog:
    printer = prepare(None, job.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "打印预览 — {title}").format(title=job.title))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.paintRequested.connect(job.paint)
    dialog.printer_ = printer  # the dialog does not own the printer; keep it alive with it
    dialog.resize(1100, 780)
    return dialog


def print_preview(parent: QWidget | None, ctx: AppContext, ledger_code: str, as_of: date, period: str) -> int:
    """Make the PDF on the database worker, then open the preview (its 打印 button prints it)."""

    def show(job: LedgerPrint) -> None:
        dialog = preview_dialog(parent or ctx.window, job)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        _warn(dialog, job)

    return ctx.run(make_ledger_print, ctx.store, ledger_code, as_of, period,
                   label=QCoreApplication.translate("Printing", "正在准备打印预览…"), on_done=show)


def print_ledger(parent: QWidget | None, ctx: AppContext, ledger_code: str, as_of: date, period: str,
                 printer: QPrinter | None = None) -> int:
    """Print through the system print dialog, or straight to `printer` when one is given."""

    def send(job: LedgerPrint) -> None:
        target = prepare(printer, job.title)
        if printer is None:
            dialog = QPrintDialog(target, parent)
            dialog.setWindowTitle(QCoreApplication.translate("Printing", "打印 — {title}").format(title=job.title))
            dialog.setMinMax(1, job.pages)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
        sending = QProgressDialog(QCoreApplication.translate("Printing", "正在发送到打印机…"),
                                  QCoreApplication.translate("Printing", "取消"), 0, job.pages, parent)
        sending.setWindowModality(Qt.WindowModality.WindowModal)
        sending.setMinimumDuration(500)

        def progress(done: int, total: int) -> bool:
            sending.setMaximum(total)
            sending.setValue(done)  # a modal progress dialog lets events through, so 取消 works
            return not sending.wasCanceled()

        try:
            job.paint(target, progress)
        except QsError as exc:
            ctx.report_error(exc)
            return
        finally:
            sending.reset()
            sending.deleteLater()
        _warn(parent, job)

    return ctx.run(make_ledger_print, ctx.store, ledger_code, as_of, period,
                   label=QCoreApplication.translate("Printing", "正在准备打印…"), on_done=send)


def _warn(parent: QWidget | None, job: LedgerPrint) -> None:
    """Characters no shipped font has are printed as 〓: say which, without blocking."""
    if job.warning:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Printing", "打印"), job.warning,
                          QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
