"""Where the project's data folders are: the source tree's ontology/, queries/ and samples."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

SOURCE_ROOT = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """`ontology` or `queries`: the top-level folder of a checkout, else the installed package data."""
    in_checkout = SOURCE_ROOT / name
    if in_checkout.is_dir():
        return in_checkout
    return Path(str(resources.files(f"graphbuild.{name}")))


def samples_dir() -> Path:
    """The bundled sample policies (the five seed policies the project was created from)."""
    return Path(__file__).resolve().parent / "samples"
