"""Find the ontology's phrases in a parsed sentence (data types, purposes, recipients, cues).

Phrases are matched token by token, ignoring punctuation, on three keys per token: its lower-case
form, that form made singular, and its lemma; so "Cookies", "e-mail addresses" and "IP" match the
labels "cookie", "email address" and "ip". The longest match wins; a weak phrase ("information")
only counts where no strong phrase overlaps it.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from rdflib import URIRef
from spacy.tokens import Span, Token

from graphbuild.extract.clauses import first_conjunct, written_text
from graphbuild.extract.nlp import american_spellings, blank_tokenizer
from graphbuild.vocabulary import PKG, TRACKING_ELEMENTS, Vocabulary, load_vocabulary


IE_NOUNS = {"cookie", "movie", "selfie", "rookie", "zombie", "freebie", "calorie", "hoodie", "smoothie", "genie",
            "prairie", "tie", "lie", "pie", "goodie", "newbie"}


NO_SINGULAR = {"news", "analytics", "statistics", "sweepstakes", "series", "species", "always", "perhaps", "unless",
               "whereas", "various", "previous", "numerous", "has", "was", "does", "this", "its", "yes", "https"}


def singular(word: str) -> str:
    """A light English singular: addresses -> address, cookies -> cookie, parties -> party."""
    if len(word) <= 3 or not word.isalpha() or word in NO_SINGULAR:
        return word
    if word.endswith("ies") and word[:-1] in IE_NOUNS:
        return word[:-1]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")):
        return word[:-1]
    return word


def token_keys(token: Token) -> tuple[str, ...]:
    """The forms a token is looked up by, the word as written first: "mailing" before its lemma "mail"."""
    lower = token.lower_
    return tuple(dict.fromkeys((lower, singular(lower), token.lemma_.lower())))


def _is_skipped(token: Token) -> bool:
    return token.is_punct or token.is_space


@dataclass(frozen=True)
class Mention:
    """A phrase of the ontology found in a sentence: token span [start, end) of the doc."""

    start: int
    end: int
    iri: URIRef
    weak: bool = False


def tokens_of(mentions: Iterable[Mention]) -> set[int]:
    """The token indices the mentions cover."""
    return {i for m in mentions for i in range(m.start, m.end)}


MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}


def mention_text(sentence: Span, mention: Mention) -> str:
    """The phrase as the policy writes it, with the modifiers before it ("health insurance information"):
    the text a data type keeps beside its class, which for a weak match is only the nearest class."""
    start = mention.start
    while start > sentence.start and sentence.doc[start - 1].dep_ in MODIFIER_DEPS and \
            sentence.doc[start - 1].head.i in range(start, mention.end + 1):
        start -= 1
    doc = sentence.doc
    while doc[start].pos_ == "DET" and start < mention.end - 1:
        start += 1
    return written_text(doc[start: mention.end])


class PhraseIndex:
    """A trie of phrases (as singular lower-case words) to the classes they name."""

    def __init__(self, entries: Iterable[tuple[str, URIRef, bool]], nouns_only: bool = False) -> None:
        self.trie: dict = {}
        self.nouns_only = nouns_only  # a one-word phrase must not match a verb ("address" in "we address")
        tokenizer = blank_tokenizer()
        entries = [(spelling, iri, weak) for phrase, iri, weak in entries  # "personalised" also as it is parsed
                   for spelling in dict.fromkeys([phrase, american_spellings(phrase)])]
        for phrase, iri, weak in entries:
            tokenized = [singular(t.lower_) for t in tokenizer(phrase) if not (t.is_punct or t.is_space)]
            # the tokenizer splits some words ("id" as "i d") only in lower case: index the whole words too
            whole = [singular(w) for w in phrase.lower().split()] if phrase.replace(" ", "").isalpha() else tokenized
            for words in {tuple(tokenized), tuple(whole)} - {()}:
                node = self.trie
                for word in words:
                    node = node.setdefault(word, {})
                node.setdefault(None, (iri, weak, len(words)))

    def find(self, tokens: Span) -> list[Mention]:
        """All longest, non-overlapping matches in the span, left to right; a phrase runs over a hyphen, a slash or
        brackets ("e-mail", "Internet Protocol (IP) address") but not over a comma or a full stop ("review, your")."""
        content = [t for t in tokens if not _is_skipped(t)]
        run_ends = _run_ends(content)
        found: list[Mention] = []
        i = 0
        while i < len(content):
            best = self._longest(content, i, run_ends[i])
            if best is None:
                i += 1
                continue
            length, iri, weak = best
            if length == 1 and (self.nouns_only and content[i].pos_ in ("VERB", "AUX", "ADP")
                                or content[i].lower_ in GENERIC_MODIFIERS and content[i].dep_ in ("amod", "det")):
                i += 1  # "we address", "other servers": a verb or a modifier, not the thing named
                continue
            if self.nouns_only and _heads_a_clause(content[i]):
                i += 1  # "(we collect and) aggregate information": the verb, then what it acts on
                continue
            if self.nouns_only and _subject_and_verb(content[i], content[i + length - 1]):
                i += 1  # "our servers log your IP address": a subject and its verb, not "server logs"
                continue
            found.append(Mention(content[i].i, content[i + length - 1].i + 1, iri, weak))
            i += length
        return found

    def match_exactly(self, words: list[Token]) -> URIRef | None:
        """The class the words name as a whole (a strong label), else None."""
        best = self._longest(words, 0)
        return best[1] if best is not None and best[0] == len(words) and not best[2] else None

    def _longest(self, content: list[Token], start: int, end: int | None = None) -> tuple[int, URIRef, bool] | None:
        frontier = [self.trie]
        best = None
        for offset in range(start, len(content) if end is None else end):
            keys = token_keys(content[offset])
            frontier = [node[key] for node in frontier for key in keys if key in node]
            if not frontier:
                break
            ended = next((node[None] for node in frontier if None in node), None)
            if ended is not None:  # of phrases as long, the one matched by the words as written
                iri, weak, _ = ended
                best = (offset - start + 1, iri, weak)
        return best


def shared_heads(sentence: Span, index: PhraseIndex) -> list[Mention]:
    """The first of two coordinated modifiers with the head they share, where the index knows them as a phrase:
    "credit or payment card information" names credit card information too."""
    found = []
    for first in sentence:
        second = next((c for c in first.children if c.dep_ == "conj"), None)
        if first.dep_ not in ("amod", "nmod", "compound") or second is None or not first.i < second.i < first.head.i:
            continue
        words = [first] + [t for t in sentence.doc[second.i + 1: first.head.i + 1] if not _is_skipped(t)]
        iri = index.match_exactly(words)
        if iri is not None:
            found.append(Mention(first.i, first.head.i + 1, iri, False))
    return found


PHRASE_BREAKS = {",", ";", ":", ".", "!", "?"}


def _run_ends(content: list[Token]) -> list[int]:
    """For each word, where the words from it on are first parted by a comma or a full stop."""
    ends = [len(content)] * len(content)
    for offset in range(len(content) - 1, 0, -1):
        doc, skipped = content[offset].doc, range(content[offset - 1].i + 1, content[offset].i)  # mostly empty
        ends[offset - 1] = offset if any(doc[i].text in PHRASE_BREAKS for i in skipped) else ends[offset]
    return ends


def _subject_and_verb(first: Token, last: Token) -> bool:
    """"servers log (your IP address)": a noun subject and the verb that takes an object after it; not "how users
    use the site"."""
    return last.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i > last.i for c in last.children) and any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i >= first.i for c in last.children) and not any(
        c.tag_ in ("WRB", "WDT", "WP") for c in last.children)


def _heads_a_clause(token: Token) -> bool:
    """A finite or bare verb at the head of its own clause, which no noun phrase starts with."""
    if token.dep_ == "conj" and token.head.pos_ not in ("VERB", "AUX"):
        return False  # "anonymous, aggregate information": an adjective listed after another, not a verb
    if token.dep_ == "conj" and _follows_a_noun(token):
        return False  # "your name, email address and profile picture": the last item of a list of nouns
    if any(c.dep_ == "det" for c in token.children):
        return False  # "(we record) which links you click": a word with a determiner is a noun, however tagged
    return (token.pos_ == "VERB" and token.tag_ in ("VB", "VBP", "VBZ", "VBD")
            and token.dep_ in ("ROOT", "conj", "xcomp", "ccomp", "advcl", "relcl"))


def _follows_a_noun(token: Token) -> bool:
    """The word before the token, past a comma or conjunction, is a noun."""
    before = next((t for t in reversed(token.doc[token.sent.start: token.i]) if t.dep_ not in ("cc", "punct")), None)
    return before is not None and before.pos_ in ("NOUN", "PROPN")


MEDIUM_PREPOSITIONS = {"by", "via", "through", "over", "on"}  # "on your phone": the device
MESSAGE_VERBS = {"send", "receive", "write", "reply", "forward", "open"}
INDEFINITE = {"a", "an", "one", "any", "every", "each", "our", "this", "that", "these"}
CONTENT_NOUNS = {"content", "contents", "body", "text", "subject"}  # "the content of your emails": messages


GENERIC_MODIFIERS = {"such", "this", "that", "these", "those", "other", "additional", "certain", "any", "all",
                     "more", "some", "further", "same", "above", "following", "relevant", "necessary",
                     "limited", "specific", "individual", "private", "identifiable", "collected", "registered",
                     "standard", "basic", "general", "online", "requested", "provided", "minimum", "minimal",
                     "required", "pseudonymized", "pseudonymised", "pseudonymous", "inaccurate", "incomplete",
                     "outdated", "accurate", "incorrect", "wrong"}


USER_POSSESSIVES = {"your", "their", "his", "her", "my"}
# the roles a service gives its users: "riders can turn off location sharing", "a rider's first name"
SERVICE_ROLES = {"rider", "passenger", "driver", "shopper", "buyer", "seller", "player", "patient", "student",
                 "learner", "guest", "traveler", "traveller", "donor", "listener", "viewer", "entrant", "applicant",
                 "purchaser"}
PEOPLE = {"user", "customer", "visitor", "member", "subscriber", "client", "child", "reader", "employee",
          "consumer"} | SERVICE_ROLES  # "information about our users" is theirs


DEVICE_WORDS = {"computer", "device", "phone", "machine", "laptop", "tablet",  # what the user works on
                "vehicle", "car", "wearable", "tracker"}  # or has connected
MACHINE_WORDS = DEVICE_WORDS | {"browser", "app", "application", "software", "program"}  # and what runs there
# organisations and things whose name is no person's ("your bank's name", "the website's name")
NAMED_THINGS = {"bank", "company", "business", "organization", "organisation", "institution", "employer", "school",
                "university", "college", "provider", "carrier", "website", "site", "domain", "browser", "device",
                "server", "network", "firm", "agency", "store", "product", "brand"}
PERSON_WORDS = PEOPLE | {"you", "friend", "person", "individual", "parent", "guardian", "recipient", "contact",
                         "owner", "officer", "employee", "representative", "author", "people", "colleague",
                         "coworker", "co-worker", "teammate", "invitee", "applicant", "candidate", "attendee",
                         "participant", "winner", "sender", "family"}


def _is_the_vendors(noun: Token) -> bool:
    """"our products", "its address": the noun is owned by the vendor."""
    return any(c.dep_ == "poss" and c.lower_ in ("our", "its") for c in noun.children)


PLACE_PREPOSITIONS = {"outside", "beyond", "within", "in", "to", "from", "across"}


def _is_a_place(sentence: Span, mention: Mention) -> bool:
    """"(transferred to countries) outside your country of residence": a place data goes to, not the user's
    location collected."""
    head = sentence.doc[mention.start:mention.end].root
    return mention.iri == PKG.Geolocation and head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS


OPERATING_VERBS = {"close", "open", "quit", "exit", "restart", "launch", "update", "upgrade", "utilize", "configure",
                   "adjust", "install", "download"}
PASSAGE_PREPOSITIONS = MEDIUM_PREPOSITIONS | {"to", "in", "into"}  # what data passes through or lands in
DEVICE_PARTS = {"cookie", "window", "setting", "menu", "option", "toolbar", "preference", "function", "button", "tab",
                "gps", "camera", "microphone", "screen", "storage"}
# the words that name data about a device, or the device itself: "your browser", "your phone"
DEVICE_NAMES = {PKG.BrowserType: {"browser", "browsers"}, PKG.PhoneNumber: {"phone", "phones", "telephone"}}


def _is_the_device_itself(sentence: Span, mention: Mention) -> bool:
    """A browser or phone the user works with, not data about it: one that has a part or a cookie ("a browser's
    cookie", "your phone's GPS", "your phone settings"; not "your browser's capabilities"), one data passes through
    or lands in ("transferred through your web browser", "on your phone"), one that acts ("most browsers allow you
    to refuse cookies"), one the user opens, closes or updates ("expire when you close your browser")."""
    span = sentence.doc[mention.start:mention.end]
    head = span.root
    if span[-1].lower_ not in DEVICE_NAMES.get(mention.iri, ()):
        return False
    owned = head.dep_ in ("poss", "compound") and singular(head.head.lower_) in DEVICE_PARTS
    return (owned or head.dep_ == "nsubj" or head.dep_ == "pobj" and head.head.lower_ in PASSAGE_PREPOSITIONS
            or head.dep_ == "dobj" and head.head.lemma_.lower() in OPERATING_VERBS)


KEEPING_PLACE_LEMMAS = {"host", "store", "keep", "hold", "house", "locate", "process"}


def _where_our_data_is(noun: Token) -> bool:
    """"our data is hosted by Google Cloud in Belgium": the vendor's data store, which holds the users' data."""
    return noun.lower_ in ("data", "information") and noun.dep_ in ("nsubj", "nsubjpass") \
        and noun.head.lemma_.lower() in KEEPING_PLACE_LEMMAS


def _is_about_other_things(sentence: Span, mention: Mention) -> bool:
    """A vague word qualified by something else ("product information", "updated information") is
    not information about the user."""
    if not mention.weak or mention.iri == PKG.PersonalInformation and _denied_personal(sentence, mention):
        return False  # "de-identified trip data" is no personal data, not data about other things
    token = sentence.doc[mention.end - 1]
    if any(c.dep_ in ("relcl", "acl") or (c.dep_ == "prep" and c.lower_ in ("as", "including", "like"))
           for c in token.children):
        return False  # "information that your browser sends, such as ...": the user's, listed after
    abouts = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "regarding", "on")]
    if any(g.dep_ == "pcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)
           for c in abouts for g in c.children):
        return True  # "information on how to opt out": instructions, not the user's data
    topics = [g for c in abouts for g in c.children if g.dep_ == "pobj"]
    if any(g.lower_ == "us" or singular(g.lower_) not in PEOPLE
           and _is_the_vendors(g) for g in topics):
        return True  # "details of our products", "information about our services": the vendor's, not the user's
    owners = [c for c in token.children if c.dep_ == "poss"]
    # "your health insurance information" is the user's, whatever its kind; "their child's information" a person's
    if any(c.lower_ in USER_POSSESSIVES or singular(c.lemma_.lower()) in PERSON_WORDS for c in owners):
        return False
    if owners and not _where_our_data_is(token):
        return True  # "the site's content", "our content": somebody else's
    return any(c.dep_ == "compound" and singular(c.lower_) not in PEOPLE  # "visitor data" is the visitors'
               or (c.dep_ == "amod" and c.lower_ not in GENERIC_MODIFIERS) for c in token.children)


def _is_more_to_read(sentence: Span, mention: Mention) -> bool:
    """"For more information, visit ...", "click here for further information about online advertising": what the
    reader may read, not the user's information (but not "ask for further information", "more about you")."""
    token = sentence.doc[mention.end - 1]
    if not mention.weak or not any(c.dep_ == "amod" and c.lower_ in ("more", "further") for c in token.children):
        return False
    topics = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    about_the_user = any(g.lower_ in ("you", "yourself") or singular(g.lower_) in PEOPLE for g in topics)
    for_the_reader = token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_.lower() not in (
        "ask", "request", "prompt", "require")  # not "we may ask for further information"
    return for_the_reader and not about_the_user


INTEREST_QUALIFIERS = {"legitimate", "vital", "public", "best", "business", "commercial"}  # bases, not hobbies


def _is_of_interest(sentence: Span, mention: Mention) -> bool:
    """"products that may be of interest to you": an idiom; "our legitimate interests", "your vital interests": a
    lawful basis or someone's good; not the user's interests."""
    token = sentence.doc[mention.start]
    if mention.end - mention.start != 1 or token.lemma_.lower() != "interest":
        return False
    return token.head.lower_ == "of" or any(c.lower_ in INTEREST_QUALIFIERS for c in token.children)


OUR_MESSAGE_WORDS = {"promotional", "marketing", "commercial", "future", "advertising", "administrative",
                     "transactional", "service-related", "periodic", "informational"}


MESSAGE_NOUNS = {"email", "emails", "e-mail", "e-mails", "mail", "mails", "mailings"}


ADDRESSES = {PKG.ContactInformation, PKG.EmailAddress, PKG.PostalAddress, PKG.PhoneNumber, PKG.WebsiteAddress}
PLACE_IN_TEXT = {"below", "above"}
SENDING_VERBS = {"send", "write", "mail", "email", "e-mail"}
ADDRESSING_VERBS = SENDING_VERBS | {"forward", "direct", "address"}  # "write to us at ...", "direct it to ..."


def _is_our_address(sentence: Span, mention: Mention) -> bool:
    """"our email address", "the postal address listed below": where to reach the vendor, no data of the
    user's."""
    head = sentence.doc[mention.end - 1]
    if mention.iri not in ADDRESSES:
        return False
    if any(t.dep_ == "compound" and singular(t.lower_) in PEOPLE for t in head.subtree if t.i < head.i):
        return False  # "our user email addresses" are the users'
    if _is_the_vendors(head):
        return True
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:  # "the following e-mail or street address"
        first = first.head
    sending = first.head.head if first.dep_ == "pobj" and first.head.lower_ in ("to", "at") else None
    if sending is not None and sending.lemma_.lower() in ADDRESSING_VERBS and not any(
            c.dep_ == "nsubj" and c.lower_ != "you" for c in sending.children):
        return True  # "(you may) send a letter to the address ...": where to write; not "we send ads to it"
    placed = [head] + [c for c in head.children if c.dep_ == "acl"]
    return any(c.lower_ in PLACE_IN_TEXT and c.dep_ == "advmod" for t in placed for c in t.children)


def _is_a_hyperlink(sentence: Span, mention: Mention) -> bool:
    """"links to third party sites", "the link in every newsletter": hyperlinks the vendor provides, not the links
    the user clicks."""
    head = sentence.doc[mention.end - 1]
    linking = any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children) or (
        head.i + 1 < sentence.end and sentence.doc[head.i + 1].lower_ == "to")  # "links to your profiles", however hung
    return mention.weak and head.lemma_.lower() == "link" and (head.tag_ == "NN" or linking)


def _is_our_message(sentence: Span, mention: Mention) -> bool:
    """"promotional messages", "future communications", "marketing e-mails": what the vendor sends the user,
    not the user's communications."""
    head = sentence.doc[mention.end - 1]
    if mention.iri != PKG.UserCommunications and head.lower_ not in MESSAGE_NOUNS:
        return False
    modifiers = {c.lower_ for c in head.subtree if c.i < head.i and c.dep_ in ("amod", "compound", "nmod")}
    if head.lower_ == "content" and mention.end - mention.start == 1:
        return not _authored_by_user(head)  # "our content", "tailored content and advertising"
    if head.dep_ == "dobj" and head.head.lemma_.lower() in ("send", "deliver") and any(
            c.dep_ in ("dative", "iobj") and (c.lower_ == "you" or singular(c.lower_) in PEOPLE)
            for c in head.head.children):
        return True  # "we may send you an email": a message to the user (not "send us an email")
    return bool(modifiers & OUR_MESSAGE_WORDS)


def _authored_by_user(noun: Token) -> bool:
    """"your content", "user content", "content you post": the user's own."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in USER_POSSESSIVES:
            return True
        if child.dep_ in ("compound", "amod", "poss", "nmod") and singular(child.lower_.rstrip("'s")) in PEOPLE | {"generated"}:
            return True
        if child.dep_ in ("relcl", "acl") and any(g.dep_ == "nsubj" and g.lower_ in ("you", "users", "they")
                                                  for g in child.children):
            return True
    return False


def _listed_with_strong(sentence: Span, mentions: list[Mention]) -> list[Mention]:
    """A weak label listed beside specific data is an item of the list: "name, address and website"
    lists the postal address (a general kind like "other information" stays weak)."""
    strong_heads = {sentence.doc[m.end - 1].i for m in mentions if not m.weak}
    listed = []
    for m in mentions:
        head = sentence.doc[m.end - 1]
        partners = {c.i for c in head.children if c.dep_ == "conj"} | ({head.head.i} if head.dep_ == "conj" else set())
        if m.weak and m.iri not in GENERAL_KINDS and partners & strong_heads:
            m = Mention(m.start, m.end, m.iri, False)
        listed.append(m)
    return listed


GENERAL_KINDS = {PKG.PersonalInformation, PKG.NonPersonalInformation, PKG.AggregateInformation}
DOCUMENT_NOUNS = {"policy", "statement", "notice", "document", "page", "section", "agreement", "terms", "paragraph"}


# the user's online activity told as a clause: "how our users navigate the site", "the pages viewed by the visitor"
NAVIGATING_LEMMAS = {"navigate", "browse", "move", "arrive"}
USING_LEMMAS = {"use", "interact", "engage", "visit", "access", "shop"}
VIEWED_NOUNS = {"page", "webpage", "site", "website", "url", "content", "article", "video", "screen", "link",
                "ad", "advertisement", "feature", "title", "show", "movie", "film", "episode"}
VIEWING_LEMMAS = {"view", "visit", "access", "read", "browse", "click", "request", "watch", "use"}
USE_NOUNS = {"use", "usage", "visit"}
OCCASION_PREPOSITIONS = {"with", "during", "through", "by", "upon", "throughout", "in", "for", "after", "before"}


def _activities_told(sentence: Span, phrases: list[Mention]) -> list[Mention]:
    """Clauses that tell what the user does online, where no phrase of the ontology covers them: "how" a user
    navigates or uses something (the browsing path, the pages visited), the pages, links or ads a user views
    or clicks, and the user's use or visits ("your use of the app")."""
    taken = {i for m in phrases for i in range(m.start, m.end)}
    found = []
    for word in sentence:
        told = _how_the_user_goes(word) or _what_the_user_views(word) or _the_users_use(word)
        if told is not None and not taken & set(range(told.start, told.end)):
            found.append(told)
            taken |= set(range(told.start, told.end))
    return found


def _how_the_user_goes(word: Token) -> Mention | None:
    """"how our users navigate the site" (the browsing path), "how you use it" (the pages visited); not
    "depending on how you use our services"."""
    verb = word.head
    if word.lower_ != "how" or word.dep_ != "advmod" or not _done_by_the_user(verb) or _depends_on(verb):
        return None
    lemma = verb.lemma_.lower()
    iri = PKG.BrowsingPath if lemma in NAVIGATING_LEMMAS else PKG.PagesVisited if lemma in USING_LEMMAS else None
    return Mention(word.i, verb.i + 1, iri) if iri is not None and word.i < verb.i else None


def _what_the_user_views(word: Token) -> Mention | None:
    """"the pages of the site viewed by the visitor", "the links you click", "the ads you view"; not "(recorded)
    by the websites you visit", nor the sites that do something themselves."""
    kind = singular(word.lower_)
    if word.pos_ not in ("NOUN", "PROPN") or kind not in VIEWED_NOUNS or word.dep_ in ("nsubj", "nsubjpass") \
            or word.head.dep_ == "agent":
        return None
    verb = next((c for c in word.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in VIEWING_LEMMAS
                 and c.i > word.i and _done_by_the_user(c, passive_ok=True)), None)
    if verb is None:
        return None
    iri = {"link": PKG.LinksClicked, "ad": PKG.AdvertisementClicks, "advertisement": PKG.AdvertisementClicks}
    return Mention(word.i, verb.i + 1, iri.get(kind, PKG.PagesVisited))


def _the_users_use(word: Token) -> Mention | None:
    """"your use of the app", "subscribers' use of our emails": the pages visited; not the occasion of something
    else ("in connection with your use of certain features")."""
    occasion = word.dep_ == "pobj" and word.head.lower_ in OCCASION_PREPOSITIONS
    users = any(c.dep_ == "poss" and (c.lower_ == "your" or singular(c.lemma_.lower()) in PEOPLE)
                for c in word.children)
    if word.pos_ != "NOUN" or word.lemma_.lower() not in USE_NOUNS or occasion or not users:
        return None
    return Mention(word.left_edge.i, word.i + 1, PKG.PagesVisited)


def _depends_on(verb: Token) -> bool:
    """"depending on how you use our services": a condition, not what is collected."""
    preposition = verb.head
    return preposition.lower_ in ("on", "upon") and preposition.head.lower_ in ("depending", "depend", "depends")


def _done_by_the_user(verb: Token, passive_ok: bool = False) -> bool:
    """The verb's subject (or the agent of a passive) is the user or users; with passive_ok, none at all ("the
    pages visited")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not doers:
        return passive_ok and verb.tag_ == "VBN"
    return all(d.lower_ == "you" or singular(d.lemma_.lower()) in PEOPLE for d in doers)


WRONGFUL_WORDS = {"unlawful", "unauthorized", "unauthorised", "fraudulent", "illegal", "improper", "illicit",
                  "abusive", "malicious", "prohibited", "inappropriate"}


def _is_wrongful_use(sentence: Span, mention: Mention) -> bool:
    """"the unlawful use of our website", "unauthorized access to the Site": misuse guarded against, not the
    user's activity taken as data."""
    return any(t.dep_ == "amod" and t.lower_ in WRONGFUL_WORDS and t.head.i in range(mention.start, mention.end)
               for t in sentence.doc[max(sentence.start, mention.start - 2): mention.end])


ACT_NOUNS = {"registration", "membership", "subscription", "enrollment", "enrolment", "signup", "sign-up"}


def _is_an_act(sentence: Span, mention: Mention) -> bool:
    """"upon registration", "Registration for Online Services, websites, ...": the act of registering or
    subscribing, not its data (as "registration information" is)."""
    if mention.end - mention.start != 1:
        return False
    word = sentence.doc[mention.start]
    occasion = word.dep_ == "pobj" and word.head.lower_ in OCCASION_PREPOSITIONS
    for_something = any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in word.children)
    return word.lower_ in ACT_NOUNS and (occasion or for_something)


TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}


def _is_threshold(sentence: Span, mention: Mention) -> bool:
    """"under the age of 13", "age 18 or older", "under 13 years of age": a limit, not data anyone collects."""
    doc = sentence.doc
    after = doc[mention.end: mention.end + 2]
    if len(after) and after[0].like_num and not (len(after) == 2 and singular(after[1].lower_) in TIME_UNITS):
        return True  # not "(delete) your passport number 30 days after ..."
    before = doc[max(sentence.start, mention.start - 2): mention.start]
    if len(before) == 2 and before[0].lower_ in ("year", "years") and before[1].lower_ == "of":
        return True
    return len(after) == 2 and after[0].lower_ == "of" and after[1].like_num


NOT_PERSONAL = re.compile(r"\b(non-?\s*(personal|identif)|anonymous|anonymi[sz]ed|de-?identified)", re.I)


def _of_a_device(sentence: Span, mention: Mention) -> bool:
    """An identifier of a device: "your device's unique identifier", "a unique identifier for your device"."""
    root = sentence.doc[mention.start:mention.end].root
    owners = [c for c in root.children if c.dep_ == "poss"]
    owners += [g for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children
               if g.dep_ == "pobj"]
    return any(singular(o.lower_) in DEVICE_WORDS for o in owners)


def _denied_personal(sentence: Span, mention: Mention) -> bool:
    """General information qualified as not personal: "non-personally identifiable visitor information"."""
    start = mention.start
    while start > sentence.start and sentence.doc[start - 1].dep_ in ("amod", "advmod", "compound", "punct", "npadvmod"):
        start -= 1
    return bool(NOT_PERSONAL.search(sentence.doc[start: mention.start].text))


COUNT_NOUNS = {"number", "count", "percentage", "proportion", "total"}


def _is_counted(sentence: Span, mention: Mention) -> bool:
    """"the number of users who clicked on an advertisement": a statistic about the data, not the data."""
    token = sentence.doc[mention.start:mention.end].root
    while token.head.i != token.i and not (token.dep_ == "conj" and token.pos_ in ("NOUN", "PROPN")):
        # a noun coordinated with the counted one is an item of its own ("number of employees, or industry");
        # a clause's own argument is not counted ("a number of cases in which you supply your information")
        if token.pos_ in ("VERB", "AUX") and token.dep_ in ("relcl", "ccomp", "advcl", "ROOT"):
            return False
        token = token.head
        of = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        if token.lower_ in COUNT_NOUNS and token.pos_ == "NOUN" and of:
            return True
    return False


def _is_the_like(sentence: Span, mention: Mention) -> bool:
    """"comments, suggestions and the like": the idiom, not the user's likes."""
    token = sentence.doc[mention.start]
    return mention.end - mention.start == 1 and token.lower_ == "like" and token.i > 0 \
        and sentence.doc[token.i - 1].lower_ == "the"


CREATING_LEMMAS = {"register", "open", "create", "establish", "set", "start"}


def _is_created(sentence: Span, mention: Mention) -> bool:
    """"when you register an account", "open an account", "create a profile": the account made, no data about the
    user (the data is what is asked for to make it; "cancel your account" still bears on the account's data)."""
    token = sentence.doc[mention.end - 1]
    made = mention.weak or singular(token.lower_) in ("account", "profile")  # "create a user account", "a profile"
    return made and token.dep_ == "dobj" and token.head.lemma_.lower() in CREATING_LEMMAS


PARTY_LABELS = {"employer"}  # a party, not data, unless it is the user's own


def _is_a_party(sentence: Span, mention: Mention) -> bool:
    """"employers can view your profile", "rank applications for an employer": a party; "your employer and job
    title" is data about the user."""
    word = sentence.doc[mention.end - 1]
    return mention.end - mention.start == 1 and singular(word.lower_) in PARTY_LABELS and not any(
        c.dep_ == "poss" and c.lower_ in USER_POSSESSIVES for c in word.children)


@dataclass(frozen=True, eq=False)
class Lexicon:
    data: PhraseIndex
    purposes: PhraseIndex
    recipients: PhraseIndex
    vocabulary: Vocabulary
    media: frozenset[str] = frozenset()

    def find_data(self, sentence: Span) -> list[Mention]:
        """Data mentions, less words for a channel ("contact us by phone"), thresholds ("under the age
        of 13"), what is only counted ("the number of users who clicked"), misuse guarded against ("fraudulent
        use of our services") and one-word labels that only modify another noun ("industry standards"); a
        message ("send us an email") is a communication, not an email address."""
        found = []
        phrases = self.data.find(sentence) + shared_heads(sentence, self.data)
        told = _activities_told(sentence, [m for m in phrases if not m.weak])  # "the titles you watch": no job title
        phrases = [m for m in phrases if not (m.weak and any(t.start <= m.start < t.end for t in told))]
        for mention in phrases + told:
            if (self._is_modifier(sentence, mention) or _is_threshold(sentence, mention)
                    or _is_our_message(sentence, mention) or _is_our_address(sentence, mention)
                    or _is_a_hyperlink(sentence, mention)
                    or _is_counted(sentence, mention) or _is_about_other_things(sentence, mention)
                    or _is_of_interest(sentence, mention) or _is_created(sentence, mention)
                    or _is_the_like(sentence, mention) or self._is_a_things_name(sentence, mention)
                    or _is_a_place(sentence, mention) or _is_the_device_itself(sentence, mention)
                    or _is_more_to_read(sentence, mention) or _is_wrongful_use(sentence, mention)
                    or _is_an_act(sentence, mention) or _is_a_party(sentence, mention)):
                continue
            if mention.iri == PKG.PersonalInformation and _denied_personal(sentence, mention):
                mention = Mention(mention.start, mention.end, PKG.NonPersonalInformation, mention.weak)
            if mention.iri == PKG.AccountNumber and _of_a_device(sentence, mention):
                mention = Mention(mention.start, mention.end, PKG.DeviceIdentifier, mention.weak)
            use = self._medium_use(sentence, mention)
            if use == "channel":
                continue
            found.append(Mention(mention.start, mention.end, PKG.UserCommunications, weak=True)
                         if use == "message" else mention)
        return _without_glosses(sentence, _listed_with_strong(sentence, found))

    def find_purposes(self, sentence: Span) -> list[Mention]:
        """Purpose cues, also where a coordinated modifier shares the cue's head ("for tax and accounting
        purposes")."""
        return self.purposes.find(sentence) + shared_heads(sentence, self.purposes)

    def _is_a_things_name(self, sentence: Span, mention: Mention) -> bool:
        """"the name of the domain", "the name of your Internet service provider", "your bank's name": a thing's name,
        no person's; not where the "of" belongs to a data phrase after the name ("name and date of birth", however
        parsed)."""
        token = sentence.doc[mention.end - 1]
        if mention.iri != PKG.Name or mention.end - mention.start != 1:
            return False
        owners = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj" and not self._of_a_data_phrase(c, g)]
        if any(c.dep_ == "poss" and singular(c.lower_) in NAMED_THINGS for c in token.children):
            return True  # "your bank's name", not "the operator's name"
        return bool(owners) and not any(singular(g.lower_) in PERSON_WORDS for g in owners)

    def _of_a_data_phrase(self, preposition: Token, owner: Token) -> bool:
        """The "of" and its object end a data phrase that begins with the word before it ("date of birth")."""
        before = preposition.i - 1
        return before >= 0 and any(m.start <= before and m.end > preposition.i
                                   for m in self.data.find(preposition.doc[before: owner.i + 1]))

    def _is_modifier(self, sentence: Span, mention: Mention) -> bool:
        """The phrase only qualifies a noun that is not data: "industry standards", "credit card processor",
        "interest-based advertising", "location-aware features"."""
        doc = sentence.doc
        hyphen = mention.end + 1 < sentence.end and doc[mention.end].text == "-" and not (
            doc[mention.end - 1].whitespace_ or doc[mention.end].whitespace_)  # "interest-based", not "data - IP"
        if hyphen and doc[mention.end + 1].pos_ != "NOUN" and mention.iri not in TRACKING_ELEMENTS:
            return True
        token = sentence.doc[mention.end - 1]
        adverbial = token.dep_ == "npadvmod" and token.head.pos_ != "VERB"  # "credit card processing company"
        modifier = token.dep_ in ("compound", "amod", "nmod") or adverbial
        if not modifier or mention.start <= token.head.i < mention.end:
            return False
        following = sentence.doc[mention.end] if mention.end < sentence.end else None
        if following is not None and following.lower_ in (",", "or", "and", "/", "and/or", "&", "|"):
            return False  # "name, e-mail or phone number": a list item, however it was parsed
        head = token.head
        return not self.data.find(sentence.doc[head.i: head.i + 1]) and mention.iri not in TRACKING_ELEMENTS

    def _kind_of(self, sentence: Span, medium: Token) -> bool:
        """The medium only says what kind of data another noun is: "email interactions", "phone or email
        interactions" (where the parser hangs the second noun on the first); not of messages ("email messages")."""
        nouns = [medium.head] if medium.dep_ == "compound" else [
            c for c in medium.children if c.dep_ == "conj"
            and any(g.dep_ == "compound" and singular(g.lower_) in self.media for g in c.children)]
        nouns = [n for n in nouns if n.i == n.left_edge.i + 1 or n.i == medium.i + 1]  # not "email or web address"
        return any(noun.pos_ == "NOUN" and any(m.iri not in GENERAL_KINDS | {PKG.UserCommunications}
                                               for m in self.data.find(sentence.doc[noun.i: noun.i + 1]))
                   for noun in nouns)  # "email messages" are e-mails still

    def _medium_use(self, sentence: Span, mention: Mention) -> str | None:
        """"channel" for "contact us by email", "message" for "send us an email", else None (the data)."""
        span = sentence.doc[mention.start:mention.end]
        if singular(span.text.lower()) not in self.media:
            return None
        root = span.root
        first = first_conjunct(root)  # "by phone and e-mail"
        if first.dep_ == "pobj" and first.head.lower_ in MEDIUM_PREPOSITIONS or self._kind_of(sentence, root):
            return "channel"
        indefinite = any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in root.children) or any(
            t.lower_ in INDEFINITE for t in sentence.doc[max(mention.start - 3, 0):mention.start])
        sent = root.dep_ == "dobj" and root.head.lemma_.lower() in MESSAGE_VERBS
        contents = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in CONTENT_NOUNS
        return "message" if indefinite or sent or contents else None  # "the content of your emails": messages


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Phrase indexes built from the ontology's labels, synonyms and cues."""
    vocab = load_vocabulary()
    data_entries = [(p, iri, False) for iri, t in vocab.data_types.items() for p in t.phrases]
    data_entries += [(p, iri, True) for iri, t in vocab.data_types.items() for p in t.weak_phrases]
    purpose_entries = [(c, iri, False) for iri, t in vocab.purposes.items() for c in t.cues]
    recipient_entries = [(c, iri, False) for iri, t in vocab.recipients.items() for c in t.cues + t.phrases[1:]]
    media = frozenset(m.lower() for t in vocab.data_types.values() for m in t.media)
    return Lexicon(PhraseIndex(data_entries, nouns_only=True), PhraseIndex(purpose_entries),
                   PhraseIndex(recipient_entries, nouns_only=True), vocab, media)


GLOSS_OPENERS = {"the", "a", "an", "i.e.", "ie"}


def _without_glosses(sentence: Span, mentions: list[Mention]) -> list[Mention]:
    """"your IP address (the location of your computer on the Internet)": a bracket that explains the data
    just named names no more data (unlike "(such as your name)")."""
    doc = sentence.doc
    glossed: set[int] = set()
    for mention in mentions:
        bracket = mention.end
        if bracket + 1 < sentence.end and doc[bracket].text == "(" and doc[bracket + 1].lower_ in GLOSS_OPENERS:
            close = next((t.i for t in doc[bracket: sentence.end] if t.text == ")"), sentence.end)
            glossed |= set(range(bracket + 1, close))
    return [m for m in mentions if m.start not in glossed]
