"""Export: read a built graph and write it in another RDF format, chosen by name.

A small registry in the manner of rdflib's plugins: a format name maps to the rdflib serializer and
the file suffix; formats that carry named graphs (TriG, N-Quads) are written from the dataset.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph


@dataclass(frozen=True)
class RdfFormat:
    name: str
    serializer: str
    suffix: str
    named_graphs: bool


FORMATS: dict[str, RdfFormat] = {f.name: f for f in (
    RdfFormat("ttl", "turtle", ".ttl", False),
    RdfFormat("trig", "trig", ".trig", True),
    RdfFormat("nt", "nt11", ".nt", False),
    RdfFormat("nq", "nquads", ".nq", True),
    RdfFormat("jsonld", "json-ld", ".jsonld", True),
)}
PARSERS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld",
           ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".xml": "xml"}


class GraphFileError(Exception):
    """A graph file that is missing or cannot be parsed; the message is one line."""


def load_dataset(path: str | Path) -> Dataset:
    """Read a graph file; a TriG or N-Quads file keeps its named graphs, and a sibling .trig is preferred."""
    path = Path(path)
    if not path.is_file():
        raise GraphFileError(f"{path}: no such graph file (run `privacy-kg build` first, or pass --graph)")
    fmt = PARSERS.get(path.suffix.lower())
    if fmt is None:
        raise GraphFileError(f"{path}: unknown graph format {path.suffix!r}; expected one of {', '.join(PARSERS)}")
    dataset = Dataset(default_union=True)
    try:
        if fmt in ("trig", "nquads", "json-ld"):
            dataset.parse(path, format=fmt)
        else:
            dataset.default_graph.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise GraphFileError(f"{path}: not valid {fmt}: {str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__}") from exc
    return dataset


def serialize(dataset: Dataset, fmt: str) -> bytes:
    """The dataset in the named format; graph-only formats get the union of all named graphs."""
    spec = FORMATS[fmt]
    if fmt == "trig":
        return sorted_trig(dataset)
    source = dataset if spec.named_graphs else union_graph(dataset)
    data = source.serialize(format=spec.serializer, encoding="utf-8")
    if fmt in ("nt", "nq"):  # line-based: sort for a stable file
        data = b"".join(sorted(data.splitlines(keepends=True)))
    return data


def sorted_trig(dataset: Dataset) -> bytes:
    """TriG with the named graphs in IRI order, so that the same dataset gives the same bytes."""
    prefixes = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(dataset.namespaces()) if p)
    parts = [prefixes]
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if len(graph) == 0:
            continue
        named = Graph(bind_namespaces="core", namespace_manager=dataset.namespace_manager)
        for triple in graph:
            named.add(triple)
        body = named.serialize(format="turtle")
        body = "\n".join("    " + line if line else "" for line in body.splitlines() if not line.startswith("@prefix"))
        parts.append(f"<{graph.identifier}> {{\n{body.strip(chr(10))}\n}}\n")
    return "\n".join(parts).encode("utf-8")


def union_graph(dataset: Dataset) -> Graph:
    """All graphs of a dataset merged into one graph (what graph.ttl holds)."""
    union = Graph(bind_namespaces="core")
    for prefix, namespace in dataset.namespaces():
        union.bind(prefix, namespace)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def write_atomically(path: str | Path, content: bytes | str) -> None:
    """Write a file so that readers see the old one or the whole new one, never half of it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
