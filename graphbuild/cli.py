"""The `privacy-kg` command: build, practices, query, export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from graphbuild import runner
from graphbuild.export import FORMATS, GraphFileError, load_dataset, serialize, write_atomically
from graphbuild.query import RESULT_FORMATS, QueryError, format_result, parse_params, query_library, \
    resolve_query, run_query

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
    _add_graph(query)

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
    result = run_query(load_dataset(args.graph), text, parse_params(args.param))
    print(format_result(result, args.format), end="")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    data = serialize(load_dataset(args.graph), args.format)
    if args.out:
        write_atomically(args.out, data)
    else:
        sys.stdout.buffer.write(data)
    return 0


COMMANDS = {"build": cmd_build, "practices": cmd_practices, "query": cmd_query, "export": cmd_export}


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (CommandError, GraphFileError, QueryError, runner.BuildError) as exc:
        print(f"privacy-kg: error: {exc}", file=sys.stderr)
        return USAGE_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
