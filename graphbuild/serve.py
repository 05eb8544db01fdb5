"""Serve: a read-only SPARQL 1.1 Protocol endpoint at /sparql, with an offline HTML query page.

GET and POST (form or application/sparql-query), content negotiation for SELECT/ASK (SPARQL JSON,
XML, CSV, TSV) and for graphs (Turtle, N-Triples). Updates get 403, malformed queries 400 with the
parser's message, queries past the time limit 503. SERVICE and FROM are refused unless switched on.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from graphbuild.query import QueryError, QueryRefused, format_outcome, query_library, run_query
from graphbuild.store import QueryTimeout, Store

RESULT_TYPES = {  # media type -> format of format_outcome
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {"text/turtle": "ttl", "application/x-turtle": "ttl", "application/n-triples": "nt",
               "text/plain": "nt"}
MAX_BODY = 1024 * 1024


@dataclass
class EndpointSettings:
    store: Store
    timeout: float = 10.0
    allow_network: bool = False


def negotiate(accept: str, kind: str) -> tuple[str, str]:
    """(media type, format) for the Accept header, by q-value; JSON or Turtle when nothing matches."""
    table = GRAPH_TYPES if kind == "CONSTRUCT" else RESULT_TYPES
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranked.append((-q, position, media.strip().lower()))
    for _, _, media in sorted(ranked):
        if media in table:
            return media, table[media]
    return ("text/turtle", "ttl") if kind == "CONSTRUCT" else ("application/sparql-results+json", "json")


class SparqlHandler(BaseHTTPRequestHandler):
    settings: EndpointSettings
    server_version = "privacy-kg"

    def log_message(self, format: str, *args) -> None:  # quiet: one line per request on stderr
        return

    def do_GET(self) -> None:
        url = urlparse(self.path)
        if url.path not in ("/sparql", "/sparql/"):
            return self._send(HTTPStatus.NOT_FOUND, "text/plain", "not found: the endpoint is /sparql\n")
        params = parse_qs(url.query)
        if "update" in params:
            return self._refuse_update()
        if "query" not in params:
            if "text/html" in self.headers.get("Accept", ""):
                return self._send(HTTPStatus.OK, "text/html; charset=utf-8", query_page())
            return self._send(HTTPStatus.BAD_REQUEST, "text/plain", "missing query parameter\n")
        self._answer(params["query"][0], params)

    def do_POST(self) -> None:
        url = urlparse(self.path)
        if url.path not in ("/sparql", "/sparql/"):
            return self._send(HTTPStatus.NOT_FOUND, "text/plain", "not found: the endpoint is /sparql\n")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "text/plain", "query too large\n")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type == "application/sparql-update":
            return self._refuse_update()
        if content_type == "application/sparql-query":
            return self._answer(body, parse_qs(url.query))
        params = parse_qs(body)
        if "update" in params:
            return self._refuse_update()
        if "query" not in params:
            return self._send(HTTPStatus.BAD_REQUEST, "text/plain", "missing query parameter\n")
        self._answer(params["query"][0], params | parse_qs(url.query))

    def do_OPTIONS(self) -> None:
        self._send(HTTPStatus.NO_CONTENT, "text/plain", "")

    def _refuse_update(self) -> None:
        self._send(HTTPStatus.FORBIDDEN, "text/plain", "SPARQL updates are not allowed: this endpoint is read-only\n")

    def _answer(self, text: str, params: dict[str, list[str]]) -> None:
        settings = self.settings
        bindings = {key[1:]: values[0] for key, values in params.items() if key.startswith("$")}
        try:
            outcome = run_query(settings.store, text, bindings, settings.timeout, settings.allow_network)
        except QueryRefused as exc:
            status = HTTPStatus.FORBIDDEN if "update" in str(exc) else HTTPStatus.BAD_REQUEST
            return self._send(status, "text/plain", f"{exc}\n")
        except QueryTimeout:
            return self._send(HTTPStatus.SERVICE_UNAVAILABLE, "text/plain",
                              f"query ran past the time limit of {settings.timeout:g} s\n")
        except QueryError as exc:
            return self._send(HTTPStatus.BAD_REQUEST, "text/plain", f"{exc}\n")
        media, fmt = negotiate(self.headers.get("Accept", ""), outcome.kind)
        self._send(HTTPStatus.OK, f"{media}; charset=utf-8", format_outcome(outcome, fmt))

    def _send(self, status: HTTPStatus, content_type: str, body: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def make_server(settings: EndpointSettings, host: str = "127.0.0.1", port: int = 3030) -> ThreadingHTTPServer:
    """An HTTP server bound to host:port (loopback unless told otherwise) answering at /sparql."""
    handler = type("Handler", (SparqlHandler,), {"settings": settings})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def query_page() -> str:
    """A small, self-contained query page: no request leaves it but those to this endpoint."""
    examples = {name: q.text for name, q in query_library().items()}
    options = "".join(f'<option value="{html.escape(n)}">{html.escape(n)}</option>' for n in examples)
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>privacy-kg SPARQL</title>
<style>body{{font-family:sans-serif;margin:1.5em}}textarea{{width:100%;height:16em;font-family:monospace}}
table{{border-collapse:collapse;margin-top:1em}}td,th{{border:1px solid #ccc;padding:3px 6px;font-size:13px;text-align:left}}
#status{{color:#a00}}</style></head><body>
<h1>privacy-kg SPARQL endpoint</h1>
<p>Library query: <select id="library"><option value="">(choose)</option>{options}</select></p>
<textarea id="query">SELECT ?vendor (COUNT(?p) AS ?practices) WHERE {{
  ?p &lt;https://w3id.org/privacy-kg/ontology#vendor&gt;/&lt;http://www.w3.org/2000/01/rdf-schema#label&gt; ?vendor
}} GROUP BY ?vendor ORDER BY DESC(?practices)</textarea>
<p><button id="run">Run</button> <span id="status"></span></p><div id="results"></div>
<script>
const examples = {json.dumps(examples)};
document.getElementById('library').onchange = e => {{ if (e.target.value) document.getElementById('query').value = examples[e.target.value]; }};
document.getElementById('run').onclick = async () => {{
  const status = document.getElementById('status'), out = document.getElementById('results');
  status.textContent = 'running…'; out.innerHTML = '';
  const response = await fetch('sparql', {{method: 'POST', headers: {{'Content-Type': 'application/sparql-query',
    'Accept': 'application/sparql-results+json, text/turtle;q=0.9'}}, body: document.getElementById('query').value}});
  const text = await response.text();
  if (!response.ok) {{ status.textContent = text; return; }}
  status.textContent = '';
  if (!(response.headers.get('Content-Type') || '').includes('json')) {{ const pre = document.createElement('pre'); pre.textContent = text; out.appendChild(pre); return; }}
  const data = JSON.parse(text);
  if ('boolean' in data) {{ out.textContent = String(data.boolean); return; }}
  const table = document.createElement('table'), head = table.insertRow();
  data.head.vars.forEach(v => {{ const th = document.createElement('th'); th.textContent = v; head.appendChild(th); }});
  data.results.bindings.forEach(b => {{ const row = table.insertRow(); data.head.vars.forEach(v => {{ row.insertCell().textContent = b[v] ? b[v].value : ''; }}); }});
  out.appendChild(table); status.textContent = data.results.bindings.length + ' row(s)';
}};
</script></body></html>"""
