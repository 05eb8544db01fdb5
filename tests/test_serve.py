"""The SPARQL endpoint as clients use it: SPARQLWrapper, plain HTTP, a browser's GET."""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph

from graphbuild.query import resolve_query
from graphbuild.serve import EndpointSettings, make_server
from graphbuild.store import open_store

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")


def _serve(graph, timeout: float):
    server = make_server(EndpointSettings(open_store("memory", graph), timeout=timeout), port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def endpoint(built):
    server = _serve(built / "graph.ttl", timeout=30.0)
    yield f"http://127.0.0.1:{server.server_port}/sparql"
    server.shutdown()
    server.server_close()


@pytest.fixture
def impatient_endpoint(built):
    server = _serve(built / "graph.ttl", timeout=0.5)
    yield f"http://127.0.0.1:{server.server_port}/sparql"
    server.shutdown()
    server.server_close()


def _http(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, str, str]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode()


def test_select_with_sparqlwrapper_get_and_post(endpoint):
    for method in (SPARQLWrapper.GET, SPARQLWrapper.POST):
        client = SPARQLWrapper.SPARQLWrapper(endpoint)
        client.setMethod(method)
        client.setQuery(resolve_query("vendors-collecting").replace("?data)))", '"Contact")))'))
        client.setReturnFormat(SPARQLWrapper.JSON)
        bindings = client.query().convert()["results"]["bindings"]
        assert {"Zopim", "Comm100"} <= {b["vendor"]["value"] for b in bindings}


def test_construct_returns_turtle(endpoint):
    client = SPARQLWrapper.SPARQLWrapper(endpoint)
    client.setQuery(resolve_query("dpv"))
    client.setReturnFormat(SPARQLWrapper.TURTLE)
    graph = Graph().parse(data=client.query().convert(), format="turtle")
    assert len(graph) > 100


@pytest.mark.parametrize("accept, expected", [
    ("application/sparql-results+xml", "<sparql"), ("text/csv", "vendor,"),
    ("text/tab-separated-values", "?vendor"), ("application/sparql-results+json", '"bindings"')])
def test_content_negotiation(endpoint, accept, expected):
    query = urllib.parse.urlencode({"query": resolve_query("purposes-per-vendor")})
    status, content_type, body = _http(f"{endpoint}?{query}", headers={"Accept": accept})
    assert status == 200 and content_type.startswith(accept) and expected in body


def test_update_is_refused_and_changes_nothing(endpoint):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = _http(f"{endpoint}?{urllib.parse.urlencode({'query': count})}")[2]
    update = urllib.parse.urlencode({"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode()
    status, _, _ = _http(endpoint, update, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    status, _, body = _http(endpoint, b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                            {"Content-Type": "application/sparql-query"})
    assert status == 403 and "read-only" in body
    assert _http(f"{endpoint}?{urllib.parse.urlencode({'query': count})}")[2] == before


def test_malformed_query_is_400_with_the_parser_message(endpoint):
    status, _, body = _http(f"{endpoint}?{urllib.parse.urlencode({'query': 'SELECT ?x WHERE { ?x ?y }'})}")
    assert status == 400 and "column" in body


def test_service_is_refused(endpoint):
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    status, _, body = _http(f"{endpoint}?{urllib.parse.urlencode({'query': query})}")
    assert status == 400 and "SERVICE" in body


def test_slow_query_hits_the_time_limit(impatient_endpoint):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    status, _, body = _http(f"{impatient_endpoint}?{urllib.parse.urlencode({'query': query})}")
    assert status == 503 and "time limit" in body


def test_browser_gets_an_offline_query_page(endpoint):
    status, content_type, body = _http(endpoint, headers={"Accept": "text/html,application/xhtml+xml"})
    assert status == 200 and content_type.startswith("text/html")
    assert "<textarea" in body and "http://" not in body.replace("http://www.w3.org", "")
