"""The vocabulary of the ontology, read from `ontology/privacy-kg.ttl`: the one source of truth.

Extraction asks this module which verbs state which action, which phrases name which data type,
purpose or recipient; nothing of the kind is repeated in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from graphbuild.paths import data_dir

PKG = Namespace("https://w3id.org/privacy-kg/ontology#")
ID = Namespace("https://w3id.org/privacy-kg/id/")
DPV = Namespace("https://w3id.org/dpv#")
PD = Namespace("https://w3id.org/dpv/pd#")
PROV = Namespace("http://www.w3.org/ns/prov#")
TRACKING_ELEMENTS = frozenset({PKG.Cookie, PKG.WebBeacon})  # the "Cookies and tracking elements" labels


@dataclass(frozen=True)
class Term:
    """One class of the ontology with the phrases that name it."""

    iri: URIRef
    label: str
    phrases: tuple[str, ...] = ()  # label and skos:altLabel
    weak_phrases: tuple[str, ...] = ()  # pkg:weakLabel
    cues: tuple[str, ...] = ()  # pkg:cue
    parent: URIRef | None = None  # the OPP-115 category of a data label
    media: tuple[str, ...] = ()  # pkg:mediumLabel


@dataclass(frozen=True)
class ActionTerm:
    """A Practice subclass with the verbs that state it."""

    iri: URIRef
    label: str
    vendor_verbs: frozenset[str]
    user_verbs: frozenset[str]
    cues: tuple[str, ...] = ()


@dataclass
class Vocabulary:
    actions: dict[str, ActionTerm]
    data_types: dict[URIRef, Term]
    categories: dict[URIRef, Term]
    purposes: dict[URIRef, Term]
    recipients: dict[URIRef, Term]
    by_label: dict[str, URIRef] = field(default_factory=dict)

    def iri(self, label: str) -> URIRef:
        """The class whose rdfs:label is `label` (data types, purposes, recipients)."""
        return self.by_label[label.lower()]

    def category_iri(self, label: str) -> URIRef:
        """The OPP-115 category class whose rdfs:label is `label`."""
        return next(iri for iri, term in self.categories.items() if term.label.lower() == label.lower())

    def label(self, iri: URIRef) -> str:
        for table in (self.data_types, self.categories, self.purposes, self.recipients):
            if iri in table:
                return table[iri].label
        return str(iri)


def ontology_path() -> Path:
    """Path of the ontology file shipped with the package."""
    return data_dir("ontology") / "privacy-kg.ttl"


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    graph = Graph(bind_namespaces="core")
    graph.parse(ontology_path(), format="turtle")
    return graph


def _strings(graph: Graph, subject: URIRef, predicate: URIRef) -> tuple[str, ...]:
    return tuple(sorted(str(o) for o in graph.objects(subject, predicate)))


def _term(graph: Graph, iri: URIRef, parent: URIRef | None = None) -> Term:
    label = str(graph.value(iri, RDFS.label))
    phrases = (label,) + _strings(graph, iri, SKOS.altLabel)
    return Term(iri, label, phrases, _strings(graph, iri, PKG.weakLabel), _strings(graph, iri, PKG.cue), parent,
                _strings(graph, iri, PKG.mediumLabel))


def _subclasses(graph: Graph, parent: URIRef) -> list[URIRef]:
    return sorted(s for s in graph.subjects(RDFS.subClassOf, parent) if isinstance(s, URIRef)
                  and (s, RDF.type, OWL.Class) in graph)


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """Read actions, the data-type taxonomy, purposes and recipients from the ontology."""
    graph = ontology_graph()
    actions = {}
    for iri in _subclasses(graph, PKG.Practice):
        label = str(graph.value(iri, PKG.actionLabel))
        actions[label] = ActionTerm(iri, label, frozenset(_strings(graph, iri, PKG.triggerVerb)),
                                    frozenset(_strings(graph, iri, PKG.userTriggerVerb)), _strings(graph, iri, PKG.cue))
    categories = {iri: _term(graph, iri) for iri in _subclasses(graph, PKG.DataType)}
    data_types = {iri: _term(graph, iri, category)
                  for category in categories for iri in _subclasses(graph, category)}
    purposes = {iri: _term(graph, iri) for iri in _subclasses(graph, PKG.Purpose)}
    recipients = {iri: _term(graph, iri) for iri in _subclasses(graph, PKG.Recipient)}
    vocab = Vocabulary(actions, data_types, categories, purposes, recipients)
    for table in (data_types, purposes, recipients):
        for iri, term in table.items():
            vocab.by_label.setdefault(term.label.lower(), iri)
    return vocab
