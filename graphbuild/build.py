"""Build: turn policies and their practices into an RDF dataset, one named graph per policy.

IRIs are derived from the content (policy id, offsets, the practice's fields), never from counters
or the clock, so the same input always builds the same graph.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD, NamespaceManager

from graphbuild.extract.locations import country_name
from graphbuild.extract.practice import Practice
from graphbuild.ingest import PolicyDocument
from graphbuild.vocabulary import ID, PKG, PROV, load_vocabulary, ontology_graph

ONTOLOGY_GRAPH = ID["graph/ontology"]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:16]


def policy_graph_iri(policy_id: str) -> URIRef:
    return ID[f"graph/{quote(policy_id, safe='')}"]


def document_iri(policy_id: str) -> URIRef:
    return ID[f"policy/{quote(policy_id, safe='')}"]


def vendor_iri(vendor: str) -> URIRef:
    return ID[f"vendor/{_slug(vendor)}"]


def sentence_iri(policy_id: str, start: int, end: int) -> URIRef:
    return ID[f"sentence/{quote(policy_id, safe='')}/{start}-{end}"]


def practice_iri(practice: Practice) -> URIRef:
    key = _digest(practice.action, practice.negated, practice.sentence.start, practice.sentence.end, practice.data,
                  practice.purpose, practice.recipient, practice.recipient_name, practice.location,
                  *([practice.region] if practice.region else []))  # the IRIs of practices without one stay
    return ID[f"practice/{quote(practice.policy, safe='')}/{key}"]


def country_iri(code: str) -> URIRef:
    return ID[f"country/{code}"]


def region_iri(name: str) -> URIRef:
    return ID[f"region/{_slug(name)}"]


def organisation_iri(name: str) -> URIRef:
    return ID[f"organisation/{_slug(name)}"]


def add_document(graph: Graph, doc: PolicyDocument) -> URIRef:
    """The policy document and its vendor, with the archive metadata of its header."""
    doc_node, vendor_node = document_iri(doc.policy_id), vendor_iri(doc.vendor)
    graph.add((doc_node, RDF.type, PKG.PolicyDocument))
    graph.add((doc_node, PKG.policyId, Literal(doc.policy_id)))
    graph.add((doc_node, PKG.sourceFile, Literal(Path(doc.source_file).name)))
    graph.add((doc_node, PKG.vendor, vendor_node))
    if doc.title:
        graph.add((doc_node, DCTERMS.title, Literal(doc.title)))
    if doc.domain:
        graph.add((doc_node, PKG.domain, Literal(doc.domain)))
    if doc.archive_date:
        graph.add((doc_node, PKG.archiveDate, Literal(doc.archive_date, datatype=XSD.date)))
    if doc.source_url:
        graph.add((doc_node, PKG.sourceUrl, Literal(doc.source_url, datatype=XSD.anyURI)))
    graph.add((vendor_node, RDF.type, PKG.Vendor))
    graph.add((vendor_node, RDFS.label, Literal(doc.vendor)))
    return doc_node


def add_sentence(graph: Graph, doc_node: URIRef, practice: Practice) -> URIRef:
    ref = practice.sentence
    node = sentence_iri(practice.policy, ref.start, ref.end)
    section = ID[f"section/{quote(practice.policy, safe='')}/{_digest(ref.section)}"]
    graph.add((node, RDF.type, PKG.Sentence))
    graph.add((node, PKG.text, Literal(ref.text)))
    graph.add((node, PKG.startOffset, Literal(ref.start)))
    graph.add((node, PKG.endOffset, Literal(ref.end)))
    graph.add((node, PKG.inDocument, doc_node))
    graph.add((node, PKG.inSection, section))
    graph.add((section, RDF.type, PKG.Section))
    graph.add((section, PKG.heading, Literal(ref.section)))
    graph.add((section, PKG.inDocument, doc_node))
    return node


def add_practice(graph: Graph, doc_node: URIRef, practice: Practice) -> URIRef:
    """One practice node with its action, negation, data, purpose, recipient, place and evidence."""
    vocab = load_vocabulary()
    node = practice_iri(practice)
    action = vocab.actions[practice.action].iri
    graph.add((node, RDF.type, action))
    graph.add((node, PKG.action, action))
    graph.add((node, PKG.negated, Literal(practice.negated)))
    graph.add((node, PKG.vendor, vendor_iri(practice.vendor)))
    graph.add((node, PKG.inDocument, doc_node))
    sentence = add_sentence(graph, doc_node, practice)
    graph.add((node, PKG.statedIn, sentence))
    graph.add((node, PROV.wasDerivedFrom, sentence))
    optional = [(PKG.data, practice.data), (PKG.purpose, practice.purpose), (PKG.recipient, practice.recipient),
                (PKG.dataSubject, practice.data_subject)]
    for predicate, value in optional:
        if value is not None:
            graph.add((node, predicate, value))
    for predicate, value in [(PKG.dataText, practice.data_text), (PKG.modality, practice.modality),
                             (PKG.condition, practice.condition), (PKG.retentionPeriod, practice.retention_period)]:
        if value:
            graph.add((node, predicate, Literal(value)))
    for measure in practice.security_measures:
        graph.add((node, PKG.securityMeasure, Literal(measure)))
    if practice.recipient_name:
        org = organisation_iri(practice.recipient_name)
        graph.add((node, PKG.recipientOrganisation, org))
        graph.add((org, RDF.type, PKG.Organisation))
        graph.add((org, RDFS.label, Literal(practice.recipient_name)))
    if practice.location:
        place = country_iri(practice.location)
        graph.add((node, PKG.location, place))
        graph.add((place, RDF.type, PKG.Location))
        graph.add((place, PKG.isoCode, Literal(practice.location)))
        graph.add((place, RDFS.label, Literal(country_name(practice.location))))
    if practice.region:
        region = region_iri(practice.region)
        graph.add((node, PKG.region, region))
        graph.add((region, RDF.type, PKG.Region))
        graph.add((region, RDFS.label, Literal(practice.region)))
    return node


def new_dataset() -> Dataset:
    """An empty dataset holding the ontology in its own named graph."""
    dataset = Dataset(default_union=True)
    dataset.namespace_manager = NamespaceManager(dataset, bind_namespaces="core")
    for prefix, namespace in ontology_graph().namespaces():
        dataset.bind(prefix, namespace)
    dataset.bind("pkg", PKG)
    dataset.bind("id", ID)
    dataset.bind("prov", PROV)
    ontology = dataset.graph(ONTOLOGY_GRAPH)
    for triple in ontology_graph():
        ontology.add(triple)
    return dataset


def add_policy(dataset: Dataset, doc: PolicyDocument, practices: list[Practice]) -> Graph:
    """Add one policy and its practices as the policy's own named graph."""
    graph = dataset.graph(policy_graph_iri(doc.policy_id))
    doc_node = add_document(graph, doc)
    for practice in practices:
        add_practice(graph, doc_node, practice)
    return graph

