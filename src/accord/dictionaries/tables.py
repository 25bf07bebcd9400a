"""Write imported verb dictionaries as accord's verbs.tsv and synsets.tsv."""

from __future__ import annotations

from pathlib import Path

from .report import ImportReport, Issue, VerbDictionary
from .verbs import read_verb_dictionary

VERBS_HEADER = ("verb", "pattern", "code", "code2", "origin")
SYNSETS_HEADER = ("name", "word")


def write_verb_tables(
    dictionaries: list[VerbDictionary],
    out_dir: Path | str,
    verbs_name: str = "verbs.tsv",
    synsets_name: str = "synsets.tsv",
) -> list[Path]:
    """One verbs.tsv and one synsets.tsv for the dictionaries, in the order given.  The
    header is the first line (accord's loader expects it there); a comment line follows."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = ", ".join(Path(d.report.source).name for d in dictionaries)
    merged: dict[str, dict[str, None]] = {}
    for d in dictionaries:
        for name, words in d.synsets.items():
            if name in merged and set(words) != set(merged[name]):
                d.report.warnings.append(
                    Issue(Path(d.report.source).name, f"synset &{name} also defined by an earlier file: merged")
                )
            merged.setdefault(name, {}).update(dict.fromkeys(words))
    verbs_path, synsets_path = out_dir / verbs_name, out_dir / synsets_name
    with open(verbs_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(VERBS_HEADER) + "\n")
        fh.write(f"# Imported from {sources} by `accord dict import`. Format: docs/verb-patterns.md.\n")
        seen: set[tuple[str, str, str, str]] = set()
        for d in dictionaries:
            for r in d.rows:
                if r.key not in seen:
                    seen.add(r.key)
                    fh.write("\t".join((r.verb, r.pattern, r.code, r.code2, r.origin)) + "\n")
    with open(synsets_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(SYNSETS_HEADER) + "\n")
        fh.write(f"# Imported from {sources} by `accord dict import`. Several words = consecutive words.\n")
        for name, words in merged.items():
            for word in words:
                fh.write(f"{name}\t{word}\n")
    for d in dictionaries:
        d.report.outputs = [str(verbs_path), str(synsets_path)]
    return [verbs_path, synsets_path]


def import_verbs(src: Path | str, out_dir: Path | str, fmt: str = "petrarch") -> ImportReport:
    """Convert one TABARI/PETRARCH verb dictionary into ``out_dir``/verbs.tsv + synsets.tsv.
    Malformed lines are skipped and listed in the report; OSError if ``src`` is unreadable."""
    d = read_verb_dictionary(src, fmt)
    write_verb_tables([d], out_dir)
    return d.report
