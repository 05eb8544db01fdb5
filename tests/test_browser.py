"""The pages as a person sees them, in a real browser (Debian's chromium driven by playwright)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from graphbuild.analyse import practice_graph
from graphbuild.export import load_dataset
from graphbuild.runner import practice_records

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not shutil.which("chromium") and not shutil.os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def _open(browser, path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.resolve().as_uri())
    return page, requests


def test_graph_page_draws_every_node_offline(browser, built, tmp_path):
    graph = practice_graph(practice_records(load_dataset(built / "graph.ttl")))
    page, requests = _open(browser, built / "graph.html")
    page.wait_for_function("window.pkgStable === true", timeout=30000)
    assert page.evaluate("network.body.data.nodes.length") == graph.number_of_nodes()
    assert page.evaluate("network.body.data.edges.length") == graph.number_of_edges()
    assert [url for url in requests if not url.startswith("file:")] == []
    page.screenshot(path=str(tmp_path / "graph.png"))
    assert (tmp_path / "graph.png").stat().st_size > 10000


def test_hovering_a_data_type_shows_its_evidence(browser, built):
    page, _ = _open(browser, built / "graph.html")
    page.wait_for_function("window.pkgStable === true", timeout=30000)
    position = page.evaluate("""() => {
        const p = network.getPositions(['data:ip address'])['data:ip address'];
        const c = network.canvasToDOM(p); const r = document.getElementById('mynetwork').getBoundingClientRect();
        return {x: c.x + r.left, y: c.y + r.top}; }""")
    page.mouse.move(position["x"], position["y"])
    tooltip = page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    text = tooltip.inner_text()
    assert "ip address" in text and "IP address" in text
    assert "000_7f88e6be9927e4d9" in text  # the source policy


def test_filters_hide_a_vendor_and_negated_edges(browser, built):
    page, _ = _open(browser, built / "graph.html")
    page.wait_for_function("window.pkgStable === true", timeout=30000)
    page.uncheck("input.f-vendor[value='Zopim']")
    assert page.evaluate("nodes.get('vendor:Zopim').hidden") is True
    page.uncheck("#f-negated")
    assert page.evaluate("edges.get().filter(e => e.negated && !e.hidden).length") == 0
    assert page.evaluate("edges.get().filter(e => !e.hidden).length") > 0


def test_report_page_reads_offline(browser, built, tmp_path):
    result = subprocess.run([sys.executable, "-m", "graphbuild.cli", "analyze", "--graph", str(built / "graph.ttl"),
                             "--out", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    page, requests = _open(browser, tmp_path / "report.html")
    assert page.locator("svg.heatmap rect.cell").count() == 25  # 5 vendors x 5
    assert page.locator("svg.bars").count() == 2
    assert "Practices most vendors share" in page.inner_text("body")
    assert [url for url in requests if not url.startswith("file:")] == []
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
