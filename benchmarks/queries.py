#!/usr/bin/env python3
"""Time every library query on a large graph, on pyoxigraph and on rdflib's memory store.

usage: python benchmarks/queries.py [--graph output/graph.ttl] [--triples 1000000] [--rdflib-timeout 60]
                                   [--skip-disk] [--skip-rdflib]

The large graph is the built graph's practices copied under new IRIs, vendor names and policy ids until it
holds at least --triples triples (the ontology is kept once). Each query is timed in pyoxigraph's engine alone, then through
privacy-kg: as CSV written by pyoxigraph itself (what `privacy-kg query --format csv` does), and as rdflib
terms (what the endpoint and the table format use) on pyoxigraph in memory, on disk, and on rdflib's memory store.
A query's parameters are bound to sample values; one with optional parameters is also timed in the engine without
them, over the whole graph. Goal: every query under 1 s.
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

from graphbuild.query import QueryTimeout, query_bytes, query_library, run_query  # noqa: E402
from graphbuild.store import MemoryStore, OxigraphStore  # noqa: E402

PARAMS = {"vendor": "Zopim 7", "a": "Zopim 7", "b": "Comm100 3", "data": "Contact", "action": "collect",
          "policy": "004_b0a3354221b7356d 7"}
ID = "https://w3id.org/privacy-kg/id/"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
POLICY_ID = "<https://w3id.org/privacy-kg/ontology#policyId>"


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
                if "/vendor/" in line.split(" ", 1)[0] and LABEL in line or POLICY_ID in line:
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


def optional_parameters(query) -> list[str]:
    """The parameters the query's header declares optional ("vendor (literal, optional): ...")."""
    return re.findall(r"(\w+) \([^)]*optional", query.parameters)


def time_unbound(store) -> dict[str, float]:
    """pyoxigraph's own time for each query that has optional parameters, run without any of them (over the whole
    graph, as `privacy-kg query NAME` without --param runs it)."""
    from graphbuild.query import _term
    from graphbuild.store import with_values

    times = {}
    for name, query in query_library().items():
        if not optional_parameters(query):
            continue
        params = {k: _term(v) for k, v in PARAMS.items() if k in query.parameter_names
                  and k not in optional_parameters(query)}
        started = time.monotonic()
        for _ in store.query(with_values(query.text, params), use_default_graph_as_union=True):
            pass
        times[name] = time.monotonic() - started
    return times


def time_queries(store, timeout: float | None) -> dict[str, tuple[float | None, int]]:
    """Each query's time through privacy-kg (results as rdflib terms) and its row or triple count."""
    times = {}
    for name, query in query_library().items():
        params = {k: v for k, v in PARAMS.items() if k in query.parameter_names}
        started = time.monotonic()
        try:
            outcome = run_query(store, query.text, params, timeout)
            rows = len(outcome.rows) if outcome.kind == "SELECT" else (len(outcome.graph) if outcome.graph else 1)
            times[name] = (time.monotonic() - started, rows)
        except QueryTimeout:
            times[name] = (None, 0)
    return times


def time_written(store) -> dict[str, float]:
    """Each query's time as `privacy-kg query --format csv` gets it: pyoxigraph writes the results itself."""
    times = {}
    for name, query in query_library().items():
        params = {k: v for k, v in PARAMS.items() if k in query.parameter_names}
        started = time.monotonic()
        query_bytes(store, query.text, params, "csv")
        times[name] = time.monotonic() - started
    return times


def _seconds(timed: dict, name: str, cap: float | None) -> str:
    if name not in timed:
        return "-"
    seconds = timed[name][0]
    return f"{seconds:.3f}" if seconds is not None else f">{cap:g}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", default=str(ROOT / "output" / "graph.ttl"))
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rdflib-timeout", type=float, default=60.0)
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--skip-disk", action="store_true", help="leave out the on-disk pyoxigraph store")
    args = parser.parse_args()
    if not Path(args.graph).is_file():
        sys.exit(f"benchmarks/queries.py: {args.graph}: no graph there; build one with `privacy-kg build` "
                 "(or pass --graph FILE)")
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    data = work / "large.nt"
    count = large_ntriples(Path(args.graph), args.triples, data)
    print(f"graph: {count} triples ({data})")

    started = time.monotonic()
    memory = OxigraphStore.open(data)
    print(f"pyoxigraph in-memory load: {time.monotonic() - started:.1f} s")
    engine = time_engine(memory.store)
    unbound = time_unbound(memory.store)
    written = time_written(memory)
    timed = {"memory": time_queries(memory, None)}
    del memory
    if not args.skip_disk:
        started = time.monotonic()
        disk = OxigraphStore.open(data, work / "oxigraph")
        print(f"pyoxigraph on-disk load: {time.monotonic() - started:.1f} s")
        timed["disk"] = time_queries(disk, None)
        del disk
    if not args.skip_rdflib:
        started = time.monotonic()
        dataset = Dataset(default_union=True)
        dataset.parse(data, format="nt")
        print(f"rdflib load: {time.monotonic() - started:.1f} s")
        timed["rdflib"] = time_queries(MemoryStore(dataset), args.rdflib_timeout)

    print(f"\n{'query':<28} {'rows':>8} {'engine s':>9} {'csv s':>7} {'oxigraph s':>10} {'on-disk s':>10} "
          f"{'rdflib s':>10}")
    for name, (_, rows) in timed["memory"].items():
        print(f"{name:<28} {rows:>8} {engine[name]:>9.3f} {written[name]:>7.3f} "
              f"{_seconds(timed['memory'], name, None):>10} "
              f"{_seconds(timed.get('disk', {}), name, None):>10} "
              f"{_seconds(timed.get('rdflib', {}), name, args.rdflib_timeout):>10}")
    print("\nwithout their optional parameters (engine s): "
          + ", ".join(f"{name} {seconds:.3f}" for name, seconds in unbound.items()))
    slowest = max(engine, key=engine.get)
    answered = max(timed["memory"], key=lambda name: timed["memory"][name][0])
    print(f"\nslowest in the engine (pyoxigraph in memory): {slowest} {engine[slowest]:.3f} s; through privacy-kg: "
          f"{answered} {timed['memory'][answered][0]:.3f} s; under 1 s in the engine: "
          f"{sum(seconds < 1 for seconds in engine.values())} of {len(engine)} (goal: each under 1 s)")


if __name__ == "__main__":
    main()
