"""Visualise: an interactive, fully offline pyvis page of vendors and what they do with data.

Nodes are vendors, data types (coloured by OPP-115 category), purposes, recipients and countries,
sized by how many vendors touch them; edges are collects / uses for / shares with / sells to /
stores in, negated ones dashed and grey. Hovering shows the evidence sentences and their policies.
The page has a legend and filters (vendor, action, category, negated), and a layout that stops
moving once it has settled. Past a node limit, data types fold into their categories.
"""

from __future__ import annotations

import html
import json
import math
import re

import networkx as nx
from pyvis.network import Network

from graphbuild.analyse import node_id, vendor_reach

KIND_COLOURS = {"vendor": "#1f3b73", "purpose": "#ff7f0e", "recipient": "#d62728", "location": "#9467bd",
                "data": "#2ca02c"}
CATEGORY_COLOURS = ["#2ca02c", "#17becf", "#bcbd22", "#8c564b", "#e377c2", "#7f7f7f", "#1f77b4", "#98df8a",
                    "#aec7e8", "#ffbb78", "#c5b0d5", "#c49c94", "#f7b6d2", "#dbdb8d", "#9edae5", "#393b79"]
ACTION_COLOURS = {"collect": "#2ca02c", "use": "#ff7f0e", "share": "#d62728", "sell": "#8c564b", "store": "#9467bd"}
NEGATED_COLOUR = "#9a9a9a"
NODE_LIMIT = 150
EXTERNAL_TAG = re.compile(
    r"<(?:link|script)\b[^>]*(?:href|src)=[\"'](?:https?:)?//[^\"']*[\"'][^>]*>(?:\s*</script>)?"
    r"|<(?:link|script)\b[^>]*(?:href|src)=[\"']\.\./node_modules/[^\"']*[\"'][^>]*>(?:\s*</script>)?", re.I)


def fold_data_types(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The same graph with every data-type node replaced by its OPP-115 category node."""
    folded = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        if attrs["kind"] == "data" and attrs.get("category"):
            folded.add_node(node_id("data", attrs["category"]), kind="data", label=attrs["category"],
                            category=attrs["category"])
        else:
            folded.add_node(node, **attrs)
    for source, target, attrs in graph.edges(data=True):
        kind = graph.nodes[target]
        if kind["kind"] == "data" and kind.get("category"):
            target = node_id("data", kind["category"])
        key = f"{attrs['action']}{'-not' if attrs['negated'] else ''}"
        if folded.has_edge(source, target, key):
            merged = folded.edges[source, target, key]
            merged["evidence"] += [e for e in attrs["evidence"] if e not in merged["evidence"]]
            merged["policies"] = sorted(set(merged["policies"]) | set(attrs["policies"]))
        else:
            folded.add_edge(source, target, key=key, **{k: list(v) if isinstance(v, list) else v
                                                         for k, v in attrs.items()})
    return folded


def _edge_tooltip(source_label: str, attrs: dict) -> str:
    verb = ("does not " if attrs["negated"] else "") + attrs["action"]
    lines = [f"{source_label} {verb} — {', '.join(attrs['policies'])}"]
    lines += [f"• {s}" for s in attrs["evidence"][:5]]
    if len(attrs["evidence"]) > 5:
        lines.append(f"(+{len(attrs['evidence']) - 5} more)")
    return "\n".join(lines)


def _node_tooltip(graph: nx.MultiDiGraph, node: str) -> str:
    attrs = graph.nodes[node]
    head = attrs["label"] + (f" ({attrs['category']})" if attrs.get("category") and attrs["kind"] == "data" else "")
    edges = list(graph.in_edges(node, data=True)) or list(graph.out_edges(node, data=True))
    lines = [head]
    for source, target, edge in edges[:6]:
        other = graph.nodes[source if target == node else target]["label"]
        verb = ("does not " if edge["negated"] else "") + edge["action"]
        lines.append(f"{other} {verb} [{', '.join(edge['policies'])}]: {edge['evidence'][0] if edge['evidence'] else ''}")
    if len(edges) > 6:
        lines.append(f"(+{len(edges) - 6} more practices)")
    return "\n".join(lines)


def category_colours(graph: nx.MultiDiGraph) -> dict[str, str]:
    categories = sorted({a.get("category") for _, a in graph.nodes(data=True) if a["kind"] == "data" and a.get("category")})
    return {c: CATEGORY_COLOURS[i % len(CATEGORY_COLOURS)] for i, c in enumerate(categories)}


def node_size(vendors: int) -> float:
    """Grows with the number of vendors touching a node, but slowly enough for hundreds of vendors."""
    return round(10 + 9 * math.sqrt(vendors), 1)


def to_pyvis(graph: nx.MultiDiGraph) -> Network:
    """A pyvis network: colour by kind (data by category), size by vendor reach, negated edges dashed."""
    net = Network(height="780px", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    reach = vendor_reach(graph)
    colours = category_colours(graph)
    for node, attrs in sorted(graph.nodes(data=True)):
        kind = attrs["kind"]
        colour = colours.get(attrs.get("category"), KIND_COLOURS[kind]) if kind == "data" else KIND_COLOURS[kind]
        net.add_node(node, label=attrs["label"], title=_node_tooltip(graph, node), color=colour,
                     size=node_size(reach.get(node, 0)), shape="box" if kind == "vendor" else "dot",
                     kind=kind, category=attrs.get("category") or "",
                     font={"color": "#ffffff" if kind == "vendor" else "#222222"})
    for source, target, key, attrs in sorted(graph.edges(data=True, keys=True)):
        net.add_edge(source, target, id=f"{source}|{target}|{key}",
                     title=_edge_tooltip(graph.nodes[source]["label"], attrs), dashes=attrs["negated"],
                     color=NEGATED_COLOUR if attrs["negated"] else ACTION_COLOURS[attrs["action"]],
                     action=attrs["action"], negated=attrs["negated"], width=1 + min(len(attrs["evidence"]), 4))
    net.set_options(json.dumps({
        "layout": {"randomSeed": 7, "improvedLayout": True},
        "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 400, "fit": True},
                    "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 140,
                                                "avoidOverlap": 0.6}},
        "interaction": {"hover": True, "tooltipDelay": 80, "navigationButtons": False},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "smooth": {"type": "continuous"}}}))
    return net


def _controls(graph: nx.MultiDiGraph, colours: dict[str, str]) -> str:
    vendors = sorted(a["label"] for _, a in graph.nodes(data=True) if a["kind"] == "vendor")
    actions = sorted({a["action"] for *_, a in graph.edges(data=True)})
    checkbox = '<label><input type="checkbox" class="{cls}" value="{v}" checked> {text}</label>'
    legend = "".join(f'<span class="swatch" style="background:{c}"></span>{html.escape(k)} '
                     for k, c in KIND_COLOURS.items() if k != "data")
    legend += "".join(f'<span class="swatch" style="background:{c}"></span>{html.escape(k)} ' for k, c in colours.items())
    actions_legend = "".join(f'<span class="line" style="border-color:{ACTION_COLOURS[a]}"></span>{a} ' for a in actions)
    return f"""
<div id="pkg-controls">
  <div><b>Vendors</b> {''.join(checkbox.format(cls='f-vendor', v=html.escape(v), text=html.escape(v)) for v in vendors)}</div>
  <div><b>Actions</b> {''.join(checkbox.format(cls='f-action', v=a, text=a) for a in actions)}
    <label><input type="checkbox" id="f-negated" checked> show negated ("does not …")</label></div>
  <div><b>Category</b> <select id="f-category"><option value="">all</option>
    {''.join(f'<option>{html.escape(c)}</option>' for c in colours)}</select></div>
  <div class="legend"><b>Nodes</b> {legend}</div>
  <div class="legend"><b>Edges</b> {actions_legend}<span class="line dashed"></span>negated</div>
</div>"""


FILTER_SCRIPT = """
<script>
function pkgApplyFilters() {
  const vendors = new Set([...document.querySelectorAll('.f-vendor:checked')].map(e => e.value));
  const actions = new Set([...document.querySelectorAll('.f-action:checked')].map(e => e.value));
  const negated = document.getElementById('f-negated').checked;
  const category = document.getElementById('f-category').value;
  const all = nodes.get(), byId = Object.fromEntries(all.map(n => [n.id, n]));
  const visible = new Set();
  edges.update(edges.get().map(e => {
    const from = byId[e.from], to = byId[e.to];
    const show = vendors.has(from.label) && actions.has(e.action) && (negated || !e.negated)
      && (!category || to.kind !== 'data' || to.category === category);
    if (show) { visible.add(e.from); visible.add(e.to); }
    return {id: e.id, hidden: !show};
  }));
  nodes.update(all.map(n => ({id: n.id, hidden: n.kind === 'vendor' ? !vendors.has(n.label) : !visible.has(n.id)})));
}
document.querySelectorAll('#pkg-controls input, #pkg-controls select').forEach(e => e.addEventListener('change', pkgApplyFilters));
function pkgFreeze() {
  if (window.pkgStable) return;
  network.setOptions({physics: false}); window.pkgStable = true;
  const bar = document.getElementById('loadingBar'); if (bar) bar.style.display = 'none';
}
network.once('stabilizationIterationsDone', pkgFreeze);  // may already have fired while drawing
setTimeout(pkgFreeze, 2500);
</script>"""

STYLE = """
<style>
#pkg-controls {font: 13px sans-serif; padding: 6px 10px; border-bottom: 1px solid #ddd}
#pkg-controls div {margin: 3px 0} #pkg-controls label {margin-right: 8px}
.swatch {display: inline-block; width: 11px; height: 11px; margin: 0 3px 0 8px; border-radius: 2px}
.line {display: inline-block; width: 22px; border-top: 3px solid #999; margin: 0 3px 3px 8px}
.line.dashed {border-top-style: dashed}
div.vis-tooltip {white-space: pre-wrap; max-width: 560px; font: 12px sans-serif}
</style>"""


def offline_html(graph: nx.MultiDiGraph, title: str = "privacy-kg", node_limit: int = NODE_LIMIT) -> str:
    """The whole page: vis-network inlined, no external script or stylesheet, our controls added."""
    if graph.number_of_nodes() > node_limit:
        graph = fold_data_types(graph)
    page = to_pyvis(graph).generate_html()
    page = EXTERNAL_TAG.sub("", page)
    page = page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>{STYLE}", 1)
    page = page.replace("<body>", "<body>" + _controls(graph, category_colours(graph)), 1)
    return page.replace("</body>", FILTER_SCRIPT + "\n</body>", 1)
