"""Report: one offline HTML page of the cross-vendor analytics, with inline SVG charts.

Everything is computed by `analyse` from the practice records; this module only lays it out.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass

from graphbuild.analyse import (node_centrality, practice_graph, practice_label, shared_practices, similar_pairs,
                                unusual_practices, vendor_communities, vendor_practices, vendor_similarity)


@dataclass
class Analysis:
    """The numbers the report shows, as plain data (also written as analysis.json)."""

    vendors: list[str]
    similarity: dict[tuple[str, str], float]
    pairs: list[tuple[str, str, float]]
    shared: list[tuple[str, int]]
    unusual: dict[str, list[str]]
    centrality: list[tuple[str, str, float]]
    communities: list[list[str]]
    top_data: list[tuple[str, int]]
    top_purposes: list[tuple[str, int]]

    def as_json(self) -> dict:
        return {"vendors": self.vendors,
                "similar_pairs": [{"a": a, "b": b, "jaccard": round(s, 4)} for a, b, s in self.pairs],
                "shared_practices": [{"practice": p, "vendors": n} for p, n in self.shared],
                "unusual_practices": self.unusual,
                "centrality": [{"kind": k, "node": n, "degree_centrality": round(c, 4)} for k, n, c in self.centrality],
                "communities": self.communities,
                "top_data_types": dict(self.top_data), "top_purposes": dict(self.top_purposes)}


def analyse_rows(rows: list[dict]) -> Analysis:
    """Run every analysis on the practice records."""
    practices = vendor_practices(rows)
    similarity = vendor_similarity(practices)
    vendors = sorted(practices)
    data = Counter(r["data"] for r in rows if r["action"] == "collect" and not r["negated"] and r.get("data"))
    purposes = Counter(r["purpose"] for r in rows if r["action"] == "use" and not r["negated"] and r.get("purpose"))
    return Analysis(
        vendors, similarity, similar_pairs(similarity),
        [(practice_label(k), n) for k, n in shared_practices(practices, 2)],
        {v: [practice_label(k) for k in keys] for v, keys in unusual_practices(practices).items()},
        node_centrality(practice_graph(rows)), vendor_communities(similarity, vendors),
        sorted(data.items(), key=lambda t: (-t[1], t[0]))[:15], sorted(purposes.items(), key=lambda t: (-t[1], t[0])))


def _bar_chart(items: list[tuple[str, int]], title: str, colour: str) -> str:
    if not items:
        return f"<p>No {html.escape(title.lower())}.</p>"
    width, bar, label_width = 640, 20, 230
    top = max(n for _, n in items)
    rows = []
    for i, (label, n) in enumerate(items):
        length = (width - label_width - 40) * n / top
        y = i * (bar + 6)
        rows.append(f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end">{html.escape(label)}</text>'
                    f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar}" fill="{colour}">'
                    f'<title>{html.escape(label)}: {n}</title></rect>'
                    f'<text x="{label_width + length + 4:.1f}" y="{y + 15}">{n}</text>')
    height = len(items) * (bar + 6)
    return (f'<figure><figcaption>{html.escape(title)}</figcaption><svg class="bars" width="{width}" height="{height}" '
            f'role="img" aria-label="{html.escape(title)}">{"".join(rows)}</svg></figure>')


def _heat_map(vendors: list[str], similarity: dict[tuple[str, str], float]) -> str:
    cell, margin = 46, 150
    size = margin + cell * len(vendors)
    parts = []
    for i, a in enumerate(vendors):
        parts.append(f'<text x="{margin - 6}" y="{margin + i * cell + cell / 2 + 4}" text-anchor="end">{html.escape(a)}</text>')
        parts.append(f'<text transform="translate({margin + i * cell + cell / 2 + 4},{margin - 6}) rotate(-50)">'
                     f'{html.escape(a)}</text>')
        for j, b in enumerate(vendors):
            score = 1.0 if a == b else similarity.get((a, b), similarity.get((b, a), 0.0))
            shade = int(255 - 200 * score)
            parts.append(f'<rect class="cell" x="{margin + j * cell}" y="{margin + i * cell}" width="{cell - 2}" '
                         f'height="{cell - 2}" fill="rgb({shade},{shade},255)"><title>{html.escape(a)} / '
                         f'{html.escape(b)}: {score:.2f}</title></rect>'
                         f'<text x="{margin + j * cell + cell / 2 - 1}" y="{margin + i * cell + cell / 2 + 4}" '
                         f'text-anchor="middle" class="score">{score:.2f}</text>')
    return (f'<figure><figcaption>Vendor similarity (Jaccard over practice sets)</figcaption>'
            f'<svg class="heatmap" width="{size + 20}" height="{size + 20}" role="img" aria-label="similarity heat map">'
            f'{"".join(parts)}</svg></figure>')


def _table(headers: list[str], rows: list[list[object]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_report(analysis: Analysis, title: str = "privacy-kg report") -> str:
    """The report page: heat map, bar charts and tables; no script, no external resource."""
    sections = [
        f"<h1>{html.escape(title)}</h1><p>{len(analysis.vendors)} vendors: {html.escape(', '.join(analysis.vendors))}</p>",
        "<h2>How alike are the vendors?</h2>", _heat_map(analysis.vendors, analysis.similarity),
        _table(["vendor", "vendor", "Jaccard"], [[a, b, f"{s:.2f}"] for a, b, s in analysis.pairs[:20]]),
        "<h2>Communities of vendors</h2>",
        _table(["group", "vendors"], [[i + 1, ", ".join(c)] for i, c in enumerate(analysis.communities)]),
        "<h2>What they collect and why</h2>",
        _bar_chart(analysis.top_data, "Most collected data types (statements)", "#2ca02c"),
        _bar_chart(analysis.top_purposes, "Purposes of use (statements)", "#ff7f0e"),
        "<h2>Practices most vendors share</h2>",
        _table(["practice", "vendors"], [[p, n] for p, n in analysis.shared[:30]]),
        "<h2>Each vendor's unusual practices</h2>",
        _table(["vendor", "practices no other vendor states"],
               [[v, "; ".join(ps) or "—"] for v, ps in analysis.unusual.items()]),
        "<h2>Central data types and recipients</h2>",
        _table(["kind", "node", "degree centrality"], [[k, n, f"{c:.3f}"] for k, n, c in analysis.centrality[:25]]),
    ]
    style = ("body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse;margin:1em 0}"
             "td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px;text-align:left;vertical-align:top}"
             "svg text{font:12px sans-serif}svg .score{font-size:10px}figcaption{font-weight:bold;margin:1em 0 .4em}")
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{style}</style></head><body>{''.join(sections)}</body></html>")
