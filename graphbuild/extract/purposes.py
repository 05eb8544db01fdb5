"""Why data is used: OPP-115 purposes from the cues in purpose clauses (to ..., in order to ..., for ...)."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Span, Token

from graphbuild.extract.lexicon import Lexicon

PURPOSE_DEPS = {"advcl", "xcomp", "prep", "npadvmod", "acl", "relcl", "ccomp", "conj", "pcomp", "dobj", "pobj"}
NOT_PURPOSE_MARKS = {"if", "unless", "when", "whenever", "once", "although", "though", "as", "because", "while"}


def purpose_clause_tokens(group: list[Token], scope: set[int]) -> set[int]:
    """Tokens of the clauses that say why: infinitives, 'in order to', 'for ... purposes', 'so that'."""
    found: set[int] = set()
    for verb in group:
        for child in verb.children:
            if child.dep_ not in PURPOSE_DEPS:
                continue
            marks = {g.lower_ for g in child.children if g.dep_ in ("mark", "aux")}
            if marks & NOT_PURPOSE_MARKS:
                continue
            infinitive = "to" in marks or (child.dep_ == "advcl" and child.tag_ == "VB")
            purposeful_prep = child.dep_ == "prep" and child.lower_ in ("for", "to", "in")
            if infinitive or purposeful_prep or child.dep_ in ("advcl", "xcomp"):
                found |= {t.i for t in child.subtree}
    return found & scope if scope else found


def purposes_in(sentence: Span, indices: set[int], lexicon: Lexicon, excluded: set[int]) -> list[URIRef]:
    """The purposes whose cues occur in the given tokens, outside data and condition phrases."""
    found = [m.iri for m in lexicon.purposes.find(sentence)
             if m.start in indices and not set(range(m.start, m.end)) & excluded]
    return list(dict.fromkeys(found))
