"""The `privacy-kg` command: build, practices, query, export, serve, visualize, analyze."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from graphbuild import runner
from graphbuild.export import FORMATS, GraphFileError, load_dataset, serialize, write_atomically
from graphbuild.query import RESULT_FORMATS, QueryError, parse_params, query_bytes, query_library, resolve_query
from graphbuild.store import QueryTimeout, open_store

DEFAULT_OUT = Path("output")
DEFAULT_GRAPH = DEFAULT_OUT / "graph.ttl"
USAGE_ERROR = 2


class CommandError(Exception):
    """A fatal, user-facing error: printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line and exit 2, as for every other usage error
        self.exit(USAGE_ERROR, f"privacy-kg: error: {message}\n")


def _add_graph(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--graph", default=str(DEFAULT_GRAPH), help="graph file (default: output/graph.ttl)")


def _add_store(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", default="memory",
                        help="memory (rdflib, default), oxigraph (pyoxigraph in memory: fastest on large graphs) "
                             "or oxigraph:PATH (on-disk pyoxigraph, reloaded when --graph changes)")


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="privacy-kg", description="Privacy policies to a knowledge graph.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    build = commands.add_parser("build", help="build the graph from policy files or folders")
    build.add_argument("paths", nargs="*", help="policy files or folders (default: the bundled sample policies)")
    build.add_argument("--out", default=str(DEFAULT_OUT), help="output folder (default: output)")

    practices = commands.add_parser("practices", help="print the practice records read back from the graph")
    _add_graph(practices)
    practices.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")

    query = commands.add_parser("query", help="run a named query, a .rq file or SPARQL text")
    query.add_argument("query", nargs="?", help="query name, .rq file or SPARQL text")
    query.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="bind a variable")
    query.add_argument("--list", action="store_true", help="list the named queries")
    query.add_argument("--format", choices=RESULT_FORMATS, default="table")
    query.add_argument("--timeout", type=float, default=None, help="time limit in seconds")
    _add_graph(query)
    _add_store(query)

    serve = commands.add_parser("serve", help="serve the graph over the SPARQL 1.1 Protocol at /sparql")
    _add_graph(serve)
    _add_store(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    serve.add_argument("--port", type=int, default=3030)
    serve.add_argument("--timeout", type=float, default=10.0, help="query time limit in seconds (default 10)")
    serve.add_argument("--allow-service", action="store_true",
                       help="allow SERVICE and FROM, which make the server fetch from the network")

    visualize = commands.add_parser("visualize", help="write the interactive, offline graph page")
    _add_graph(visualize)
    visualize.add_argument("--out", default=str(DEFAULT_OUT / "graph.html"), help="page to write (default: output/graph.html)")
    visualize.add_argument("--vendor", action="append", default=[], help="only this vendor (repeatable)")
    visualize.add_argument("--node-limit", type=int, default=150, help="fold data types into categories past this")

    analyze = commands.add_parser("analyze", help="cross-vendor analytics: report.html, analysis.json, GraphML")
    _add_graph(analyze)
    analyze.add_argument("--out", default=str(DEFAULT_OUT), help="output folder (default: output)")

    export = commands.add_parser("export", help="write the graph in another RDF format")
    export.add_argument("--format", choices=sorted(FORMATS), required=True)
    export.add_argument("--out", help="output file (default: standard output)")
    _add_graph(export)
    return parser


def cmd_build(args: argparse.Namespace) -> int:
    summary = runner.build(args.paths, Path(args.out), report=lambda line: print(line, file=sys.stderr))
    print(summary.describe())
    return 0 if summary.built else 1


def cmd_practices(args: argparse.Namespace) -> int:
    print(runner.practice_records_text(load_dataset(args.graph), args.format), end="")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    if args.list:
        for name, named in query_library().items():
            print(f"{name:<28} {named.title}")
        return 0
    if not args.query:
        raise CommandError("query: give a query name, a .rq file or SPARQL text (or --list)")
    text = resolve_query(args.query)
    store = open_store(args.store, args.graph)
    sys.stdout.flush()
    sys.stdout.buffer.write(query_bytes(store, text, parse_params(args.param), args.format, args.timeout))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from graphbuild.serve import EndpointSettings, make_server

    settings = EndpointSettings(open_store(args.store, args.graph), args.timeout, args.allow_service)
    try:
        server = make_server(settings, args.host, args.port)
    except OSError as exc:
        raise CommandError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from exc
    print(f"SPARQL endpoint at http://{args.host}:{server.server_port}/sparql (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    data = serialize(load_dataset(args.graph), args.format)
    if args.out:
        write_atomically(args.out, data)
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_visualize(args: argparse.Namespace) -> int:
    from graphbuild.analyse import practice_graph
    from graphbuild.visualise import offline_html

    rows = runner.practice_records(load_dataset(args.graph))
    if args.vendor:
        known = {row["vendor"] for row in rows}
        missing = [v for v in args.vendor if v not in known]
        if missing:
            raise CommandError(f"no vendor named {', '.join(missing)} in {args.graph} (known: {', '.join(sorted(known))})")
        rows = [row for row in rows if row["vendor"] in args.vendor]
    write_atomically(args.out, offline_html(practice_graph(rows), "privacy-kg graph", args.node_limit))
    print(f"wrote {args.out}")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    import json

    from graphbuild.analyse import practice_graph, vendor_data_graph, vendor_practice_graph, vendor_practices, \
        write_graphml
    from graphbuild.report import analyse_rows, render_report

    rows = runner.practice_records(load_dataset(args.graph))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    analysis = analyse_rows(rows)
    write_atomically(out / "report.html", render_report(analysis))
    write_atomically(out / "analysis.json", json.dumps(analysis.as_json(), indent=2, ensure_ascii=False) + "\n")
    for name, graph in (("practices.graphml", practice_graph(rows)), ("vendor-data.graphml", vendor_data_graph(rows)),
                        ("vendor-practice.graphml", vendor_practice_graph(vendor_practices(rows)))):
        write_graphml(graph, out / name)
    print(f"wrote {out / 'report.html'}, {out / 'analysis.json'} and GraphML files in {out}")
    return 0


COMMANDS = {"build": cmd_build, "practices": cmd_practices, "query": cmd_query, "export": cmd_export,
            "serve": cmd_serve, "visualize": cmd_visualize, "analyze": cmd_analyze}


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except QueryTimeout as exc:
        print(f"privacy-kg: error: {exc}", file=sys.stderr)
        return 1
    except (CommandError, GraphFileError, QueryError, runner.BuildError) as exc:
        print(f"privacy-kg: error: {exc}", file=sys.stderr)
        return USAGE_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
