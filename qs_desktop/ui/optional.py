"""Functions from packages other branches are still building: found at run time, or None."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def find(target: str) -> Callable[..., Any] | None:
    """The object "package.module:name", or None while that module has not landed."""
    module, _, name = target.partition(":")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
