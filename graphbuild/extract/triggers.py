"""Practice verbs: which verbs of a sentence state which action, given who acts."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from graphbuild.extract.actors import OTHER, THIRD_PARTY, USER, VENDOR, actors_of, sent_to_vendor
from graphbuild.extract.clauses import is_passive, modality, subject_of
from graphbuild.extract.lexicon import MACHINE_WORDS, Lexicon

# A third party that sees or reads data has been given it: "may be accessed by other users".
SEEING_VERBS = {"access", "view", "see", "read"}


@dataclass(frozen=True)
class Trigger:
    """A verb that states practices, the actions it states and who acts."""

    verb: Token
    actions: tuple[str, ...]
    actor: str


NOUN_OF_PHRASE = {"keep": ("track", "count"), "make": ("use",)}  # verb phrases whose noun takes the data: "make use of"
EFFORT_NOUNS = {"effort", "endeavor", "endeavour"}


def verb_key(verb: Token) -> str:
    """The verb's lemma, with its particle ("opt out", "fill out"); "log into your account" is "log in"."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    if particle is None and lemma in ("log", "sign") and any(
            c.dep_ == "prep" and c.lower_ in ("into", "onto") and c.i == verb.i + 1 for c in verb.children):
        particle = "in"
    if lemma == "make" and _made_available(verb):
        return "make available"  # "make your information available to third parties"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in EFFORT_NOUNS for c in verb.children):
        return f"{lemma} effort"  # "we use our best efforts not to disclose it": a commitment, the disclosing is said
    nouns = NOUN_OF_PHRASE.get(lemma, ())
    noun = next((c.lower_ for c in verb.children if c.dep_ == "dobj" and c.lower_ in nouns), None)
    if noun:
        return f"{lemma} {noun}"  # "keep track of IP addresses": recorded, not kept for a time; "make use of"
    return f"{lemma} {particle}" if particle else lemma


AVAILABLE_WORDS = {"available", "accessible"}


def _made_available(verb: Token) -> bool:
    """"make X available (to ...)", "make available X": the state the verb puts its object in."""
    states = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "advmod")]
    states += [a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "amod" and a.i == verb.i + 1]
    # "make your information we collect from you available to ...": the parser hangs the state on the object's last noun
    states += [a for c in verb.children if c.dep_ == "dobj" for a in c.subtree if a.dep_ == "amod" and a.i > a.head.i]
    return any(t.lower_ in AVAILABLE_WORDS for t in states)


def user_actions(key: str, lexicon: Lexicon) -> list[str]:
    """The actions a verb states when the user acts ("you can update ..." is an edit)."""
    return [label for label, term in lexicon.vocabulary.actions.items() if key in term.user_verbs]


def vendor_actions(key: str, lexicon: Lexicon) -> list[str]:
    """The actions a verb states when the vendor or a third party acts ("we send it to ..." is a share)."""
    return [label for label, term in lexicon.vocabulary.actions.items() if key in term.vendor_verbs]


def _candidate_actions(key: str, actor: str, lexicon: Lexicon) -> list[str]:
    return user_actions(key, lexicon) if actor == USER else vendor_actions(key, lexicon)


def _publicly(verb: Token) -> bool:
    """"(it) can be viewed publicly": by anyone, not the user's right."""
    return any(c.dep_ == "advmod" and c.lower_ == "publicly" for c in verb.children)


TRACKING_TOOL_WORDS = {"cookie", "beacon", "pixel", "gif"}  # "cookies do not tell us your name": they would send it
# people who hand over someone's data for them: "teachers give us each student's name"
PROXY_WORDS = {"teacher", "school", "employer", "administrator", "parent", "guardian", "friend"}


def _sent_for_the_user(verb: Token) -> bool:
    """The verb's subject is a device, a program or a tracking tool ("your browser sends ...", "our app submits
    ...", "cookies tell us ...") or a person who acts for the user ("teachers give us ..."), sending what the user
    did not hand over; not advice to do so ("children should ask their parents before sending us ...")."""
    return modality(verb) not in ("should", "must") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in MACHINE_WORDS | PROXY_WORDS | TRACKING_TOOL_WORDS
        for c in verb.children)


def _names_receiver(verb: Token) -> bool:
    """The verb says whom it sends to ("sends ... to the websites you visit", "gives them ..."); with none named,
    the user's device sends to the vendor whose service it runs ("your vehicle transmits its location")."""
    return any(c.dep_ in ("dative", "iobj") or c.dep_ == "prep" and c.lower_ in ("to", "with") for c in verb.children)


MOVING_VERBS = {"go", "flow", "travel", "pass"}  # data as their subject is moved by the vendor


def _moves_to_someone(verb: Token) -> bool:
    """Data that goes "to" a party or place ("your name goes to the hotel"); not "goes into effect", nor what a
    pronoun says goes "beyond" something ("this goes beyond our technologies")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ != "PRON" and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


SHOWING_VERBS = {"appear"}  # data as their subject is shown where the words after them say
SHOWING_PREPOSITIONS = {"on", "in", "next", "beside", "alongside", "among", "to"}


def _shown_somewhere(verb: Token) -> bool:
    """Data that "appears" on a page or to someone ("your username will appear next to your posts", "your reviews
    may appear on public pages"); not "as it appears on your card", "appears to be", or "the page on which the tag
    appears" (what the page is)."""
    subject = subject_of(verb)  # "(your bio is visible to other users) and may appear on public leaderboards"
    return subject is not None and subject.pos_ != "PRON" and verb.dep_ != "relcl" and not any(
        c.dep_ in ("xcomp", "acomp", "attr") for c in verb.children) and any(
        c.dep_ in ("prep", "advmod", "oprd") and c.lower_ in SHOWING_PREPOSITIONS for c in verb.children)


def _needs_a_thing(verb: Token) -> bool:
    """"we only need your e-mail address": a thing asked for; not "we may need to share it", "moderation needed"."""
    return verb.lemma_.lower() != "need" or verb.tag_ in ("VB", "VBP", "VBZ") and any(
        c.dep_ == "dobj" for c in verb.children)


QUOTES = {'"', "“", "”", "``", "''"}


def _quoted_titles(sentence: Span) -> set[int]:
    """Tokens of the titles in quotes ('see "Information We Receive From You"'): they name a section, they say
    nothing."""
    marks = [t.i for t in sentence if t.text in QUOTES]
    titled: set[int] = set()
    for start, end in zip(marks[::2], marks[1::2]):
        words = [t for t in sentence.doc[start + 1:end] if t.is_alpha]
        if len(words) >= 3 and all(t.text[0].isupper() for t in words if len(t) > 3 or t.pos_ != "ADP"):
            titled |= set(range(start + 1, end))
    return titled


def find_triggers(sentence: Span, vendor_words: set[str], lexicon: Lexicon) -> list[Trigger]:
    """Each verb whose lemma the ontology lists as a trigger of some action, with its actor."""
    triggers = []
    titled = _quoted_titles(sentence)
    for token in sentence:
        if token.pos_ not in ("VERB", "AUX") and not (token.pos_ == "NOUN" and token.dep_ == "ROOT"):
            continue
        key = verb_key(token)
        if not _needs_a_thing(token) or token.i in titled:
            continue
        for actor in actors_of(token, vendor_words, lexicon):
            actions = _candidate_actions(key, actor, lexicon)
            if (actor == OTHER or actor == VENDOR and not actions) and _sent_for_the_user(token) \
                    and (sent_to_vendor(token) or not _names_receiver(token)):
                # "your browser sends us your IP address", "teachers give us ...": the vendor receives it
                actor, actions = VENDOR, [a for a in user_actions(key, lexicon) if a == "collect"]
            if actor == OTHER and key in MOVING_VERBS and _moves_to_someone(token):
                actor = VENDOR  # "your name goes to the hotel": sent, as by a passive
            if actor == OTHER and key in SHOWING_VERBS and _shown_somewhere(token):
                actor, actions = VENDOR, ["share"]  # "your username will appear next to your posts": published
            if actor == THIRD_PARTY and not actions:
                actions = _candidate_actions(key, VENDOR, lexicon) or (["share"] if key in SEEING_VERBS else [])
            if actor == VENDOR and is_passive(token) and modality(token) == "can" and not _publicly(token):
                # "your address can be updated by calling us": the user may have it done
                rights = [a for a in _candidate_actions(key, USER, lexicon) if a in ("access", "edit")]
                actor, actions = (USER, rights) if rights else (actor, actions)
            if actions:
                triggers.append(Trigger(token, tuple(actions), actor))
    return triggers
