"""The YAML word lists are words: YAML 1.1 reads a bare on/off/yes/no as a boolean, which
silently drops the word from a list ("off the coast", "on the border")."""

from __future__ import annotations

from pathlib import Path

import yaml

import accord

PACKAGE = Path(accord.__file__).parent


def _non_strings(value, where):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _non_strings(v, f"{where}.{k}")
    elif isinstance(value, list):
        for x in value:
            if isinstance(x, bool):
                yield f"{where}: {x!r}"
            else:
                yield from _non_strings(x, where)


def test_no_word_list_holds_a_boolean():
    files = sorted(PACKAGE.rglob("data/*.yaml"))
    assert len(files) >= 5
    bad = [msg for f in files for msg in _non_strings(yaml.safe_load(f.read_text(encoding="utf-8")), f.name)]
    assert bad == []

