"""The `accord` command line.

Each module in this package adds its commands with ``register(app)``; this file only
builds the Typer app and finds them, so command groups stay apart.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

app = typer.Typer(
    name="accord",
    help="Political event data from news text: code articles, store events, follow dyads.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)


def _register_all() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_all()


def main() -> None:
    app()
