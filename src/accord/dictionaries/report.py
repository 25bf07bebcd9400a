"""The values an import produces: rows, synsets, and a report of what was left out."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Issue:
    """A line that was skipped (malformed) or kept with a remark."""

    origin: str  # "CAMEO.2.0.txt:712"
    reason: str
    text: str = ""

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}" + (f"  [{self.text}]" if self.text else "")

    @property
    def line(self) -> int:
        tail = self.origin.rsplit(":", 1)[-1]
        return int(tail) if tail.isdigit() else 0


@dataclass
class ImportReport:
    """What an import read, wrote and left out."""

    source: str
    format: str = "petrarch"
    kind: str = "verbs"
    blocks: int = 0  # verb blocks with at least one verb
    verbs: int = 0  # distinct verb lemmas
    patterns: int = 0  # pattern lines converted (each gives rows for every verb of its block)
    rows: int = 0  # rows of verbs.tsv
    default_rows: int = 0  # rows with an empty pattern (the verb alone codes an event)
    synsets: int = 0
    synset_members: int = 0
    duplicates: int = 0  # rows dropped because an identical row came earlier
    skipped: list[Issue] = field(default_factory=list)  # malformed lines: file:line and reason
    warnings: list[Issue] = field(default_factory=list)  # read, but something was changed or dropped
    outputs: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.source}: {self.verbs} verbs, {self.patterns} patterns, {self.rows} rows "
            f"({self.default_rows} verb-only), {self.synsets} synsets ({self.synset_members} words); "
            f"{len(self.skipped)} lines skipped, {len(self.warnings)} warnings"
        )


@dataclass(frozen=True)
class Row:
    """One row of verbs.tsv (docs/verb-patterns.md)."""

    verb: str
    pattern: str
    code: str
    code2: str
    origin: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.verb, self.pattern, self.code, self.code2)


@dataclass
class VerbDictionary:
    """A parsed verb dictionary: rows for verbs.tsv, synsets (name -> words), the report."""

    rows: list[Row]
    synsets: dict[str, list[str]]
    report: ImportReport
