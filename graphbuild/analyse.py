"""Analyse: networkx views of the practice records (plain rows in, plain graphs and numbers out).

A practice, for comparing vendors, is the triple (action, negated, object): the data type for
collect and the like, the purpose for use, the recipient for share and sell, the country for store.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import Iterable

import networkx as nx

EDGE_ACTIONS = frozenset({"collect", "use", "share", "sell", "store"})  # collects, uses for, shares with ...
PracticeKey = tuple[str, bool, str]


def node_id(kind: str, label: str) -> str:
    return f"{kind}:{label}"


def _target(row: dict) -> tuple[str, str, str] | None:
    """(node id, kind, label) of what a practice row points at, or None."""
    action = row["action"]
    if action == "use" and row.get("purpose"):
        return node_id("purpose", row["purpose"]), "purpose", row["purpose"]
    if action in ("share", "sell"):
        label = row.get("recipient_name") or row.get("recipient")
        return (node_id("recipient", label), "recipient", label) if label else None
    if action == "store" and row.get("location"):
        return node_id("location", row["location"]), "location", row["location"]
    if row.get("data"):
        return node_id("data", row["data"]), "data", row["data"]
    return None


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
        target = _target(row) if action in EDGE_ACTIONS else None
        if target is None or (action == "collect" and target[1] != "data"):
            continue
        vendor = node_id("vendor", row["vendor"])
        graph.add_node(vendor, kind="vendor", label=row["vendor"], category="")
        category = row.get("data_category") or "" if target[1] == "data" else ""
        graph.add_node(target[0], kind=target[1], label=target[2], category=category)
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


def vendor_reach(graph: nx.MultiDiGraph) -> dict[str, int]:
    """How many vendors touch each node (a vendor counts itself)."""
    reach: dict[str, set] = defaultdict(set)
    for source, target in graph.edges():
        reach[target].add(source)
    return {node: len(reach.get(node, ())) or (1 if graph.nodes[node]["kind"] == "vendor" else 0)
            for node in graph.nodes}


def vendor_practices(rows: Iterable[dict]) -> dict[str, set[PracticeKey]]:
    """Each vendor's set of practices (action, negated, object).

    Examples
    --------
    >>> vendor_practices([{"vendor": "A", "action": "share", "negated": True, "recipient": "Unnamed third party"}])
    {'A': {('share', True, 'Unnamed third party')}}
    """
    found: dict[str, set[PracticeKey]] = defaultdict(set)
    for row in rows:
        target = _target(row)
        found[row["vendor"]].add((row["action"], bool(row["negated"]), target[2] if target else ""))
    return dict(found)


def vendor_data_graph(rows: Iterable[dict]) -> nx.Graph:
    """The bipartite vendor x data-type graph of what vendors say they collect."""
    graph = nx.Graph()
    for row in rows:
        if row["action"] == "collect" and not row["negated"] and row.get("data"):
            graph.add_node(row["vendor"], bipartite=0, kind="vendor")
            graph.add_node(row["data"], bipartite=1, kind="data", category=row.get("data_category") or "")
            graph.add_edge(row["vendor"], row["data"])
    return graph


def vendor_practice_graph(practices: dict[str, set[PracticeKey]]) -> nx.Graph:
    """The bipartite vendor x practice graph; practice nodes are labelled 'action[ not] object'."""
    graph = nx.Graph()
    for vendor, keys in practices.items():
        graph.add_node(vendor, bipartite=0, kind="vendor")
        for key in keys:
            label = practice_label(key)
            graph.add_node(label, bipartite=1, kind="practice")
            graph.add_edge(vendor, label)
    return graph


def practice_label(key: PracticeKey) -> str:
    action, negated, target = key
    return f"{'not ' if negated else ''}{action} {target}".strip()


def vendor_similarity(practices: dict[str, set[PracticeKey]]) -> dict[tuple[str, str], float]:
    """Jaccard similarity of every pair of vendors' practice sets.

    Examples
    --------
    >>> vendor_similarity({"A": {("collect", False, "name")}, "B": {("collect", False, "name"), ("sell", True, "")}})
    {('A', 'B'): 0.5}
    """
    scores = {}
    for a, b in combinations(sorted(practices), 2):
        union = practices[a] | practices[b]
        scores[(a, b)] = len(practices[a] & practices[b]) / len(union) if union else 0.0
    return scores


def similar_pairs(similarity: dict[tuple[str, str], float], top: int | None = None) -> list[tuple[str, str, float]]:
    """Vendor pairs from most to least similar."""
    ranked = sorted(((a, b, s) for (a, b), s in similarity.items()), key=lambda t: (-t[2], t[0], t[1]))
    return ranked[:top] if top else ranked


def shared_practices(practices: dict[str, set[PracticeKey]], min_vendors: int = 2) -> list[tuple[PracticeKey, int]]:
    """Practices stated by at least `min_vendors` vendors, most common first."""
    counts = Counter(key for keys in practices.values() for key in keys)
    return sorted(((k, n) for k, n in counts.items() if n >= min_vendors), key=lambda t: (-t[1], t[0]))


def unusual_practices(practices: dict[str, set[PracticeKey]]) -> dict[str, list[PracticeKey]]:
    """For each vendor, the practices no other vendor states."""
    counts = Counter(key for keys in practices.values() for key in keys)
    return {vendor: sorted(k for k in keys if counts[k] == 1) for vendor, keys in sorted(practices.items())}


def node_centrality(graph: nx.MultiDiGraph, kinds: tuple[str, ...] = ("data", "recipient")) -> list[tuple[str, str, float]]:
    """Degree centrality of data types and recipients in the practice graph, highest first."""
    simple = nx.Graph(graph.to_undirected())
    centrality = nx.degree_centrality(simple) if len(simple) > 1 else {}
    found = [(graph.nodes[n]["kind"], graph.nodes[n]["label"], c) for n, c in centrality.items()
             if graph.nodes[n]["kind"] in kinds]
    return sorted(found, key=lambda t: (-t[2], t[0], t[1]))


def vendor_communities(similarity: dict[tuple[str, str], float], vendors: Iterable[str]) -> list[list[str]]:
    """Groups of vendors with similar practices (networkx's Louvain, fixed seed for a stable answer)."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(vendors))
    graph.add_weighted_edges_from((a, b, s) for (a, b), s in similarity.items() if s > 0)
    if graph.number_of_edges() == 0:
        return [[v] for v in sorted(graph.nodes)]
    communities = nx.community.louvain_communities(graph, weight="weight", seed=0)
    return sorted((sorted(c) for c in communities), key=lambda c: (-len(c), c))


def write_graphml(graph: nx.Graph, path) -> None:
    """GraphML for Gephi and yEd; list attributes are joined into text."""
    plain = nx.MultiDiGraph() if graph.is_multigraph() else graph.__class__()
    for node, attrs in graph.nodes(data=True):
        plain.add_node(node, **{k: _plain(v) for k, v in attrs.items()})
    edges = graph.edges(data=True, keys=True) if graph.is_multigraph() else graph.edges(data=True)
    for *ends, attrs in edges:
        plain.add_edge(*ends, **{k: _plain(v) for k, v in attrs.items()})
    nx.write_graphml(plain, path)


def _plain(value):
    if isinstance(value, (list, tuple, set)):
        return " | ".join(map(str, value))
    return value
