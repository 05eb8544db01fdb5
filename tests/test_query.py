"""The query library on the seeds' graph: every named query runs, parameters bind by name, the
category hierarchy is used, and pyoxigraph gives the same answers as rdflib."""

from __future__ import annotations

import gc
import json

import pytest
from rdflib import Graph
from rdflib.namespace import RDFS

from graphbuild.query import (QueryError, QueryRefused, format_outcome, outcome_rows, query_bytes, query_library,
                              resolve_query, run_query)
from graphbuild.runner import build
from graphbuild.store import QueryTimeout, open_store
from graphbuild.vocabulary import DPV, PKG

PARAMS = {"vendor": "Zopim", "a": "Zopim", "b": "Comm100", "data": "Contact", "action": "collect"}


@pytest.fixture(scope="module")
def memory(built):
    return open_store("memory", built / "graph.ttl")


@pytest.fixture(scope="module", params=["in memory", "on disk"])
def oxigraph(request, built, tmp_path_factory):
    where = "" if request.param == "in memory" else f":{tmp_path_factory.mktemp('ox') / 'store'}"
    return open_store(f"oxigraph{where}", built / "graph.ttl")


def test_library_has_documented_queries():
    library = query_library()
    assert len(library) >= 15
    for name, query in library.items():
        assert query.title and query.title != name, name
        assert query.question, name
        assert query.parameters, name
        for parameter in query.parameter_names:
            assert f"?{parameter}" in query.text, (name, parameter)


@pytest.mark.parametrize("name", sorted(query_library()))
def test_every_query_gives_the_same_answer_on_both_stores(name, memory, oxigraph):
    query = query_library()[name]
    params = {key: value for key, value in PARAMS.items() if key in query.parameter_names}
    first = run_query(memory, query.text, params)
    second = run_query(oxigraph, query.text, params)
    if first.kind == "CONSTRUCT":
        assert len(first.graph) == len(second.graph) > 0
        return
    assert sorted(map(str, first.rows)) == sorted(map(str, second.rows))


@pytest.mark.parametrize("fmt", ["csv", "json", "xml", "tsv"])
def test_pyoxigraph_writes_the_same_results_itself(fmt, memory, oxigraph):
    text = resolve_query("practices")
    written = query_bytes(oxigraph, text, {}, fmt).decode("utf-8")
    if fmt == "csv":  # the same bytes, row for row
        assert written == format_outcome(run_query(memory, text, {}), fmt)
    elif fmt == "json":
        rows = json.loads(written)["results"]["bindings"]
        expected = json.loads(format_outcome(run_query(memory, text, {}), fmt))["results"]["bindings"]
        assert rows == expected
    elif fmt == "xml":
        assert written.count("<result>") == len(run_query(memory, text, {}).rows)
    else:
        assert len(written.splitlines()) == len(run_query(memory, text, {}).rows) + 1


def test_pyoxigraph_writes_graphs_as_turtle_with_prefixes(memory, oxigraph):
    text = resolve_query("dpv")
    written = query_bytes(oxigraph, text, {}, "csv").decode("utf-8")
    assert "@prefix dpv:" in written
    graph = Graph().parse(data=written, format="turtle")
    assert set(graph) == set(run_query(memory, text, {}).graph)


def test_on_disk_store_follows_a_changed_graph_file(built, tmp_path):
    graph_file = tmp_path / "graph.ttl"
    graph_file.write_bytes((built / "graph.ttl").read_bytes())

    def triples_in_store() -> int:
        store = open_store(f"oxigraph:{tmp_path / 'store'}", graph_file)
        count = int(run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0])
        del store
        gc.collect()  # pyoxigraph releases the on-disk store's lock when the store is freed
        return count

    before = triples_in_store()
    assert before > 1000 and triples_in_store() == before
    graph_file.write_text("<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n")
    assert triples_in_store() == 1


def test_regions_named_as_where_data_is_kept(tmp_path):
    policy = tmp_path / "eushop.com.txt"
    policy.write_text("Privacy Policy\n\nWe collect your email address when you register. We store your email "
                      "address on servers in the European Union. We never transfer your data outside the EEA. EU "
                      "residents have rights under European Union law.\n", encoding="utf-8")
    build([str(policy)], tmp_path / "out", report=lambda line: None)
    for kind in ("memory", "oxigraph"):
        store = open_store(kind, tmp_path / "out" / "graph.ttl")
        rows = outcome_rows(run_query(store, resolve_query("storage-regions"), {}))
        assert {(row["region"], row["dataType"]) for row in rows} == {("European Union", "email address")}
        assert outcome_rows(run_query(store, resolve_query("storage-regions"), {"region": "Asia"})) == []
        dpv = run_query(store, resolve_query("dpv"), {}).graph
        assert {str(label) for region in dpv.objects(None, DPV.hasLocation)
                for label in dpv.objects(region, RDFS.label)} == {"European Union"}


def test_category_finds_its_data_types(memory):
    rows = outcome_rows(run_query(memory, resolve_query("vendors-collecting"), {"data": "Contact"}))
    types = {row["dataType"] for row in rows}
    assert {"email address", "name"} <= types
    assert {"TOPCMM", "Chat4Support", "Comm100", "Zopim"} <= {row["vendor"] for row in rows}
    single = outcome_rows(run_query(memory, resolve_query("vendors-collecting"), {"data": "email address"}))
    assert {row["dataType"] for row in single} == {"email address"}


def test_parameters_are_bound_not_pasted(memory):
    hostile = 'Zopim" } } SELECT * WHERE { ?s ?p ?o'
    rows = outcome_rows(run_query(memory, resolve_query("data-of-vendor"), {"vendor": hostile}))
    assert rows == []
    rows = outcome_rows(run_query(memory, resolve_query("data-of-vendor"), {"vendor": "Zopim"}))
    assert "email address" in {row["dataType"] for row in rows}


def test_store_in_singapore_and_china(memory):
    rows = outcome_rows(run_query(memory, resolve_query("storage-locations"), {}))
    assert {"CN", "SG"} <= {row["country"] for row in rows}


def test_promises_and_selling(memory):
    rows = outcome_rows(run_query(memory, resolve_query("selling"), {}))
    assert any(row["stance"] == "promises not to sell" and row["vendor"] == "TOPCMM" for row in rows)


def test_promises_keep_their_exceptions(memory):
    rows = outcome_rows(run_query(memory, resolve_query("promises"), {"vendor": "Comm100"}))
    excepted = {(row["action"], row["condition"]) for row in rows if row["condition"]}
    assert ("share", "except required by law") in excepted
    assert any(row["condition"] == "" for row in rows)  # an unqualified promise has none


def test_dpv_construct_uses_only_dpv_classes(memory):
    outcome = run_query(memory, resolve_query("dpv"), {})
    turtle = format_outcome(outcome, "ttl")
    graph = Graph().parse(data=turtle, format="turtle")
    types = {str(o) for o in graph.objects(None, None) if "dpv" in str(o)}
    assert "https://w3id.org/dpv#PersonalDataHandling" in types
    assert "https://w3id.org/dpv#Collect" in {str(o) for o in graph.objects()}


def test_syntax_error_names_line_and_column(memory):
    with pytest.raises(QueryError, match=r"line 1, column \d+"):
        run_query(memory, "SELECT ?x WHERE { ?x ?y }", {})


@pytest.mark.parametrize("text", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * FROM <http://example.org/graph.ttl> WHERE { ?s ?p ?o }",
])
def test_updates_and_network_access_are_refused(memory, text):
    with pytest.raises(QueryRefused):
        run_query(memory, text, {})


@pytest.mark.parametrize("text", [
    "# the recipients: service providers\nSELECT ?s WHERE { ?s ?p ?o }",
    'SELECT ?s WHERE { ?s ?p "customer service" }',
    "SELECT ?service WHERE { ?service ?p ?o }",
])
def test_the_word_service_outside_a_service_clause_is_no_network_access(memory, text):
    assert run_query(memory, text, {}).kind == "SELECT"


def test_time_limit_stops_a_runaway_query(memory):
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with pytest.raises(QueryTimeout):
        run_query(memory, text, {}, timeout=0.5)


@pytest.mark.parametrize("fmt, marker", [("json", '"bindings"'), ("xml", "<sparql"), ("csv", "vendor,"),
                                         ("tsv", "?vendor\t"), ("table", "row(s)")])
def test_result_formats(memory, fmt, marker):
    outcome = run_query(memory, resolve_query("purposes-per-vendor"), {})
    assert marker in format_outcome(outcome, fmt)


def test_security_measures_are_kept_as_written(memory):
    rows = outcome_rows(run_query(memory, resolve_query("security-measures"), {}))
    measures = {(row["vendor"], row["measure"]) for row in rows}
    assert {("Comm100", "ssl"), ("Comm100", "firewalls"), ("Chat4Support", "encryption")} <= measures
    assert not {m for _, m in measures if m in ("safeguard", "unauthorized access")}


def contradictions_in(tmp_path, text: str) -> list[dict]:
    """Build a one-policy graph from the text and run the contradictions query on it."""
    policies = tmp_path / "in"
    policies.mkdir()
    (policies / "acme.txt").write_text("Acme Privacy Policy\n\n" + text, encoding="utf-8")
    build([str(policies)], tmp_path / "out", report=lambda line: None)
    store = open_store("memory", tmp_path / "out" / "graph.ttl")
    return outcome_rows(run_query(store, resolve_query("contradictions"), {}))


def test_a_promise_about_childrens_data_is_no_promise_about_everyone(tmp_path):
    rows = contradictions_in(tmp_path, "We do not knowingly collect personal information from children under 13.\n\n"
                                       "We collect your name and email address when you register.\n\n"
                                       "We do not share your email address with third parties.\n\n"
                                       "We may share your email address with third parties for marketing.\n")
    promises = {row["promise"] for row in rows}
    assert "We do not share your email address with third parties." in promises
    assert not any("children" in promise for promise in promises)
    subjects = Graph().parse(tmp_path / "out" / "graph.ttl").objects(None, PKG.dataSubject)
    assert {str(s) for s in subjects} == {"https://w3id.org/dpv#Child"}


def test_a_promise_about_one_purpose_is_not_contradicted_by_another(tmp_path):
    rows = contradictions_in(tmp_path, "We never use your health information for advertising.\n\n"
                                       "We use your health information to provide care.\n\n"
                                       "We may use your health information to show you ads.\n")
    assert {row["statement"] for row in rows} == {"We may use your health information to show you ads."}


def test_a_promise_about_a_kind_of_recipient_is_not_contradicted_by_a_named_company(tmp_path):
    rows = contradictions_in(tmp_path, "We do not share your personal information with advertisers.\n\n"
                                       "We share your email address with Vonage to send you text messages.\n\n"
                                       "We share your email address with advertisers.\n")
    assert {row["statement"] for row in rows} == {"We share your email address with advertisers."}


def test_a_promise_about_a_phrase_with_no_class_covers_only_that_phrase(tmp_path):
    rows = contradictions_in(tmp_path, "We never sell your pet ownership information.\n\n"
                                       "We sell your email address to data brokers.\n\n"
                                       "We sell your pet ownership information to pet food companies.\n")
    assert {row["statement"] for row in rows} == {"We sell your pet ownership information to pet food companies."}


def test_a_promise_not_to_share_for_one_purpose_is_contradicted_only_by_sharing_for_it(tmp_path):
    rows = contradictions_in(tmp_path, "We do not sell your personal data or share it for targeted advertising.\n\n"
                                       "We share your email address with our hosting provider.\n\n"
                                       "We share your email address with ad networks for targeted advertising.\n\n"
                                       "We sell your email address to data brokers.\n")
    found = {(row["action"], row["statement"]) for row in rows}
    assert found == {("share", "We share your email address with ad networks for targeted advertising."),
                     ("sell", "We sell your email address to data brokers.")}
