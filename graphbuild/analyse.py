"""Analyse: networkx views of the practice records (plain rows in, plain graphs and numbers out)."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

EDGE_ACTIONS = {"collect": "collects", "use": "uses for", "share": "shares with", "sell": "sells to",
                "store": "stores in"}


def node_id(kind: str, label: str) -> str:
    return f"{kind}:{label}"


def practice_graph(rows: list[dict]) -> nx.MultiDiGraph:
    """Vendors linked to the data types they collect, the purposes they use data for, the recipients
    they share or sell to and the countries they store in; each edge keeps its evidence sentences.

    Examples
    --------
    >>> g = practice_graph([{"vendor": "Acme", "action": "collect", "negated": False, "data": "email address",
    ...   "data_category": "Contact", "evidence": "We collect your email address.", "policy": "acme"}])
    >>> sorted(g.nodes)
    ['data:email address', 'vendor:Acme']
    """
    graph = nx.MultiDiGraph()
    edges: dict[tuple, dict] = {}
    for row in rows:
        action = row["action"]
        if action not in EDGE_ACTIONS:
            continue
        target = _target(row)
        if target is None:
            continue
        vendor = node_id("vendor", row["vendor"])
        graph.add_node(vendor, kind="vendor", label=row["vendor"])
        graph.add_node(target[0], kind=target[1], label=target[2], category=row.get("data_category") or "")
        key = (vendor, target[0], action, bool(row["negated"]))
        edge = edges.setdefault(key, {"action": action, "negated": bool(row["negated"]), "evidence": [],
                                      "policies": set()})
        if row.get("evidence") and row["evidence"] not in edge["evidence"]:
            edge["evidence"].append(row["evidence"])
        edge["policies"].add(row.get("policy"))
    for (source, target, action, negated), attrs in sorted(edges.items()):
        graph.add_edge(source, target, key=f"{action}{'-not' if negated else ''}",
                       **attrs | {"policies": sorted(p for p in attrs["policies"] if p)})
    return graph


def _target(row: dict) -> tuple[str, str, str] | None:
    action = row["action"]
    if action == "collect" and row.get("data"):
        return node_id("data", row["data"]), "data", row["data"]
    if action == "use" and row.get("purpose"):
        return node_id("purpose", row["purpose"]), "purpose", row["purpose"]
    if action in ("share", "sell"):
        label = row.get("recipient_name") or row.get("recipient")
        return (node_id("recipient", label), "recipient", label) if label else None
    if action == "store" and row.get("location"):
        return node_id("location", row["location"]), "location", row["location"]
    return None


def vendor_reach(graph: nx.MultiDiGraph) -> dict[str, int]:
    """How many vendors touch each non-vendor node."""
    reach: dict[str, set] = defaultdict(set)
    for source, target in graph.edges():
        reach[target].add(source)
    return {node: len(reach.get(node, ())) for node in graph.nodes}
