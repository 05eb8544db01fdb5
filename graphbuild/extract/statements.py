"""Practices a sentence states without a practice verb: security measures, consent, opting out,
user rights, retention periods and policy changes, found by the ontology's cues for each action; and
constructions that state a practice in other words (data made public, access given, data among the
assets sold, contact through the user's data, choices offered, data that remains, a policy's date)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from rdflib import URIRef

from graphbuild.extract.actors import (CHILD_WORDS, THIRD_PARTY, USER, USER_REFERENCES, USER_WORDS, VENDOR,
                                       VENDOR_PRONOUNS, VENDOR_SYSTEMS, actor_of, is_the_company)
from graphbuild.extract.clauses import (SAFE_WORDS, governing_verb, is_imperative, is_infinitive, is_passive,
                                        qualifies_next, subject_of)
from graphbuild.extract.locations import locations_in
from graphbuild.extract.lexicon import DOCUMENT_NOUNS, MACHINE_WORDS, Lexicon, Mention, PhraseIndex, singular
from graphbuild.extract.negation import is_negated, user_requests
from graphbuild.extract.references import POINTERS
from graphbuild.extract.triggers import SEEING_VERBS, user_actions, vendor_actions, verb_key
from graphbuild.vocabulary import PKG, TRACKING_ELEMENTS


CUED_ACTIONS = ("protect", "opt-in", "opt-out", "access", "edit", "delete", "retain")
CHANGE_NOUNS = {"change", "changes", "update", "updates", "amendment", "amendments", "revision", "revisions",
                "modification", "modifications", "version"}


@lru_cache(maxsize=1)
def _cue_indexes(lexicon: Lexicon) -> dict[str, PhraseIndex]:
    actions = lexicon.vocabulary.actions
    indexes = {label: PhraseIndex((cue, actions[label].iri, False) for cue in actions[label].cues)
               for label in CUED_ACTIONS + ("policy-change",)}
    return indexes


def cued_actions(sentence: Span, lexicon: Lexicon, vendor_words: set[str]) -> list[str]:
    """Actions whose cue phrases occur in the sentence (policy change needs a change word too)."""
    indexes = _cue_indexes(lexicon)
    found = [label for label in CUED_ACTIONS
             if any(not _in_name(sentence, m) and not (label == "opt-out" and _in_hypothesis(sentence, m))
                    and not (label == "retain" and (is_hiring(sentence.doc[m.start]) or _is_topic(sentence, m)
                                                    or _describes_data(sentence.doc[m.start])
                                                    or _kept_by_others(sentence.doc[m.start], vendor_words, lexicon)))
                    and not _unwanted(sentence, m) and not _disclaimed(sentence, m) and not _qualifies_data(sentence, m)
                    and not (label == "protect" and defends_rights(governing_verb(sentence.doc[m.end - 1]), lexicon))
                    and not (label == "access" and _copy_kept_by_vendor(sentence, m, vendor_words, lexicon))
                    for m in indexes[label].find(sentence))]
    found += [label for label in listed_rights(sentence, lexicon) if label not in found]
    if "opt-in" in found and not _asks_for_consent(sentence, indexes["opt-in"]):
        found.remove("opt-in")
    if is_policy_change(sentence, lexicon):
        found.append("policy-change")
    return found


RIGHT_NOUNS = {"erasure": "delete", "deletion": "delete", "rectification": "edit", "correction": "edit",
               "portability": "access", "objection": "opt-out"}
LISTED_RIGHTS = ("access", "edit", "delete")
OBJECTING_WORDS = {"object", "objection", "withdraw"}  # not "restrict": a limit on processing, no refusal
CLAUSE_ENDS = {";", ":", "but", "however", "although", "unless", "if"}


def listed_rights(sentence: Span, lexicon: Lexicon) -> list[str]:
    """The rights a list after "the right(s) to" or "of" names, whatever the parser made of its words: "the right
    to access, correct, delete or export your data, and to object to its processing"; "rights of access,
    rectification and erasure"."""
    found: list[str] = []
    for right in sentence:
        if right.lemma_.lower() != "right" or right.pos_ != "NOUN" or right.i + 1 >= sentence.end \
                or sentence.doc[right.i + 1].lower_ not in ("to", "of") or not _held_by_the_user(right):
            continue
        inside = {t.i for t in right.subtree}
        for word in sentence.doc[right.i + 2: sentence.end]:
            if word.lower_ in CLAUSE_ENDS or word.i not in inside and any(c.dep_ == "nsubj" for c in word.children):
                break  # a clause of its own, not "(the right to know what) we have collected"
            labels = [RIGHT_NOUNS[word.lower_]] if word.lower_ in RIGHT_NOUNS else \
                ["opt-out"] if word.lower_ in OBJECTING_WORDS else \
                [a for a in user_actions(word.lower_, lexicon) if a in LISTED_RIGHTS]
            found += [a for a in labels if a not in found]
    return found


def _held_by_the_user(right: Token) -> bool:
    """"your right(s)", "you have the right", "users may exercise the rights": not "we reserve the right"."""
    if any(c.dep_ == "poss" and c.lower_ in ("your", "their") for c in right.children):
        return True
    holder = next((c for c in right.head.children if c.dep_ == "nsubj"), None) if right.dep_ == "dobj" else None
    return holder is not None and singular(holder.lower_) in USER_REFERENCES


RIGHTS_NOUNS = {"right", "property", "safety", "interest"}


def defends_rights(verb: Token, lexicon: Lexicon) -> bool:
    """"protect the rights, property or safety of Acme, our users or others": defending parties, not keeping
    data safe."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [t for o in objects for t in o.conjuncts]
    nouns = {o.lemma_.lower() for o in objects}
    if not nouns & RIGHTS_NOUNS or not nouns <= RIGHTS_NOUNS | {"security"}:
        return False
    span = verb.doc[min(o.left_edge.i for o in objects): max(o.right_edge.i for o in objects) + 1]
    return not lexicon.data.find(span)


WISHING_VERBS = {"want", "wish", "like", "prefer", "desire"}
SERVING_VERBS = {"perform", "provide", "help", "assist", "handle", "operate", "support", "act", "serve"}


def is_hiring(verb: Token) -> bool:
    """"(service providers) we have retained to perform services": a company hired, not data kept (what is
    kept would be the verb's object: "we retain your data to provide the service")."""
    return (any(c.dep_ == "xcomp" and c.lemma_.lower() in SERVING_VERBS for c in verb.children)
            and not any(c.dep_ == "dobj" for c in verb.children))


def _kept_by_others(cue: Token, vendor_words: set[str], lexicon: Lexicon) -> bool:
    """"(consultants) will not retain the information", "you may keep a copy": another party's keeping, no
    retention of the vendor's; "for as long as you are subscribed, you will receive our emails": how long another
    party does something."""
    if cue.pos_ == "VERB":
        return actor_of(cue, vendor_words, lexicon) in (THIRD_PARTY, USER)
    verb = governing_verb(cue)  # a duration ("as long as"), not a noun ("consent to our retention of it")
    return (cue.pos_ != "NOUN" and verb.pos_ == "VERB" and not is_passive(verb)
            and actor_of(verb, vendor_words, lexicon) in (THIRD_PARTY, USER))


KEEPING_VERBS = {"keep", "retain", "store", "save", "maintain", "make", "hold", "archive"}


def _copy_kept_by_vendor(sentence: Span, cue: Mention, vendor_words: set[str], lexicon: Lexicon) -> bool:
    """"we keep a copy of your messages": the vendor's copy, no access of the user's."""
    copies = [t for t in sentence.doc[cue.start:cue.end] if t.lemma_.lower() == "copy" and t.dep_ == "dobj"]
    return any(t.head.lemma_.lower() in KEEPING_VERBS and actor_of(t.head, vendor_words, lexicon) == VENDOR
               for t in copies)


def _describes_data(word: Token) -> bool:
    """"(any information) retained by us": a participle that says which data, not how long it is kept."""
    return word.dep_ == "acl" and word.tag_ == "VBN"


TOPIC_PREPOSITIONS = {"regarding", "concerning", "respecting", "about"}


def _is_topic(sentence: Span, mention: Mention) -> bool:
    """"(a framework) regarding the collection, use and retention of personal information": a subject
    spoken about, not a practice stated."""
    return any(a.dep_ == "prep" and a.lower_ in TOPIC_PREPOSITIONS for a in sentence.doc[mention.start].ancestors)


UNWANTED = {"unauthorized", "unauthorised", "unlawful", "illegal", "improper", "accidental", "inappropriate"}


PREVENTING_VERBS = {"prevent", "block", "stop", "deny", "avoid"}


def _unwanted(sentence: Span, mention: Mention) -> bool:
    """"unauthorized access", "unlawful deletion", "(log out) to prevent access to your information by others": a
    harm guarded against, not a user right."""
    word = sentence.doc[mention.start]
    if word.dep_ == "dobj" and word.head.lemma_.lower() in PREVENTING_VERBS:
        return True
    return sentence.doc[mention.start - 1].lower_ in UNWANTED if mention.start > sentence.start else False


QUALIFIED_DATA = {"information", "data", "details"}


def _qualifies_data(sentence: Span, mention: Mention) -> bool:
    """"(disclose) your opt-out information": the cue says which data, it offers no choice."""
    word = sentence.doc[mention.start]
    return word.dep_ in ("amod", "compound") and word.head.lower_ in QUALIFIED_DATA and word.head.i >= mention.end


ANSWERABLE_WORDS = {"responsible", "liable", "accountable"}


def _disclaimed(sentence: Span, mention: Mention) -> bool:
    """"(we are not) responsible for circumvention of any privacy settings": what the vendor answers for, or
    disclaims, is no practice of its own."""
    word = sentence.doc[mention.start]
    return any(a.lower_ == "for" and a.head.lower_ in ANSWERABLE_WORDS for a in word.ancestors)


def _in_hypothesis(sentence: Span, mention: Mention) -> bool:
    """A cue inside an "if" clause ("if you decline cookies, some features may not work") states a
    consequence, not a choice the policy offers."""
    token = sentence.doc[mention.start]
    while token.head.i != token.i:
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "if" for c in token.children):
            return token.lemma_.lower() not in WISHING_VERBS  # "if you do not wish to receive ..., e-mail us"
        token = token.head
    return False


NAMED_ENTITIES = {"LAW", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT"}


def _in_name(sentence: Span, mention: Mention) -> bool:
    """A cue inside a longer name ("the German Data Security Law") is no statement; a cue that is a name
    itself ("the Safe Harbor program", "Privacy Shield") is one."""
    doc = sentence.doc
    if not all(t.ent_type_ in NAMED_ENTITIES or t.pos_ == "PROPN" for t in doc[mention.start:mention.end]):
        return False
    neighbours = [doc[i] for i in (mention.start - 1, mention.end) if sentence.start <= i < sentence.end]
    return any(t.pos_ == "PROPN" or (t.ent_type_ in NAMED_ENTITIES and t.ent_iob_ == "I") for t in neighbours)


CONSENT_VERBS = {"obtain", "require", "ask", "seek", "get", "have", "request", "need", "receive", "give",
                 "provide", "grant", "withdraw", "revoke"}


RELYING_LEMMAS = {"rely", "depend", "base"}


def _withheld_practice(condition: Token) -> bool:
    """"unless you consent", or "without your consent" under a denied verb: the practice waits for consent (not
    "we may disclose it without your consent", which asks no one)."""
    return condition.lower_ == "unless" or any(is_negated(v) for v in condition.ancestors if v.pos_ in ("VERB", "AUX"))


def _asks_for_consent(sentence: Span, index: PhraseIndex) -> bool:
    """Consent is sought or given ("we will obtain your consent", "we require opt-in consent"), not a
    mere condition of another practice ("except with your permission")."""
    for mention in index.find(sentence):
        span = sentence.doc[mention.start:mention.end]
        if "opt" in span.text.lower():
            return True
        head = span.root.head
        if span.root.dep_ in ("dobj", "nsubjpass", "attr") and head.lemma_.lower() in CONSENT_VERBS \
                and not _vendor_grants(head) and not _given_by_others(head) and not _obtained_by_others(head):
            return True
        if span.root.dep_ == "pobj" and head.lower_ in ("without", "unless") and any(
                c.lower_ in ("your", "their") for c in span.root.children) and _withheld_practice(head):
            return True  # "will not share ... without your prior consent": the user decides
        if span.root.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ in ("VERB", "AUX") and any(
                c.lower_ in ("your", "their") for c in span.root.children):
            return True  # "we collect biometric data only with your explicit consent": the user decides
        if span.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "basis":
            return True  # "we process your data on the basis of your consent"
        if span.root.dep_ == "pobj" and head.lower_ in ("on", "upon") and head.head.lemma_.lower() in RELYING_LEMMAS:
            return True  # "we rely on your consent to send you marketing emails"
        if span.root.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in ("ask", "request"):
            return True  # "we will ask for your consent before ..."
    return False


def _given_by_others(verb: Token) -> bool:
    """"Permission to use these images should be obtained from those organizations": not the user's consent."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and not any(is_the_user(t) for t in c.subtree)
               for c in verb.children)


OBTAINING_VERBS = {"obtain", "get", "seek", "secure"}


def _obtained_by_others(verb: Token) -> bool:
    """"It is your responsibility to obtain permission", "children should get their parents' consent": the
    user or a child seeks someone's consent, the vendor asks for none."""
    subject = subject_of(verb)
    if verb.lemma_.lower() in OBTAINING_VERBS and subject is None and is_imperative(verb):
        return True  # "(if you are under 18,) get your parent's consent": the reader is told to
    return verb.lemma_.lower() in OBTAINING_VERBS and subject is not None and (
        is_the_user(subject) or subject.lower_ == "your" or subject.lower_ in CHILD_WORDS)


def _vendor_grants(verb: Token) -> bool:
    """"we have given permission for them to set cookies": the vendor's permission, no user's consent."""
    subject = subject_of(verb)
    return verb.lemma_.lower() in ("give", "grant") and subject is not None and subject.lower_ in VENDOR_PRONOUNS


def is_policy_change(sentence: Span, lexicon: Lexicon) -> bool:
    """The sentence speaks of this policy and of changing, updating or posting it."""
    cues = [m for m in _cue_indexes(lexicon)["policy-change"].find(sentence) if _is_this_policy(sentence, m)]
    verbs = lexicon.vocabulary.actions["policy-change"].vendor_verbs
    for token in sentence:
        if token.pos_ == "VERB" and verb_key(token) in verbs and not _changes_it(token, sentence):
            continue
        if token.lower_ in CHANGE_NOUNS or (token.pos_ == "VERB" and verb_key(token) in verbs):
            # the change word governs or sits next to the policy word: "changes to this policy", "we may
            # update this statement", not "policies to safeguard against ... modification"
            related = {token.i, token.head.i} | {t.i for c in token.children if _names_what_changes(c)
                                                 for t in c.subtree}
            if any(m.start in related or abs(m.start - token.i) <= 4 for m in cues):
                return True
            subject = own_subject(token)
            if subject is not None and subject.lower_ == "we" and any(
                    c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in token.children) and any(
                    m.start < token.i for m in cues):
                return True  # "the Terms of Use and Privacy Policy, as we may amend them at any time"
    return _announces_new_uses(sentence) or _announces_material_changes(sentence)


CHANGED_WORDS = {"updated", "revised", "amended", "modified", "changed", "new"}


def _changes_it(verb: Token, sentence: Span) -> bool:
    """A change verb said by the vendor of a change: not "(notices) you post", nor "where this Policy is posted"
    with nothing changed."""
    subject = own_subject(verb)
    if subject is not None and singular(subject.lower_) in USER_WORDS:
        return False
    return verb.lemma_.lower() != "post" or any(t.lower_ in CHANGE_NOUNS | CHANGED_WORDS for t in sentence)


MANNER_PREPOSITIONS = {"by", "as", "with", "through", "via", "for", "without"}


def _names_what_changes(child: Token) -> bool:
    """A word of the change word that may name what changes ("update this statement", "this policy may be changed",
    "changes to this policy"); not its means or manner ("update it by contacting us as provided in this policy")."""
    if child.dep_ == "prep":
        return child.lower_ not in MANNER_PREPOSITIONS
    return child.dep_ not in ("advcl", "relcl", "acl", "ccomp", "xcomp", "conj", "cc", "punct")


NOTIFYING_VERBS = {"notify", "contact", "inform", "tell", "alert"}
NEW_USE = re.compile(r"\b(?:in the future|(?:in a|in any) (?:way|manner) (?:not|other than|different|inconsistent)"
                     r"|(?:not|other than|different from|inconsistent with) (?:what is |as )?(?:described|stated|"
                     r"set forth|disclosed))\b", re.I)


def _announces_new_uses(sentence: Span) -> bool:
    """The user is told before the data is used in ways the policy does not describe ("if we decide to use
    your information in a way not described here, we will contact you beforehand"): how practices change."""
    return bool(NEW_USE.search(sentence.text)) and _the_user_is_told(sentence)


WEIGHTY_WORDS = {"material", "significant", "substantial", "major", "important"}


def _announces_material_changes(sentence: Span) -> bool:
    """The user is told of material changes ("if we make material changes, we will notify you by email"): the
    changes of a policy, which no other document has (the policy itself goes unnamed)."""
    weighty = any(t.lower_ in CHANGE_NOUNS and any(c.dep_ in ("amod", "compound") and c.lower_ in WEIGHTY_WORDS
                                                   for c in t.children)
                  and not any(c.dep_ == "compound" and c.lower_ not in WEIGHTY_WORDS for c in t.children)
                  for t in sentence)  # not "major Website changes": changes of something else
    return weighty and _the_user_is_told(sentence)


def _the_user_is_told(sentence: Span) -> bool:
    """A verb of notifying, not denied, tells the user ("we will notify you", "we will contact you beforehand")."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in NOTIFYING_VERBS and not is_negated(t) and _tells_the_user(t)
               for t in sentence)


def _tells_the_user(verb: Token) -> bool:
    """The user is the one told ("we will contact you", "you will be notified"); not "by contacting us"."""
    return any(c.dep_ in ("dobj", "nsubjpass") and is_the_user(c) for c in verb.children)


OTHER_DOCUMENT_WORDS = {"their", "its", "his", "her", "those", "other", "each", "a", "an"}
OWN_DOCUMENT_WORDS = {"our", "the", "this", "these"}
REVISED_WORDS = {"new", "updated", "revised", "modified", "amended", "changed"}


def _is_this_policy(sentence: Span, mention) -> bool:
    """The policy word names this policy, not other sites' ("their posted policies", "privacy policies
    posted on those sites", "each site should post a privacy statement"); "a notice" announces a change."""
    noun = sentence.doc[mention.end - 1]
    determiners = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss")}
    if noun.tag_ in ("NNS", "NNPS") and not determiners & OWN_DOCUMENT_WORDS:
        return False  # "our policies", "the Terms"; not "terms, conditions, and policies" of anything
    if any(t.lower_ in OTHER_DOCUMENT_WORDS - {"a", "an"} for t in noun.subtree if t.i > noun.i):
        return False  # "the privacy policies posted on those sites", "the policy of each website"
    revised = any(c.dep_ == "amod" and c.lower_ in REVISED_WORDS for c in noun.children)  # "an updated policy"
    if noun.lower_ in ("notice", "notices") and _notice_of_something_else(noun):
        return False  # "notices about your account", "renewal notices"
    if noun.lower_ == "notice":
        return True  # "a notice" announces a change
    return revised or not determiners & OTHER_DOCUMENT_WORDS


NOTICE_KINDS = {"privacy", "policy", "prominent", "website", "site", "email", "e-mail"}


def _notice_of_something_else(noun: Token) -> bool:
    """"a renewal notice", "notices about your account": a notice with a subject other than a change
    ("a privacy notice", "notice of changes" are this policy's)."""
    return any(c.dep_ in ("compound", "nmod") and c.lower_ not in NOTICE_KINDS for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ in ("about", "of", "regarding", "concerning")
        and not any(g.lower_ in CHANGE_NOUNS or g.lower_ in NOTICE_KINDS for g in c.children) for c in noun.children)


# "Tuesday, September 18, 2012", "May 24, 2014", "24 May 2014", "8.2006", "May 2014", "2014"
DATE = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
        r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+"
        r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?,?\s+"
        r"|\d{1,2}[./-](?:\d{1,2}[./-])?|[A-Z][a-z]{2,8}\s+)?(?:19|20)\d\d")
VERSION_DATE = re.compile(r"^\W*(?:last\s+(?:updated?|revised|modified|amended|changed|edited|reviewed)"
                          r"(?:\s+and\s+effective)?"
                          r"|(?:date\s+)?(?:updated|revised|posted|edited)|revision\s+date|effective(?:\s+date)?"
                          r"|version(?:\s+date)?)\b[\s:,-]*(?:on\s+|as\s+of\s+|from\s+)?(?:the\s+)?" + DATE + r"\b"
                          r"|^\W*(?:this|our)\s+(?:new\s+|revised\s+|updated\s+)?(?:privacy\s+)?(?:policy|statement|notice)"
                          r"\s+(?:(?:is|was|became|becomes)\s+effective|came\s+into\s+effect)"
                          r"(?:\s+and\s+was\s+last\s+updated)?\s+(?:on\s+|as\s+of\s+|from\s+)?(?:the\s+)?" + DATE, re.I)


def dates_the_policy(text: str) -> bool:
    """A line that dates this version of the policy ("Last updated: May 24, 2014", "Effective date: ...")."""
    return bool(VERSION_DATE.match(text.strip()))


def cue_negated(sentence: Span, action: str, lexicon: Lexicon) -> bool:
    """A cued opt-out is negated when the verb its cue belongs to is ("users cannot opt out"), not when
    a clause it sits in is ("if you decline cookies, you may not be able to sign in"), nor when the cue's own
    words say the refusal ("if you do not want to receive our newsletter")."""
    if action != "opt-out":
        return False
    for mention in _cue_indexes(lexicon)[action].find(sentence):
        own_negation = any(t.lower_ in ("not", "no", "n't") for t in sentence.doc[mention.start:mention.end])
        if not own_negation and is_negated(governing_verb(sentence.doc[mention.start])):
            return True
    return False


NOT_MEASURES = {"of", "guarantee", "unauthorized", "unauthorised", "breach", "completely", "100"}


def security_measures(sentence: Span, lexicon: Lexicon) -> list[str]:
    """The security measures a sentence names, as written ("Secure Socket Layer", "encryption")."""
    spans = [sentence.doc[m.start:m.end] for m in _cue_indexes(lexicon)["protect"].find(sentence)
             if not _unwanted(sentence, m)]
    return list(dict.fromkeys(span.text for span in spans  # a measure is a thing, not "safeguard" or a harm
                              if span.root.pos_ != "VERB" and not {t.lower_ for t in span} & NOT_MEASURES))


def is_security_measure(phrase: Span, lexicon: Lexicon) -> bool:
    """The phrase names a security measure ("encryption", "security technologies", "SSL")."""
    return bool(_cue_indexes(lexicon)["protect"].find(phrase))


INCLUDING_VERBS = {"include", "contain", "consist", "comprise", "cover", "encompass"}


DEMONSTRATIVES = {"this", "these"}
DEFINING_VERBS = {"be", "mean"}


def _defines(verb: Token) -> bool:
    """A definition: "Demographic information is information ... such as your age", "'Personal data' means
    your name and ..."."""
    key = verb.lemma_.lower()
    return key in DEFINING_VERBS and any(c.dep_ == ("attr" if key == "be" else "dobj") and c.pos_ in ("NOUN", "PROPN")
                                         for c in verb.children)


def points_back(sentence: Span) -> bool:
    """The sentence's subject is what was just spoken of: "This includes ...", "Such information may include"."""
    subject = own_subject(sentence.root)
    return subject is not None and (subject.lower_ in DEMONSTRATIVES and subject.pos_ == "PRON" or any(
        c.dep_ == "det" and c.lower_ in POINTERS for c in subject.children))


def included_data(sentence: Span, mentions: list[Mention], after_practice: bool = False) -> list[URIRef]:
    """Data listed as part of other data ("Log data includes your IP address and browser type"; "This
    includes your IP address" right after a collection or a sharing) or defined by it ("Demographic data is
    data such as your age"): the subject's data and what it includes, for a sentence that names no practice
    of its own."""
    root = sentence.root  # or the main verb's conjunct: "(the information) varies but may include your name"
    root = next((v for v in [root] + [c for c in root.children if c.dep_ == "conj"]
                 if v.lemma_.lower() in INCLUDING_VERBS), root)
    defining = _defines(root)
    if root.lemma_.lower() not in INCLUDING_VERBS and not defining or any(c.dep_ == "neg" for c in root.children):
        return []
    subject = next((c for c in [*root.children, *root.head.children] if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    span = range(subject.left_edge.i, subject.right_edge.i + 1)
    if defining and (subject.pos_ == "PRON" or any(m.iri in TRACKING_ELEMENTS for m in mentions if m.start in span)
                     or any(t.lower_ in DOCUMENT_NOUNS for t in subject.subtree) or _defines_a_term(sentence, subject)):
        return []  # "A cookie is a small text file ...": how a tool works; "This Policy is the means ..."
    if after_practice and subject.lower_ in DEMONSTRATIVES and subject.pos_ == "PRON":
        return list(dict.fromkeys(m.iri for m in mentions if not m.weak))
    lists_items = sentence.text.rstrip().endswith(":")  # "Device information includes, for example:"
    clauses = {t.i for c in sentence if c.dep_ in ("relcl", "advcl") and c.i != root.i for t in c.subtree}
    listed = [m for m in mentions if m.start not in span and m.start not in clauses]
    if not any(m.start in span for m in mentions) or (not listed and not lists_items):
        return []  # "your browser may include a setting (that lets you refuse cookies)" lists no data
    if all(qualifies_next(sentence.doc[m.end - 1]) for m in mentions if m.start in span):
        # "our e-mail messages may contain web beacons": messages hold the tools, no e-mail address is listed
        return list(dict.fromkeys(m.iri for m in listed if m.iri in TRACKING_ELEMENTS))
    subject_data = {m.iri for m in mentions if m.start in span}
    strong = [m.iri for m in mentions if not m.weak and (m.start in span or m.iri not in subject_data)
              and not _denied_item(sentence.doc[m.end - 1])]
    return list(dict.fromkeys(strong))


def _denied_item(noun: Token) -> bool:
    """"(they contain your device model but) no message content": an item said not to be included."""
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


QUOTES = {'"', "“", "”", "'", "‘", "’"}


def _defines_a_term(sentence: Span, subject: Token) -> bool:
    """"'Personally identifiable information' is information such as your name", "As the term suggests, ...": a
    glossary entry says what a word means, not what is collected (what the term stands for is remembered)."""
    quoted = any(t.text in QUOTES for t in sentence.doc[max(subject.left_edge.i - 1, sentence.start):
                                                           subject.right_edge.i + 2])
    return quoted or any(t.lower_ == "term" for t in sentence)


OPTIONAL_WORDS = {"optional", "voluntary"}
CHOICE_NOUNS = {"choice", "option"}  # "providing your personal information is your choice"


def optional_data(sentence: Span, mentions: list[Mention]) -> list[URIRef]:
    """Data said to be optional ("Your email address is optional", "the decision to provide this information
    is voluntary", "providing it is your choice", "we may offer you the opportunity to submit your age"): asked
    for, the user may leave it out (or may not: "... is not optional")."""
    offered = next((noun for noun in sentence if noun.lower_ in OPPORTUNITY_NOUNS and noun.dep_ == "dobj"
                    and noun.head.lemma_.lower() in GRANTING_VERBS | {"have"} and _to_give_data(noun)), None)
    if offered is not None:
        return list(dict.fromkeys(m.iri for m in mentions if offered.left_edge.i <= m.start <= offered.right_edge.i))
    root = sentence.root
    if root.lemma_.lower() != "be" or not any(c.dep_ == "acomp" and c.lower_ in OPTIONAL_WORDS
                                               or c.dep_ == "attr" and c.lemma_.lower() in CHOICE_NOUNS
                                               for c in root.children):
        return []
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    if subject is None:
        return []
    span = range(subject.left_edge.i, subject.right_edge.i + 1)
    return list(dict.fromkeys(m.iri for m in mentions if m.start in span))


PUBLIC_WORDS = {"public", "publicly"}
PUBLISHING_LEMMAS = {"become", "be", "make"}


OPPORTUNITY_NOUNS = {"opportunity", "opportunities", "option", "options", "chance"}
PROVIDING_VERBS = {"provide", "submit", "enter", "give", "supply", "upload", "post"}  # how the user gives data
DATA_GIVING_LEMMAS = PROVIDING_VERBS - {"post"}  # "the opportunity to post comments" publishes them


def _to_give_data(noun: Token) -> bool:
    """"the opportunity (option, chance) to submit information": what it offers is to give data."""
    return any(c.dep_ == "acl" and is_infinitive(c) and c.lemma_.lower() in DATA_GIVING_LEMMAS for c in noun.children)


def made_public(sentence: Span, mentions: list[Mention]) -> list[tuple[list[URIRef], bool]]:
    """Data said to become public ("any information you provide will become public information", "your
    comments may be made public", "X is publicly available", "X can be viewed publicly"): shared with the public,
    or not."""
    found = []
    for word in sentence:
        if word.lower_ not in PUBLIC_WORDS:
            continue
        verb = word
        for _ in range(3):  # public -> information -> become; publicly -> available -> is
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        lemma = verb.lemma_.lower()
        if lemma not in PUBLISHING_LEMMAS and not (lemma in SEEING_VERBS and word.dep_ == "advmod"):
            continue  # "X will become public", "make X public", "X can be viewed publicly"
        holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        holders += [word] if word.dep_ == "ccomp" else []  # "make your email address public"
        tokens = {t.i for h in holders for t in h.subtree}
        if word.head.i != verb.i:
            tokens -= {t.i for t in word.head.subtree}  # "become public information": not the data itself
        data = list(dict.fromkeys(m.iri for m in mentions if m.start in tokens))
        if data:
            found.append((data, is_negated(verb)))
    return found


def based_on(sentence: Span, mentions: list[Mention]) -> list[tuple[Token, list[URIRef], bool]]:
    """What is done on the basis of data ("we show you ads based on your browsing history", "recommendations are
    based upon your purchases"): the verb that does it, the data it uses, and whether it is denied."""
    found = []
    for word in sentence:
        if word.lower_ != "based":
            continue
        basis = {t.i for c in word.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for t in c.subtree}
        data = list(dict.fromkeys(m.iri for m in mentions if m.start in basis))
        verb = word if word.head.i == word.i else governing_verb(word.head)
        if data and verb.pos_ == "VERB":
            found.append((verb, data, is_negated(verb)))
    return found


LASTING_VERBS = {"remain", "persist", "stay", "reside", "expire", "disappear", "last"}
KEEPING_PREPOSITIONS = {"on", "in", "for", "until", "after", "beyond"}
KEEPING_ADVERBS = {"indefinitely", "there", "permanently"}


def placed_where(sentence: Span, mentions: list[Mention]) -> list[tuple[list[URIRef], list[str]]]:
    """Where the vendor's systems, or data, are, said with "be" ("our servers are in Canada and the United States",
    "your data is in the EU"): the data is stored there; the data the subject names, or personal data for systems."""
    found = []
    for verb in sentence:
        if verb.lemma_.lower() != "be" or verb.dep_ not in ("ROOT", "conj"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "within")
                  for p in locations_in(sentence, {t.i for t in c.subtree})]
        if subject is None or not places:
            continue
        named = {t.i for t in subject.subtree}
        data = list(dict.fromkeys(m.iri for m in mentions if m.start in named))
        if not data and subject.lower_ in VENDOR_SYSTEMS | {"centers", "centres"}:
            data = [PKG.PersonalInformation]
        if data:
            found.append((data, places))
    return found


def transfers_named(sentence: Span, mentions: list[Mention]) -> list[tuple[list[URIRef], list[str]]]:
    """Transfers spoken of as a thing ("Transfers to the USA rely on the Standard Contractual Clauses", "the
    transfer of your data to Canada"): the data, or personal data, goes to the places named."""
    found = []
    for noun in sentence:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() != "transfer" or is_negated(noun.head) or any(
                c.lower_ == "no" for c in noun.children):
            continue  # "we make no transfers to Canada"
        places = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"
                  for p in locations_in(sentence, {t.i for t in c.subtree})]
        if places:
            named = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
            data = list(dict.fromkeys(m.iri for m in mentions if m.start in named)) or [PKG.PersonalInformation]
            found.append((data, places))
    return found


def left_in_place(sentence: Span, mentions: list[Mention]) -> list[tuple[list[URIRef], bool]]:
    """Data said to remain somewhere or for some time ("persistent cookies remain on your hard drive until
    you delete them", "stored in a cookie that will remain on your computer after you sign out"): kept,
    the data stored in what remains included. "Remain anonymous" is a state, not a keeping."""
    found = []
    for verb in sentence:
        if verb.lemma_.lower() not in LASTING_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "advcl" or c.lower_ in KEEPING_PREPOSITIONS | KEEPING_ADVERBS for c in verb.children):
            continue  # "remains on your hard drive", "remain until you delete them", "stays there"
        if any(c.dep_ == "acomp" for c in verb.children):
            continue  # "will remain confidential, even if ...": a state
        own = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)
        subject = own if own is not None or verb.dep_ != "relcl" else verb.head  # "a cookie that will remain"
        if subject is None or is_the_user(subject) or own is not None and verb.dep_ == "relcl":
            continue  # "how long you stay on them": the user stays; "the page on which the beacon resides": a page
        tokens = {t.i for t in subject.subtree} - ({t.i for t in verb.subtree} if subject == verb.head else set())
        holder = subject.head  # "stored in a cookie that will remain": the stored data remains too
        if subject.dep_ == "pobj" and holder.lower_ in ("in", "on") and holder.head.pos_ == "VERB":
            tokens |= {t.i for c in holder.head.children if c.dep_ in ("nsubjpass", "dobj") for t in c.subtree}
        data = list(dict.fromkeys(m.iri for m in mentions if m.start in tokens))
        if data:
            found.append((data, is_negated(verb)))
    return found


def stays_safe(sentence: Span, mentions: list[Mention]) -> list[URIRef]:
    """Data said to remain, or to be, confidential or secure ("your responses will remain strictly confidential",
    "your personal information is safe"): kept safe, a security measure."""
    found: list[URIRef] = []
    for verb in sentence:
        if verb.lemma_.lower() not in LASTING_VERBS | {"be"} or is_negated(verb) or not any(
                c.dep_ == "acomp" and c.lower_ in SAFE_WORDS for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.lemma_ == "be" and not _asserted_state(verb, subject):
            continue
        tokens = {t.i for t in subject.subtree} if subject is not None else set()
        found += [m.iri for m in mentions if m.start in tokens]
    return list(dict.fromkeys(found))


def _asserted_state(verb: Token, subject: Token | None) -> bool:
    """"Your information is safe" said outright (or as what the vendor ensures), of the data itself: not "if you
    believe your account is no longer secure", "we cannot promise that your use will be safe", "it is safe to ..."."""
    main = verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "ensure"
    no_longer = any(t.lower_ == "longer" for t in verb.subtree)
    return main and not no_longer and subject is not None and subject.pos_ != "PRON"


ASSET_VERBS = {"be", "include", "become", "form", "constitute", "count"}


def among_assets(sentence: Span, mentions: list[Mention]) -> list[tuple[list[URIRef], bool]]:
    """Data counted among a business's assets ("your information will be part of the assets transferred",
    "we may include your data among the transferred assets", "it may be among the items sold"): it goes to whoever
    acquires them."""
    found = []
    for word in sentence:
        if word.pos_ != "NOUN" or not (word.lemma_.lower() == "asset" or _items_sold(word)):
            continue
        verb = governing_verb(word)
        if verb.lemma_.lower() not in ASSET_VERBS or verb.i == word.i:
            continue
        assets = {t.i for t in word.subtree}
        holders = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree}
        data = list(dict.fromkeys(m.iri for m in mentions if m.start in holders - assets))
        if data:
            found.append((data, is_negated(verb)))
    return found


def _items_sold(noun: Token) -> bool:
    """"(your information may be among) the items sold or transferred" in a sale of the business."""
    return noun.lemma_.lower() == "item" and any(
        c.dep_ == "acl" and c.lemma_.lower() in ("sell", "transfer", "acquire") for c in noun.children)


HOLDING_VERBS = {"have", "gain", "get", "obtain", "receive", "need", "require"}  # X has access
GRANTING_VERBS = {"give", "grant", "provide", "allow", "permit", "offer"}  # we give X access


def access_given(sentence: Span, mentions: list[Mention]) -> list[tuple[Token, list[URIRef], bool]]:
    """Someone given access to data ("these companies have access to your personal information", "we
    do not give advertisers access to your account", "it is accessible only by our staff"): who gets access, the
    data, and whether denied."""
    found = []
    for word in sentence:
        if word.lower_ in ("accessible", "available", "visible") and (  # "searchable and available"
                word.dep_ == "acomp" or word.dep_ == "conj" and word.head.dep_ == "acomp"):
            found += _accessible_to(word, mentions)
        if word.lower_ != "access" or word.pos_ != "NOUN":
            continue
        verb = word.head
        lemma = verb.lemma_.lower()
        if lemma in HOLDING_VERBS and word.dep_ == "dobj":
            holder = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or subject_of(verb)
        elif lemma in GRANTING_VERBS and word.dep_ == "dobj":  # "we give X access", "X are granted access"
            holder = next((c for c in verb.children if c.dep_ in ("dative", "iobj", "nsubjpass")
                           or c.dep_ == "dobj" and c.i < word.i), None) or _fused_holder(word)
        elif word.dep_ == "pobj" and verb.lower_ == "with" and verb.head.lemma_.lower() in GRANTING_VERBS:
            verb = verb.head  # "we provide visitors with access to their information"
            holder = next((c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")), None)
        elif word.dep_ == "nsubjpass" and lemma in ("restrict", "limit"):  # "access to it is restricted to staff"
            holder = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                           for g in c.children if g.dep_ == "pobj"), None)
        else:
            continue
        if holder is not None and holder.pos_ in ("PRON", "DET", "NUM"):  # "some of our employees"
            holder = next((g for c in holder.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
                          holder)
        to_what = {t.i for c in word.children if c.dep_ == "prep" and c.lower_ == "to" for t in c.subtree}
        reached = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                   if g.dep_ == "pobj"]
        if any(singular(g.lower_) in FEATURE_NOUNS and not any(m.start <= g.i < m.end for m in mentions)
               for g in reached):
            continue  # "access to certain features or functions, such as ... profiles": the service, no data
        data = list(dict.fromkeys(m.iri for m in mentions if m.start in to_what))
        if holder is not None and data:
            found.append((holder, data, is_negated(verb)))
    return found


FEATURE_NOUNS = {"feature", "function", "functionality", "service", "area", "site", "website", "page", "content",
                 "tool", "product", "program", "section"}


def _accessible_to(word: Token, mentions: list[Mention]) -> list[tuple[Token, list[URIRef], bool]]:
    """"This information is only accessible by our employees", "your username will be visible to other users": who
    may reach the subject's data."""
    verb = word.head if word.dep_ == "acomp" else word.head.head
    holder = next((g for c in word.children if c.dep_ == "prep" and c.lower_ in ("by", "to")
                   for g in c.children if g.dep_ == "pobj"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is None or subject is None:
        return []
    subject = _part_of(subject)
    heads = [subject]  # "your username, avatar (maybe in apposition) and bio are visible"; not "the same process"
    for word in subject.subtree:
        if word.dep_ in ("conj", "appos") and word.head in heads:
            heads.append(word)
    data = list(dict.fromkeys(m.iri for m in mentions for head in heads if m.start <= head.i < m.end))
    return [(holder, data, is_negated(verb))] if data else []


PART_WORDS = {"some", "all", "any", "part", "parts", "portion", "portions", "much", "most", "none", "each", "one"}


def _part_of(noun: Token) -> Token:
    """What "some of this information", "each of our providers" are part of; else the noun itself."""
    whole = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return whole[0] if noun.lower_ in PART_WORDS and whole else noun


def _fused_holder(access: Token) -> Token | None:
    """The receiver the parser fused into the noun "access" ("give our service providers access"), a
    plural or a name; not "data access" or "user access"."""
    return next((c for c in access.children if c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS", "NNP")), None)


STAFF_WORDS = {"employee", "staff", "personnel", "contractor", "representative", "officer", "worker"}
LIMITING_WORDS = {"only", "solely", "limited", "restricted", "need", "needs"}


def limited_access(sentence: Span, mentions: list[Mention]) -> list[list[URIRef]]:
    """The data only some staff may reach ("only employees who need the information are granted access to
    personal information", "some of our employees have access to customer information only in order to
    serve customers"): access kept within the company and limited, a security measure."""
    limited = any(t.lower_ in LIMITING_WORDS for t in sentence)
    if not limited:
        return []
    found = [data for holder, data, negated in access_given(sentence, mentions)
             if not negated and singular(holder.lower_) in STAFF_WORDS]
    return found + [data for data in (_reached_by_staff(verb, mentions) or _access_kept_to_staff(verb, mentions)
                                      for verb in sentence) if data]


REACHING_LEMMAS = {"access", "view", "see", "read", "handle"}


def _reached_by_staff(verb: Token, mentions: list[Mention]) -> list[URIRef]:
    """The data the vendor's staff reach ("only authorized employees can access your personal data")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REACHING_LEMMAS or is_negated(verb) or not any(
            c.dep_ == "nsubj" and singular(c.lower_) in STAFF_WORDS for c in verb.children):
        return []
    reached = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    return list(dict.fromkeys(m.iri for m in mentions if m.start in reached))


def _access_kept_to_staff(verb: Token, mentions: list[Mention]) -> list[URIRef]:
    """"Access to your data is limited to staff who need it", "this information is limited to staff": the data
    reached (personal information where access to it names none)."""
    if verb.lemma_.lower() not in ("limit", "restrict") or is_negated(verb):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    staff = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
             if g.dep_ == "pobj" and singular(g.lower_) in STAFF_WORDS]
    if subject is None or not staff:
        return []
    reached = {t.i for t in subject.subtree}  # "access to it", or the data itself ("this information is limited to")
    data = list(dict.fromkeys(m.iri for m in mentions if m.start in reached))
    return data or ([PKG.PersonalInformation] if subject.lower_ == "access" else [])


BINDING_LEMMAS = {"restrict", "limit", "prohibit", "bind", "obligate", "oblige", "forbid", "require"}
SECRECY_WORDS = {"confidential", "confidentiality", "nondisclosure", "non-disclosure"}
TERMS_NOUNS = {"agreement", "term", "obligation", "contract", "duty", "provision", "restriction"}
KEEPING_LEMMAS = {"keep", "maintain", "treat", "hold"}
THIRD_PARTY_PRONOUNS = {"they", "them"}  # marked by the pipeline where they stand for third parties


def held_to_terms(sentence: Span, mentions: list[Mention], lexicon: Lexicon) -> list[URIRef]:
    """Data third parties get only under terms that bind them ("these companies are restricted from using it for
    any other purpose", "under strict nondisclosure agreements", "they are required to keep it confidential"): a
    measure that keeps it safe."""
    parties = [t for t in sentence
               if t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "dative") and _names_a_party(t, lexicon)]
    bound = any(t.lemma_.lower() in BINDING_LEMMAS and t.tag_ == "VBN" and not is_negated(t) and any(
        c.dep_ == "nsubjpass" and c in parties for c in t.children) and not _bound_to_hand_over(t, lexicon)
        for t in sentence) or any(
        _bound_to_protect(t, parties, mentions) for t in sentence)
    if not parties or not (bound or any(_secrecy_terms(t) for t in sentence)):
        return []
    return list(dict.fromkeys(m.iri for m in mentions if m.iri not in TRACKING_ELEMENTS)) or [PKG.PersonalInformation]


PROTECTING_LEMMAS = {"protect", "safeguard", "secure"}


def _bound_to_hand_over(verb: Token, lexicon: Lexicon) -> bool:
    """"airlines are required by law to send passenger data to border authorities": bound to pass data on, which
    keeps nothing safe."""
    return any(c.dep_ == "xcomp" and "share" in vendor_actions(verb_key(c), lexicon) for c in verb.children)


def _bound_to_protect(verb: Token, parties: list[Token], mentions: list[Mention]) -> bool:
    """"we require our service providers to protect your data": a party bound to keep the data safe (not "their
    own systems")."""
    guarded = {t.i for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in PROTECTING_LEMMAS
               for o in c.children if o.dep_ == "dobj" for t in o.subtree}
    bound = [c for c in verb.children if c.dep_ == "dobj" and _part_of(c) in parties]
    return verb.lemma_.lower() in BINDING_LEMMAS and not is_negated(verb) and bool(bound) and any(
        m.start in guarded for m in mentions)


def _names_a_party(noun: Token, lexicon: Lexicon) -> bool:
    """"these companies", "our service providers", or "they" where it stands for third parties just named."""
    if noun.lower_ in THIRD_PARTY_PRONOUNS:
        return noun._.points_to_third_party
    return bool(lexicon.recipients.find(noun.doc[noun.left_edge.i: noun.i + 1]))


def _secrecy_terms(word: Token) -> bool:
    """"confidentiality terms", "nondisclosure agreements", "(keep it) confidential"."""
    if word.lower_ not in SECRECY_WORDS:
        return False
    if singular(word.head.lower_) in TERMS_NOUNS or any(singular(c.lower_) in TERMS_NOUNS for c in word.children):
        return True
    return word.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and word.head.lemma_.lower() in KEEPING_LEMMAS


CONTACTING_VERBS = {"contact", "reach", "email", "e-mail", "call", "phone", "text", "notify", "message", "write",
                   "mail", "communicate", "alert", "inform", "send"}
MEANS_PREPOSITIONS = {"at", "through", "via", "by", "using", "on", "to"}
MACHINE_NOUNS = MACHINE_WORDS | {"drive"}  # "a file a site sends to your browser" reaches no one


def contacted_through(sentence: Span, mentions: list[Mention]) -> list[tuple[Token, list[URIRef], bool]]:
    """Someone reached through their data ("we may contact you at your email address", "you may be
    contacted by telephone"): the contacting verb, the data it goes through, and whether denied."""
    found = []
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CONTACTING_VERBS:
            continue
        if any(c.dep_ == "dobj" and c.lower_ in VENDOR_PRONOUNS for c in verb.children):
            continue  # "contact us by telephone at the number above": the vendor's contact details
        patient = _passive_patient(verb)
        if patient is not None and not is_the_user(patient):
            continue  # "signals sent through a browser", "sites reached through links": nobody is contacted
        means = {i for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in MEANS_PREPOSITIONS
                 for g in c.children for i in _own_words(g)}  # not "(the address) you provided at registration"
        data = list(dict.fromkeys(m.iri for m in mentions if m.start in means
                                  and sentence.doc[m.end - 1].lemma_.lower() not in MACHINE_NOUNS))
        channel = CHANNELS.get(_contact_lemma(verb)) or _channel_sent(verb)
        if not data and channel is not None and _addresses_the_user(verb) and not (
                channel == PKG.ContactInformation and is_infinitive(verb)):
            data = [channel]  # "we may email you offers": the email address is used ("to contact you": a purpose)
        if data:
            found.append((verb, data, is_negated(verb)))
    return found


def _contact_lemma(verb: Token) -> str:
    """The contacting verb's lemma, written without a hyphen; "mail" split off "e-mail" is "email"."""
    doc = verb.doc
    split_off = verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "e"
    return "email" if split_off else verb.lemma_.lower().replace("-", "")


def _passive_patient(verb: Token) -> Token | None:
    """What a passive verb acts on: its subject, or the noun its participle or relative clause describes."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return subject


def _own_words(noun: Token) -> set[int]:
    """The noun phrase without the clauses that describe it."""
    clauses = {t.i for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return {t.i for t in noun.subtree} - clauses


ANSWERING_VERBS = {"respond", "reply", "answer"}


def _affirmed_main_verbs(sentence: Span, lemmas: set[str]) -> list[Token]:
    """The sentence's verbs of these lemmas that head an affirmed main clause (not an infinitive)."""
    return [verb for verb in sentence if verb.pos_ == "VERB" and verb.lemma_.lower() in lemmas
            and verb.dep_ in ("ROOT", "conj") and not is_infinitive(verb) and not is_negated(verb)]


def answered(sentence: Span, mentions: list[Mention]) -> list[tuple[Token, list[URIRef]]]:
    """Data answered ("we will respond to your inquiry"): used to serve the user. Only an affirmed main
    clause counts; "to respond to your inquiries" is the purpose of another practice."""
    found = []
    for verb in _affirmed_main_verbs(sentence, ANSWERING_VERBS):
        answered_words = {t.i for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to")
                          for t in c.subtree}
        data = list(dict.fromkeys(m.iri for m in mentions if m.start in answered_words))
        if data:
            found.append((verb, data))
    return found


PERFORMING_VERBS = {"perform", "conduct", "do", "run", "carry", "undertake"}
ANALYSIS_NOUNS = {"analysis", "analyses", "analytics", "study", "studies", "research"}


def analysed(sentence: Span, mentions: list[Mention]) -> list[tuple[Token, list[URIRef]]]:
    """Data analysed ("we perform statistical analyses of our server logs", "we conduct analytics of the use of
    our services"): used for analytics. Only an affirmed main clause counts."""
    found = []
    for verb in _affirmed_main_verbs(sentence, PERFORMING_VERBS):
        analysed_words = {t.i for noun in verb.children if noun.dep_ == "dobj" and noun.lower_ in ANALYSIS_NOUNS
                          for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "on") for t in c.subtree}
        data = list(dict.fromkeys(m.iri for m in mentions if m.start in analysed_words))
        if data:
            found.append((verb, data))
    return found


DERIVING_LEMMAS = {"determine", "infer", "derive", "estimate", "deduce"}


def derived(sentence: Span, mentions: list[Mention]) -> list[tuple[Token, list[URIRef]]]:
    """Data worked out from other data ("we use your IP address to determine your approximate location"): the
    derived data is obtained too; not where the aim is denied."""
    found = []
    for verb in sentence:
        if verb.lemma_.lower() not in DERIVING_LEMMAS or not is_infinitive(verb) or is_negated(verb):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]  # the object itself, not what it is about
        data = list(dict.fromkeys(m.iri for o in objects for m in mentions if m.start <= o.i < m.end and not m.weak))
        if data:
            found.append((verb, data))
    return found


CHANNELS = {"email": PKG.EmailAddress, "emailed": PKG.EmailAddress, "emailing": PKG.EmailAddress,  # unknown lemmas
            "call": PKG.PhoneNumber, "phone": PKG.PhoneNumber, "text": PKG.PhoneNumber, "mail": PKG.PostalAddress,
            "contact": PKG.ContactInformation}  # "we may contact you for ...": through whatever contact details


SENT_CHANNELS = {"email": PKG.EmailAddress, "e-mail": PKG.EmailAddress, "emails": PKG.EmailAddress,
                 "e-mails": PKG.EmailAddress, "text": PKG.PhoneNumber, "texts": PKG.PhoneNumber,
                 "sms": PKG.PhoneNumber, "letter": PKG.PostalAddress, "letters": PKG.PostalAddress}


def _channel_sent(verb: Token) -> URIRef | None:
    """"send users an email", "send you product news by email": the channel the sending goes through."""
    if verb.lemma_.lower() != "send":
        return None
    means = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "via") for g in c.children
             if g.dep_ == "pobj"]
    return next((SENT_CHANNELS[w.lower_] for w in [c for c in verb.children if c.dep_ == "dobj"] + means
                 if w.lower_ in SENT_CHANNELS), None)


def _addresses_the_user(verb: Token) -> bool:
    """The verb's object or indirect object is the user ("email you", "call our customers", "send e-mails to
    users")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
    to_phrases = [c for c in (*verb.children, *(g for o in objects for g in o.children))
                  if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    addressees = objects + [g for c in to_phrases for g in c.children if g.dep_ == "pobj"]
    return any(singular(a.lower_) in USER_WORDS for a in addressees)


def asks_not_to(sentence: Span, mentions: list[Mention]) -> list[URIRef] | None:
    """The user can ask the vendor not to do something ("you may request that we not share your
    information", "ask us not to send you e-mail"), or is told what to do if they do not want it done ("if you
    do not wish your information to be shared, write to us"): an opt-out, about the data of what is refused."""
    for verb in sentence:
        if verb.pos_ != "VERB":
            continue
        if user_requests(verb) and not _asks_someone_else(verb):
            refused = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                       and any(g.dep_ == "neg" for g in c.children)]
        elif verb.lemma_.lower() in WISHING_VERBS and is_negated(verb) and is_the_user(own_subject(verb)):
            refused = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and _done_by_others(c)]
        else:
            continue
        for clause in refused:
            span = {t.i for t in clause.subtree}
            return list(dict.fromkeys(m.iri for m in mentions if m.start in span))
    return None


def _asks_someone_else(verb: Token) -> bool:
    """"(you should) tell them not to do so": the user asks a third party, not the vendor."""
    addressees = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
    return any(a.lower_ not in VENDOR_PRONOUNS and not is_the_company(a) for a in addressees)


def own_subject(verb: Token) -> Token | None:
    """The subject the verb has itself (active or passive), without looking up its clause."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def is_the_user(word: Token | None) -> bool:
    """The word names the user ("you", "users", "the customer", "user(s)")."""
    return word is not None and singular(OPTIONAL_PLURAL.sub("", word.lower_)) in USER_WORDS


OPTIONAL_PLURAL = re.compile(r"\(s\)?$")  # "user(s)"


def _done_by_others(clause: Token) -> bool:
    """The wished-for clause has a subject of its own that is not the user: "(you do not wish) your
    information to be shared", "us to send you offers"; not "to read our newsletter"."""
    subject = own_subject(clause)
    return subject is not None and not is_the_user(subject)


CHOOSING_VERBS = {"choose", "decide", "opt", "decline", "refuse", "accept", "control", "limit", "object",
                  "withdraw", "unsubscribe", "disable", "block", "reject", "manage", "restrict"}
MEANS_NOUNS = {"means", "ways", "tools", "mechanisms"}  # a choice only where they are to choose with
CHOICE_NOUNS = {"choice", "choices", "option", "options", "control", "controls", "opportunity", "opportunities",
                "say"}


def choices_given(sentence: Span, mentions: list[Mention]) -> list[URIRef] | None:
    """The user is given or has a choice ("we give you choices about how we use your information", "you have
    the option to decline", "you will have opportunities to choose"): an opt-out, about the data the choice
    bears on (none named: a choice all the same)."""
    for noun in sentence:
        if noun.lower_ not in CHOICE_NOUNS | MEANS_NOUNS or noun.dep_ != "dobj" or is_negated(noun.head):
            continue
        verb = noun.head
        lemma = verb.lemma_.lower()
        if lemma in GRANTING_VERBS:
            holder = next((c for c in verb.children if c.dep_ in ("dative", "iobj")), None)
        elif lemma in ("have", "get", "retain"):
            holder = subject_of(verb)
        else:
            continue
        if holder is None or singular(holder.lower_) not in USER_WORDS:
            continue
        span = {t.i for t in noun.subtree}
        data = list(dict.fromkeys(m.iri for m in mentions if m.start in span  # "whether to use them": no data
                                  and not (m.end - m.start == 1 and sentence.doc[m.start].pos_ == "PRON")))
        chooses = any(t.lemma_.lower() in CHOOSING_VERBS for t in noun.subtree)
        if not chooses and _to_give_data(noun):
            continue  # "the opportunity to submit other information about yourself": optional data, no refusal
        if chooses or data and noun.lower_ not in MEANS_NOUNS:
            return data  # not "the opportunity to sign up for our newsletter", "the means to contact us"
    return None


def consent_scope(sentence: Span, lexicon: Lexicon) -> set[int]:
    """The tokens of the clause a consent cue belongs to ("we will not provide X without your permission":
    X is what needs consent, not the data of another clause of the sentence)."""
    for mention in _cue_indexes(lexicon)["opt-in"].find(sentence):
        verb = governing_verb(sentence.doc[mention.start])
        if verb.pos_ in ("VERB", "AUX"):
            return {t.i for t in verb.subtree}
    return set()
