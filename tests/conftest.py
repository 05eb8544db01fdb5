"""Shared fixtures: the bundled samples, ../shared (skipped where absent), and one built graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.paths import samples_dir
from graphbuild.runner import build

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OPP115 = SHARED / "opp115"
GOLD = SHARED / "eval" / "gold"


def need(path: Path) -> Path:
    """Skip the test where a ../shared resource is absent (a clone without the evaluation data)."""
    if not path.exists():
        pytest.skip(f"{path} is not here (needs ../shared beside the clone)")
    return path


@pytest.fixture(scope="session")
def samples() -> Path:
    return samples_dir()


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """output/ of `privacy-kg build` on the bundled samples."""
    out = tmp_path_factory.mktemp("built")
    summary = build([], out, report=lambda line: None)
    assert len(summary.built) == 5
    return out
