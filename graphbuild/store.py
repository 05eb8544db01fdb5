"""Stores: where queries run, chosen by name like rdflib's plugins.

`memory` (the default) parses the graph file into rdflib's in-memory dataset; `oxigraph` loads it
into pyoxigraph's in-memory store (fastest on large graphs); `oxigraph:PATH` keeps it in an on-disk
pyoxigraph store at PATH, loaded again whenever the graph file has changed. Both give results as a backend-neutral `QueryOutcome`.
"""

from __future__ import annotations

import ctypes
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from graphbuild.export import GraphFileError, load_dataset


class QueryTimeout(Exception):
    """A query ran past its time limit."""


@dataclass
class QueryOutcome:
    """The answer of a query: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    kind: str  # "SELECT" | "ASK" | "CONSTRUCT"
    variables: list[str] = field(default_factory=list)
    rows: list[list[Node | None]] = field(default_factory=list)
    answer: bool | None = None
    graph: Graph | None = None


class Store(Protocol):
    name: str

    def run(self, text: str, bindings: dict[str, Node], deadline: float | None) -> QueryOutcome: ...


class MemoryStore:
    """rdflib's in-memory dataset; queries see the union of all named graphs."""

    name = "memory"

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset

    @classmethod
    def open(cls, graph_file: Path) -> "MemoryStore":
        return cls(load_dataset(graph_file))

    def run(self, text: str, bindings: dict[str, Node], deadline: float | None) -> QueryOutcome:
        return _within(deadline, lambda: self._evaluate(text, bindings))

    def _evaluate(self, text: str, bindings: dict[str, Node]) -> QueryOutcome:
        result = self.dataset.query(text, initBindings=bindings)
        if result.type == "ASK":
            return QueryOutcome("ASK", answer=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return QueryOutcome("CONSTRUCT", graph=result.graph)
        variables = [str(v) for v in result.vars]
        rows = [[row[v] for v in result.vars] for row in result]
        return QueryOutcome("SELECT", variables, rows)


class OxigraphStore:
    """A pyoxigraph store (in memory or on disk); queries see the union of all named graphs."""

    name = "oxigraph"

    def __init__(self, store) -> None:
        self.store = store

    @classmethod
    def open(cls, graph_file: Path, path: Path | None = None) -> "OxigraphStore":
        """The graph file in pyoxigraph: in memory, or on disk at `path` (reloaded when the file changed)."""
        import pyoxigraph as ox

        if not graph_file.is_file():
            raise GraphFileError(f"{graph_file}: no such graph file")
        if path is None:
            store = ox.Store()
            _load(store, graph_file)
            return cls(store)
        stamp = path / "privacy-kg-source.txt"
        source = _source_stamp(graph_file)
        try:
            store = ox.Store(str(path))
        except OSError as exc:  # another process holds it, or PATH is not a store
            raise GraphFileError(f"{path}: cannot open the oxigraph store: {str(exc).splitlines()[0]}") from exc
        if not stamp.is_file() or stamp.read_text(encoding="utf-8") != source:
            store.clear()
            _load(store, graph_file)
            store.optimize()
            stamp.write_text(source, encoding="utf-8")
        return cls(store)

    def run(self, text: str, bindings: dict[str, Node], deadline: float | None) -> QueryOutcome:
        import pyoxigraph as ox

        result = self.store.query(with_values(text, bindings), use_default_graph_as_union=True)
        if isinstance(result, bool):
            return QueryOutcome("ASK", answer=result)
        convert = _TermConverter()
        if isinstance(result, ox.QueryTriples):
            graph = Graph()
            for triple in result:
                graph.add((convert(triple.subject), convert(triple.predicate), convert(triple.object)))
            return QueryOutcome("CONSTRUCT", graph=graph)
        variables = [v.value for v in result.variables]
        rows = []
        for solution in result:
            if deadline and time.monotonic() > deadline:
                raise QueryTimeout("query ran past its time limit")
            rows.append([convert(solution[v]) for v in variables])
        return QueryOutcome("SELECT", variables, rows)


    def serialize(self, text: str, bindings: dict[str, Node], fmt: str, prefixes: dict[str, str]) -> bytes:
        """SELECT results in a SPARQL results format (csv, tsv, json, xml), graphs in Turtle (N-Triples for
        "nt"), written by pyoxigraph itself: no Python term per value, so large results come out fast."""
        import pyoxigraph as ox

        result = self.store.query(with_values(text, bindings), use_default_graph_as_union=True)
        if isinstance(result, ox.QueryTriples):
            if fmt == "nt":
                return ox.serialize(result, format=ox.RdfFormat.N_TRIPLES)
            return ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
        formats = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                   "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}
        return result.serialize(format=formats[fmt])


def _load(store, graph_file: Path) -> None:
    import pyoxigraph as ox

    fmt = {".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS}
    store.bulk_load(path=str(graph_file), format=fmt.get(graph_file.suffix, ox.RdfFormat.TURTLE))


def _source_stamp(graph_file: Path) -> str:
    """What identifies the graph file an on-disk store was loaded from: its path, size and mtime."""
    info = graph_file.stat()
    return f"{graph_file.resolve()}\t{info.st_size}\t{info.st_mtime_ns}\n"


def with_values(text: str, bindings: dict[str, Node]) -> str:
    """The query with its bound variables fixed by an inline VALUES block at the start of WHERE.

    pyoxigraph's own substitutions only accept projected variables; terms are written with their
    N-Triples escaping, so a value can never change the query's structure.
    """
    if not bindings:
        return text
    names = sorted(bindings)
    values = "VALUES (%s) { (%s) }" % (" ".join("?" + n for n in names), " ".join(bindings[n].n3() for n in names))
    match = re.search(r"\bWHERE\s*\{", text, re.I) or re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b[^{]*\{", text, re.I)
    if match is None:
        return text
    return text[:match.end()] + " " + values + " " + text[match.end():]


class _TermConverter(dict):
    """pyoxigraph terms to rdflib terms, each distinct term converted once (results repeat terms a lot)."""

    def __call__(self, term) -> Node | None:
        if term is None:
            return None
        converted = self.get(term)
        if converted is None:
            converted = self[term] = _from_ox(term)
        return converted


def _from_ox(term) -> Node:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    plain = datatype == "http://www.w3.org/2001/XMLSchema#string"
    return Literal(term.value, datatype=None if plain else URIRef(datatype))


def _within(deadline: float | None, work: Callable[[], QueryOutcome]) -> QueryOutcome:
    """Run pure-Python query evaluation, stopped at the deadline.

    The work runs in a helper thread; past the deadline, QueryTimeout is raised inside it again and again
    until it ends (rdflib's generators may swallow one exception while they close).
    """
    if deadline is None:
        return work()
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed over to the caller's thread
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="sparql-query", daemon=True)
    thread.start()
    thread.join(max(0.0, deadline - time.monotonic()))
    timed_out = thread.is_alive()
    while thread.is_alive():
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident), ctypes.py_object(QueryTimeout))
        thread.join(0.05)
    if timed_out:
        raise QueryTimeout("query ran past its time limit")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


STORES: dict[str, Callable[[Path, str], Store]] = {
    "memory": lambda graph_file, arg: MemoryStore.open(graph_file),
    "oxigraph": lambda graph_file, arg: OxigraphStore.open(graph_file, Path(arg) if arg else None),
}


def open_store(spec: str, graph_file: str | Path) -> Store:
    """A store by name: `memory`, `oxigraph` (in memory) or `oxigraph:PATH` (on disk)."""
    name, _, arg = spec.partition(":")
    if name not in STORES:
        raise GraphFileError(f"unknown store {spec!r}; expected one of: memory, oxigraph, oxigraph:PATH")
    return STORES[name](Path(graph_file), arg)


