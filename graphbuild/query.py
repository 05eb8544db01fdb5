"""Query: the named SPARQL queries of `queries/`, parameters bound by name, results in several formats."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.query import Result

from graphbuild.paths import data_dir

HEADER_FIELD = re.compile(r"^#\s*(title|question|parameters?):\s*(.*)$", re.I)
RESULT_FORMATS = ("table", "csv", "tsv", "json")


class QueryError(Exception):
    """A query that cannot be found, parsed or run; the message is one line."""


@dataclass(frozen=True)
class NamedQuery:
    """A query of the library: its file name without .rq, and the title and question of its header."""

    name: str
    title: str
    question: str
    parameters: str
    text: str


def parse_header(name: str, text: str) -> NamedQuery:
    fields: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = HEADER_FIELD.match(line)
        if match:
            current = match.group(1).lower().rstrip("s")
            fields[current] = match.group(2).strip()
        elif current:
            fields[current] += " " + line.lstrip("# ").strip()
    return NamedQuery(name, fields.get("title", name), fields.get("question", ""), fields.get("parameter", ""), text)


def query_library(folder: Path | None = None) -> dict[str, NamedQuery]:
    """All named queries, by name."""
    folder = folder or data_dir("queries")
    return {path.stem: parse_header(path.stem, path.read_text(encoding="utf-8"))
            for path in sorted(folder.glob("*.rq"))}


def resolve_query(spec: str) -> str:
    """The SPARQL text for a library name, a .rq file path, or the query text itself."""
    library = query_library()
    if spec in library:
        return library[spec].text
    if spec.endswith(".rq") or (len(spec) < 256 and "\n" not in spec and Path(spec).is_file()):
        path = Path(spec)
        if not path.is_file():
            raise QueryError(f"{spec}: no such query file")
        return path.read_text(encoding="utf-8")
    if re.search(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", spec, re.I):
        return spec
    raise QueryError(f"{spec!r} is not a query name (see `privacy-kg query --list`), a .rq file or SPARQL text")


def parse_params(pairs: list[str]) -> dict[str, str]:
    """`name=value` pairs of --param."""
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param {pair!r}: expected NAME=VALUE")
        params[name.strip().lstrip("?$")] = value
    return params


def _term(value: str) -> URIRef | Literal:
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if re.match(r"^https?://\S+$", value):
        return URIRef(value)
    return Literal(value)


def run_query(dataset: Dataset, text: str, params: dict[str, str] | None = None) -> Result:
    """Run SPARQL on the dataset's union graph with parameters bound by name (not pasted in)."""
    bindings = {name: _term(value) for name, value in (params or {}).items()}
    try:
        from rdflib.plugins.sparql import prepareQuery
        prepared = prepareQuery(text)
    except Exception as exc:  # pyparsing.ParseException and friends
        raise QueryError(f"invalid SPARQL: {syntax_error_message(exc)}") from exc
    if prepared.algebra.name not in ("SelectQuery", "ConstructQuery", "AskQuery", "DescribeQuery"):
        raise QueryError("only SELECT, CONSTRUCT, ASK and DESCRIBE queries are allowed")
    try:
        return dataset.query(prepared, initBindings=bindings)
    except Exception as exc:
        raise QueryError(f"query failed: {exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}") from exc


def syntax_error_message(exc: Exception) -> str:
    """The parser's message with where it failed (line and column)."""
    line, col = getattr(exc, "lineno", None), getattr(exc, "col", None)
    message = getattr(exc, "msg", None) or str(exc).splitlines()[0]
    return f"{message} (line {line}, column {col})" if line is not None else message


def _plain(value: object) -> str:
    return "" if value is None else str(value)


def format_result(result: Result, fmt: str = "table") -> str:
    """SELECT and ASK results as a table, CSV, TSV or SPARQL 1.1 JSON; graphs as Turtle."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="turtle")
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    if result.type == "ASK":
        return "true" if result.askAnswer else "false"
    names = [str(v) for v in result.vars]
    rows = [[_plain(row[v]) for v in result.vars] for row in result]
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buffer.getvalue()
    return render_table(names, rows)


def render_table(names: list[str], rows: list[list[str]]) -> str:
    """A plain-text table (rich) that fits the terminal."""
    from rich.console import Console
    from rich.table import Table

    table = Table(*names, show_lines=False)
    for row in rows:
        table.add_row(*row)
    console = Console(file=io.StringIO(), width=200, force_terminal=False, color_system=None)
    console.print(table)
    console.print(f"{len(rows)} row(s)")
    return console.file.getvalue()


def result_rows(result: Result) -> list[dict[str, object]]:
    """SELECT rows as dicts of Python values (booleans and numbers converted, unbound as None)."""
    rows = []
    for row in result:
        rows.append({str(v): (row[v].toPython() if isinstance(row[v], Literal) else
                              (str(row[v]) if row[v] is not None else None)) for v in result.vars})
    return rows


