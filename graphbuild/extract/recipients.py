"""Who receives data: OPP-115 recipient kinds from the ontology's cues, and named companies."""

from __future__ import annotations

import re
from typing import Callable

from rdflib import URIRef
from spacy.tokens import Span, Token

from graphbuild.extract.actors import EMBEDDED_TOOL_NOUNS, USER_WORDS, names_vendor
from graphbuild.extract.clauses import first_conjunct, has_negation, is_infinitive, written_text
from graphbuild.extract.lexicon import Lexicon, Mention, singular
from graphbuild.extract.nlp import DOMAIN_NAME
from graphbuild.extract.references import is_example_marker
from graphbuild.extract.locations import is_place
from graphbuild.extract.statements import is_security_measure
from graphbuild.vocabulary import PKG

ENUMERATOR = re.compile(r"^([ivxlc]+|[a-z]|\d+)$")


def _is_enumerator(span: Span) -> bool:
    """A list item's number in brackets: "(ii)", "(b)", "3)"."""
    doc = span.doc
    bracketed = (span.start > 0 and doc[span.start - 1].text == "(") or (span.end < len(doc) and doc[span.end].text == ")")
    return bracketed and ENUMERATOR.match(span.text.strip()) is not None


NAME_PREPOSITIONS = {"with", "to", "through", "via", "by", "from", "as", "like", "including", "namely"}
NOT_A_NAME = {"policy", "privacy", "site", "website", "service", "term", "internet", "web", "agreement",
              "statement", "information", "data", "us", "law", "act", "type", "storage", "communication", "name",
              "notice", "section", "llc", "inc", "ltd", "department", "page", "form", "account", "program", "attn",
              "attention", "spam"} | {
    "javascript", "java", "html", "html5", "css", "ajax", "xml", "json"}  # web languages


CORPORATE_SUFFIXES = {"llc", "inc", "ltd", "plc", "gmbh", "corp"}
LABEL_OBJECTS = {"this", "these", "it", "us", "me"}
BRAND_WORDS = {"service", "web"}  # "Amazon Web Services" is a name, "Online Services" none


def _led_by_a_brand(span: Span, lexicon: Lexicon) -> bool:
    """A name of three words or more that opens with a capitalised word no common word of policies starts
    ("Amazon Web Services"; not "Terms of Service", "Customer Service Team", "Third Party Service")."""
    first = span[0]
    return len(span) > 2 and first.text[:1].isupper() and singular(first.lower_) not in NOT_A_NAME | USER_WORDS \
        and not any(m.start == span.start for m in lexicon.recipients.find(span) + lexicon.data.find(span))


def is_company_name(span: Span, lexicon: Lexicon, vendor_words: set[str]) -> bool:
    """An organisation's own name, not a capitalised common noun ("Affiliates", "Privacy Policy",
    "E-mail Communications"), a place, an acronym of three letters (SMS, ISP), or the vendor itself."""
    words = {singular(t.lower_.strip(".")) for t in span}
    if len(span) > 1 and span[-1].lower_.strip(".") in CORPORATE_SUFFIXES:
        words -= CORPORATE_SUFFIXES  # "Krystal Hosting Ltd": a name with its company form
    text = span.text.strip()
    common = words & NOT_A_NAME
    if common - BRAND_WORDS or common and not _led_by_a_brand(span, lexicon) or words & MASKED_VENDOR \
            or _is_vendor(text, vendor_words) or is_place(text):
        return False
    if singular(span[-1].lower_) in USER_WORDS:
        return False  # "Visitors of Customers": people, in capitals
    if _is_short_acronym(span.text) and not _listed_with_a_name(span) or is_security_measure(span, lexicon) \
            or _is_enumerator(span):
        return False  # "SMS", "Secure Socket Layer", "(ii)"; not "DPD" in "DPD and Royal Mail"
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.lower_ in LABEL_OBJECTS:
        return False  # "the Share this button", "Like us": a button's label, a verb with its object
    if any("@" in t.text or t.like_url for t in span):
        return False  # "privacy@example.com", "www.example.com/privacy": where to write, not who receives
    data = lexicon.data.find(span)
    covered = {i for m in data + lexicon.recipients.find(span) for i in range(m.start, m.end)}
    words = [t for t in span if not t.is_punct and t.dep_ not in ("cc", "det")]
    if words and words[-1].i in {m.end - 1 for m in data}:
        return False  # "Conversion Cookies", "Usage Data": a kind of data in capitals
    return not all(t.i in covered for t in words)  # "Partners and Sponsors": kinds in capitals, no name


def _is_short_acronym(text: str) -> bool:
    """"SMS", "ISP", "DPD": three capitals or fewer."""
    text = text.strip()
    return text.isupper() and len(text) <= 3


def _listed_with_a_name(span: Span) -> bool:
    """A short acronym listed with a longer proper name ("DPD and Royal Mail", "UPS or FedEx"): a company too."""
    root = span.root
    others = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    return any(o.pos_ == "PROPN" and not _is_short_acronym(o.text) for o in others)


def named_recipients(sentence: Span, indices: set[int], vendor_words: set[str], lexicon: Lexicon,
                     kinds: list[Mention], placed: Callable[[Token], bool]) -> list[str]:
    """Company names in recipient position: domain names (not one that is the subject and `placed` not to receive),
    organisation entities after with/to/by, and proper nouns listed after a kind of recipient ("our payment
    vendors: RBS WorldPay, 2Checkout")."""
    names: list[Span] = []
    for token in sentence:
        if token.i in indices and DOMAIN_NAME.match(token.text) and not _is_vendor(token.text, vendor_words) \
                and (placed(token) or not _names_the_subject(token)):
            names.append(sentence.doc[token.i: token.i + 1])
    candidates = [name for ent in sentence.ents if ent.label_ in ("ORG", "PRODUCT", "PERSON") for name in _listed(ent)]
    candidates += _untagged_proper_names(sentence, candidates)
    for name in candidates + _listed_proper_names(sentence, kinds):
        if name.start not in indices or any(DOMAIN_NAME.match(t.text) for t in name):
            continue
        if not is_company_name(name, lexicon, vendor_words):
            continue
        governor = name.root.head
        if _authorises(name.root):
            continue  # "except as permitted by COPPA", "as required by HIPAA": a law, which receives nothing
        if governor.lower_ in NAME_PREPOSITIONS or name.root.dep_ in ("conj", "appos", "pobj") \
                or _member_of_a_kind(name, kinds) \
                or _set_off_after_a_kind(name, kinds):
            names.append(name)
    widest = [n for n in names if not any(o.start <= n.start and n.end <= o.end and len(o) > len(n) for o in names)]
    return list(dict.fromkeys(original_text(n) for n in sorted(widest, key=lambda n: n.start)))


def _names_the_subject(token: Token) -> bool:
    """The word is (in) the subject of its clause ("Our web sites, example.com and example.net, provide ..."), which
    acts rather than receives."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        token = token.head
    return False


def _authorises(noun: Token) -> bool:
    """The noun is who permits, requires or defines something ("as permitted by COPPA"), not who receives it."""
    agent = noun.head
    return (noun.dep_ == "pobj" and agent.dep_ == "agent"
            and agent.head.lemma_.lower() in PERMITTING_LEMMAS | DEFINING_LEMMAS | {"require", "mandate"})


def _listed(entity: Span) -> list[Span]:
    """The names of an entity the tagger ran over a list ("Adyen, Twilio and Checkr"); one name where there is no
    comma ("Procter and Gamble")."""
    if not any(t.text == "," for t in entity):
        return [entity]
    pieces, start = [], entity.start
    for token in entity:
        if token.text == "," or token.dep_ == "cc":
            pieces.append(entity.doc[start: token.i])
            start = token.i + 1
    pieces.append(entity.doc[start: entity.end])
    return [piece for piece in pieces if len(piece)]


def _member_of_a_kind(name: Span, kinds: list[Mention]) -> bool:
    """The name is what a kind of recipient includes ("our sub-processors, which include Amazon Web Services")."""
    verb = name.root.head
    if name.root.dep_ != "dobj" or verb.lemma_.lower() not in MEMBERSHIP_LEMMAS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and any(m.start <= subject.i < m.end for m in kinds)


def _set_off_after_a_kind(name: Span, kinds: list[Mention]) -> bool:
    """The name stands after a comma behind a kind of recipient, an apposition the parser broke ("with our banking
    partner, Clearwater Bank plc, which ...")."""
    doc = name.doc
    return name.start >= 2 and doc[name.start - 1].text == "," and any(m.end == name.start - 1 for m in kinds)


def names_opening(sentence: Span, vendor_words: set[str], lexicon: Lexicon) -> list[str]:
    """The company names a line opens with ("- Apple Health and Google Fit, if you connect them"): under a lead-in
    that shares data ("We share data with:"), the recipients the item names."""
    root = sentence.root
    if root.pos_ != "PROPN":
        return []
    names = []
    for head in [root, *root.conjuncts]:
        span = _compound_name(head)
        plural = singular(head.lower_) != head.lower_  # "Asset Transfers.": a kind in capitals, a title
        if head.pos_ == "PROPN" and not plural and is_company_name(span, lexicon, vendor_words):
            names.append(original_text(span))
    return names


MEMBERSHIP_LEMMAS = {"include", "comprise", "be"}
PLACES_NOT_PARTIES = {"website", "site", "page", "link", "app", "application", "network", "platform", "service"}


def members_named(sentence: Span, vendor_words: set[str], lexicon: Lexicon) -> list[tuple[URIRef, str]]:
    """The companies a sentence names as members of a kind of recipient ("Our sub-processors include Google Cloud
    Platform and Twilio", "Our payment processor is Stripe"): recipients of the data, named."""
    found = []
    for verb in sentence:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # "sub-processors" may come in pieces
        if verb.lemma_.lower() not in MEMBERSHIP_LEMMAS or not subjects or has_negation(verb) \
                or singular(subjects[-1].lower_) in PLACES_NOT_PARTIES or not \
                lexicon.recipients.find(sentence.doc[subjects[0].left_edge.i: subjects[-1].i + 1]):
            continue  # not "third-party websites include Facebook": sites linked to, no one given data
        members = [m for c in verb.children if c.dep_ in ("dobj", "attr") for m in [c, *c.conjuncts]]
        for member in members:
            span = _compound_name(member)  # "Google Cloud Platform"
            if member.pos_ == "PROPN" and is_company_name(span, lexicon, vendor_words):
                found.append((PKG.NamedThirdParty, original_text(span)))
    return found


def _compound_name(token: Token) -> Span:
    """The proper noun with the proper nouns compounded into it ("Google Analytics")."""
    first = min([token.i] + [t.i for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"])
    return token.doc[first: token.i + 1]


EXAMPLE_PREPOSITIONS = {"as", "including", "like"}  # "such as", "including", "like"


def _untagged_proper_names(sentence: Span, tagged: list[Span]) -> list[Span]:
    """Singular proper nouns without an article after a preposition, which the entity tagger left out ("plugins
    from Facebook and Twitter"), with the proper nouns compounded into them."""
    covered = {i for span in tagged for i in range(span.start, span.end)}
    names = []
    for token in sentence:
        if token.tag_ != "NNP" or singular(token.lower_) != token.lower_ or token.i in covered \
                or token.ent_type_ not in ("", "ORG", "PRODUCT", "NORP") \
                or any(c.dep_ == "det" for c in token.children):
            continue  # not "the Foundation", "Member Stations": a kind in capitals
        anchor = token
        while anchor.dep_ == "conj" and anchor.head.pos_ == "PROPN":
            anchor = anchor.head
        if anchor.dep_ == "pobj" and anchor.head.lower_ in NAME_PREPOSITIONS:
            names.append(_compound_name(token))
    return names


def _listed_proper_names(sentence: Span, kinds: list[Mention]) -> list[Span]:
    """Proper nouns in apposition to a kind of recipient, or coordinated with such a name, whatever the
    named-entity tagger made of them ("service providers: Stripe, Mailchimp and Intercom")."""
    heads = {_head_noun(sentence.doc[m.start:m.end]).i for m in kinds}
    names = []
    for token in sentence:
        if token.pos_ != "PROPN" or token.dep_ not in ("appos", "conj", "pobj"):
            continue
        anchor = token
        while anchor.dep_ in ("appos", "conj") and anchor.head.pos_ == "PROPN" and anchor.head is not anchor:
            anchor = anchor.head
        via_example = anchor.dep_ == "pobj" and anchor.head.lower_ in EXAMPLE_PREPOSITIONS
        owner = anchor.head.head if via_example else anchor.head
        if anchor.dep_ in ("appos", "pobj") and (owner.i in heads or owner.lower_ == "one"):
            names.append(_compound_name(token))
    return names


MASKED_VENDOR = {"we", "our"}


def original_text(span: Span) -> str:
    """The span's text as the policy wrote it (the parsed text has the vendor's name masked), without a bracket
    the tagger ran it into ("Postmark (USA" of "Postmark (USA) delivers ...")."""
    text = written_text(span)
    opened = text.find("(")
    return text[:opened].rstrip() if opened > 0 and text.count("(") > text.count(")") else text


def _is_vendor(text: str, vendor_words: set[str]) -> bool:
    key = re.sub(r"\.(com|net|org|io|co)$", "", text.lower())
    return key in vendor_words or key.replace(" ", "") in vendor_words or names_vendor(key) or any(
        w in vendor_words for w in key.split())  # "Tulsa World" for tulsaworld.com


RECEIVING_PREPOSITIONS = {"to", "with", "among", "between", "by", "from", "for", "outside", "except", "unless",
                          "than", "as", "via", "through", "within"}


def in_recipient_position(token: Token) -> bool:
    """The phrase hangs on a receiving preposition ("with third parties", "to our agents"), is an
    indirect object or agent, or is the subject of a clause (third parties who collect)."""
    current = token
    for _ in range(8):
        if current.dep_ == "agent" and current.head.lemma_.lower() in DEFINING_LEMMAS | PERMITTING_LEMMAS:
            return False  # "as those terms are defined by California law", "where permitted by law": no receiver
        if current.dep_ in ("dative", "agent", "iobj") or _furnished(current) or _object_taken_as_subject(current):
            return True
        if current.lower_ == "as" and is_example_marker(current) and current.head.pos_ in ("NOUN", "PROPN"):
            current = current.head  # "(information) such as your bank account number": an example of its head
            continue
        if current.dep_ == "prep" and current.lower_ != "of":  # "with the family of companies": go on up
            if current.lower_ == "than":  # "anyone other than X", not "less stringent than the laws of ..."
                return current.head.lower_ in ("other", "else", "rather")
            return current.lower_ in RECEIVING_PREPOSITIONS and not _locates(current)
        if current.head is current or current.pos_ in ("VERB", "AUX"):
            return False
        current = current.head
    return False


def _object_taken_as_subject(noun: Token) -> bool:
    """"with insurance companies to handle claims": the parser made the preposition's object the subject of the
    infinitive after it, leaving the preposition without one."""
    if noun.dep_ != "nsubj" or not is_infinitive(noun.head) or noun.left_edge.i == 0:
        return False
    before = noun.doc[noun.left_edge.i - 1]
    return before.dep_ == "prep" and before.lower_ in RECEIVING_PREPOSITIONS and not any(
        c.dep_ == "pobj" for c in before.children)


DEFINING_LEMMAS = {"define", "govern", "interpret", "construe", "mean"}
PERMITTING_LEMMAS = {"permit", "allow", "authorize", "authorise"}
LOCATING_WORDS = {"locate", "base", "situate", "host", "house", "store", "maintain", "keep", "process", "hold"}


def _locates(preposition: Token) -> bool:
    """"(servers) located outside of your country", "maintained outside the EEA": where data is, not who gets it."""
    participle = preposition.head
    return (preposition.lower_ in ("outside", "within", "in", "at") and participle.tag_ == "VBN"
            and participle.lemma_.lower() in LOCATING_WORDS)


FURNISHING_VERBS = {"provide", "supply", "furnish", "present"}


def _furnished(token: Token) -> bool:
    """The object of "provide X with Y": X receives Y (the parser may hang "with Y" on X)."""
    verb = token.head
    return (token.dep_ == "dobj" and verb.lemma_.lower() in FURNISHING_VERBS
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in [*verb.children, *token.children]))


def _head_noun(span: Span) -> Token:
    """The last noun of a cue ("law" in "required by law"), else the span's root."""
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else span.root


def recipients_in(sentence: Span, indices: set[int], lexicon: Lexicon, vendor_words: set[str],
                  placed: Callable[[Token], bool] = in_recipient_position) -> list[tuple[URIRef, str | None]]:
    """(recipient class, name) pairs spoken of within the given tokens, whose head noun is `placed` to
    receive (by default: in recipient position). A kind followed by the names of its members ("our agents
    Shareit.com or Paypal.com") gives way to the names."""
    kinds = lexicon.recipients.find(sentence)
    names = named_recipients(sentence, indices, vendor_words, lexicon, kinds, placed)
    found: list[tuple[URIRef, str | None]] = []
    name_kind = PKG.NamedThirdParty
    for mention, head in _placed_kinds(sentence, kinds, indices, vendor_words, placed):
        kind = PKG.Affiliate if _of_the_vendor(head, vendor_words) else mention.iri
        if kind == PKG.UnnamedThirdParty and _serves_the_vendor(head):
            kind = PKG.ServiceProviderAgent  # "companies that provide services to us": service providers
        if kind == PKG.Affiliate and _unaffiliated(sentence, mention.start):
            kind = PKG.UnnamedThirdParty  # "non-affiliated third parties"
        if names and _members_listed(head):
            name_kind = PKG.Affiliate if kind == PKG.Affiliate else name_kind  # "our corporate family, such as Vudu"
            continue
        found.append((kind, None))
    found += [(name_kind, name) for name in names]
    return list(dict.fromkeys(found))


PERMITTING_LEMMAS = {"allow", "permit", "authorize", "authorise"}


def _permits(noun: Token) -> bool:
    """"(except) as allowed by law": a law that permits the disclosure names no one it goes to."""
    preposition = noun.head
    return (noun.lemma_.lower() == "law" and noun.dep_ == "pobj" and preposition.lower_ == "by"
            and preposition.head.lemma_.lower() in PERMITTING_LEMMAS)


def _unaffiliated(sentence: Span, start: int) -> bool:
    """The affiliation is denied just before the cue: "non-affiliated", "non affiliated", "unaffiliated"."""
    before = sentence.doc[max(sentence.start, start - 2): start].text.lower().replace(" ", "")
    return before.endswith(("non-", "non")) or sentence.doc[start].lower_.startswith("unaffiliated")


def _placed_kinds(sentence: Span, kinds: list[Mention], indices: set[int], vendor_words: set[str],
                  placed: Callable[[Token], bool]) -> list[tuple[Mention, Token]]:
    """The recipient kinds named in place among the tokens, with their head nouns; a kind that only
    qualifies another ("third-party" in "third-party advertising partners") or makes it up ("companies" in "our
    corporate family of companies", "entities within our corporate family") gives way to it."""
    placed_kinds = []
    for mention in kinds:
        phrase = sentence.doc[mention.start:mention.end]
        if len(phrase) == 1 and phrase[0].lower_ == "other" and phrase[0].pos_ in ("ADJ", "ADV"):
            continue  # "other than to our service providers": no one else named
        head = _head_noun(phrase)
        if mention.start in indices and not _is_vendor(phrase.text, vendor_words) and placed(head) \
                and not _permits(head):
            placed_kinds.append((mention, head))
    heads = {head.i for _, head in placed_kinds}
    return [(m, head) for m, head in placed_kinds
            if not (head.dep_ in QUALIFYING and _qualified(head).i in heads)
            and not (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i in heads)
            and not any(c.dep_ == "prep" and c.lower_ in WITHIN for c in head.children
                        for g in c.children if g.dep_ == "pobj" and g.i in heads)]


SERVING_LEMMAS = {"help", "assist", "support"}


def _serves_the_vendor(party: Token) -> bool:
    """A relative clause says the party works for the vendor: "companies that provide services to help us",
    "third parties who perform services on our behalf", "entities that help us operate the site"."""
    for clause in (c for c in party.children if c.dep_ in ("relcl", "acl")):
        words = {t.lemma_.lower() for t in clause.subtree}
        objects = {c.lemma_.lower() for c in clause.children if c.dep_ == "dobj"}
        helped = {t.lower_ for c in clause.children if c.dep_ in ("dobj", "ccomp", "xcomp") for t in c.subtree}
        if clause.lemma_.lower() in ("provide", "perform", "render") and "service" in objects \
                or "behalf" in words or clause.lemma_.lower() in SERVING_LEMMAS and "us" in helped:
            return True
    return False


QUALIFYING = ("compound", "amod", "nmod")
WITHIN = {"within", "in", "among", "across"}  # "entities within our corporate family": the family names them


def _qualified(word: Token) -> Token:
    """The noun a qualifier qualifies, through the qualifiers between ("party" in "third party advertising
    companies": companies)."""
    while word.dep_ in QUALIFYING and word.head.i != word.i:
        word = word.head
    return word


def _members_listed(kind: Token) -> bool:
    """Names follow the kind in apposition: "our agents Shareit.com or Paypal.com", "one of our payment
    vendors: RBS WorldPay, 2Checkout"."""
    while kind.dep_ == "compound":  # "third-party" in "third-party payment vendors"
        kind = kind.head
    if kind.dep_ == "pobj" and kind.head.lower_ == "of" and kind.head.head.lower_ == "one":
        kind = kind.head.head
    return any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in EXAMPLE_PREPOSITIONS) for c in kind.children)


GROUP_NOUNS = {"company", "family", "office", "brand", "business", "entity", "division", "unit", "site", "website",
               "group", "subsidiary", "affiliate"}


def _of_the_vendor(noun: Token, vendor_words: set[str]) -> bool:
    """"other Acme companies", "the Acme family of companies", "companies in our group": parts of the vendor's own
    group (the vendor's name is parsed masked as "We"/"Our")."""
    if any(c.dep_ == "prep" and c.lower_ in ("in", "of", "within") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in ("group", "family") and any(p.lower_ == "our" for p in g.children)
            for g in c.children) for c in noun.children):
        return True  # "companies in our corporate group", "other members of our group"
    group = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if singular(noun.lower_) not in GROUP_NOUNS and (group is None or singular(group.head.lower_) not in GROUP_NOUNS):
        return False  # "Acme's partners" are others
    owners = list(noun.children) + (list(group.head.children) if group is not None else [])
    return any(t.dep_ in ("compound", "nmod", "amod", "poss") and t.i < noun.i and _names_the_vendor(t, vendor_words)
               for t in owners)


def _names_the_vendor(token: Token, vendor_words: set[str]) -> bool:
    """The token is the vendor's name (masked as "We"/"Our" for the parser), not the word "we" or "our"."""
    if token.lower_ in vendor_words:
        return True
    written = original_text(token.doc[token.i: token.i + 1]).strip().lower()
    return token.lower_ in MASKED_VENDOR and written not in MASKED_VENDOR


def not_a_possessor(noun: Token) -> bool:
    """Anywhere but "the safety of the public", "the rights of Acme, its users or the public": whose
    interest, not who receives data (for list items that name the circumstances of a disclosure)."""
    head = first_conjunct(noun)
    while head.dep_ == "appos":
        head = first_conjunct(head.head)
    return not (head.dep_ == "pobj" and head.head.lower_ == "of")


def recipients_of_actor(actor: Token, lexicon: Lexicon, vendor_words: set[str]) -> list[tuple[URIRef, str | None]]:
    """The recipient kinds named by a third-party subject or agent ("others who visit these forums")."""
    if actor.pos_ == "PROPN":  # "Google, as a third party vendor, uses cookies": Google, whatever it is called;
        named = []  # "Google, Criteo and Xandr set cookies": each of them
        for head in [actor, *(c for c in actor.conjuncts if c.pos_ == "PROPN")]:
            first = next((t for t in head.doc[head.left_edge.i: head.i + 1]  # "The Trade Desk" keeps its "The"
                          if t.dep_ != "det" or t.text == "The" and t.i > t.sent.start), head)
            name = head.doc[first.i: head.i + 1]
            if is_company_name(name, lexicon, vendor_words):
                named.append((PKG.NamedThirdParty, original_text(name)))
        if named:
            return named
    phrase = set(range(actor.left_edge.i, actor.right_edge.i + 1))
    return recipients_in(actor.sent, phrase, lexicon, vendor_words, placed=anywhere) or [(PKG.UnnamedThirdParty, None)]


# "the Share button", "Social Media Features": what a tool does or what kind it is, no company
BUTTON_LABELS = {"share", "like", "tweet", "follow", "pin", "email", "print", "add", "sign", "log", "login", "connect",
                 "subscribe", "send", "save", "social", "media", "sharing", "network", "networking", "interactive"}


def tool_makers(sentence: Span, lexicon: Lexicon, vendor_words: set[str]) -> list[tuple[URIRef, str | None]]:
    """The companies whose tools on the vendor's pages the sentence names by them ("the Facebook Like button",
    "the Twitter widget"): the tools collect for them."""
    found = []
    for tool in sentence:
        if singular(tool.lower_) not in EMBEDDED_TOOL_NOUNS:
            continue
        name = [t for t in sentence.doc[max(sentence.start, tool.i - 3): tool.i]]  # "Facebook Like", however parsed
        while name and not (name[0].text[:1].isupper() and all(t.text[:1].isupper() for t in name)):
            name = name[1:]
        maker = next((t for t in name if t.pos_ == "PROPN" and t.lower_ not in BUTTON_LABELS), None)
        if maker is not None and is_company_name(sentence.doc[maker.i: maker.i + 1], lexicon, vendor_words):
            found.append((PKG.NamedThirdParty, maker.text))
    return list(dict.fromkeys(found))


def anywhere(_: Token) -> bool:
    """Any place in the phrase: the actor's own words all name it."""
    return True
