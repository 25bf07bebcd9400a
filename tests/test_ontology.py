"""The CAMEO/PLOVER tables: values checked against the reference files they come from."""

from __future__ import annotations

import dataclasses
import re

import pytest

from accord.ontology import CameoCode, cameo, codebook, plover_types
from accord.ontology import build


def test_codebook_covers_every_goldstein_code(shared):
    goldstein = build.read_goldstein(shared / "reference" / "ontology" / "CAMEO.goldsteinscale.txt")
    table = codebook()
    assert set(goldstein) <= set(table)
    for code, value in goldstein.items():
        assert table[code].goldstein == value, code
    # the roots and every code the shipped verb dictionary uses
    assert {f"{r:02d}" for r in range(1, 21)} <= set(table)
    assert 300 <= len(table) <= 320


@pytest.mark.parametrize(
    "code,name,goldstein,quad,penta,ptype,pmode",
    [
        ("042", "Make a visit", 1.9, 1, 1, "CONSULT", "visit"),
        ("043", "Host a visit", 2.8, 1, 1, "CONSULT", "visit"),
        ("163", "Impose embargo, boycott, or sanctions", -8.0, 4, 3, "SANCTION", "discontinue"),
        ("0813", "Ease curfew", 5.0, 2, 2, "CONCEDE", None),
        ("0831", "Accede to demands for change in leadership", 5.0, 2, 2, "RETREAT", "resign"),
        ("164", "Halt negotiations", -7.0, 4, 3, "SANCTION", "withdraw"),
        ("0874", "Retreat or surrender militarily", 10.0, 2, 2, "RETREAT", "disarm"),
        ("1823", "Kill by physical assault", -10.0, 4, 4, "ASSAULT", None),
        ("010", "Make statement, not specified below", 0.0, 1, 0, None, None),
        ("0256", "Appeal for de-escalation of military engagement", -0.3, 1, 0, None, None),
        ("090", "Investigate, not specified below", -2.0, 3, 3, "ACCUSE", "investigate"),
        ("145", "Protest violently, riot, not specified below", -7.5, 4, 4, "PROTEST", "riot"),
        ("2042", "Detonate nuclear weapons", -10.0, 4, 4, "ASSAULT", "unconventional"),
    ],
)
def test_sample_values(code, name, goldstein, quad, penta, ptype, pmode):
    c = cameo(code)
    assert (c.code, c.name, c.goldstein, c.quad_class, c.penta_class) == (code, name, goldstein, quad, penta)
    assert (c.plover_type, c.plover_mode) == (ptype, pmode)
    assert c.known


def test_plover_columns_match_the_conversion_table(shared):
    """The table's type and mode for every code, except where the PLOVER manual says otherwise
    (plover_manual.tsv, each row quoting the manual)."""
    manual = {r["code"]: r for r in build.read_tsv(build.DATA / "plover_manual.tsv")}
    assert set(manual) == {"0813", "0814", "0831", "163"} and all(r["manual"] for r in manual.values())
    notes = {r["code"]: r["note"] for r in build.read_tsv(build.DATA / "cameo.tsv")}
    text = (shared / "reference" / "ontology" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    seen = set()
    for line in text.splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#,]*)(?:,([^#,]*))?", line)
        if not m or m.group(1) in seen:
            continue
        seen.add(m.group(1))
        c = cameo(m.group(1))
        if c.code in manual:
            assert c.plover_type == manual[c.code]["plover_type"] != m.group(2).strip(), line
            assert "PLOVER manual" in notes[c.code]
            continue
        assert c.plover_type == m.group(2).strip(), line
        assert c.plover_mode == ((m.group(3) or "").strip() or None), line
    assert len(seen) > 250


def test_quad_and_penta_classes_follow_the_roots():
    for code, c in codebook().items():
        root = int(code[:2])
        assert c.quad_class == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4), code
        penta = 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 or root == 16 else 4
        assert c.penta_class == penta, code
        assert c.name, code


def test_unknown_codes_never_raise():
    c = cameo("174K")  # a test-only code of the PETRARCH validation dictionary
    assert c.code == "174K" and not c.known
    assert (c.goldstein, c.quad_class, c.plover_type) == (cameo("17").goldstein, 4, "COERCE")
    for bad in ("212", "9xx", "", "---", "2"):
        c = cameo(bad)
        assert c.code == bad and c.goldstein is None and c.quad_class is None and c.name is None
    assert cameo(" 042 ") == cameo("042")


def test_values_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        cameo("042").goldstein = 0.0  # type: ignore[misc]
    assert isinstance(cameo("042"), CameoCode)
    with pytest.raises(TypeError):
        codebook()["999"] = cameo("042")  # type: ignore[index]


def test_plover_types(shared):
    types = plover_types()
    lists = (shared / "reference" / "ontology" / "PLOVER_lists.txt").read_text(encoding="utf-8")
    expected = re.findall(r'"([A-Z]+)"', re.search(r"PLOVERLIST = \[(.*?)\]", lists, re.S).group(1))
    assert [t.name for t in types] == expected
    by_name = {t.name: t for t in types}
    assert by_name["CONSULT"].abbrev == "CONS" and by_name["ASSAULT"].intensity == -9.3
    assert {"visit", "third-party", "multilateral", "phone"} <= {m.name for m in by_name["CONSULT"].modes}
    assert all(t.definition for t in types)
    # every PLOVER type used by the codebook is a known category
    assert {c.plover_type for c in codebook().values() if c.plover_type} <= set(by_name)


def test_build_reproduces_the_shipped_tables(shared, tmp_path):
    assert build.main(["--reference", str(shared / "reference"), "--out", str(tmp_path)]) == 0
    for name in ("cameo.tsv", "plover_types.tsv", "plover_modes.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (build.DATA / name).read_text(encoding="utf-8"), name
