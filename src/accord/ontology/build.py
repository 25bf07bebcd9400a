"""Rebuild the ontology tables in ``accord/ontology/data`` from the public reference files.

    python -m accord.ontology.build --reference ../shared/reference

Inputs: the hand-kept ``cameo_names.tsv`` and ``cameo_roots.tsv`` beside the output, and
from the reference directory ``ontology/CAMEO.goldsteinscale.txt`` (GDELT Goldstein
values), ``ontology/CAMEO2PLOVER-2021.txt`` (PLOVER type, mode, context per CAMEO code),
``ontology/PLOVER_lists.txt`` (PLOVER categories, abbreviations, intensity) and
``ontology/PLOVER_structured_codebook_updated.csv`` (PLOVER definitions and modes); the
hand-kept ``plover_manual.tsv`` puts the PLOVER manual's type where the table differs.
Outputs: ``cameo.tsv``, ``plover_types.tsv``, ``plover_modes.tsv``.  Only this script needs
the reference files; accord reads the generated tables.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_REFERENCE = Path(__file__).resolve().parents[3].parent / "shared" / "reference"

CAMEO_COLUMNS = (
    "code", "name", "goldstein", "quad_class", "penta_class",
    "plover_type", "plover_mode", "plover_context", "note",
)  # fmt: skip


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV with a header line; lines starting with '#' are comments."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"))) for ln in lines[1:]]


def read_goldstein(path: Path) -> dict[str, float]:
    out = {}
    for row in read_tsv(path):
        out[row["CAMEOEVENTCODE"].strip()] = float(row["GOLDSTEINSCALE"])
    return out


def read_cameo2plover(path: Path) -> dict[str, tuple[str | None, str | None, str | None, str]]:
    """code -> (type, mode, context, comment).  The first line for a code wins (08 is
    listed twice, as CONCEDE and as RETREAT; 080 is CONCEDE)."""
    out: dict[str, tuple[str | None, str | None, str | None, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#]*)(?:#(.*))?$", line)
        if not m or m.group(1) in out:
            continue
        fields = [f.strip() for f in m.group(2).split(",")] + ["", "", ""]
        context = ";".join(c.strip() for c in fields[2].split(";") if c.strip())
        out[m.group(1)] = (fields[0] or None, fields[1] or None, context or None, (m.group(3) or "").strip())
    return out


def read_plover_lists(path: Path) -> tuple[list[str], dict[str, str], dict[str, float], dict[str, list[str]]]:
    """PLOVERLIST, PLOV2FOUR, INTENSITY and MODEDICT of PLOVER_lists.txt, read as text
    (the file is not valid Python: a comma is missing in INTENSITY)."""
    text = path.read_text(encoding="utf-8")

    def block(name: str) -> str:
        m = re.search(name + r"\s*=\s*([\[{].*?[\]}])\s*(?:#.*)?$", text, re.S | re.M)
        if not m:
            raise ValueError(f"{path}: {name} not found")
        return m.group(1)

    types = re.findall(r'"([A-Z]+)"', block("PLOVERLIST"))
    abbrev = dict(re.findall(r'"([A-Z]+)":\s*"([A-Z]+)"', block("PLOV2FOUR")))
    intensity = {k: float(v) for k, v in re.findall(r'"([A-Z]+)":\s*([+-]?\d+(?:\.\d+)?)', block("INTENSITY"))}
    modes: dict[str, list[str]] = {}
    for name, members in re.findall(r'"([A-Z]+)":\s*\[([^\]]*)\]', block("MODEDICT")):
        modes[name] = re.findall(r'"([^"]+)"', members)
    return types, abbrev, intensity, modes


def build_cameo(reference: Path, data: Path = DATA) -> list[dict[str, str]]:
    names = {r["code"]: r["name"] for r in read_tsv(data / "cameo_names.tsv")}
    roots = {r["root"]: r for r in read_tsv(data / "cameo_roots.tsv")}
    goldstein = read_goldstein(reference / "ontology" / "CAMEO.goldsteinscale.txt")
    plover = read_cameo2plover(reference / "ontology" / "CAMEO2PLOVER-2021.txt")
    manual = {r["code"]: r for r in read_tsv(data / "plover_manual.tsv")}
    unnamed = sorted(set(goldstein) - set(names))
    if unnamed:
        raise ValueError(f"codes of the Goldstein table without a name in cameo_names.tsv: {unnamed}")
    rows = []
    for code, name in names.items():
        notes = []
        root = roots[code[:2]]
        value = goldstein.get(code)
        if value is None:
            parent = next((code[:n] for n in (3, 2) if code[:n] in goldstein and n < len(code)), None)
            if parent is None:
                raise ValueError(f"no Goldstein value for {code} nor for its parents")
            value = goldstein[parent]
            notes.append(f"goldstein of {parent} (code not in the GDELT table)")
        ptype, pmode, pcontext, _comment = plover.get(code, (None, None, None, ""))
        if code not in plover and code[:2] not in ("01", "02"):
            raise ValueError(f"{code} has no PLOVER mapping in CAMEO2PLOVER-2021.txt")
        if code[:2] in ("01", "02"):
            notes.append("PLOVER drops CAMEO 01 and 02")
        if code in manual:
            fix = manual[code]
            notes.append(f"PLOVER manual, not the table ({ptype}): {fix['manual']}")
            ptype, pmode = fix["plover_type"], fix["plover_mode"] or pmode
            pcontext = fix["plover_context"] or pcontext
        rows.append(
            {
                "code": code,
                "name": name,
                "goldstein": f"{value:.1f}",
                "quad_class": root["quad_class"],
                "penta_class": root["penta_class"],
                "plover_type": ptype or "",
                "plover_mode": pmode or "",
                "plover_context": pcontext or "",
                "note": "; ".join(notes),
            }
        )
    return rows


def build_plover(reference: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    types, abbrev, intensity, modedict = read_plover_lists(reference / "ontology" / "PLOVER_lists.txt")
    with open(reference / "ontology" / "PLOVER_structured_codebook_updated.csv", encoding="utf-8") as fh:
        codebook = list(csv.DictReader(fh))
    definitions: dict[str, str] = {}
    modes: dict[tuple[str, str], dict[str, str]] = {}
    for row in codebook:
        event, mode = row["event"].strip(), row["mode"].strip()
        definitions.setdefault(event, " ".join(row["event_def"].split()))
        if mode and (event, mode) not in modes:
            modes[(event, mode)] = {
                "type": event, "mode": mode, "definition": " ".join(row["mode_def"].split()),
                "source": "PLOVER_structured_codebook_updated.csv",
            }  # fmt: skip
    for event, members in modedict.items():
        for mode in members:
            modes.setdefault(
                (event, mode), {"type": event, "mode": mode, "definition": "", "source": "PLOVER_lists.txt"}
            )
    type_rows = [
        {
            "type": t,
            "abbrev": abbrev.get(t, ""),
            "intensity": f"{intensity[t]:.1f}" if t in intensity else "",
            "definition": definitions.get(t, ""),
        }
        for t in types
    ]
    order = {t: i for i, t in enumerate(types)}
    mode_rows = sorted(modes.values(), key=lambda r: (order.get(r["type"], 99), r["type"]))
    return type_rows, mode_rows


def write_tsv(path: Path, columns: tuple[str, ...] | list[str], rows: list[dict[str, str]], comment: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for line in comment.strip().splitlines():
            fh.write(f"# {line}\n")
        fh.write("\t".join(columns) + "\n")
        for row in rows:
            fh.write("\t".join(str(row[c]).replace("\t", " ") for c in columns) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE, help="the shared/reference directory")
    parser.add_argument("--out", type=Path, default=DATA, help="output directory (default: the package data)")
    args = parser.parse_args(argv)
    if not (args.reference / "ontology").is_dir():
        print(f"error: {args.reference}/ontology not found; give --reference", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    cameo = build_cameo(args.reference)
    write_tsv(
        args.out / "cameo.tsv", CAMEO_COLUMNS, cameo,
        "CAMEO 1.1b3 event codes. Generated by `python -m accord.ontology.build`: do not edit;\n"
        "edit cameo_names.tsv / cameo_roots.tsv and rebuild. Sources and licences: NOTICE.md.",
    )  # fmt: skip
    types, modes = build_plover(args.reference)
    write_tsv(
        args.out / "plover_types.tsv", ("type", "abbrev", "intensity", "definition"), types,
        "PLOVER event categories. Generated by `python -m accord.ontology.build`. See NOTICE.md.",
    )  # fmt: skip
    write_tsv(
        args.out / "plover_modes.tsv", ("type", "mode", "definition", "source"), modes,
        "PLOVER modes per category. Generated by `python -m accord.ontology.build`. See NOTICE.md.",
    )  # fmt: skip
    print(f"{len(cameo)} CAMEO codes, {len(types)} PLOVER types, {len(modes)} modes -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
