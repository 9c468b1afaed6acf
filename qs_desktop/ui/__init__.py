"""The desktop workspace (PySide6). Pages get an `AppContext`; see main_window.PAGES."""

import sys

if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
    # PySide6 6.12 returns None from some void calls (QPainter.save, setPen, …) and from empty
    # QVariants without taking a reference; on Python 3.12+ None is immortal and that is
    # harmless, on 3.11 None's count drains while the UI paints until the interpreter aborts
    # ("none_dealloc"). Give None a count it cannot exhaust, as 3.12 effectively does.
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
