#!/usr/bin/env python3
"""Time every library query on a large graph, on pyoxigraph and on rdflib's memory store.

usage: python benchmarks/queries.py [--graph output/graph.ttl] [--triples 1000000] [--rdflib-timeout 60]

The large graph is the built graph's practices copied under new IRIs and vendor names until it
holds at least --triples triples (the ontology is kept once). Goal: every query under 1 s on pyoxigraph.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rdflib import Dataset  # noqa: E402

from graphbuild.query import QueryTimeout, query_library, run_query  # noqa: E402
from graphbuild.store import MemoryStore, OxigraphStore  # noqa: E402

PARAMS = {"vendor": "Zopim 7", "a": "Zopim 7", "b": "Comm100 3", "data": "Contact", "action": "collect"}
ID = "https://w3id.org/privacy-kg/id/"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


def large_ntriples(graph_file: Path, triples: int, out: Path) -> int:
    """Write copies of the graph's instance triples (renamed) plus the ontology once; return the count."""
    from rdflib import Graph

    lines = Graph().parse(graph_file).serialize(format="nt").splitlines()
    instance = [l for l in lines if f"<{ID}" in l.split(" ", 1)[0]]
    ontology = [l for l in lines if l and l not in set(instance)]
    copies = max(1, -(-(triples - len(ontology)) // len(instance)))
    count = len(ontology)
    with out.open("w", encoding="utf-8") as handle:
        handle.write("\n".join(ontology) + "\n")
        for k in range(copies):
            for line in instance:
                line = line.replace(f"<{ID}", f"<{ID}c{k}/")
                if "/vendor/" in line.split(" ", 1)[0] and LABEL in line:
                    line = re.sub(r'"(.*)"', lambda m: f'"{m.group(1)} {k}"', line, count=1)
                handle.write(line + "\n")
            count += len(instance)
    return count


def time_engine(store) -> dict[str, float]:
    """pyoxigraph's own time to answer each query, results iterated but not converted to Python terms."""
    from graphbuild.store import with_values
    from graphbuild.query import _term

    times = {}
    for name, query in query_library().items():
        params = {k: _term(v) for k, v in PARAMS.items() if k in query.parameter_names}
        started = time.monotonic()
        for _ in store.query(with_values(query.text, params), use_default_graph_as_union=True):
            pass
        times[name] = time.monotonic() - started
    return times


def time_queries(store, timeout: float | None) -> dict[str, float | None]:
    times = {}
    for name, query in query_library().items():
        params = {k: v for k, v in PARAMS.items() if k in query.parameter_names}
        started = time.monotonic()
        try:
            outcome = run_query(store, query.text, params, timeout)
            rows = len(outcome.rows) if outcome.kind == "SELECT" else (len(outcome.graph) if outcome.graph else 1)
            times[name] = (time.monotonic() - started, rows)
            print(f"  {name}: {times[name][0]:.3f} s", file=sys.stderr, flush=True)
        except QueryTimeout:
            times[name] = (None, 0)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", default=str(ROOT / "output" / "graph.ttl"))
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rdflib-timeout", type=float, default=60.0)
    parser.add_argument("--skip-rdflib", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    data = work / "large.nt"
    count = large_ntriples(Path(args.graph), args.triples, data)
    print(f"graph: {count} triples ({data})")

    started = time.monotonic()
    import pyoxigraph as ox
    store = ox.Store(str(work / "oxigraph"))
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_TRIPLES)
    store.optimize()
    print(f"pyoxigraph load: {time.monotonic() - started:.1f} s")
    engine = time_engine(store)
    oxi = time_queries(OxigraphStore(store), None)

    rdf = {}
    if not args.skip_rdflib:
        started = time.monotonic()
        dataset = Dataset(default_union=True)
        dataset.parse(data, format="nt")
        print(f"rdflib load: {time.monotonic() - started:.1f} s")
        rdf = time_queries(MemoryStore(dataset), args.rdflib_timeout)

    print(f"\n{'query':<28} {'engine s':>9} {'oxigraph s':>10} {'rows':>8} {'rdflib s':>10}")
    for name, (seconds, rows) in oxi.items():
        other = rdf.get(name, (None, 0))[0] if rdf else None
        other_text = "-" if not rdf else (f"{other:.2f}" if other is not None else f">{args.rdflib_timeout:g}")
        print(f"{name:<28} {engine[name]:>9.3f} {seconds:>10.3f} {rows:>8} {other_text:>10}")
    slowest = max(oxi.items(), key=lambda item: item[1][0])
    print(f"\nslowest through privacy-kg on pyoxigraph: {slowest[0]} {slowest[1][0]:.3f} s; "
          f"slowest in the engine: {max(engine, key=engine.get)} {max(engine.values()):.3f} s (goal: each under 1 s)")


if __name__ == "__main__":
    main()
