"""The ontology: consistent under HermiT, aligned to terms that exist in DPV 2.3, complete for LABELS.md."""

from __future__ import annotations

import re
import shutil

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from graphbuild.vocabulary import DPV, PD, PKG, load_vocabulary, ontology_graph
from tests.conftest import SHARED, need

owlready2 = pytest.importorskip("owlready2")


def _world_with(tmp_path, extra: str = ""):
    graph = Graph()
    graph += ontology_graph()
    if extra:
        graph.parse(data=extra, format="turtle")
    path = tmp_path / "ontology.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    ontology = world.get_ontology(path.as_uri()).load(format="ntriples")
    return world, ontology


@pytest.fixture
def java():
    if shutil.which("java") is None:
        pytest.skip("no java on this machine: HermiT needs it")


def test_hermit_finds_the_ontology_consistent(tmp_path, java):
    world, ontology = _world_with(tmp_path)
    with ontology:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    assert list(world.inconsistent_classes()) == []
    assert len(list(ontology.classes())) > 90


def test_hermit_detects_a_contradiction(tmp_path, java):
    """Proof the check reasons: a thing that is both a Vendor and a Practice is inconsistent."""
    world, ontology = _world_with(tmp_path, """
        @prefix pkg: <https://w3id.org/privacy-kg/ontology#> .
        <https://example.org/x> a pkg:Vendor, pkg:Collect .""")
    with ontology, pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)


def test_every_dpv_term_used_exists_in_dpv_2_3():
    dpv_dir = need(SHARED / "dpv")
    dpv = Graph().parse(dpv_dir / "dpv-2.3.ttl").parse(dpv_dir / "pd-2.3.ttl")
    used = {o for o in ontology_graph().objects() if isinstance(o, URIRef) and str(o).startswith(str(DPV))}
    assert len(used) > 30
    missing = sorted(str(term) for term in used if (term, RDF.type, None) not in dpv)
    assert missing == []


def test_data_taxonomy_covers_labels_md():
    labels = need(SHARED / "eval" / "LABELS.md").read_text(encoding="utf-8")
    section = labels.split("## Data labels", 1)[1].split("##", 1)[0]
    vocab = load_vocabulary()
    for category, names in re.findall(r"^\| ([^|]+?) \| ([^|]+?) \|$", section, re.M)[2:]:
        category_iri = vocab.category_iri(category.strip())
        for name in names.split(","):
            iri = vocab.iri(name.strip())
            assert vocab.data_types[iri].parent == category_iri, name


def test_alignment_links_and_synonyms():
    graph = ontology_graph()
    assert (PKG.Collect, SKOS.exactMatch, DPV.Collect) in graph
    assert (PKG.EmailAddress, SKOS.exactMatch, PD.EmailAddress) in graph
    assert (PKG.Marketing, SKOS.exactMatch, DPV.Marketing) in graph
    assert (PKG.Location, RDFS.subClassOf, DPV.Country) in graph
    email = load_vocabulary().data_types[PKG.EmailAddress]
    assert "e-mail" in email.phrases


def test_class_axioms_name_classes_and_labels_are_text():
    """A label list run past its ' .' onto the next class ("subClassOf pkg:X, \"a label\"@en") still parses as
    Turtle; the axioms it breaks must not."""
    graph = ontology_graph()
    assert [(s, o) for s, o in graph.subject_objects(RDFS.subClassOf) if not isinstance(o, URIRef)] == []
    labels = (RDFS.label, SKOS.altLabel, PKG.weakLabel, PKG.cue, PKG.triggerVerb, PKG.userTriggerVerb)
    assert [(s, p, o) for p in labels for s, o in graph.subject_objects(p) if isinstance(o, URIRef)] == []
