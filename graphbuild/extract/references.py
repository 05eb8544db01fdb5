"""Reference back and defined terms: "this information", "it", and "Web Site Navigational Information"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import URIRef
from spacy.tokens import Span, Token

from graphbuild.extract.actors import ORGANISATION_WORDS, USER_WORDS
from graphbuild.extract.clauses import subject_of
from graphbuild.extract.lexicon import PERSON_WORDS, Lexicon, Mention, singular, tokens_of
from graphbuild.vocabulary import PKG, TRACKING_ELEMENTS

DEFINITION = re.compile(r"\(\s*(?:herein(?:after)?\s+(?:referred to as|called)\s+|the\s+)?[\"“]([^\"”]{3,60})[\"”]\s*\)")
DEFINING_VERBS = {"include", "includes", "including", "means", "mean", "consists", "consist", "comprises", "are", "is"}
SUMMARY_SIZE = 3  # "this information" after a longer list stands for personal information in general
POINTERS = {"this", "these", "such", "that", "those", "said", "above", "aforementioned", "same"}
PRONOUNS = {"it", "them", "they"}


@dataclass
class DocumentMemory:
    """What earlier sentences of a policy said about data, for the sentences that point back."""

    last_data: list[URIRef] = field(default_factory=list)
    last_subject: list[URIRef] = field(default_factory=list)  # the data the sentence before was about, if any
    last_recipients: list[tuple[URIRef, str | None]] = field(default_factory=list)  # of the sentence before
    last_actions: set[str] = field(default_factory=set)  # what the sentence before stated
    last_purposes: list[URIRef] = field(default_factory=list)  # and what for
    defined_terms: dict[str, list[URIRef]] = field(default_factory=dict)

    def new_section(self) -> None:
        """Forget what the last section's sentences were about ("this information" at the top of a section is not
        the last one's); its defined terms and recipients stay."""
        self.last_data, self.last_subject, self.last_purposes = [], [], []

    def resolve(self, sentence: Span, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
        """Add the data of defined terms and of reference words to a sentence's own mentions."""
        defining = [(sentence.start_char + m.start(), sentence.start_char + m.end())
                    for m in DEFINITION.finditer(sentence.text)]
        # the name a sentence defines ('("Web Site Navigational Information")') is not more data
        resolved = [m for m in mentions if not any(a <= sentence.doc[m.start].idx < b for a, b in defining)]
        lower = sentence.text.lower()
        for term, iris in self.defined_terms.items():
            for match in re.finditer(re.escape(term), lower):
                span = sentence.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is None:
                    continue
                start, end = span.start, span.end
                resolved = [m for m in resolved if m.end <= start or m.start >= end]
                resolved += [Mention(start, end, iri) for iri in iris]
        for token in sentence:
            pointed = token.lower_ in POINTERS and token.dep_ in ("det", "amod", "predet") and any(
                m.weak and m.start <= token.head.i < m.end for m in resolved)
            pronoun = token.lower_ in PRONOUNS and not token._.points_to_third_party and (token.dep_ in ("dobj", "nsubjpass") or (
                token.dep_ == "pobj" and token.head.lower_ not in ("to", "with"))  # "give it to them"
                or (token.dep_ == "nsubj" and token.head.dep_ != "relcl"))  # "the information they collect"
            pronoun = pronoun and not _stands_for_someone(token, lexicon)
            subject = token.dep_ in ("nsubj", "nsubjpass")  # "Our cookies hold no names. They are used to ...": cookies
            target = ((_object_above(token, mentions) or _antecedent_in_clause(sentence, token, mentions)
                       or _nearest_before(token, mentions))
                      if pronoun else _earlier_in_sentence(token, mentions)) or (
                [] if pronoun and _stands_for_the_head_noun(sentence, token)
                else self.last_subject if pronoun and subject and self.last_subject else self.last_data)
            if not (pointed or pronoun) and _names_tracking_tools(token, resolved):
                pointed, target = True, [iri for iri in self.last_data if iri in TRACKING_ELEMENTS]
            if (pointed or pronoun) and target:
                anchor = token.head.i if pointed else token.i
                resolved = [m for m in resolved if not (m.weak and m.start <= anchor < m.end)]
                resolved += [Mention(anchor, anchor + 1, iri) for iri in target]
        return sorted(set(resolved), key=lambda m: (m.start, m.end, str(m.iri)))

    def learn(self, sentence: Span, mentions: list[Mention]) -> None:
        """Remember this sentence's data, and the terms it defines ("(the "Required Information")")."""
        strong = [m for m in mentions if not m.weak]
        for match in DEFINITION.finditer(sentence.text):
            phrase = _defined_phrase(sentence, sentence.start_char + match.start())
            if _names_people(match.group(1), phrase, sentence):
                continue  # "parents of children under age 13 ("Parents")": people, no data
            iris = list(dict.fromkeys(m.iri for m in strong if m.start in phrase))
            if not iris and _hosted_by_users(sentence, phrase):
                iris = [PKG.UserCommunications]  # "users use the Service to host data ("User Data")": their content
            if iris:
                self.defined_terms.setdefault(match.group(1).lower(), iris)
        first = sentence[0:4].text.lower()
        for term in list(self.defined_terms):
            if first.startswith(term[: len(first)]) and any(t.lower_ in DEFINING_VERBS for t in sentence[:8]):
                term_end = sentence.start_char + len(term)  # the term's own words are not its content
                extra = [m.iri for m in strong if m.iri not in self.defined_terms[term]
                         and sentence.doc[m.start].idx >= term_end
                         and not introduces_examples(sentence, m)]  # "the actions you take (such as ...)"
                if extra:
                    self.defined_terms[term] = list(dict.fromkeys(extra))
        self.last_subject = _subject_data(sentence.root, strong)
        if strong:
            heads = [m for m in strong if introduces_examples(sentence, m)]
            data = list(dict.fromkeys(m.iri for m in heads or strong))
            self.last_data = data if len(data) <= SUMMARY_SIZE else [PKG.PersonalInformation]
        elif any(m.iri == PKG.PersonalInformation and _main_object(sentence, m) for m in mentions):
            self.last_data = [PKG.PersonalInformation]  # "we may share information with vendors. They may not use
            # it ...": information in general, not what a sentence before named


def _subject_data(verb: Token, mentions: list[Mention]) -> list[URIRef]:
    """The data the verb's subject names ("Our cookies do not include names": cookies)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    heads = [subject, *subject.conjuncts] if subject is not None else []  # "your name and email address"
    return list(dict.fromkeys(m.iri for m in mentions if any(m.start <= h.i < m.end for h in heads)))


def _main_object(sentence: Span, mention: Mention) -> bool:
    """The phrase is what the sentence's main verb acts on ("we may share information with vendors"), not a phrase
    of a clause within ("in the event a third party makes use of your data")."""
    head = sentence.doc[mention.end - 1]
    return head.dep_ in ("dobj", "nsubjpass") and head.head.i == sentence.root.i


# How a noun phrase goes on before the brackets that name it: "contact information, such as name and
# email address ("Contact Data")", "information about your visits ("Usage Data")".
PHRASE_DEPS = {"appos", "compound", "amod", "conj", "cc", "pobj", "prep", "poss", "nmod", "npadvmod", "punct"}
CONTENT_PREPOSITIONS = {"of", "about", "on", "regarding", "concerning", "as", "including", "like"}


PEOPLE_TERMS = PERSON_WORDS | {"teenager", "minor", "adult", "kid"}


def _names_people(term: str, phrase: set[int], sentence: Span) -> bool:
    """The defined term, or the phrase it names, is people ("Parents", "Ineligible Teenagers")."""
    roots = [sentence.doc[i] for i in phrase if sentence.doc[i].head.i not in phrase or sentence.doc[i].head.i == i]
    words = [singular(w) for w in term.lower().split()[-1:]] + [singular(r.lower_) for r in roots]
    return any(w in PEOPLE_TERMS for w in words)


def _defined_phrase(sentence: Span, bracket: int) -> set[int]:
    """The tokens of the noun phrase that ends where a defining bracket opens; "your information in
    connection with our website ("Site")" defines the website, not the information."""
    before = [t for t in sentence if t.idx < bracket and not t.is_space and not t.is_punct]
    if not before:
        return set()
    token = before[-1]
    while token.dep_ in PHRASE_DEPS and token.head.i < token.i and token.head.pos_ not in ("VERB", "AUX"):
        if token.dep_ == "prep" and token.lower_ not in CONTENT_PREPOSITIONS:
            break
        if token.dep_ == "pobj" and token.head.lower_ not in CONTENT_PREPOSITIONS:
            break
        token = token.head
    return {t.i for t in token.subtree if t.idx < bracket}


HOSTING_VERBS = {"host", "upload", "post", "submit", "store", "publish", "create", "transmit"}


def _hosted_by_users(sentence: Span, phrase: set[int]) -> bool:
    """The defined phrase is what users host, upload or post on the service: their content."""
    heads = [sentence.doc[i] for i in phrase if sentence.doc[i].head.i not in phrase]
    verb = heads[0].head if len(heads) == 1 and heads[0].dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in HOSTING_VERBS:
        return False
    subjects = [subject_of(verb)] + ([subject_of(verb.head)] if verb.dep_ in ("xcomp", "advcl") else [])
    return any(s is not None and singular(s.lower_) in USER_WORDS for s in subjects)  # "use the Service to host"


TRACKING_TOOL_NOUNS = {"technology", "tool", "technique", "mechanism"}


SOMEONE_WORDS = PERSON_WORDS | USER_WORDS | ORGANISATION_WORDS


def _stands_for_the_head_noun(sentence: Span, pronoun: Token) -> bool:
    """In a verbless line the pronoun of a clause stands for the line's head noun ("frequent flyer numbers, if you
    add them"), not for the data of the sentence before."""
    return sentence.root.pos_ in ("NOUN", "PROPN") and sentence.root.i < pronoun.i


def _stands_for_someone(pronoun: Token, lexicon: Lexicon) -> bool:
    """"they" or "them" after people or companies in its sentence ("we ask users for a friend's address and
    thank them", "employees lock their screens when they leave their desks"): the subject of the clause the
    pronoun's clause hangs on, else the nearest plural thing (or things joined by "and" or "or") before it, is
    someone, not data."""
    if pronoun.lower_ not in ("they", "them"):
        return False
    before = [t for t in pronoun.sent if t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"
              and (t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children))]
    if not before:
        return False
    host = pronoun.head.head if pronoun.head.dep_ in ("advcl", "relcl", "ccomp", "conj") else None
    noun = next((t for t in before if host is not None and t.head.i == host.i and t.dep_ == "nsubj"), before[-1])
    start = min([c.i for c in noun.lefts if c.dep_ in ("compound", "amod")], default=noun.i)
    return singular(noun.lower_) in SOMEONE_WORDS or bool(lexicon.recipients.find(noun.doc[start:noun.i + 1]))


def _names_tracking_tools(pointer: Token, mentions: list[Mention]) -> bool:
    """"these technologies", "such tools" after a sentence about cookies or web beacons: those tools."""
    return (pointer.lower_ in POINTERS and pointer.dep_ == "det"
            and singular(pointer.head.lower_) in TRACKING_TOOL_NOUNS
            and not any(m.start <= pointer.head.i < m.end for m in mentions))


def _earlier_in_sentence(pointer: Token, mentions: list[Mention]) -> list[URIRef]:
    """The data named earlier in the pointer's own sentence ("if we gather demographic information, we will
    not share that information"); not data it leaves out ("Excluding card numbers, this information ...")."""
    start, left_out = pointer.sent.start, left_out_tokens(pointer.sent)
    return list(dict.fromkeys(m.iri for m in mentions if start <= m.start and m.end <= pointer.i and not m.weak
                              and m.start not in left_out))


def left_out_tokens(sentence: Span) -> set[int]:
    """Tokens of the phrases that name what is left out: "(not including your name)"."""
    return {t.i for word in sentence if _leaves_out(word) for t in word.subtree}


def _leaves_out(word: Token) -> bool:
    """"not including", "excluding": the phrase it heads names what is left out."""
    return word.dep_ == "prep" and (word.lower_ == "excluding" or word.lower_ == "including" and any(
        c.dep_ == "neg" for c in word.children))


def _object_above(pronoun: Token, mentions: list[Mention]) -> list[URIRef]:
    """The data object of a verb the pronoun's clause goes on from or hangs on ("use your health information or
    share it", "we do not share your information with companies that would use it"), or the data a relative
    clause it is in speaks of ("cookies which remain until you delete them"), or the data a clause "they" is the
    subject of hangs on ("phone numbers are hashed before they are sent to us"): what "it" stands for."""
    if pronoun.lower_ == "they" and pronoun.head.dep_ != "advcl":
        return []
    for verb in pronoun.ancestors:
        if verb.dep_ == "relcl":  # "cookies (which remain on your device until you delete them)": the cookies
            named = [m.iri for m in mentions if m.start <= verb.head.i < m.end]
            if named:
                return named
        if verb.i == pronoun.head.i:
            continue  # the pronoun's own verb: its objects are no antecedent
        objects = [c for c in verb.children if c.i < pronoun.i and (c.dep_ in ("dobj", "nsubjpass") or (
            c.dep_ == "conj" and c.pos_ == "NOUN"))]  # "sell, rent or trade personal data" read as nouns
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < pronoun.i
                    for g in c.children if g.dep_ == "pobj"]  # "ask for a copy of your data, or to erase it"
        objects += [g for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i < pronoun.i
                    and pronoun not in c.subtree for g in c.children
                    if g.dep_ == "dobj" and g.i < pronoun.i]  # "sell or rent your data, and not share it"
        found = [m.iri for o in objects for m in mentions if o.left_edge.i <= m.start <= o.right_edge.i
                 and (not m.weak or _qualified(o) or _qualified(o.doc[m.end - 1]))]  # "a copy of your data"
        if found:
            return list(dict.fromkeys(found))
    return []


def _qualified(noun: Token) -> bool:
    """The noun has a word that says whose or which it is ("student information", "customer data")."""
    return any(c.dep_ in ("compound", "poss") for c in noun.children)


def _nearest_before(pronoun: Token, mentions: list[Mention]) -> list[URIRef]:
    """"it" after data named earlier in its own subordinate clause ("if you are concerned about information
    we hold or wish to correct it"): the last data named before it there."""
    clause = next((a for a in pronoun.ancestors if a.dep_ == "advcl"), None)
    if pronoun.lower_ != "it" or clause is None:
        return []
    before = [m for m in mentions if clause.left_edge.i <= m.start and m.end <= pronoun.i and not m.weak]
    return [before[-1].iri] if before else []


def _antecedent_in_clause(sentence: Span, pronoun, mentions: list[Mention]) -> list[URIRef]:
    """Data a pronoun points to in an earlier subordinate clause of a verb it hangs on ("When we transmit
    a credit card number, we protect it"; "our processor collects your card number; we never store it"; not
    "cookies (which expire once you close your browser) and cookies (which stay until you delete them)")."""
    hosts = set(pronoun.ancestors)
    for clause in sentence:
        # a clause before a semicolon: "...; we never store it" (not "...; it helps us": its subject, no data)
        joined = clause.dep_ in ("ccomp", "parataxis") and pronoun.dep_ != "nsubj"
        if (clause.dep_ == "advcl" or joined) and clause.right_edge.i < pronoun.i and clause.head in hosts:
            inside = [m for m in mentions if not m.weak and clause.left_edge.i <= m.start <= clause.right_edge.i]
            if pronoun.dep_ == "nsubjpass" and (about := _subject_data(clause, inside)):
                return about  # "our cookies do not include names; they are used to ...": the cookies
            examples = [m for m in inside if not introduces_examples(sentence, m)]  # the examples, not their kind
            if inside:
                return list(dict.fromkeys(m.iri for m in examples or inside))
    return []


def introduces_examples(sentence: Span, mention: Mention) -> bool:
    """"non-personal information such as your browser type": later "this information" means the
    general term, not its examples."""
    return any(t.lower_ == "including" or (t.lower_ == "as" and t.i > 0 and t.nbor(-1).lower_ == "such")
               for t in following(sentence, mention))


def following(sentence: Span, mention: Mention) -> list[Token]:
    """The words that hang on the phrase's head after it ("the actions you take (such as ...)"), not those
    of the phrases coordinated with it."""
    root = sentence.doc[mention.start:mention.end].root
    others = {t.i for c in root.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in root.subtree if t.i >= mention.end and t.i not in others]


EXAMPLE_WORDS = {"including", "like"}


def is_example_marker(token: Token) -> bool:
    """"including", "like", or the "as" of "such as", heading a list of examples."""
    if token.dep_ != "prep":
        return False
    return token.lower_ in EXAMPLE_WORDS or (token.lower_ == "as" and any(c.lower_ == "such" for c in token.children))


def reattach_examples(sentence: Span, mentions: list[Mention]) -> None:
    """Give examples the parser hung on the last noun of a relative or adverbial clause back to the data the
    clause describes or follows: in "information about the device you use to access the Sites, such as IP
    address and browser type", the examples are of the information, not of the Sites (the parse is changed
    in place)."""
    heads = {sentence.doc[m.start:m.end].root.i for m in mentions}
    covered = tokens_of(mentions)
    for marker in [t for t in sentence if is_example_marker(t)]:
        if marker.head.i in covered or not any(m.start > marker.i and m.start <= marker.right_edge.i
                                               for m in mentions):
            continue
        clause = next((a for a in marker.ancestors if a.dep_ in ("relcl", "acl", "advcl")), None)
        if clause is None:
            continue
        target = next((a for a in clause.ancestors if a.i in heads), None)
        if target is None and clause.dep_ == "advcl":  # "provide information when you sign up for X, including"
            target = next((c for c in clause.head.children if c.i in heads and c.i < clause.i), None)
        if target is not None:
            marker.head = target


ITEM_OPENERS = {"your", "the", "a", "an", "their", "our", "any", "other"}


def rejoin_list_items(sentence: Span, mentions: list[Mention]) -> None:
    """Give a list of data back the items the parser hung elsewhere: in "information such as browser type,
    time spent on the Site, pages visited, language preferences" or "Account details: we ask for a username,
    your email address and your year of birth", each comma-separated item after the first that opens with a
    data phrase is one more item (the parse is changed in place)."""
    doc = sentence.doc
    starts = {m.start: m for m in mentions if not m.weak}
    firsts = [c for t in sentence if is_example_marker(t) for c in t.children if c.dep_ == "pobj"] + [
        doc[m.start:m.end].root for m in mentions if doc[m.start:m.end].root.dep_ in ("dobj", "pobj")]
    for first in firsts:
        comma = first.right_edge.i + 1
        while comma < sentence.end - 1 and doc[comma].text == ",":
            closing = doc[comma + 1].dep_ == "cc"  # ", and language preferences": the last item
            opener = comma + 1 + closing
            item = starts.get(opener) or starts.get(opener + (doc[opener].lower_ in ITEM_OPENERS))
            if item is None:
                break
            root = doc[item.start:item.end].root
            if root.dep_ in ("ROOT", "nsubj", "nsubjpass") or root in first.ancestors or _listed_above(first, root):
                break  # a clause's own subject, or an item of a list that began before the first
            root.dep_, root.head = "conj", first
            comma = next((t.i for t in doc[item.end:sentence.end] if t.text in ",;"), sentence.end)
            if closing or comma == sentence.end or doc[comma].text == ";":
                break


def _listed_above(first: Token, item: Token) -> bool:
    """The item is coordinated with a noun that governs the first through nouns and prepositions alone ("your
    information such as name and email address, User Content and ..."): a list of its own."""
    if item.dep_ != "conj":
        return False
    for above in first.ancestors:
        if above.i == item.head.i:
            return True
        if above.pos_ in ("VERB", "AUX"):
            return False
    return False
