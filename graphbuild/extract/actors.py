"""Who acts: the vendor, the user, a third party, or nobody in particular."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from graphbuild.extract.clauses import (SUBJECT_DEPS, agent_of, agents_of, first_conjunct, is_imperative, is_infinitive,
                                        is_passive, subject_of)
from graphbuild.extract.lexicon import PERSON_WORDS, SERVICE_ROLES, Lexicon, singular
from graphbuild.extract.nlp import DOMAIN_NAME
from graphbuild.vocabulary import TRACKING_ELEMENTS

VENDOR = "vendor"
USER = "user"
THIRD_PARTY = "third party"
OTHER = "other"

FIRST_PERSON = {"we", "us", "our", "i", "ourselves"}
VENDOR_PRONOUNS = {"we", "us"}  # the vendor as subject or object (its masked name reads "We")
RELATIVE_PRONOUNS = {"which", "who", "that"}
VENDOR_NOUN = "company"  # "the Company": many policies name their vendor so; "a card company" is another one
USER_WORDS = {"you", "yourself", "user", "customer", "visitor", "member", "subscriber", "individual", "client",
              "parent", "guardian", "operator", "participant", "registrant", "reader", "consumer",
              "resident"} | SERVICE_ROLES
USER_REFERENCES = USER_WORDS | {"he", "she"}  # "he has the right to correct wrong data": the user, so called
# Things that act on the vendor's behalf: "our servers record", "cookies collect".
ORGANISATION_WORDS = {"company", "corporation", "inc", "ltd", "team", "staff", "employee", "representative",
                      "department"}
PRODUCT_WORDS = {"site", "website", "server", "software", "service", "system", "application", "app", "platform", "tool",
                 "technology", "cookie", "beacon", "program", "page", "network", "feature", "widget", "button",
                 "plugin", "plug-in", "tag", "pixel", "script", "sdk", "game", "product"}
INSTRUMENT_WORDS = ORGANISATION_WORDS | PRODUCT_WORDS


# What the vendor sends out, which acts for it where the vendor's own: "our emails contain tracking pixels".
SENT_BY_VENDOR = {"email", "e-mail", "newsletter", "message", "communication", "advertisement", "ad"}

# What one company puts on another's pages: "social media features", "social plugins", "these widgets".
EMBEDDED_TOOL_NOUNS = {"feature", "widget", "plugin", "plug-in", "button", "tool"}

# Set on "they" when it stands for the third parties of the sentence before ("We share data with
# advertisers. They may use it to ..."), by the pipeline that remembers them.
if not Token.has_extension("points_to_third_party"):
    Token.set_extension("points_to_third_party", default=False)


def classify(token: Token, vendor_words: set[str], lexicon: Lexicon) -> str:
    """Whether a subject or agent phrase names the vendor, the user or a third party."""
    if token._.points_to_third_party:
        return THIRD_PARTY
    modifiers = {singular(t.lower_) for t in token.subtree if t.dep_ in ("compound", "amod", "poss")}
    head = singular(token.lower_)
    # "the Company" is the vendor, "companies" are others: a plural head never names it
    name = "".join(t.lower_ for t in token.subtree if t.dep_ == "compound" or t.i == token.i)  # "Tulsa World"
    if head in FIRST_PERSON or head in vendor_words or is_the_company(token) or name in vendor_words \
            or modifiers & (vendor_words | {"we", VENDOR_NOUN}) and head not in USER_WORDS:
        return VENDOR  # "Acme companies", masked as "We companies"; "Acme customers" are not the vendor
    if head in ("policy", "practice") and any(c.lower_ in FIRST_PERSON for c in token.children):
        return VENDOR  # "our policy is not to disclose ...": the vendor's own rule
    if head in SENT_BY_VENDOR and any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in token.children):
        return VENDOR  # "our emails contain web beacons": what the vendor sends works for it
    if head in USER_WORDS:
        companions = [c for c in token.children if c.dep_ == "conj"]  # "parents, subsidiaries, or affiliates"
        if names_others(token) or any(lexicon.recipients.find(token.doc[c.i: c.i + 1]) for c in companions):
            return THIRD_PARTY  # "other users", "all users" are not the user: they receive data
        return USER
    if token.lower_ in VENDOR_SYSTEMS and any(c.dep_ == "det" and c.lower_ == "this" for c in token.children):
        return VENDOR  # "this Government computer system monitors traffic": the site's own, whatever it serves
    phrase = _restrictive_phrase(token)
    if any(m.end - 1 == token.i or token.doc[m.end - 1].pos_ != "ADJ" for m in lexicon.recipients.find(phrase)):
        return THIRD_PARTY  # not "your personal and other information": an adjective on data names nobody
    if is_social_tool(token) or head in INSTRUMENT_WORDS and _someone_elses(token):
        return THIRD_PARTY  # "social plugins", "other websites", "another site"
    if _named_product(token):  # "hosted by Amazon Web Services"
        return THIRD_PARTY
    if head in INSTRUMENT_WORDS:
        return VENDOR
    if {singular(t.lower_) for t in _noun_words(token)} & INSTRUMENT_WORDS:
        return VENDOR  # "Secure Socket Layer (SSL) technology protects ...": a tool, not a company
    if any(m.iri not in TRACKING_ELEMENTS and (not m.weak or m.end - 1 == token.i) for m in lexicon.data.find(phrase)):
        return OTHER  # data does not act ("User Data using ...")
    if DOMAIN_NAME.match(token.text):  # "processed by Authorize.Net"; "Acme.com collects", "shopacme.org uses"
        site = token.lower_.rsplit(".", 1)[0]
        return VENDOR if any(site.startswith(w) or site.endswith(w) for w in vendor_words) else THIRD_PARTY
    if token.ent_type_ in ("ORG", "PRODUCT") or token.pos_ == "PROPN":
        return THIRD_PARTY
    return OTHER


OTHERS_WORDS = {"other", "another", "others", "all"}


NAMED_PRODUCT_HEADS = {"service", "platform", "cloud", "network", "company", "corporation", "inc", "ltd"}


def _named_product(noun: Token) -> bool:
    """Another organisation's named service or company ("Amazon Web Services", "Facebook Audience Network"), not
    the vendor's "Services", "our Mobile App" or "Secure Socket Layer (SSL) technology"."""
    return singular(noun.lower_) in NAMED_PRODUCT_HEADS and noun.pos_ == "PROPN" and noun.ent_type_ == "ORG" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "ORG" for c in noun.children) and not any(
        c.dep_ in ("poss", "det") for c in noun.children)


def is_social_tool(noun: Token) -> bool:
    """"social media features", "social plugins", "social sharing buttons": a social network's tool on the vendor's
    pages, which collects for the network (not the vendor's own "social networking tools")."""
    head = singular(noun.lower_)
    if head not in EMBEDDED_TOOL_NOUNS:
        return False
    before = {t.lower_ for t in noun.subtree if t.i < noun.i}
    return "social" in before and ("media" in before or head not in ("feature", "tool"))


def _someone_elses(thing: Token) -> bool:
    """"other websites", "another site": not the vendor's (unlike "our other sites")."""
    return any(c.lower_ in ("other", "another") for c in thing.children) and not any(
        c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in thing.children)


def names_others(people: Token) -> bool:
    """"other users", "all visitors": people besides the user."""
    return any(c.lower_ in OTHERS_WORDS for c in people.children)


def names_vendor(word: str) -> bool:
    """"the Company", as many policies call their vendor (a plural, "companies", never does)."""
    return word == VENDOR_NOUN


def is_the_company(token: Token) -> bool:
    """"the Company", as many policies call their vendor; not "the successor company", "a company",
    "another company" or "companies"."""
    return names_vendor(token.lower_) and not any(
        c.dep_ in ("amod", "compound", "nmod") or c.dep_ == "det" and c.lower_ not in ("the", "this")
        for c in token.children)


def _noun_words(token: Token) -> list[Token]:
    """The noun phrase's own words, without its clauses and prepositional phrases."""
    clauses = {t.i for c in token.children if c.dep_ in ("relcl", "acl", "prep") for t in c.subtree}
    return [t for t in token.subtree if t.i not in clauses]


def _restrictive_phrase(token: Token) -> Span:
    """The noun phrase without a clause set off by a comma ("other servers, which means ..."), which
    says something about the noun rather than which one it is."""
    end = max(t.i for t in token.subtree)
    for child in token.children:
        if child.dep_ in ("relcl", "acl") and child.i > token.i and token.doc[child.left_edge.i - 1].text == ",":
            end = min(end, child.left_edge.i - 2)
    return token.doc[min(t.i for t in token.subtree): end + 1]


CHILD_WORDS = {"child", "children", "kid", "kids", "minor", "minors", "teen", "teens", "teenager", "teenagers",
               "child's", "children's"}


UNDER_AGE = re.compile(r"\bunder (?:the age of |age )?(?:1[0-8]|[1-9]|thirteen|eighteen|sixteen)\b", re.I)


def about_children(sentence: Span) -> bool:
    """The sentence singles out children ("we do not knowingly collect information from children under 13",
    "a child's email address", "persons under the age of eighteen"): what it says holds for their data."""
    return any(t.lower_ in CHILD_WORDS or t.lemma_.lower() in CHILD_WORDS for t in sentence) \
        or bool(UNDER_AGE.search(sentence.text))


CAUSATIVE_VERBS = {"have", "get"}


def causative_of(verb: Token) -> Token | None:
    """The "have" or "get" that has it done: "have [your information removed]"."""
    clause = first_conjunct(verb)
    if clause.tag_ not in ("VBN", "VBD"):  # the parser may read "have your information changed" as a past
        return None
    if clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in CAUSATIVE_VERBS:
        # "(it may) have to be released": an obligation, not "have [it released]"
        return None if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) else clause.head
    if clause.tag_ != "VBN":
        return None
    noun = clause.head  # "have [your information removed]" parsed as a participle on the object
    if clause.dep_ == "acl" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in CAUSATIVE_VERBS:
        return noun.head
    return None


def _listed_causative(verb: Token) -> Token | None:
    """The causative, or the one it goes on from: "to have X corrected or to have Y deleted", with the second
    "have" hung on "corrected", is had done by whoever has the first done."""
    causative = causative_of(verb)
    while (causative is not None and causative.dep_ == "conj" and causative.head.tag_ == "VBN"
           and causative_of(causative.head) is not None):
        causative = causative_of(causative.head)
    return causative


def causer_of(verb: Token) -> Token | None:
    """Who has it done: "(you would like to) have your information removed" -> you."""
    causative = _listed_causative(verb)
    return subject_of(causative) if causative is not None else None


ABILITY_NOUNS = {"way", "ability", "option", "opportunity", "means", "mechanism", "tool", "tools", "choice"}
OFFERING_VERBS = {"provide", "offer", "give", "afford", "grant"}


def offered_to_the_reader(verb: Token) -> bool:
    """"We provide a way to correct it", "(to) have your information deleted, contact us": the reader acts,
    though no word names them."""
    causative = _listed_causative(verb)
    if causative is not None:  # "to have it deleted", not "(opt out) of having it shared"
        return subject_of(causative) is None and is_infinitive(causative)
    clause = first_conjunct(verb)
    noun = clause.head
    if clause.dep_ not in ("acl", "relcl") or noun.lower_ not in ABILITY_NOUNS or any(
            c.dep_ in SUBJECT_DEPS for c in clause.children):
        return False
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in OFFERING_VERBS and not any(
            c.dep_ in ("dative", "iobj") for c in noun.head.children)
    return _provided_with(noun)


def _provided_with(noun: Token) -> bool:
    """"(we provide visitors) with access to their data and the ability to correct it": what the reader is
    provided with."""
    while not (noun.dep_ == "pobj" and noun.head.lower_ == "with"):
        if noun.dep_ not in ("conj", "pobj", "prep"):  # "with access to their data and the ability ..."
            return False
        noun = noun.head
    verb = noun.head.head
    return verb.lemma_.lower() in OFFERING_VERBS and any(
        c.dep_ == "dobj" and singular(c.lower_) in USER_WORDS for c in verb.children)


def acting_subject(verb: Token) -> Token | None:
    """The verb's subject, the noun a relative pronoun stands for ("PayPal, which receives ..."), or who
    has it done ("you would like to have your information removed": you)."""
    causer = causer_of(verb)
    if causer is not None:
        return causer
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def actor_of(verb: Token, vendor_words: set[str], lexicon: Lexicon) -> str:
    """The actor of a verb: the agent of a passive, else the subject; agentless passives are the vendor's.
    A relative clause's antecedent acts only as a third party ("pages that display ..." only describe)."""
    if offered_to_the_reader(verb) or _requested(first_conjunct(verb)):
        return USER
    if is_passive(verb) and causer_of(verb) is None:
        agent = agent_of(verb)
        if agent is None and _third_party_governs(verb, vendor_words, lexicon):
            return OTHER  # "(advertisers may use) data received from third parties": describes what they get
        return classify(agent, vendor_words, lexicon) if agent is not None else VENDOR
    subject = acting_party(verb, lexicon)
    if subject is not None and subject.lower_ == "it" and subject.head.i != verb.i:
        # "(we believe) it is necessary to share ...": whoever finds it necessary acts, by default the vendor
        clause = subject.head
        outer = subject_of(clause.head) if clause.dep_ in ("ccomp", "xcomp") else None
        return classify(outer, vendor_words, lexicon) if outer is not None else VENDOR
    if subject is None:
        if verb.dep_ == "conj" and first_conjunct(verb).dep_ in ("relcl", "acl"):
            return actor_of(first_conjunct(verb), vendor_words, lexicon)  # "policy to sell or make available"
        if _readers_aim(verb):
            return USER  # "To stop receiving emails, complete the form": the reader receives them
        return VENDOR if verb.dep_ in ("ROOT", "advcl", "xcomp", "relcl", "acl", "pcomp") else OTHER
    if verb.dep_ == "relcl" and subject.i == verb.head.i:  # "PayPal, which receives ...": a third party acts
        return THIRD_PARTY if classify(subject, vendor_words, lexicon) == THIRD_PARTY else OTHER
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl" \
            and classify(subject.head.head, vendor_words, lexicon) == USER:
        return USER  # "Users who wish to correct or remove their details may do so": the users
    antecedent = _named_in_opening_clause(subject)
    if antecedent is None and verb.dep_ == "xcomp" and verb.head.lemma_ == "be":
        antecedent = _whose_aim(subject)  # "our goal is to collect and use information to ...": we do
    actor = classify(antecedent if antecedent is not None else subject, vendor_words, lexicon)
    controlled = (verb.dep_ == "acl" and subject.i == verb.head.i
                  or verb.dep_ == "xcomp" and subject.head.i == verb.head.i)
    if actor == OTHER and controlled and subject.dep_ == "dobj" and is_infinitive(verb) \
            and singular(subject.lower_) not in PERSON_WORDS | CHILD_WORDS \
            and actor_of(subject.head, vendor_words, lexicon) == VENDOR:
        return VENDOR  # "we follow standards to protect it": the vendor protects; not "we ask children to disclose"
    entailed = verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in ENTAILING_LEMMAS
    if entailed and (actor == OTHER or singular(subject.lower_) in PRODUCT_WORDS):
        return USER  # "participation may require sharing your information", "some features require sharing it"
    if actor == OTHER and verb.lemma_.lower() in ENTAILING_LEMMAS and singular(subject.lower_) in TAKING_PART_NOUNS \
            and not any(c.dep_ == "dobj" and singular(c.lower_) in TAKING_PART_NOUNS for c in verb.children):
        return VENDOR  # "registration for contests requires your name": the vendor asks it of those who take part;
        # "participation may require registration" asks for no data itself
    return actor


ENTAILING_LEMMAS = {"require", "involve", "entail", "mean", "need"}
TAKING_PART_NOUNS = {"registration", "participation", "entry", "purchase", "enrollment", "enrolment", "subscription",
                     "application", "signup", "sign-up", "membership", "checkout", "donation", "order"}
AIM_WORDS = {"goal", "aim", "objective", "intention", "intent", "policy", "practice", "commitment", "mission"}


def _whose_aim(subject: Token) -> Token | None:
    """The owner of an aim or policy that is the subject ("our goal", "Acme's policy"), else None."""
    if subject.lemma_.lower() not in AIM_WORDS:
        return None
    return next((c for c in subject.children if c.dep_ == "poss"), None)


def _requested(verb: Token) -> bool:
    """The verb is what a request asks for ("(we will respond to) your request to update or delete your
    information"): the user, who makes the request, has it done."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() == "request" and is_infinitive(verb)


def _named_in_opening_clause(pronoun: Token) -> Token | None:
    """What "they" or "it" stands for when the clause before it names it: "When you use the Site or the App, they
    may collect ..." (the vendor's site and app), "When you visit other sites, they may set cookies" (others')."""
    if pronoun.lower_ not in ("they", "it") or pronoun._.points_to_third_party:
        return None
    opening = next((c for c in pronoun.head.children if c.dep_ == "advcl" and c.i < pronoun.i), None)
    if opening is None:
        return None
    subject = next((c for c in opening.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and singular(subject.lower_) not in USER_WORDS:
        return subject  # "When one of their ads appears on our site, it may contain ...": the ad
    return next((t for t in opening.subtree if t.dep_ in ("dobj", "pobj") and t.pos_ in ("NOUN", "PROPN")
                 and singular(t.lower_) in INSTRUMENT_WORDS), None)


def _readers_aim(verb: Token) -> bool:
    """The verb is in an opening infinitive of an instruction to the reader, or in a clause it governs ("To
    stop receiving emails, complete the form"): the reader does it."""
    clause = verb
    while clause.dep_ in ("xcomp", "pcomp", "prep") and subject_of(clause) is None:
        clause = clause.head
    return (clause.dep_ == "advcl" and is_infinitive(clause) and clause.i < clause.head.i
            and subject_of(clause) is None and is_imperative(clause.head))


def _third_party_governs(participle: Token, vendor_words: set[str], lexicon: Lexicon) -> bool:
    """A bare participle describing the object of a third party's verb ("(advertisers may use) data
    received from third parties"): the data that party has, not a practice of the vendor."""
    noun = participle.head
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return (participle.dep_ == "acl" and participle.tag_ == "VBN" and noun.dep_ in ("dobj", "pobj")
            and governor.pos_ == "VERB" and governor.i != participle.i and not is_passive(governor)
            and actor_of(governor, vendor_words, lexicon) == THIRD_PARTY)


def acting_party(verb: Token, lexicon: Lexicon) -> Token | None:
    """The acting subject, or whoever uses the tracking tool it is: "(ad networks) use cookies to track
    your visits", "(ad networks) use a number of technologies that track ...", "cookies set by ad networks track
    ...": the ad networks track."""
    subject = acting_subject(verb)
    if subject is None and _aim_of_clause(verb):
        return acting_party(verb.head, lexicon)  # "third parties may place cookies to collect ...": they collect
    if subject is None or not is_tool(subject, lexicon):
        return subject
    user = next((g for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children
                 if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
    if user is not None:  # "cookies set by Google may track your visits": Google tracks
        return user
    used = subject.head.head if subject.dep_ == "pobj" and subject.head.lower_ == "of" else subject
    if used.dep_ == "dobj" and used.head.i != verb.i:  # "(we use) a variety of technologies that collect ..."
        return acting_party(used.head, lexicon)
    return subject


def _aim_of_clause(verb: Token) -> bool:
    """An infinitive giving the aim of an active clause with a subject of its own, which it shares."""
    clause = verb.head
    return (verb.dep_ == "advcl" and is_infinitive(verb) and clause.i != verb.i and clause.pos_ == "VERB"
            and any(c.dep_ == "nsubj" for c in first_conjunct(clause).children) and not is_passive(clause))


def is_tool(noun: Token, lexicon: Lexicon) -> bool:
    """Cookies, web beacons and other tracking tools ("technologies such as cookies"), which act for
    whoever uses them."""
    examples = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("as", "like", "including")
                for g in c.children if g.dep_ == "pobj"]
    if noun.lemma_.lower() == "technology":
        return True  # "automatic information collection technologies", "similar technologies"
    for word in [noun] + examples:
        span = noun.doc[word.left_edge.i: word.i + 1]
        if any(m.iri in TRACKING_ELEMENTS and m.end - 1 == word.i for m in lexicon.data.find(span)):
            return True
    return False


def actors_of(verb: Token, vendor_words: set[str], lexicon: Lexicon) -> list[str]:
    """The verb's actor, and a third party coordinated with the vendor as its subject ("Acme or third
    parties may use cookies"; "We, our suppliers and advertisers may use cookies", where the parser takes the
    second for an apposition): both act."""
    actors = [actor_of(verb, vendor_words, lexicon)]
    subject = agent_of(verb) if is_passive(verb) else acting_party(verb, lexicon)
    if actors[0] == VENDOR and subject is not None:
        others = [c for c in subject.children if c.dep_ in ("conj", "appos")]
        others += agents_of(verb)[1:] if is_passive(verb) else []  # "set by us or by our advertising partners"
        if any(classify(c, vendor_words, lexicon) == THIRD_PARTY for c in others):
            actors.append(THIRD_PARTY)
    return actors


# "Acme, LLC", "Acme Inc.": the suffix belongs to the name
# (its period only where the sentence goes on: "Acme Inc. collects", not "... from Acme Inc. We")
CORPORATE_SUFFIX = r"(?:,?\s(?:LLC|Inc|Ltd|Limited|Corp|Corporation|GmbH|AG)(?:\.(?=\s+(?-i:[a-z,;])))?(?=[\W]|$))?"
SUFFIX_PERIOD = r"(?:(?:(?<=Inc|Ltd|LLC)|(?<=Corp))\.(?=\s+(?-i:[a-z,;])))?"  # a name given as "Time Inc"


# a capitalised noun after the name: "Acme Users use ..." speaks of its users (not "Acme Will ...")
MODIFIED_NAME = re.compile(r" (?!(?:Will|May|Can|Shall|Must|Does|Do|Is|Are|Has|Have|Would|Could|Should)\b)[A-Z][a-z]+\b"
                           r"| (?:affiliates?|subsidiar(?:y|ies)|family|group|employees?|staff|partners?"
                           r"|customers?|users?|members?|websites?|sites?|services?|products?|brands?|stores?|servers?"
                           r"|offices?|accounts?|team|dashboard|platform|apps?|applications?|live chat|chat|widget"
                           r"|software|systems?|database|community|forums?|blog|newsletters?)\b")  # "Acme users": its


def mask_vendor_names(text: str, names: list[str]) -> str:
    """Replace the vendor's name by "We" (or "Our" for its possessive), padded to the same length.

    The small English model often misparses an unknown company name as a noun modifier ("Chat4Support
    collects" read as a compound); "We" parses reliably, and equal length keeps every character offset.
    """
    names = sorted({n for n in names if n and len(n) >= 3}, key=len, reverse=True)
    if not names:
        return text
    pattern = re.compile(r"(?<![\w.@/])(?:%s)%s%s(?P<pos>['’]s)?(?![\w@/-]|\.\w)"
                         % ("|".join(map(re.escape, names)), SUFFIX_PERIOD, CORPORATE_SUFFIX), re.I)

    def replace(match: re.Match) -> str:
        modifies = MODIFIED_NAME.match(text, match.end()) is not None  # "Comm100 Users use ...": its users
        word = "Our" if match.group("pos") or modifies else "We"
        return word + " " * (len(match.group(0)) - len(word))

    return pattern.sub(replace, text)


def given_to_vendor(verb: Token) -> bool:
    """The verb's own receiver is the vendor: "disclosed to us", "shared with us", "provide us with", or
    the address the policy gives for writing to it ("send an e-mail to privacy@example.com"); "provided to our
    site"."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with") and any(
        g.dep_ == "pobj" and _is_vendor_receiver(g) for g in c.children) for c in verb.children) or any(
        c.dep_ in ("dative", "iobj", "dobj") and c.lower_ == "us" for c in verb.children) or any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" and any("@" in g.text for g in c.children if g.dep_ == "pobj")
        for c in verb.children)


def others_beside_vendor(verb: Token) -> bool:
    """The verb's receivers joined to the vendor name others too: "provided to us and the sponsors", "shared with
    us and with our partners"."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "dative") or prep.lower_ not in ("to", "with"):
            continue
        for receiver in (g for g in prep.children if g.dep_ == "pobj"):
            if _is_vendor_receiver(receiver):
                joined = [c for c in receiver.children if c.dep_ == "conj"]
                joined += [g for c in prep.children if c.dep_ == "conj" for g in c.children if g.dep_ == "pobj"]
                if any(not _is_vendor_receiver(g) for g in joined):
                    return True
    return False


def _is_the_vendor(noun: Token) -> bool:
    """"us", "the Company"; not "the US", the country."""
    country = noun.text.isupper() or any(c.dep_ == "det" for c in noun.children)
    return noun.lower_ in VENDOR_PRONOUNS and not country or is_the_company(noun)


def _ours(noun: Token) -> bool:
    """"our site", "our servers": the vendor's own."""
    return any(c.dep_ == "poss" and c.lower_ == "our" for c in noun.children)


def _is_vendor_receiver(noun: Token) -> bool:
    """"us", "the Company", "our site": the vendor, as what data goes to (not "our servers": where it keeps it)."""
    return _is_the_vendor(noun) or noun.lower_ not in VENDOR_SYSTEMS and singular(noun.lower_) in PRODUCT_WORDS \
        and _ours(noun)


def vendor_after(verb: Token, prepositions: tuple[str, ...]) -> bool:
    """The verb has one of the prepositions with the vendor as its object ("to us", "from us")."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in prepositions
               and any(g.dep_ == "pobj" and _is_the_vendor(g) for g in c.children)
               for c in verb.children)  # "to us", "to the Company"


VENDOR_SYSTEMS = {"server", "servers", "system", "systems", "database", "databases"}


def sent_to_vendor(verb: Token) -> bool:
    """The verb sends to the vendor or to its systems: "sends us", "sends ... to our servers"."""
    return given_to_vendor(verb) or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and _vendors_system(g) for g in c.children)
        for c in verb.children)


def _vendors_system(noun: Token) -> bool:
    """"our servers", "our systems": where the vendor receives data."""
    return noun.lower_ in VENDOR_SYSTEMS and _ours(noun)
