"""Clause structure from the dependency parse: coordinated verbs, subjects, voice, scope, modality."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

SUBJECT_DEPS = ("nsubj", "csubj")
MODALS = {"may", "might", "will", "would", "must", "can", "could", "shall", "should"}
CONDITION_MARKS = {"if", "unless", "when", "whenever", "where", "once", "provided", "should"}  # "should you wish"
EXCEPTION_WORDS = {"except", "unless", "excluding", "other than", "but only", "save"}


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of a verb, following coordination and object control."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    stranded = _subject_of_auxiliary(verb)
    if stranded is not None:
        return stranded
    if verb.dep_ in ("conj", "acomp") and verb.head.i != verb.i:
        return subject_of(verb.head)  # "users are able to change": whoever is able changes
    if is_participle_clause(verb):
        return subject_of(verb.head)  # "if you pay using a credit card": you use it
    if verb.dep_ == "pcomp":  # "users cannot opt out of receiving": users receive
        head = verb.head
        while head.dep_ == "prep" and head.head.i != head.i:
            head = head.head
        if head.pos_ in ("VERB", "AUX") and head.i != verb.i:
            return subject_of(head)
    misparsed_infinitive = verb.dep_ == "pobj" and verb.head.lower_ == "to" and verb.head.head.pos_ == "NOUN"
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" or misparsed_infinitive:
        noun = verb.head.head if misparsed_infinitive else verb.head  # "you have the ability to view": you view
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None and is_infinitive(verb):
            return owner  # "it is your responsibility to obtain permission": you obtain it
        governor = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else noun.head
        if governor.pos_ in ("VERB", "AUX") and noun.dep_ in ("dobj", "attr", "pobj"):
            given = next((c for c in governor.children if c.dep_ in ("dative", "dobj") and c.i < noun.i), None)
            return given or subject_of(governor)  # "we give you the option to opt out": you opt out
    relied_on = _relied_on(verb)
    if relied_on is not None:
        return relied_on
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        for child in verb.head.children:
            if child.dep_ in ("dobj", "dative") and child.i < verb.i:
                return child  # "asks you to provide": you provide
            if child.dep_ == "nsubjpass" and verb.dep_ == "xcomp":
                return child  # "you will be required to provide": you provide
        if _controlled_by_antecedent(verb):
            return verb.head.head  # "(Adobe and Krux are) third parties we engage to track ...": they track
        return subject_of(verb.head)
    if verb.dep_ == "advcl" and is_infinitive(verb):
        if verb.head.lemma_.lower() in PERMITTING_VERBS:  # "we permit advertisers (...) to collect": they collect
            permitted = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if permitted is not None:
                return permitted
        # "you should refer to their policies to obtain information": you obtain it
        return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.lower_ == "you"), None)
    return None


OBJECT_CONTROL_VERBS = {"engage", "hire", "use", "retain", "employ", "authorize", "authorise", "permit", "allow",
                        "contract", "pay", "instruct", "require", "ask"}
# of those, the ones whose object does what an infinitive the parser hung on them says ("permit X to collect")
PERMITTING_VERBS = OBJECT_CONTROL_VERBS - {"use", "retain", "employ", "contract", "pay", "require", "ask"} | {
    "enable", "let"}


def _controlled_by_antecedent(verb: Token) -> bool:
    """An infinitive of a relative clause whose verb has its object in the antecedent ("third parties we
    engage to track", "companies that we hire to process payments")."""
    clause = verb.head
    return (verb.dep_ == "xcomp" and clause.dep_ == "relcl" and clause.lemma_.lower() in OBJECT_CONTROL_VERBS
            and not any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in clause.children)
            and not any(c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that") for c in clause.children))


def _subject_of_auxiliary(verb: Token) -> Token | None:
    """"We do not, however, collect ...": the parser may hang the subject on the auxiliary."""
    return next((g for c in verb.children if c.dep_ == "aux" for g in c.children if g.dep_ in SUBJECT_DEPS), None)


def _relied_on(verb: Token) -> Token | None:
    """"we rely on our users to update their information": the users update it."""
    infinitive = is_infinitive(verb)
    if verb.dep_ not in ("xcomp", "advcl") or not infinitive or verb.head.i == verb.i:
        return None
    for child in verb.head.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "upon") and child.i < verb.i:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def is_participle_clause(verb: Token) -> bool:
    """"(if you pay) using a credit card": a participle that shares its head clause's subject and mood."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children)


def is_passive(verb: Token) -> bool:
    """Passive voice, shared across coordination ("may be read, collected, or used by others")."""
    for token in conjunct_group(verb):
        if any(child.dep_ in ("auxpass", "nsubjpass") for child in token.children):
            return True
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")  # "information collected"


def first_conjunct(token: Token) -> Token:
    """The first of coordinated words, which holds their shared role ("by phone and e-mail" -> phone)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def governing_verb(token: Token) -> Token:
    """The verb (or auxiliary) a word belongs to: itself, or its nearest verb above ("opt out" -> "cannot
    opt", "consent" in "without your consent" -> "share"); the root where there is none."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def agent_of(verb: Token) -> Token | None:
    """The (first) agent of a passive verb or of its coordinated verbs ("by others" -> others)."""
    agents = agents_of(verb)
    return agents[0] if agents else None


def agents_of(verb: Token) -> list[Token]:
    """The agents of a passive verb or of its coordinated verbs: "by us or by our partners" -> us, partners; not
    of a conjunct with its own auxiliary, which is a clause of its own ("... or as may be required by law")."""
    for token in conjunct_group(verb):
        if token.i != verb.i and any(c.dep_ in ("aux", "auxpass") for c in token.children):
            continue
        # the parser sometimes takes "except" for an agent
        markers = [c for c in token.children if c.dep_ == "agent" and c.lower_ == "by"]
        markers += [g for m in markers for g in m.conjuncts if g.lower_ == "by" and g not in markers]
        agents = sorted((g for m in markers for g in m.children if g.dep_ == "pobj"), key=lambda t: t.i)
        if markers:
            return agents
    return []


TIME_MARKS = {"when", "whenever", "while"}


def is_time_clause(clause: Token) -> bool:
    """An adverbial clause opened by "when", "whenever" or "while" (the parser may hang the word on any of the
    clause's coordinated verbs)."""
    return clause.dep_ == "advcl" and any(c.lower_ in TIME_MARKS and c.dep_ in ("advmod", "mark")
                                          for v in conjunct_group(clause) for c in v.children)


def conjunct_group(verb: Token) -> list[Token]:
    """The verb and the verbs coordinated with it that share its subject ("share, sell or rent")."""
    root = verb
    while root.dep_ == "conj" and root.head.i != root.i and not own_clause(root):
        root = root.head
    group = [root]
    stack = [root]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ == "conj" and not own_clause(child) and not continues_purpose(child):
                stack.append(child)  # through a verb mistagged as a noun ("sell, rent, or trade")
                if child.pos_ in ("VERB", "AUX"):
                    group.append(child)
    if verb not in group:
        group.append(verb)
    return sorted(group, key=lambda t: t.i)


def is_infinitive(verb: Token) -> bool:
    """The verb has its "to": "to collect", "(ask you) to provide"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def continues_purpose(verb: Token) -> bool:
    """An infinitive coordinated with a finite verb, as the parser reads "we collect X for security and to
    help us understand ...": it goes on with the purpose, it is no second practice."""
    head = verb.head
    had_done = head.tag_ == "VBN" and head.dep_ in ("ccomp", "xcomp") and head.head.lemma_.lower() in ("have", "get")
    return (verb.dep_ == "conj" and is_infinitive(verb) and head.i != verb.i and head.pos_ in ("VERB", "AUX")
            and not is_infinitive(head) and not had_done)  # not "to have X corrected or to have Y deleted"


def qualifies_next(word: Token) -> bool:
    """The word only qualifies a noun after it: "e-mail" in "e-mail messages", "EU" in "EU residents"."""
    return word.dep_ in ("compound", "amod", "nmod") and word.head.i > word.i


def _own_subject(verb: Token) -> bool:
    return any(child.dep_ in SUBJECT_DEPS + ("nsubjpass",) for child in verb.children)


def own_clause(conjunct: Token) -> bool:
    """A conjunct with a subject of its own, or with auxiliaries of its own that turn the polarity ("will not
    receive X, but may receive Y", "is not identifiable and is used to ..."): a clause of its own."""
    if _own_subject(conjunct):
        return True
    if conjunct.lemma_.lower() == "limit":
        return False  # "may include, but is not limited to, X": one list, no turn
    auxiliaries = [c for c in conjunct.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
    return bool(auxiliaries) and has_negation(conjunct) != has_negation(conjunct.head)


def has_negation(verb: Token) -> bool:
    """"not" on the verb, its auxiliary or its adverb ("will not share", "do not intentionally allow"; not
    "no longer wish")."""
    return any(c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") or c.dep_ == "advmod" and c.lower_ != "longer")
               and any(g.dep_ == "neg" for g in c.children) for c in verb.children)


LETTING_VERBS = {"allow", "permit", "let", "authorize", "authorise"}


RAISING_VERBS = {"have", "need", "seem", "appear", "continue", "tend", "happen", "begin", "start"}


def scope(group: list[Token], others: set[int], sentence: Span) -> set[int]:
    """Token indices a verb group speaks about: its subtrees, less the subtrees of other triggers.

    For a verb that modifies a noun ("the information we collect"), the noun phrase belongs too.
    """
    indices: set[int] = set()
    for verb in group:
        indices |= {t.i for t in verb.subtree}
        if verb.dep_ == "conj" and not _own_subject(verb) and own_clause(verb):  # "... and is used to ...":
            indices |= shared_subject(verb)  # the subject is shared
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in LETTING_VERBS:  # "permit X to be shared": X is shared
            indices |= {t.i for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i for t in c.subtree}
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in RAISING_VERBS and is_passive(verb):
            # "information may have to be released": the information is released
            indices |= {t.i for c in verb.head.children if c.dep_ == "nsubj" for t in c.subtree}
        relative_subject = any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in verb.children)
        if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i and not relative_subject:
            head = verb.head
            indices |= {t.i for t in head.subtree} - {t.i for t in verb.subtree if t.i > head.i and t.dep_ != "relcl"}
            indices |= {t.i for t in verb.subtree}
    for verb in group:
        for token in verb.subtree:
            if token.i in others and token.i not in {v.i for v in group}:
                indices -= {t.i for t in token.subtree}
        for child in verb.children:
            if child.dep_ == "conj" and own_clause(child):
                indices -= {t.i for t in child.subtree}  # "..., but these statistics will not include ..."
                indices |= _shared_object(verb, child)
            if child.dep_ == "parataxis" and _own_subject(child):
                indices -= {t.i for t in child.subtree}  # "our cookies do not include names; they are used to ..."
    return {i for i in indices if sentence.start <= i < sentence.end}


def shared_subject(conjunct: Token) -> set[int]:
    """The tokens of the subject of the clause a conjunct goes on from ("X cannot be deleted, but may be
    modified": X)."""
    head = conjunct.head
    while not _own_subject(head) and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return {t.i for c in head.children if c.dep_ in SUBJECT_DEPS + ("nsubjpass",) for t in c.subtree}


def _shared_object(verb: Token, other: Token) -> set[int]:
    """"We may collect, or our ad server may collect, certain information": a verb with no object of its own
    shares the object of the same verb in the next clause."""
    if verb.lemma_ != other.lemma_ or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return set()
    return {t.i for c in other.children if c.dep_ == "dobj" for t in c.subtree}


def modality(verb: Token) -> str | None:
    """The modal verb of the clause (may, will, must ...), following coordination."""
    for token in conjunct_group(verb)[:1] + [verb]:
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in MODALS:
                return child.lower_
            if child.dep_ == "aux" and child.lower_ in ("ca", "wo"):  # ca n't, wo n't
                return {"ca": "can", "wo": "will"}[child.lower_]
    return None


def condition(verb: Token) -> str | None:
    """The conditional or exception clause attached to the verb (if ..., unless ..., except ...)."""
    for token in conjunct_group(verb):
        for child in token.children:
            marks = {g.lower_ for g in child.children if g.dep_ == "mark"}
            if child.dep_ == "advcl" and marks & CONDITION_MARKS:
                return _span_text(child)
            if child.dep_ == "prep" and child.lower_ in ("except", "unless", "without", "with") and any(
                    g.lower_ in ("consent", "permission", "law", "authorization") for g in child.subtree):
                return _span_text(child)
    return None


COLLABORATING_VERBS = {"work", "partner", "team", "collaborate", "cooperate", "contract"}  # "we work with X to ..."


def exception_span(verb: Token) -> set[int]:
    """Token indices of an exception ("except as required by law", "unless you consent"); not of one that another
    clause joined to the verb makes ("we do not sell it, and we do not share it except with Stripe")."""
    found: set[int] = set()
    for token in conjunct_group(verb):
        for child in token.subtree:
            other_than = child.lower_ == "other" and child.i + 1 < len(child.doc) and child.nbor(1).lower_ == "than"
            # "for any other purpose but to provide the service": "but" as "except"
            but = child.lower_ == "but" and child.i > 0 and child.nbor(-1).lemma_.lower() == "purpose"
            if (child.lower_ in ("except", "unless") or other_than or but) and not _in_joined_clause(child, verb):
                clause = child.head if child.dep_ == "mark" else child  # "unless you consent" marks its clause
                if but or clause.n_lefts + clause.n_rights == 0:
                    clause = _phrase_after(clause)  # "Except as described ...," parsed as a bare word
                found |= set(range(child.i, max(child.i, clause.right_edge.i) + 1)) | {t.i for t in clause.subtree}
    return found


def _in_joined_clause(token: Token, verb: Token) -> bool:
    """The token belongs to a clause joined to the verb that has a subject of its own."""
    for above in [token, *token.ancestors]:
        if above.i == verb.i:
            return False
        if above.dep_ == "conj" and above.pos_ in ("VERB", "AUX") and own_clause(above):
            return True
    return False


def _phrase_after(word: Token) -> Token:
    """The largest phrase that begins right after the word and does not hold it (the word itself if none)."""
    if word.i + 1 >= len(word.doc):
        return word
    phrase = word.doc[word.i + 1]
    while phrase.head.i != phrase.i and phrase.head.left_edge.i == word.i + 1 and word not in phrase.head.subtree:
        phrase = phrase.head
    return phrase if phrase.left_edge.i == word.i + 1 else word


def _span_text(token: Token) -> str:
    tokens = list(token.subtree)
    return written_text(token.doc[tokens[0].i: tokens[-1].i + 1])


def written_text(span: Span) -> str:
    """The span as the policy wrote it (the parsed text has the vendor's name masked)."""
    original = span.doc.user_data.get("original", span.doc.text)
    return original[span.start_char: span.end_char]


DURATION = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty|thirty|sixty|ninety)"
            r"(?:\s*\(\d+\))?\s+(?:days?|weeks?|months?|years?)")
RETENTION_PERIOD = re.compile(
    rf"\b(?:for|within|after|up to|no longer than|at least|at most|a maximum of|a period of)\s+(?:a period of\s+)?"
    rf"{DURATION}\b|\b{DURATION}\s+(?:after|following)\b[^,.;]*"  # "deleted 30 days after your trip ends"
    r"|\bas long as\b[^,.;]*|\bfor the duration of\b[^,.;]*|\bindefinitely\b|\buntil you\b[^,.;]*", re.I)


def retention_period(sentence: Span) -> str | None:
    """How long data is kept, as the sentence says it ("for 30 days", "as long as your account is active")."""
    return _period_in(sentence.text)


def _period_in(text: str) -> str | None:
    match = RETENTION_PERIOD.search(text)
    return match.group(0).strip() if match else None


def clause_retention_period(verb: Token) -> str | None:
    """How long the verb's own clause says data is kept, leaving out the clauses with subjects of their own in it
    ("we delete your data within 90 days, except that payment records are kept for 7 years")."""
    inner = {t.i for c in verb.children if c.pos_ in ("VERB", "AUX") and c.dep_ != "aux"
             and any(g.dep_ in ("nsubj", "nsubjpass", "csubj") for g in c.children) for t in c.subtree}
    return _period_in(" ".join(t.text for t in verb.subtree if t.i not in inner))


SAFE_WORDS = {"secret", "confidential", "private", "secure", "safe", "protected"}


def kept_state(verb: Token) -> str | None:
    """The state a verb keeps its object in ("kept secret", "keep your number private", "keep it accurate")."""
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp") and child.pos_ != "ADP":  # not "kept on our servers", parsed as a state
            return child.lower_
        if child.dep_ == "dobj":
            after = [a for a in child.children if a.dep_ == "amod" and a.i > child.i]
            if after:
                return after[0].lower_
    return None


SAFETY_NOUNS = {"security", "confidentiality", "integrity", "privacy", "safety", "secrecy"}
QUALITY_NOUNS = SAFETY_NOUNS | {"accuracy", "quality", "completeness", "importance", "significance", "sensitivity"}


def tended_quality(verb: Token) -> str | None:
    """The quality of data the verb tends or weighs, not the data ("maintain the security of your information",
    "ensure the accuracy of the data we hold", "recognize the importance of protecting it")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in QUALITY_NOUNS and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in child.children):
            return child.lower_
    return None


def is_imperative(verb: Token) -> bool:
    """A main verb in its bare form with no subject or auxiliary but "do" ("Send a letter to the address
    below", "Do not share this information"). Not a verb that goes on from a clause before it with a subject
    ("we must release your card number to the bank; release your address to the carrier")."""
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and _subject_of_auxiliary(verb) is None and not any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass") or (c.dep_ == "aux" and c.lower_ != "do")
        or (c.dep_ in ("ccomp", "parataxis") and c.i < verb.i and _own_subject(c)) for c in verb.children)


def pleads(verb: Token) -> bool:
    """"Please click on the links": a request to the reader."""
    return any(c.lower_ == "please" for c in verb.children)
