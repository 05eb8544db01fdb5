"""The graph: named graphs per policy, provenance to the sentence, stable IRIs, readable by pyoxigraph."""

from __future__ import annotations

import os
import subprocess
import sys

import pyoxigraph
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic

from graphbuild.build import document_iri, policy_graph_iri
from graphbuild.runner import build
from graphbuild.vocabulary import PKG, PROV


def test_outputs_written(built):
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (built / name).stat().st_size > 1000


def test_same_input_builds_byte_identical_files(built, tmp_path):
    build([], tmp_path, report=lambda line: None)
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (built / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_a_build_in_another_process_writes_the_same_turtle(built, tmp_path):
    """Python salts string hashes per process: no set order may leak into what is extracted."""
    env = dict(os.environ, PYTHONHASHSEED="12345")
    result = subprocess.run([sys.executable, "-m", "graphbuild.cli", "build", "--out", str(tmp_path)],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert (built / "graph.ttl").read_bytes() == (tmp_path / "graph.ttl").read_bytes()


def test_each_policy_is_a_named_graph(built):
    dataset = Dataset()
    dataset.parse(built / "graph.trig", format="trig")
    named = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert str(policy_graph_iri("000_7f88e6be9927e4d9")) in named
    graph = dataset.graph(policy_graph_iri("000_7f88e6be9927e4d9"))
    assert (document_iri("000_7f88e6be9927e4d9"), PKG.archiveDate, None) in graph
    assert (None, PKG.inDocument, document_iri("001_8451a23e1e6179b6")) not in graph


def test_every_practice_traces_to_its_sentence(built):
    graph = Graph().parse(built / "graph.ttl")
    practices = set(graph.subjects(PKG.action, None))
    assert len(practices) > 200
    for practice in practices:
        sentence = graph.value(practice, PKG.statedIn)
        assert graph.value(practice, PROV.wasDerivedFrom) == sentence
        text = str(graph.value(sentence, PKG.text))
        start, end = int(graph.value(sentence, PKG.startOffset)), int(graph.value(sentence, PKG.endOffset))
        assert end - start == len(text)
        assert graph.value(sentence, PKG.inSection) is not None


def test_store_in_china_is_in_the_graph(built):
    graph = Graph().parse(built / "graph.ttl")
    rows = graph.query("""
        PREFIX pkg: <https://w3id.org/privacy-kg/ontology#>
        SELECT ?text WHERE { ?p a pkg:Store ; pkg:location/pkg:isoCode "CN" ; pkg:statedIn/pkg:text ?text }""")
    assert any("located in China" in str(row.text) for row in rows)


def test_pyoxigraph_reads_the_same_triples(built):
    store = pyoxigraph.Store()
    store.load(path=str(built / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    graph = Graph().parse(built / "graph.ttl")
    assert len(store) == len(graph)
    ntriples = "".join(f"{quad.subject} {quad.predicate} {quad.object} .\n" for quad in store)
    assert isomorphic(Graph().parse(data=ntriples, format="nt"), graph)


def test_negated_practice_is_a_boolean(built):
    graph = Graph().parse(built / "graph.ttl")
    negated = set(graph.subjects(PKG.negated, Literal(True)))
    assert negated
    assert any((p, PKG.action, PKG.Sell) in graph for p in negated)
