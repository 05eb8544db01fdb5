"""The command line as a user runs it: good runs, bad files, bad options, bad SPARQL."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rdflib import Dataset, Graph

from tests.conftest import OPP115, need


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "graphbuild.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_build_skips_bad_files_with_one_line_each(samples, tmp_path):
    policies = tmp_path / "in"
    policies.mkdir()
    (policies / "good.txt").write_text((samples / "000_7f88e6be9927e4d9.txt").read_text(encoding="utf-8"),
                                       encoding="utf-8")
    (policies / "empty.txt").write_bytes(b"")
    (policies / "blob.html").write_bytes(bytes(range(256)) * 64)
    result = run("build", str(policies), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert any("empty.txt: empty file" in line for line in errors)
    assert any("blob.html" in line and "binary" in line for line in errors)
    assert "Traceback" not in result.stderr
    assert "built 1 policy" in result.stdout
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_build_of_only_bad_files_fails_and_writes_nothing(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode != 0
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_missing_input_path(tmp_path):
    result = run("build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert result.returncode != 0
    assert "nowhere: no such file or folder" in result.stderr


def test_practices_jsonl_follows_the_contract(built):
    result = run("practices", "--graph", str(built / "graph.ttl"))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) > 200
    fields = {"policy", "vendor", "action", "negated", "data", "data_category", "recipient", "recipient_name",
              "purpose", "location", "evidence"}
    extras = {"data_text", "modality", "condition", "retention_period"}  # kept beside the contract's fields
    assert all(fields <= set(r) <= fields | extras for r in records)
    assert any(r["data_text"] and r["data_text"].lower() != r["data"] for r in records)
    assert {"TOPCMM", "Chat4Support", "Comm100", "Zopim"} <= {r["vendor"] for r in records}
    assert all(isinstance(r["negated"], bool) for r in records)


def test_practices_csv_and_table(built):
    csv_out = run("practices", "--graph", str(built / "graph.ttl"), "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("policy,vendor,action,negated")
    table = run("practices", "--graph", str(built / "graph.ttl"), "--format", "table").stdout
    assert "TOPCMM" in table and "row(s)" in table


def test_missing_graph_is_one_line_exit_2(tmp_path):
    result = run("practices", "--graph", str(tmp_path / "none.ttl"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no such graph file" in result.stderr


def test_bad_option_exit_2():
    result = run("practices", "--format", "xml")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_invalid_sparql_names_where_it_failed(built):
    result = run("query", "SELECT ?x WHERE { ?x ?y }", "--graph", str(built / "graph.ttl"))
    assert result.returncode == 2
    assert "invalid SPARQL" in result.stderr and "column" in result.stderr
    assert "Traceback" not in result.stderr


def test_query_text_and_json(built):
    result = run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/privacy-kg/ontology#Sell> }",
                 "--graph", str(built / "graph.ttl"), "--format", "json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert int(answer["results"]["bindings"][0]["n"]["value"]) >= 1


@pytest.mark.parametrize("fmt, parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_export_graph_formats(built, tmp_path, fmt, parser):
    out = tmp_path / f"g.{fmt}"
    result = run("export", "--format", fmt, "--graph", str(built / "graph.ttl"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert len(Graph().parse(out, format=parser)) == len(Graph().parse(built / "graph.ttl"))


@pytest.mark.parametrize("fmt, parser", [("trig", "trig"), ("nq", "nquads")])
def test_export_keeps_named_graphs(built, tmp_path, fmt, parser):
    out = tmp_path / f"g.{fmt}"
    assert run("export", "--format", fmt, "--graph", str(built / "graph.trig"), "--out", str(out)).returncode == 0
    dataset = Dataset()
    dataset.parse(out, format=parser)
    assert sum(1 for g in dataset.graphs() if len(g)) >= 6


def test_build_opp115_html_policies(tmp_path):
    folder = need(OPP115 / "sanitized_policies")
    picks = sorted(folder.glob("*.html"))[:3]
    result = run("build", *map(str, picks), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "built 3 policies" in result.stdout
