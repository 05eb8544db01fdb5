"""Query: the named SPARQL queries of `queries/`, parameters bound by name, results in several formats."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import time

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from graphbuild.paths import data_dir
from graphbuild.vocabulary import DPV, ID, PD, PKG, PROV
from graphbuild.store import OxigraphStore, QueryOutcome, QueryTimeout, Store

HEADER_FIELD = re.compile(r"^#\s*(title|question|parameters?):\s*(.*)$", re.I)
RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")
PREFIXES = {"pkg": PKG, "id": ID, "dpv": DPV, "pd": PD, "prov": PROV, "skos": SKOS}


class QueryError(Exception):
    """A query that cannot be found, parsed or run; the message is one line."""


class QueryRefused(QueryError):
    """A well-formed request the read-only, offline service will not run (updates, SERVICE)."""


@dataclass(frozen=True)
class NamedQuery:
    """A query of the library: its file name without .rq, and the title and question of its header."""

    name: str
    title: str
    question: str
    parameters: str
    text: str

    @property
    def parameter_names(self) -> list[str]:
        """Names declared in the header ("vendor (literal, optional): ...")."""
        return re.findall(r"(\w+) \(", self.parameters)


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
    if "{" in spec or re.search(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP)\b", spec, re.I):
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


SERVICE_CLAUSE = re.compile(r"(?<![?$:\w])SERVICE\s+(?:SILENT\s+)?[<?$\w]", re.I)  # not "?service ?name"
COMMENT_OR_STRING = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                               r"|<[^<>\s]*>|#[^\n]*")


def _code_of(text: str) -> str:
    """The query without its comments, strings and IRIs: a comment that says "service providers" asks for no
    SERVICE."""
    return COMMENT_OR_STRING.sub(lambda m: " " if m.group(0).startswith(("#", '"', "'")) else "<>", text)


def check_query(text: str, allow_network: bool = False) -> str:
    """Parse a query; return its kind, or raise QueryError (syntax) or QueryRefused (update, SERVICE)."""
    from rdflib.plugins.sparql import prepareQuery
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        prepared = prepareQuery(text)
    except Exception as exc:  # pyparsing.ParseException and friends
        try:
            parseUpdate(text)
        except Exception:
            raise QueryError(f"invalid SPARQL: {syntax_error_message(exc)}") from exc
        raise QueryRefused("SPARQL updates are not allowed: the graph is read-only") from exc
    algebra = prepared.algebra
    if not allow_network:
        if "ServiceGraphPattern" in repr(algebra) or SERVICE_CLAUSE.search(_code_of(text)):
            raise QueryRefused("SERVICE is refused: it makes the server fetch from the network (switch it on with --allow-service)")
        if algebra.get("datasetClause"):
            raise QueryRefused("FROM / FROM NAMED are refused: they make the server fetch graphs (switch on with --allow-service)")
    return {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
            "DescribeQuery": "CONSTRUCT"}[algebra.name]


def run_query(store: Store, text: str, params: dict[str, str] | None = None, timeout: float | None = None,
              allow_network: bool = False) -> QueryOutcome:
    """Run SPARQL on the store's union graph, parameters bound by name (never pasted into the text)."""
    check_query(text, allow_network)
    bindings = _bindings(text, params)
    deadline = time.monotonic() + timeout if timeout else None
    try:
        return store.run(text, bindings, deadline)
    except QueryTimeout:
        raise
    except Exception as exc:
        raise _failure(exc) from exc


def _failure(exc: Exception) -> QueryError:
    """The one-line error for a query the store could not run."""
    message = str(exc).splitlines()[0] if str(exc) else ""
    return QueryError(f"query failed: {exc.__class__.__name__}: {message}")


def _bindings(text: str, params: dict[str, str] | None) -> dict[str, URIRef | Literal]:
    """The parameters the query names, as RDF terms."""
    return {name: _term(value) for name, value in (params or {}).items()
            if re.search(r"[?$]%s\b" % re.escape(name), text)}


def query_bytes(store: Store, text: str, params: dict[str, str] | None = None, fmt: str = "table",
                timeout: float | None = None, allow_network: bool = False) -> bytes:
    """The query's results in a format (see `format_outcome`), UTF-8. With no time limit, pyoxigraph writes
    SELECT and CONSTRUCT results itself, which is several times faster on large results."""
    kind = check_query(text, allow_network)
    if isinstance(store, OxigraphStore) and timeout is None and kind != "ASK" and fmt != "table":
        try:
            return store.serialize(text, _bindings(text, params), fmt, {k: str(v) for k, v in PREFIXES.items()})
        except Exception as exc:
            raise _failure(exc) from exc
    return format_outcome(run_query(store, text, params, timeout, allow_network), fmt).encode("utf-8")


def syntax_error_message(exc: Exception) -> str:
    """The parser's message with where it failed (line and column)."""
    line, col = getattr(exc, "lineno", None), getattr(exc, "col", None)
    message = getattr(exc, "msg", None) or str(exc).splitlines()[0]
    return f"{message} (line {line}, column {col})" if line is not None else message


def _plain(value: object) -> str:
    return "" if value is None else str(value)


def format_outcome(outcome: QueryOutcome, fmt: str = "table") -> str:
    """SELECT and ASK results as a table, CSV, TSV, SPARQL 1.1 JSON or XML; graphs as Turtle or N-Triples."""
    if outcome.kind == "CONSTRUCT":
        for prefix, namespace in PREFIXES.items():
            outcome.graph.bind(prefix, namespace, override=True)
        return outcome.graph.serialize(format="nt" if fmt in ("nt", "ntriples") else "turtle")
    if fmt == "json":
        return sparql_json(outcome)
    if fmt == "xml":
        return sparql_xml(outcome)
    if outcome.kind == "ASK":
        return ("true" if outcome.answer else "false") + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(outcome.variables)
        writer.writerows([[_plain(v) for v in row] for row in outcome.rows])
        return buffer.getvalue()
    if fmt == "tsv":
        lines = ["\t".join("?" + v for v in outcome.variables)]
        lines += ["\t".join("" if v is None else v.n3() for v in row) for row in outcome.rows]
        return "\n".join(lines) + "\n"
    return render_table(outcome.variables, [[_plain(v) for v in row] for row in outcome.rows])


def _json_term(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype:
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "bnode", "value": str(term)}


def sparql_json(outcome: QueryOutcome) -> str:
    """The SPARQL 1.1 Query Results JSON Format."""
    if outcome.kind == "ASK":
        return json.dumps({"head": {}, "boolean": bool(outcome.answer)}) + "\n"
    bindings = [{var: _json_term(value) for var, value in zip(outcome.variables, row) if value is not None}
                for row in outcome.rows]
    return json.dumps({"head": {"vars": outcome.variables}, "results": {"bindings": bindings}}, ensure_ascii=False) + "\n"


def sparql_xml(outcome: QueryOutcome) -> str:
    """The SPARQL Query Results XML Format."""
    from xml.sax.saxutils import escape, quoteattr

    parts = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    parts += [f"<variable name={quoteattr(v)}/>" for v in outcome.variables]
    parts.append("</head>")
    if outcome.kind == "ASK":
        parts.append(f"<boolean>{'true' if outcome.answer else 'false'}</boolean>")
    else:
        parts.append("<results>")
        for row in outcome.rows:
            parts.append("<result>")
            for var, value in zip(outcome.variables, row):
                if value is None:
                    continue
                if isinstance(value, URIRef):
                    inner = f"<uri>{escape(str(value))}</uri>"
                elif isinstance(value, Literal):
                    attr = (f" xml:lang={quoteattr(value.language)}" if value.language else
                            f" datatype={quoteattr(str(value.datatype))}" if value.datatype else "")
                    inner = f"<literal{attr}>{escape(str(value))}</literal>"
                else:
                    inner = f"<bnode>{escape(str(value))}</bnode>"
                parts.append(f"<binding name={quoteattr(var)}>{inner}</binding>")
            parts.append("</result>")
        parts.append("</results>")
    parts.append("</sparql>")
    return "\n".join(parts) + "\n"


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


def outcome_rows(outcome: QueryOutcome) -> list[dict[str, object]]:
    """SELECT rows as dicts of Python values (booleans and numbers converted, unbound as None)."""
    return [{var: (value.toPython() if isinstance(value, Literal) else (str(value) if value is not None else None))
             for var, value in zip(outcome.variables, row)} for row in outcome.rows]
