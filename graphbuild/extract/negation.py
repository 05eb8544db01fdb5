"""Negation and its scope: not, never, no, nor, without; shared across "share, sell or rent"."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.clauses import conjunct_group

NEGATORS = {"not", "n't", "never", "nor", "neither"}
NEGATIVE_DETERMINERS = {"no", "neither"}


def _negated_here(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "preconj", "cc") and child.lower_ in NEGATORS - {"nor"}):
            return True
        if child.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in child.children):
            return True
        if child.dep_ in ("dobj", "nsubjpass", "nsubj") and any(
                g.dep_ == "det" and g.lower_ in NEGATIVE_DETERMINERS for g in child.children):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("nothing", "none", "nobody", "neither"):
            return True
    return False


def is_negated(verb: Token) -> bool:
    """True where the clause of `verb` says the practice does not happen.

    A negation on the first of coordinated verbs covers all of them ("will not share, sell or rent");
    a negated governing verb covers its complement ("we do not require you to provide").
    """
    group = conjunct_group(verb)
    if any(_negated_here(v) for v in group if v.i <= verb.i):
        return True
    if any(child.dep_ == "cc" and child.lower_ == "nor" for child in verb.head.children) and verb.dep_ == "conj":
        return True
    head = group[0]
    if head.dep_ in ("xcomp",) and head.head is not head:
        return is_negated(head.head)
    return False
