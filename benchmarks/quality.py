#!/usr/bin/env python3
"""Extraction quality in one run: the seeds against their gold records and OPP-115 segment by segment.

usage: python benchmarks/quality.py [--shared ../shared] [--out DIR]

Builds both corpora with `privacy-kg build`, reads the records back with `privacy-kg practices`
(from the graph, as the contract says) and runs the two scorers of ../shared/eval.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def privacy_kg(*args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "graphbuild.cli", *args], capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(f"privacy-kg {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def records(policies: Path, out: Path) -> Path:
    privacy_kg("build", str(policies), "--out", str(out))
    path = out / "practices.jsonl"
    path.write_text(privacy_kg("practices", "--graph", str(out / "graph.ttl")), encoding="utf-8")
    return path


def score(command: list[str]) -> dict:
    result = subprocess.run([sys.executable, *command, "--json"], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    shared = Path(args.shared)
    out = Path(args.out or tempfile.mkdtemp(prefix="quality-"))
    out.mkdir(parents=True, exist_ok=True)
    gold = out / "gold.jsonl"
    gold.write_text("".join(p.read_text(encoding="utf-8") for p in sorted((shared / "eval" / "gold").glob("*.jsonl"))))

    started = time.monotonic()
    seeds = records(shared / "seeds", out / "seeds")
    fine = score([str(shared / "eval" / "score.py"), str(seeds), str(gold)])
    category = score([str(shared / "eval" / "score.py"), str(seeds), str(gold), "--level", "category"])
    print(f"seeds     fine:     P={fine['precision']:.3f} R={fine['recall']:.3f} F1={fine['f1']:.3f}   (goal F1 >= 0.90, P >= 0.92)")
    print(f"seeds     category: P={category['precision']:.3f} R={category['recall']:.3f} F1={category['f1']:.3f}")
    opp = records(shared / "opp115" / "sanitized_policies", out / "opp115")
    segment = score([str(shared / "eval" / "opp115.py"), str(opp), str(shared / "opp115")])
    print(f"OPP-115   segment:  P={segment['precision']:.3f} R={segment['recall']:.3f} F1={segment['f1']:.3f}   (goal F1 >= 0.75)")
    print(f"({time.monotonic() - started:.0f} s; records in {out})")


if __name__ == "__main__":
    main()
