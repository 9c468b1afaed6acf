"""The office an installation works for signs its changes and survives reopening the file."""

from __future__ import annotations

import pytest

from qs_desktop.core.errors import InvalidInput
from qs_desktop.ops.history import audit_log
from qs_desktop.ops.setup import open_ledger, set_actor


def test_set_actor_is_remembered_and_audited(store, db_path):
    changes = set_actor(store, "县住建局")
    assert changes.settings and store.actor == "县住建局"
    assert open_ledger(db_path).actor == "县住建局"
    assert [e.actor for e in audit_log(store, action="settings.actor")] == ["县住建局"]


def test_blank_actor_is_refused(store):
    with pytest.raises(InvalidInput):
        set_actor(store, "  ")


def test_a_fresh_installation_has_no_office_until_one_is_named(store):
    from qs_desktop.ops.setup import office_is_set, set_actor

    assert not office_is_set(store)  # the app asks on first start
    set_actor(store, "嘉峰镇人民政府")
    assert office_is_set(store)
