"""Negation and its scope: not, never, no, nor, without; shared across "share, sell or rent"."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.actors import USER_WORDS
from graphbuild.extract.clauses import COLLABORATING_VERBS, conjunct_group, has_negation, is_infinitive
from graphbuild.extract.lexicon import singular

NEGATORS = {"not", "n't", "never", "nor", "neither"}
NEGATIVE_DETERMINERS = {"no", "neither"}
ALLOWING_VERBS = {"allow", "permit", "enable", "let", "help"}
OCCASION_NOUNS = {"circumstance", "time", "event", "case", "way", "point", "condition", "situation"}
REQUEST_VERBS = {"request", "ask", "tell", "instruct", "direct", "notify", "inform", "prefer"}


def _negated_here(verb: Token) -> bool:
    if has_negation(verb):
        return True
    for child in verb.children:
        if child.dep_ in ("advmod", "preconj", "cc") and child.lower_ in NEGATORS - {"nor"}:
            return True
        if child.dep_ in ("dobj", "nsubjpass", "nsubj") and any(
                g.dep_ == "det" and g.lower_ in NEGATIVE_DETERMINERS for g in child.children):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("nothing", "none", "nobody", "neither"):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "preconj" and g.lower_ == "neither"
                                                         for g in child.children):
            return True  # "neither we nor our partners will sell it"
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in OCCASION_NOUNS and any(
                d.dep_ == "det" and d.lower_ == "no" for d in g.children) for g in child.children):
            return True  # "under no circumstances", "at no time"
    return False


def user_requests(verb: Token) -> bool:
    """The user asks ("you may request that ...", "please tell us ...")."""
    if verb.lemma_.lower() not in REQUEST_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is None or singular(subject.lower_) in USER_WORDS


# verbs whose aim is what is done by enlisting someone or something: "(not) work with brokers to sell it"
ENLISTING_VERBS = COLLABORATING_VERBS | {"use", "employ", "engage", "hire"}


def is_negated(verb: Token) -> bool:
    """True where the clause of `verb` says the practice does not happen.

    A negation on the first of coordinated verbs covers all of them ("will not share, sell or rent");
    a negated governing verb covers its complement ("we do not require you to provide") and the ability it
    gives ("we do not give you the option to delete").
    """
    group = conjunct_group(verb)
    if group[0].dep_ in ("ccomp", "xcomp") and user_requests(group[0].head):
        return False  # "you may request that we not share": what the user may refuse, so done by default
    if any(c.dep_ == "advcl" and c.i < group[0].i and user_requests(c) for c in group[0].children):
        return False  # "if you prefer we not use it", parsed with "prefer" hung on "use": the same request
    if any(_negated_here(v) for v in group if v.i <= verb.i):
        return not _denies_only_the_form(verb)
    if group[0].dep_ == "pcomp" and group[0].head.lower_ == "without":
        # "you can visit without revealing any personal information"; but "we will not share it without giving
        # you the opportunity to opt out": the opportunity is given
        return not is_negated(_clause_of(group[0].head.head))
    if any(child.dep_ == "cc" and child.lower_ == "nor" for child in verb.head.children) and verb.dep_ == "conj":
        return True
    head = group[0]
    if head.dep_ == "xcomp" and head.head.i != head.i:
        return is_negated(head.head)
    if head.dep_ == "advcl" and is_infinitive(head) and head.head.lemma_.lower() in ENLISTING_VERBS:
        return is_negated(head.head)  # "we do not work with data brokers to sell your data": no selling
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in ALLOWING_VERBS:
        return is_negated(head.head)  # "cookies don't allow us to collect"
    ability = head.head  # "we do not give you the option to delete": the option is not given
    if head.dep_ == "acl" and ability.dep_ == "dobj" and ability.head.pos_ in ("VERB", "AUX"):
        if ability.head.lemma_.lower() in RESTRICTING_VERBS:  # "nothing limits our right to disclose it": it may
            return not is_negated(ability.head)
        return is_negated(ability.head)
    if head.dep_ == "relcl" and is_infinitive(head) and not any(c.dep_ == "nsubj" for c in head.children):
        # "(it is not used in combination with other information) to identify or track you", the parser hanging
        # the aim on the information
        above = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and a.tag_ != "VBG"), None)
        return above is not None and is_negated(above)
    if is_stated_policy(head):
        return is_negated(ability.head)  # "it is not our policy to sell": no selling
    if (line := _line_of_business(head)) is not None:
        return is_negated(line)  # "we are not in the business of selling it": no selling
    return False


def _clause_of(word: Token) -> Token:
    """The verb whose clause the word is part of, past participles describing nouns ("not to share it in ways
    unrelated to the ones described above without providing ...": sharing)."""
    while word.head.i != word.i and (word.pos_ not in ("VERB", "AUX") or word.dep_ in ("acl", "relcl", "amod")):
        word = word.head
    return word


PLAIN_FORM_WORDS = {"plain", "plaintext", "clear", "cleartext", "unencrypted", "unhashed", "readable"}


def _denies_only_the_form(verb: Token) -> bool:
    """"passwords are never stored in plain text": the form is denied, the practice happens (in another form)."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "as") and any(
        t.lower_ in PLAIN_FORM_WORDS for g in c.children if g.dep_ == "pobj" for t in g.subtree)
        for c in verb.children)


RESTRICTING_VERBS = {"limit", "restrict", "prevent", "prohibit", "forbid", "preclude", "bar", "waive"}
LINE_NOUNS = {"business", "habit"}


def _line_of_business(verb: Token) -> Token | None:
    """The verb that puts the vendor in the business of doing it ("we are (not) in the business of selling")."""
    of = verb.head
    if verb.dep_ != "pcomp" or of.lower_ != "of" or of.head.lemma_.lower() not in LINE_NOUNS:
        return None
    holder = of.head.head
    while holder.pos_ == "ADP" and holder.head.i != holder.i:
        holder = holder.head
    return holder if holder.pos_ in ("VERB", "AUX") else None


POLICY_NOUNS = {"policy", "practice"}


def is_stated_policy(verb: Token) -> bool:
    """The verb is what a policy of the vendor's is: "it is (not) our policy to sell ...", "our practice is to
    share ..."."""
    noun = verb.head
    return (verb.dep_ in ("relcl", "acl", "xcomp") and is_infinitive(verb)
            and noun.lemma_.lower() in POLICY_NOUNS and noun.dep_ in ("attr", "nsubj") and noun.head.lemma_ == "be")
