"""Visualise: an interactive, fully offline pyvis page of vendors and what they do with data."""

from __future__ import annotations

import html
import re

import networkx as nx
from pyvis.network import Network

from graphbuild.analyse import vendor_reach

KIND_COLOURS = {"vendor": "#1f77b4", "data": "#2ca02c", "purpose": "#ff7f0e", "recipient": "#d62728",
                "location": "#9467bd"}
ACTION_COLOURS = {"collect": "#2ca02c", "use": "#ff7f0e", "share": "#d62728", "sell": "#8c564b",
                  "store": "#9467bd"}
NEGATED_COLOUR = "#7f7f7f"
EXTERNAL_TAG = re.compile(
    r"<(?:link|script)\b[^>]*(?:href|src)=[\"'](?:https?:)?//[^\"']*[\"'][^>]*>(?:\s*</script>)?"
    r"|<(?:link|script)\b[^>]*(?:href|src)=[\"']\.\./node_modules/[^\"']*[\"'][^>]*>(?:\s*</script>)?", re.I)


def _tooltip(attrs: dict) -> str:
    sentences = "\n".join(f"• {s}" for s in attrs["evidence"][:5])
    more = f"\n(+{len(attrs['evidence']) - 5} more)" if len(attrs["evidence"]) > 5 else ""
    policies = ", ".join(attrs["policies"])
    verb = ("does not " if attrs["negated"] else "") + attrs["action"]
    return f"{verb} — {policies}\n{sentences}{more}"


def to_pyvis(graph: nx.MultiDiGraph) -> Network:
    """A pyvis network: node colour by kind, size by vendor reach; negated edges dashed and grey."""
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    reach = vendor_reach(graph)
    for node, attrs in sorted(graph.nodes(data=True)):
        size = 25 if attrs["kind"] == "vendor" else 10 + 5 * reach.get(node, 0)
        title = attrs["label"] + (f" ({attrs['category']})" if attrs.get("category") else "")
        net.add_node(node, label=attrs["label"], title=title, color=KIND_COLOURS[attrs["kind"]], size=size,
                     group=attrs["kind"])
    for source, target, attrs in graph.edges(data=True):
        net.add_edge(source, target, title=_tooltip(attrs), dashes=attrs["negated"],
                     color=NEGATED_COLOUR if attrs["negated"] else ACTION_COLOURS[attrs["action"]],
                     label=("not " if attrs["negated"] else "") + attrs["action"])
    net.toggle_physics(True)
    net.set_options('{"physics": {"stabilization": {"iterations": 300}, "barnesHut": {"springLength": 150}},'
                    ' "interaction": {"hover": true, "tooltipDelay": 100}, "edges": {"font": {"size": 9}}}')
    return net


def offline_html(net: Network, title: str = "privacy-kg") -> str:
    """The page with vis-network inlined and every external script and stylesheet removed."""
    page = net.generate_html()
    page = EXTERNAL_TAG.sub("", page)
    return page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)
