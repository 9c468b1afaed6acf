"""Plain-Python domain: dataclasses, deadline schedules, status rules, unit names. No Qt, no SQL."""
