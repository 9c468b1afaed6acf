"""The desktop workspace (PySide6). Pages get an `AppContext`; see main_window.PAGES."""

import sys

if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
    # PySide6 6.12 returns None from some void calls (QPainter.save, setPen, …), and None or a
    # bool from empty QVariants and some slots, without taking a reference; on Python 3.12+
    # these singletons are immortal and that is harmless, on 3.11 their counts drain while the
    # UI runs until the interpreter aborts ("none_dealloc", "bool_dealloc"). Give each a count
    # it cannot exhaust, as 3.12 effectively does.
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
