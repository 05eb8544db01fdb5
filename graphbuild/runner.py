"""The main job: ingest every policy, extract its practices, build the graph and write output/."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from rdflib import Dataset

from graphbuild.analyse import practice_graph
from graphbuild.build import add_policy, new_dataset
from graphbuild.export import serialize, write_atomically
from graphbuild.extract.pipeline import extract_practices
from graphbuild.ingest import PolicyReadError, find_policy_files, read_policy
from graphbuild.paths import samples_dir
from graphbuild.query import outcome_rows, render_table, resolve_query, run_query
from graphbuild.store import MemoryStore
from graphbuild.visualise import offline_html

RECORD_FIELDS = ("policy", "vendor", "action", "negated", "data", "data_category", "recipient", "recipient_name",
                 "purpose", "location", "evidence", "data_text", "modality", "condition", "retention_period")


class BuildError(Exception):
    """The build cannot start (no input files, output folder not writable)."""


@dataclass
class BuildSummary:
    out: Path
    built: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    practices: int = 0

    def describe(self) -> str:
        skipped = f", {len(self.failed)} file(s) skipped" if self.failed else ""
        return (f"built {len(self.built)} polic{'y' if len(self.built) == 1 else 'ies'} with {self.practices} "
                f"practices{skipped}: {self.out / 'graph.ttl'}, {self.out / 'graph.trig'}, {self.out / 'graph.html'}")


def build(paths: list[str], out: Path, report: Callable[[str], None] = print) -> BuildSummary:
    """Build the graph of every policy under `paths` (default: the bundled samples) into `out`.

    A file that is not a readable policy is reported in one line and skipped; the others are built.
    """
    files = list(find_policy_files(paths or [samples_dir()]))
    if not files:
        raise BuildError(f"no policy files (.txt, .md, .html) found in {', '.join(paths)}")
    summary = BuildSummary(out)
    dataset = new_dataset()
    seen: dict[str, Path] = {}
    for path in _with_progress(files):
        try:
            doc = read_policy(path)
        except PolicyReadError as exc:
            report(f"privacy-kg: {path}: {exc}")
            summary.failed.append(str(path))
            continue
        if doc.policy_id in seen:
            report(f"privacy-kg: {path}: same policy id {doc.policy_id!r} as {seen[doc.policy_id]}; skipped")
            summary.failed.append(str(path))
            continue
        seen[doc.policy_id] = path
        practices = extract_practices(doc)
        add_policy(dataset, doc, practices)
        summary.built.append(doc.policy_id)
        summary.practices += len(practices)
    if summary.built:
        write_outputs(dataset, out)
    return summary


def _with_progress(files: list[Path]):
    """The files, with a progress bar on an interactive terminal (rich); plain otherwise."""
    import sys

    if not sys.stderr.isatty() or len(files) < 3:
        yield from files
        return
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task("reading policies", total=len(files))
        for path in files:
            progress.update(task, description=f"reading {path.name}")
            yield path
            progress.advance(task)


def write_outputs(dataset: Dataset, out: Path) -> None:
    """graph.trig (one named graph per policy), graph.ttl (their union) and graph.html."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(f"{out}: cannot create output folder: {exc.strerror}") from exc
    write_atomically(out / "graph.trig", serialize(dataset, "trig"))
    write_atomically(out / "graph.ttl", serialize(dataset, "ttl"))
    rows = practice_records(dataset)
    write_atomically(out / "graph.html", offline_html(practice_graph(rows), "privacy-kg graph"))


def practice_records(dataset: Dataset, policy: str | None = None) -> list[dict]:
    """The practice records of LABELS.md, read back from the graph with queries/practices.rq."""
    params = {"policy": policy} if policy else {}
    rows = outcome_rows(run_query(MemoryStore(dataset), resolve_query("practices"), params))
    return [{name: row.get(name) for name in RECORD_FIELDS} for row in rows]


def practice_records_text(dataset: Dataset, fmt: str) -> str:
    rows = practice_records(dataset)
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, RECORD_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()
    return render_table(list(RECORD_FIELDS), [["" if row[f] is None else str(row[f]) for f in RECORD_FIELDS]
                                               for row in rows])
