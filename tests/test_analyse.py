"""Analytics on hand-made rows and on the seeds' graph."""

from __future__ import annotations

import networkx as nx

from graphbuild.analyse import (practice_graph, shared_practices, unusual_practices, vendor_communities,
                                vendor_data_graph, vendor_practices, vendor_similarity, write_graphml)
from graphbuild.export import load_dataset
from graphbuild.runner import practice_records
from graphbuild.visualise import fold_data_types

ROWS = [
    {"vendor": "A", "action": "collect", "negated": False, "data": "email address", "data_category": "Contact"},
    {"vendor": "A", "action": "sell", "negated": True, "recipient": "Unnamed third party"},
    {"vendor": "B", "action": "collect", "negated": False, "data": "email address", "data_category": "Contact"},
    {"vendor": "B", "action": "collect", "negated": False, "data": "name", "data_category": "Contact"},
    {"vendor": "C", "action": "store", "negated": False, "location": "SG"},
]


def test_similarity_shared_and_unusual():
    practices = vendor_practices(ROWS)
    similarity = vendor_similarity(practices)
    assert similarity[("A", "B")] == 1 / 3
    assert similarity[("A", "C")] == 0.0
    assert shared_practices(practices, 2) == [(("collect", False, "email address"), 2)]
    assert unusual_practices(practices)["B"] == [("collect", False, "name")]


def test_bipartite_and_communities():
    graph = vendor_data_graph(ROWS)
    assert nx.is_bipartite(graph) and set(graph["email address"]) == {"A", "B"}
    groups = vendor_communities(vendor_similarity(vendor_practices(ROWS)), ["A", "B", "C"])
    assert ["A", "B"] in groups and ["C"] in groups


def test_graphml_round_trip(built, tmp_path):
    rows = practice_records(load_dataset(built / "graph.ttl"))
    graph = practice_graph(rows)
    write_graphml(graph, tmp_path / "g.graphml")
    again = nx.read_graphml(tmp_path / "g.graphml")
    assert again.number_of_nodes() == graph.number_of_nodes()
    assert again.number_of_edges() == graph.number_of_edges()


def test_folding_replaces_data_types_by_categories(built):
    graph = practice_graph(practice_records(load_dataset(built / "graph.ttl")))
    folded = fold_data_types(graph)
    labels = {a["label"] for _, a in folded.nodes(data=True) if a["kind"] == "data"}
    assert "Contact" in labels and "email address" not in labels
    assert folded.number_of_nodes() < graph.number_of_nodes()
