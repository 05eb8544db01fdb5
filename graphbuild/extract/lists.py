"""Lists after a colon: each item carries on its lead-in ("we collect ... in order to:", "(i) ...").

What the items add depends on how the lead-in ends: purposes ("in order to:", "for the following
purposes:"), data ("the following information:") or circumstances ("except in the following cases:",
where each item is an exception to a negated statement, so a positive practice). Items after a lead-in
in which the policy describes itself ("This Policy explains:") are its topics and state nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rdflib import URIRef
from spacy.tokens import Doc, Span

from graphbuild.extract.clauses import exception_span
from graphbuild.extract.lexicon import DOCUMENT_NOUNS
from graphbuild.extract.practice import Statement

PURPOSE_ENDINGS = {"to", "for", "purposes", "purpose", "order", "reasons", "ways", "uses"}
EXCEPTION_WORDS = {"except", "unless"}  # "we do not sell it, and we do not share it with anyone, except:"
CIRCUMSTANCE_WORDS = {"circumstances", "circumstance", "cases", "case", "situations", "situation", "conditions",
                      "instances", "exceptions", "events", "when", "if"}


TOPIC_VERBS = {"describe", "explain", "outline", "cover", "address", "detail", "summarize", "summarise"}


@dataclass(frozen=True)
class LeadIn:
    """The statements of a sentence that ends in a colon, and what its list items supply."""

    statements: tuple[Statement, ...]
    kind: str  # "purposes" | "data" | "circumstances" | "topics"
    vendor_speaks: bool = False  # "We may use it to:": an item's bare verb ("- share it with ...") is the vendor's
    negated: bool = False  # "We will not:": neither is what its items go on to say

    def data(self) -> list[URIRef]:
        return list(dict.fromkeys(d for s in self.statements for d in s.data))


def lead_in(sentence: Span, statements: list[Statement], vendor_speaks: bool = False, negated: bool = False) -> LeadIn:
    """Classify a lead-in by its last words before the colon, or as the policy's table of contents."""
    words = [t.lower_ for t in sentence if not t.is_punct and not t.is_space]
    tail = words[-4:]
    if _describes_the_policy(sentence) or _is_table_of_contents(sentence):
        kind = "topics"
    elif set(tail) & CIRCUMSTANCE_WORDS or negated and (set(tail) & EXCEPTION_WORDS or exception_span(sentence.root)):
        kind = "circumstances"  # "We do not share it, except as provided herein:": each item is a case where it is
    elif tail[-3:] == ["not", "limited", "to"]:
        kind = "data"  # "including, but not limited to:" lists examples
    elif words and (words[-1] in PURPOSE_ENDINGS or "order" in tail[-2:]):
        kind = "purposes"
    else:
        kind = "data"
    return LeadIn(tuple(statements), kind, vendor_speaks, negated)


def _describes_the_policy(sentence: Span) -> bool:
    """"This Policy describes our practices regarding:", "This Privacy Policy will explain:": its items
    are the policy's topics, not practices."""
    root = sentence.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return root.lemma_.lower() in TOPIC_VERBS and any(s.lower_ in DOCUMENT_NOUNS | {"it"} for s in subjects)


CONTENTS_NOUNS = {"section", "sections", "link", "links", "topic", "topics", "area", "areas", "contents"}
NAVIGATING_LEMMAS = {"jump", "click", "navigate", "go", "skip", "find", "read"}


def _is_table_of_contents(sentence: Span) -> bool:
    """"Please click on one of the links below to jump to the listed section:": what follows are headings."""
    words = {t.lower_ for t in sentence}
    return bool(words & CONTENTS_NOUNS) and any(t.lemma_.lower() in NAVIGATING_LEMMAS for t in sentence)


ITEM_MARKS = {"if", "when", "whenever", "where", "as", "to", "unless", "once", "in", "for", "with", "by", "upon"}


def reads_as_item(paragraph: Doc) -> bool:
    """A paragraph that goes on from a colon as a list item would: it ends in ";", or it is one sentence that
    is no clause of its own ("To protect our rights.", "If the law requires it.", "As required by law, ...",
    "Processing your order."); not a run-in heading ("To contact you. We may send ...")."""
    if paragraph.text.rstrip().endswith((";", "; and", "; or")):
        return True
    sentences = [s for s in paragraph.sents if s.text.strip()]
    if len(sentences) != 1:
        return False
    root = sentences[0].root
    first = sentences[0]
    if root.pos_ not in ("VERB", "AUX"):
        return root.pos_ == "ADP"  # "In response to a subpoena."
    opened = root.left_edge.lower_ in ITEM_MARKS and any(c.dep_ in ("mark", "aux") and c.i == first.start
                                                          for c in root.children)
    subjectless = root.tag_ in ("VBG", "VBN") and not any(c.dep_.startswith("nsubj") for c in root.children)
    return opened or subjectless


def continue_lead(lead: LeadIn, item_data: list[URIRef], item_purposes: list[URIRef],
                  item_recipients: list[tuple[URIRef, str | None]], own_clause: bool = False) -> list[Statement]:
    """The statements a list item without a practice verb of its own makes with its lead-in (`own_clause`: the
    item is a clause with a subject of its own, not a bare aim or case)."""
    found: list[Statement] = []
    for statement in lead.statements:
        if lead.kind == "purposes" and item_purposes and statement.action in ("use", "collect"):
            found.append(replace(statement, action="use", negated=False, purposes=item_purposes))
        elif lead.kind in ("purposes", "data") and item_purposes and not item_data and not item_recipients \
                and statement.action == "share" and not statement.negated:
            # "We and our affiliates use it to: - send newsletters": the affiliates get it for that too
            found.append(replace(statement, purposes=item_purposes))
        elif lead.kind == "data" and item_recipients and not item_data and statement.action in ("share", "sell"):
            # "We may share personal information with others, such as: - Service providers ...": to whom
            found.append(replace(statement, recipients=item_recipients, purposes=item_purposes or statement.purposes))
        elif lead.kind == "data" and item_data and statement.action not in ("policy-change", "opt-in", "opt-out"):
            # "We share data with: - Stripe, which bills you": the companies an item names receive it
            named = statement.action in ("share", "sell") and any(name for _, name in item_recipients)
            found.append(replace(statement, data=item_data, purposes=item_purposes or statement.purposes,
                                 recipients=item_recipients if named else statement.recipients))
        elif lead.kind == "data" and item_purposes and statement.action == "use":
            # "We use the information you provide: - to notify you about changes"
            found.append(replace(statement, negated=False, purposes=item_purposes))
        elif lead.kind == "circumstances" and statement.action in ("share", "sell"):
            # each circumstance is a case where it happens, to whom and why the item says; an exception to "we do
            # not sell or disclose it" is a disclosure, not a sale
            action = "share" if statement.negated else statement.action
            found.append(replace(statement, action=action, negated=False,
                                 recipients=item_recipients or statement.recipients, purposes=item_purposes))
            if item_purposes and not own_clause:  # "- to comply with the law": the vendor acts for that reason too;
                # not "- If you buy from us, we will notify you": what the item says happens, no aim of the vendor's
                found.append(replace(statement, action="use", negated=False, purposes=item_purposes, recipients=[]))
    return list({(s.action, s.negated, tuple(s.data), tuple(s.purposes)): s for s in found}.values())
