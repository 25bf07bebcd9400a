"""The shipped actor tables are what ``python -m accord.actors.build_data`` makes from the
reference dictionaries and the curated inputs: a hand edit of a generated table (a row that
belongs in data/curated/) or a change of the build code behind the data fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.actors import build_data

GENERATED = ["countries.tsv", "organizations.tsv", "people.tsv", "institutions.tsv", "groups.tsv",
             "agents.tsv", "discards.tsv"]


def test_build_reproduces_shipped_tables(shared: Path, tmp_path: Path):
    reference = shared / "reference"
    if not (reference / "dictionaries").is_dir():
        pytest.skip("../shared/reference/dictionaries is absent")
    out, places = tmp_path / "data", tmp_path / "places"
    out.mkdir()
    places.mkdir()
    assert build_data.main(["--reference", str(reference), "--out", str(out), "--places-out", str(places)]) == 0
    built = sorted(p.name for p in out.iterdir())
    assert built == sorted(GENERATED)
    for name in GENERATED:
        assert (out / name).read_text(encoding="utf-8") == (build_data.DATA / name).read_text(encoding="utf-8"), (
            f"data/{name} differs from what build_data makes: move hand edits to data/curated/ and rebuild")
    assert (places / "regions.tsv").read_text(encoding="utf-8") == (build_data.PLACES / "regions.tsv").read_text(
        encoding="utf-8"), "accord/data/regions.tsv differs from what build_data makes"
