"""Why data is used: OPP-115 purposes from the cues in purpose clauses (to ..., in order to ..., for ...)."""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Span, Token

from graphbuild.extract.actors import RELATIVE_PRONOUNS, offered_to_the_reader
from graphbuild.extract.clauses import LETTING_VERBS, continues_purpose, is_infinitive, is_time_clause
from graphbuild.extract.interpret import GIVING_VERBS
from graphbuild.extract.lexicon import Lexicon, tokens_of
from graphbuild.extract.nlp import blank_tokenizer
from graphbuild.extract.statements import TOPIC_PREPOSITIONS
from graphbuild.vocabulary import PKG

DEFAULT_PURPOSE = PKG.BasicServiceFeature
# Verbs whose "for ..." names what they take: "ask for", "request ... for", "register for".
FOR_ARGUMENT_VERBS = {"ask", "request", "apply", "register", "sign", "search", "look", "pay", "charge", "wait",
                      "call", "prompt", "solicit", "query"}
NOT_PURPOSE_MARKS = {"if", "unless", "when", "whenever", "once", "although", "though", "as", "because", "while",
                     "before", "after", "until", "whether"}
PURPOSE_PREPOSITIONS = {"for"}
# Verbs whose "to ..." is their complement, not a purpose: "require you to provide", "choose to decline".
COMPLEMENT_VERBS = {"require", "ask", "allow", "enable", "permit", "want", "need", "choose", "wish", "like",
                    "prefer", "try", "agree", "decide", "plan", "intend", "request", "encourage", "invite",
                    "expect", "elect", "continue", "begin", "start", "fail", "refuse", "decline", "seek",
                    "attempt", "able", "unable", "willing", "likely", "have", "instruct", "authorize", "tell"}


def _is_purpose_clause(child: Token) -> bool:
    """An infinitive ("to improve"), "in order to", "so that", or "for ... (purposes)"."""
    marks = {g.lower_ for g in child.children if g.dep_ in ("mark", "aux")}
    if marks & NOT_PURPOSE_MARKS:
        return False
    if continues_purpose(child):  # "for site security and to help us understand ..."
        return True
    if offered_to_the_reader(child):  # "we provide a way to correct it": what the reader may do
        return False
    if child.dep_ == "conj" and child.lower_ in ("purpose", "purposes") and child.head.pos_ == "VERB":
        return True  # "use it ..., and for marketing purposes", parsed with "purposes" as the verb's conjunct
    if child.dep_ == "advcl" and child.tag_ == "VBG" and not marks and _listed_after_purpose(child):
        return True  # "in order to administer our business, communicating with you, providing support"
    if child.dep_ in ("advcl", "xcomp", "acl", "relcl"):
        if child.dep_ == "xcomp" and child.head.lemma_.lower() in COMPLEMENT_VERBS:
            return False
        return "to" in marks or "so" in marks or any(g.lower_ == "order" for g in child.children)
    if child.dep_ == "conj" and child.lower_ in PURPOSE_PREPOSITIONS and child.head.pos_ == "VERB":
        return any(g.dep_ == "pobj" for g in child.children)  # "use it for X, and for marketing purposes"
    if child.dep_ == "prep":
        if child.lower_ == "in" and any(g.lower_ == "order" for g in child.children):
            return True
        if child.lower_ in ("in", "with") and any(_is_aim(g) for g in child.children):
            return True  # "in an effort to improve ...", "with the aim of improving ..."
        if child.lower_ == "in" and child.head.dep_ not in ("relcl", "acl") and any(
                g.lower_ == "response" and any(c.lower_ == "to" for c in g.children) for g in child.children):
            return True  # "in response to a subpoena"; not "the information you provide in response to polls"
        if child.lower_ in ("on", "upon") and _names_interests(child):
            return True  # "on the basis of our legitimate interests in improving our services"
        if child.lower_ == "including" and any(_is_purpose_clause(g) for g in child.children):
            return True  # "for any purpose, including to contact you"
        if child.lower_ == "including" and _follows_named_aims(child):
            return True  # "use cookies for a variety of purposes, including remembering you", hung on the verb
        if child.lower_ == "for" and child.head.lemma_.lower() in FOR_ARGUMENT_VERBS and not any(
                g.dep_ == "pobj" and g.lower_ in AIM_NOUNS for g in child.children):
            return False  # "ask you for your name": what is asked for, not why ("calls for quality purposes" is)
        return child.lower_ in PURPOSE_PREPOSITIONS and any(  # "for marketing", "for improving the site"
            g.dep_ == "pcomp" or g.dep_ == "pobj" and g.pos_ != "PRON" for g in child.children)
    return False


def _listed_after_purpose(gerund: Token) -> bool:
    """The gerund follows a comma after a purpose clause of the same verb: the parser broke a list of aims."""
    doc = gerund.doc
    after_comma = gerund.left_edge.i > 0 and doc[gerund.left_edge.i - 1].lower_ == ","
    return after_comma and any(s.i < gerund.i and s.dep_ != "advcl" and _is_purpose_clause(s)
                               for s in gerund.head.children)


def _follows_named_aims(including: Token) -> bool:
    """"including" follows a phrase of the same head that names aims ("for a variety of purposes")."""
    return any(s.i < including.i and s.dep_ == "prep" and s.lower_ == "for"
               and any(t.lower_ in AIM_NOUNS for t in s.subtree) for s in including.head.children)


def _names_interests(preposition: Token) -> bool:
    """"on the basis of our legitimate interests in ...": the interests pursued are the purpose (a basis of
    consent or of a contract is none)."""
    return any(t.lemma_.lower() == "interest" and t.dep_ == "pobj" for t in preposition.subtree)


AIM_NOUNS = {"purpose", "purposes", "aim", "aims", "goal", "goals", "objective", "objectives", "reason", "reasons",
             "intention"}
EFFORT_NOUNS = AIM_NOUNS | {"effort", "efforts", "attempt", "intent"}  # "in an effort to", "with the aim of"


def _is_aim(noun: Token) -> bool:
    """An aim named with what it is to achieve: "an effort to improve", "the goal of improving"."""
    return noun.dep_ == "pobj" and noun.lower_ in EFFORT_NOUNS and any(
        is_infinitive(c) or c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" for g in c.children)
        for c in noun.children)


def _object_clauses(obj: Token) -> list[Token]:
    """Purpose clauses attached to an object or to a participle describing it."""
    clauses = []
    for child in obj.children:
        if _is_purpose_clause(child):
            clauses.append(child)
        elif child.dep_ in ("acl", "relcl"):  # "the information we collect and receive to provide ..."
            clauses += [g for verb in [child] + [c for c in child.children if c.dep_ == "conj"]
                        for g in verb.children if _is_purpose_clause(g)]
    return clauses


def _is_plain_infinitive(token: Token, lexicon: Lexicon, data_tokens: set[int]) -> bool:
    """"to make ... easy", "to provide you the services", "to save your settings" and "to process gifts" are
    purposes; "to collect ..." or "to provide your name to ..." is another practice."""
    if token.pos_ != "VERB" or not is_infinitive(token):
        return False
    lemma = token.lemma_.lower()
    objects = [c for c in token.children if c.dep_ == "dobj"]
    no_data = bool(objects) and not any(object_words(c) & data_tokens for c in objects)
    if lemma in GIVING_VERBS:
        return not objects or no_data
    actions = lexicon.vocabulary.actions
    keeping = any(lemma in actions[name].vendor_verbs for name in ("store", "retain"))
    return ((keeping or lemma in HANDLING_LEMMAS) and no_data) or not names_a_practice(token, lexicon)


HANDLING_LEMMAS = {"process", "handle"}  # "to process gifts", "to handle returns": a service, not a use of data


def names_a_practice(verb: Token, lexicon: Lexicon) -> bool:
    """The verb states some practice when the vendor does it ("collect", "share"; not "open", "improve")."""
    return any(verb.lemma_.lower() in action.vendor_verbs for action in lexicon.vocabulary.actions.values())


def object_words(obj: Token) -> set[int]:
    """The object's words, less what it is about: "notices (about your account)" sends no data."""
    topics = {t.i for c in obj.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS for t in c.subtree}
    return {t.i for t in obj.subtree} - topics


def _stranded_purposes(verb: Token, clause: Token) -> list[Token]:
    """Verbs of a purpose list that the parser hung on the main verb: in "we retain X in order to process
    your inquiries, respond to your requests and improve our services", "respond" and "improve" continue
    the list begun by "process" (bare infinitives with no subject of their own, the first right after the
    clause's comma; ", and share it with ..." starts a clause of its own)."""
    end = clause.right_edge.i
    following = next((c for c in verb.children if c.dep_ == "conj" and c.i > end), None)
    if following is None or following.left_edge.i != end + 2 or verb.doc[end + 1].text != ",":
        return []
    stranded = []
    while True:
        if following is None or following.tag_ != "VB" or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in following.children):
            return stranded
        stranded.append(following)
        following = next((c for c in following.children if c.dep_ == "conj"), None)


def _stranded_object(verb: Token, clause: Token) -> list[Token]:
    """The object clause of a purpose verb that the parser hung on the main verb: in "we use this data to select
    which of our ads may appeal to you", what is selected belongs to the purpose."""
    if any(c.dep_ in ("dobj", "ccomp") for c in clause.children):
        return []
    return [c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == clause.right_edge.i + 1]


PLACING_PREPOSITIONS = {"in", "on", "within", "across"}


def purposes_hung_on_time_clause(group: list[Token]) -> set[int]:
    """Tokens of the purpose clauses the parser hangs on a time clause of the verbs: "we may use your location when
    you access our apps to provide location-aware services and for advertising purposes"."""
    clauses = [c for verb in group for c in verb.children if is_time_clause(c)]
    return {t.i for clause in clauses for c in clause.children if c.dep_ != "xcomp" and _is_purpose_clause(c)
            for t in c.subtree}


def _receivers_purposes(head: Token) -> set[int]:
    """The purpose a receiver of the head's "to" or "with" is given for ("with partners for marketing")."""
    return {t.i for p in head.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "with")
            for receiver in p.children if receiver.dep_ == "pobj"
            for c in receiver.children if c.dep_ == "prep" and _is_purpose_clause(c) for t in c.subtree}


OBLIGING_VERBS = {"have", "need", "require", "ask", "oblige", "obligate"}


def purpose_clause_tokens(group: list[Token], scope: set[int], practice_verbs: set[int] = frozenset()) -> set[int]:
    """Tokens of the clauses that say why the verbs of `group` happen, and why their complements that are
    no practice of their own do ("asked to fill in X for billing purposes")."""
    found: set[int] = set()
    complements = [c for verb in group for c in verb.children if c.dep_ == "xcomp" and c.i not in practice_verbs
                   and is_infinitive(c) and not _is_purpose_clause(c)]
    # "use your email address and username to contact you", parsed with the object's last item as a verb's conjunct
    stray_objects = [c for verb in group for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                     and _ends_object_list(verb, c)]
    # "we allow third parties to use cookies so that we can serve you ads": why the vendor lets them is theirs too;
    # "to send a card, you will have to provide your email address": why it must be done is why it is done
    governing = [verb.head for verb in group[:1] if verb.dep_ in ("xcomp", "ccomp")
                 and verb.head.lemma_.lower() in LETTING_VERBS | OBLIGING_VERBS]
    for verb in group + complements + stray_objects + governing:
        for child in verb.children:
            if _is_purpose_clause(child):
                found |= {t.i for t in child.subtree}
                found |= {t.i for v in _stranded_purposes(verb, child) for t in v.subtree}
                found |= {t.i for c in _stranded_object(verb, child) for t in c.subtree}
            elif child.dep_ in ("dobj", "nsubjpass"):  # "use X (collected) for Y" may hang "for Y" on X
                for clause in _object_clauses(child):
                    found |= {t.i for t in clause.subtree}
                found |= _receivers_purposes(child)  # "share X with partners for Y", "with" hung on X
            elif child.dep_ in ("prep", "dative") and child.lower_ in ("to", "with"):  # "with partners for marketing"
                found |= _receivers_purposes(verb)
            elif child.dep_ == "prep":  # "use X in combination with information collected to Y"
                for participle in (t for t in child.subtree if t.dep_ == "acl" and t.tag_ == "VBN"):
                    found |= {t.i for c in participle.children if _is_purpose_clause(c) for t in c.subtree}
                if child.lower_ in PLACING_PREPOSITIONS:  # "place web beacons in our emails to count ...": the
                    found |= {t.i for place in child.children if place.dep_ == "pobj"  # parser hangs it on the place
                              for c in place.children if c.dep_ == "acl" and is_infinitive(c)
                              and _is_purpose_clause(c) for t in c.subtree}
    return found & scope if scope else found


def _ends_object_list(verb: Token, noun: Token) -> bool:
    """The noun follows the verb's object, joined by a bare "and" or "or": the object list's last item."""
    doc = verb.doc
    return any(c.dep_ == "dobj" and c.right_edge.i + 2 == noun.left_edge.i and doc[c.right_edge.i + 1].dep_ == "cc"
               for c in verb.children)


def purposes_in(sentence: Span, indices: set[int], lexicon: Lexicon, excluded: set[int],
                default: bool = False) -> list[URIRef]:
    """The purposes whose cues occur in the given tokens, outside data and condition phrases.

    With `default`, a purpose clause with a verb but no cue ("to make interactions easy") is taken as serving the
    service itself (OPP-115's Basic service/feature).
    """
    cues = [m for m in lexicon.find_purposes(sentence) if m.start in indices and _outside(m, excluded)]
    found = [m.iri for m in cues if not _generic_over_specific(sentence, m, cues) and not _law_allows(sentence, m)
             and not _in_an_idiom(sentence, m) and not _qualifies_an_effect(sentence, m)
             and not _what_is_studied(sentence, m)]
    found += _with_shared_object(sentence, indices - excluded, lexicon)
    if default and not found and any(_is_plain_infinitive(sentence.doc[i], lexicon, excluded)
                                     for i in indices - excluded):
        found = [DEFAULT_PURPOSE]
    return list(dict.fromkeys(found))


def other_purposes(sentence: Span, indices: set[int]) -> list[URIRef]:
    """OPP-115's Other where a purpose is named in words no class of ours knows ("for editorial purposes") or
    told elsewhere ("for purposes described in this Privacy Policy"), not where it is listed next ("for the
    following purposes:", "for the purposes described below")."""
    doc = sentence.doc
    named = any(doc[i].lemma_.lower() == "purpose" and doc[i].dep_ == "pobj" and doc[i].head.lower_ == "for"
                and any(c.dep_ in ("amod", "compound") and c.lower_ not in LEAD_WORDS or _told_elsewhere(c)
                        for c in doc[i].children)
                for i in indices)
    return [PKG.OtherPurpose] if named else []


def _told_elsewhere(clause: Token) -> bool:
    """"(purposes) described in this policy", "set forth above", "disclosed at the time of collection"."""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and not any(t.lower_ in ("below", "following")
                                                                      for t in clause.subtree)


LEAD_WORDS = {"following", "below", "above", "these", "those", "such", "same", "certain", "various", "several"}


def _with_shared_object(sentence: Span, indices: set[int], lexicon: Lexicon) -> list[URIRef]:
    """Purposes a verb names with the object it shares with the verbs listed after it ("to provide, maintain and
    improve our services": to provide our services)."""
    found = []
    for verb in (sentence.doc[i] for i in sorted(indices)):
        if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        later = [c for c in verb.conjuncts or verb.head.conjuncts if c.i > verb.i]  # (or hung on the verb above)
        if not later:
            continue
        shared = next((c for c in later[-1].children if c.dep_ == "dobj"), None)
        if shared is not None:
            purpose = lexicon.purposes.match_exactly([verb] + [t for t in shared.subtree if t.i <= shared.i])
            found += [purpose] if purpose is not None else []
    return found


def _outside(cue, excluded: set[int]) -> bool:
    """The cue lies outside the excluded phrases, or only ends in one: "track the use (of the site)" is
    analytics though "the use of the site" names data; "(your) marketing preferences" is no purpose."""
    return not set(range(cue.start, cue.end)) & excluded or cue.end - cue.start > 1 and cue.start not in excluded


IDIOMS = {"order": ("in", ("to", "for", "that")), "event": ("the", ("of", "that"))}


def _in_an_idiom(sentence: Span, cue) -> bool:
    """"in order to", "in the event of": a conjunction, no order placed and no event held."""
    doc = sentence.doc
    word = doc[cue.start]
    if cue.end - cue.start != 1 or word.lower_ not in IDIOMS:
        return False
    before, after = IDIOMS[word.lower_]
    return (word.i > 0 and doc[word.i - 1].lower_ == before
            and word.i + 1 < len(doc) and doc[word.i + 1].lower_ in after)


EFFECT_NOUNS = {"effect", "effects", "consequence", "consequences", "impact", "impacts"}


def _qualifies_an_effect(sentence: Span, cue) -> bool:
    """"decisions that produce legal effects": the kind of effect a decision has, not a purpose of the use."""
    word = sentence.doc[cue.end - 1]
    return cue.end - cue.start == 1 and word.dep_ == "amod" and word.head.lower_ in EFFECT_NOUNS


STUDYING_LEMMAS = {"understand", "measure", "analyze", "study", "learn", "evaluate", "assess"}  # as parsed


def _what_is_studied(sentence: Span, cue) -> bool:
    """"to understand how visitors use our forums", "to measure how readers respond to our newsletters": the
    forums and newsletters are what the analysis looks at, not what the data serves (an aim of its own, "... and
    to personalize content", "... and help us provide advertising", "and for marketing purposes", still is one)."""
    word = sentence.doc[cue.start]
    for clause in [word, *word.ancestors]:
        if is_infinitive(clause) or clause.dep_ == "conj" or clause.lower_ in AIM_NOUNS \
                or clause.lemma_.lower() in STUDYING_LEMMAS:
            return False
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in STUDYING_LEMMAS:
            return any(t.tag_ in ("WRB", "WDT", "WP") for t in clause.subtree if t.i < clause.i)
    return False


ALLOWING_LEMMAS = {"prohibit", "permit", "allow", "forbid"}


def _law_allows(sentence: Span, cue) -> bool:
    """"for any purpose not prohibited by law", "as permitted by law": the law bounds the purpose, it is
    none itself."""
    token = sentence.doc[cue.end - 1]
    by = token.head
    return cue.iri == PKG.LegalRequirement and by.lower_ == "by" and by.head.lemma_.lower() in ALLOWING_LEMMAS


NEED_WORDS = {"need", "require", "necessary", "needed", "required", "useful", "essential", "helpful"}
ENABLING_VERBS = {"allow", "enable", "let", "help", "permit"}  # "this cookie allows you to ...": the cookie is used
HAVING_VERBS = {"know", "have", "get", "obtain", "collect", "receive", "use", "keep", "retain", "store", "access",
                "process", "verify"}


def _generic_over_specific(sentence: Span, cue, cues: list) -> bool:
    """A service cue whose word governs a more specific one: "respond to subpoenas" and "a legal request"
    are for the law, not for the service."""
    token = sentence.doc[cue.start]
    if cue.iri != DEFAULT_PURPOSE or token.pos_ not in ("VERB", "NOUN"):
        return False
    if token.pos_ == "NOUN":  # a noun's own modifiers, not what is listed beside it
        below = {c.i for c in token.children if c.dep_ in ("amod", "compound", "nmod")}
    else:
        below = {t.i for t in token.subtree} - {token.i}
    return any(other.iri != DEFAULT_PURPOSE and other.start in below for other in cues)


def _is_infinitive_clause(token: Token) -> bool:
    return token.dep_ in ("xcomp", "advcl", "acl") and is_infinitive(token)


def _needed_phrase(holders: list[Token]) -> Token | None:
    """What is said to be needed: the object of "we need (to know) X", the subject of "X is necessary"
    or "X is required", or the noun a relative clause describes ("X, which is needed ...")."""
    for holder in holders:
        obj = next((c for c in holder.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    for clause in holders:
        subject = _subject(clause, ("nsubj", "nsubjpass"))
        if subject is not None and subject.pos_ != "PRON":
            return subject
    return None


def _subject(verb: Token, deps: tuple[str, ...] = ("nsubj",)) -> Token | None:
    """The verb's subject, or for a relative clause ("X, which is needed") the noun it describes."""
    subject = next((c for c in verb.children if c.dep_ in deps), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def needed_for(sentence: Span, mentions: list, lexicon: Lexicon) -> list[tuple[list[URIRef], list[URIRef]]]:
    """Data said to be needed for something ("we need your address to ship your order", "your email
    is required to create an account"), with the purposes it is needed for: a use of that data."""
    found = []
    data_tokens = tokens_of(mentions)
    for word in sentence:
        lemma = word.lemma_.lower()
        if lemma in ENABLING_VERBS and word.pos_ == "VERB":
            holders = [word]  # what enables is the subject: "cookies help us remember your preferences"
        elif (word.lower_ in NEED_WORDS or lemma in NEED_WORDS) and word.dep_ not in ("amod", "compound", "nmod") \
                and not _needed_by_those_described(word):
            holders = [word] + ([word.head] if word.dep_ == "acomp" else [])
        else:
            continue
        holders += [c for c in word.children if c.dep_ == "xcomp" and c.lemma_.lower() in HAVING_VERBS]
        # "need to know X to ..."
        phrase = _subject(word) if lemma in ENABLING_VERBS else _needed_phrase(holders)
        if phrase is None:
            continue
        clauses = [c for h in holders + [phrase] for c in h.children
                   if c not in holders and (_is_infinitive_clause(c) or _is_purpose_clause(c) or
                                            (lemma in ENABLING_VERBS and c.dep_ in ("ccomp", "xcomp")))]
        if lemma in ENABLING_VERBS:  # "cookies allow us to sign you in, recognize you and provide personalization"
            clauses += [c for c in word.children if c.dep_ == "conj" and c.pos_ == "VERB" and _subject(c) is None]
        span = {t.i for t in phrase.subtree}
        if word.i in span:  # "X, which is needed to ...": X and its examples, not the relative clause
            span -= {t.i for t in (word if word.dep_ == "relcl" else word.head).subtree}
        if lemma in ENABLING_VERBS:  # "this cookie allows your e-mail address to be pre-populated": it is used too
            span |= {t.i for c in clauses if c.dep_ == "ccomp"
                     for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree}
        data = list(dict.fromkeys(m.iri for m in mentions if m.start in span))
        why = {t.i for c in clauses for t in c.subtree}
        purposes = purposes_in(sentence, why, lexicon, data_tokens, default=True) if why else []
        if data and purposes:
            found.append((data, purposes))
    return found


def _needed_by_those_described(verb: Token) -> bool:
    """"(access is limited to) employees who need the information to do their jobs": whom access is kept to, by
    what they need; no aim of the vendor."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)


def stated_aims(sentence: Span, mentions: list, lexicon: Lexicon) -> list[tuple[list[URIRef], list[URIRef]]]:
    """Data whose handling is given an aim ("the purpose of gathering personal data is to improve our
    services", "our goal in collecting your email address is to send you newsletters"): a use of that
    data, with the purposes of the aim."""
    found = []
    data_tokens = tokens_of(mentions)
    for noun in sentence:
        if noun.lower_ not in AIM_NOUNS or noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
            continue
        about = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "for")
                 for t in c.subtree}
        aim = {t.i for c in noun.head.children if _is_infinitive_clause(c) for t in c.subtree}
        data = list(dict.fromkeys(m.iri for m in mentions if m.start in about))
        purposes = purposes_in(sentence, aim, lexicon, data_tokens, default=True) if aim else []
        if data and purposes:
            found.append((data, purposes))
    return found


def features_named(title: str, lexicon: Lexicon) -> list[URIRef]:
    """The additional feature a heading names ("Email Newsletters", "Contests and Sweepstakes"): what the
    data collected under it serves."""
    words = blank_tokenizer()(title)
    return [PKG.AdditionalServiceFeature] if any(
        m.iri == PKG.AdditionalServiceFeature for m in lexicon.purposes.find(words[:])) else []
