"""Shared fixtures: the spaCy model and a Coder are loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_b8f3287eca6855ed.txt"


@pytest.fixture(scope="session")
def nlp():
    from accord.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def kb():
    """The shipped actor knowledge base (read-only in tests)."""
    from accord.actors import ActorKB

    return ActorKB.load()


@pytest.fixture(scope="session")
def coder():
    from accord import Coder

    return Coder()


@pytest.fixture(scope="session")
def triples(coder):
    """triples(text, published) -> sorted (source code, target code or None, CAMEO code)."""
    def code(text: str, published: str = "2024-03-01") -> list[tuple]:
        return sorted((e.source.code, e.target.code if e.target else None, e.cameo)
                      for e in coder.code(text, published=published))

    return code


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the repository")
    return SHARED
