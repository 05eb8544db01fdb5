"""Extraction: read each sentence of a policy and return the practices it states.

Stages, in order, each in its own module: `triggers` (practice verbs and their actors), `negation`,
`clauses` (coordination, scope, modality, conditions, exceptions), `lexicon` (data phrases),
`references` (this information, defined terms), `purposes`, `recipients`, `locations`, and
`statements` (practices stated without a practice verb: cues and constructions such as "X is needed to",
"we may contact you at X", "you may request that we not", "we give you choices about", "X will become
public", "third parties have access to X", "X remains on your computer", "X will be among the assets
transferred", "Last updated: <date>"). Lists after a colon inherit their lead-in (until an item as
shallow as a lead-in whose items were nested), lines of purpose under a heading about use are uses, and a
sentence pointing back ("This helps us ...") uses the data just spoken of. "They" after a sentence that
gave data to third parties is those third parties (a token extension set here, read by `actors`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rdflib import URIRef
from spacy.tokens import Doc, Span, Token

from graphbuild.extract.actors import (CHILD_WORDS, EMBEDDED_TOOL_NOUNS, ENTAILING_LEMMAS, PRODUCT_WORDS,
                                       TAKING_PART_NOUNS, THIRD_PARTY, USER, USER_REFERENCES, USER_WORDS, VENDOR,
                                       about_children, acting_party, acting_subject, actor_of, causer_of, classify,
                                       is_social_tool, is_tool, mask_vendor_names, names_others,
                                       offered_to_the_reader)
from graphbuild.extract.clauses import (COLLABORATING_VERBS, CONDITION_MARKS, SAFE_WORDS, SAFETY_NOUNS, agent_of,
                                        agents_of, clause_retention_period, condition, conjunct_group, exception_span,
                                        first_conjunct, governing_verb, is_imperative, is_infinitive, is_passive,
                                        is_time_clause, kept_state, modality, own_clause, pleads, retention_period,
                                        scope, shared_subject, subject_of, tended_quality, written_text)
from graphbuild.extract.lexicon import (DOCUMENT_NOUNS, GENERAL_KINDS, MACHINE_WORDS, NOT_PERSONAL, USER_POSSESSIVES,
                                       Lexicon, Mention, load_lexicon, mention_text, singular, tokens_of)
from graphbuild.extract.locations import PLACE_NOUNS, locations_in, names_a_place
from graphbuild.extract.negation import is_negated
from graphbuild.extract.nlp import (FINITE_TAGS, american_spellings, join_standard_names, load_nlp, sentence_case,
                                    unhedged)
from graphbuild.extract.lists import EXCEPTION_WORDS, NAVIGATING_LEMMAS, LeadIn, continue_lead, lead_in, reads_as_item
from graphbuild.extract.practice import NEEDS_DATA, Practice, SentenceRef, Statement, records_of
from graphbuild.extract.purposes import (DEFAULT_PURPOSE, features_named, names_a_practice, needed_for, object_words,
                                         other_purposes, purpose_clause_tokens, purposes_hung_on_time_clause,
                                         purposes_in, stated_aims)
from graphbuild.extract.recipients import (anywhere, in_recipient_position, is_company_name, members_named,
                                           names_opening, not_a_possessor, recipients_in, recipients_of_actor,
                                           tool_makers)
from graphbuild.extract.references import (POINTERS, DocumentMemory, following, introduces_examples,
                                           is_example_marker, left_out_tokens, reattach_examples,
                                           rejoin_list_items)
from graphbuild.extract.statements import (INCLUDING_VERBS, PROVIDING_VERBS, QUALIFIED_DATA, STAFF_WORDS,
                                           TOPIC_PREPOSITIONS, WISHING_VERBS,
                                           access_given, among_assets, analysed, answered, asks_not_to, based_on,
                                           choices_given, consent_scope, contacted_through, cue_negated, cued_actions,
                                           dates_the_policy, derived,
                                           defends_rights, held_to_terms, included_data, is_hiring, is_the_user,
                                           left_in_place, limited_access, made_public, optional_data, placed_where,
                                           points_back, security_measures, stays_safe, transfers_named)
from graphbuild.extract.interpret import (ASKING_VERBS, CONSENT_WORDS, GIVING_VERBS, PUBLISHING_VERBS, STORAGE_NOUNS,
                                          TRACKING_VERBS, USER_RIGHTS, declines_the_service, given_to_vendor, interpret,
                                          is_optional, is_tracking, owned_by_others, requested_by_user,
                                          someone_elses_data, supposes_refusal)
from graphbuild.extract.triggers import SEEING_VERBS, SHOWING_VERBS, Trigger, find_triggers, verb_key
from graphbuild.extract.tables import table_row_statements
from graphbuild.ingest import Block, PolicyDocument
from graphbuild.vocabulary import DPV, PKG

CONDITION_WORDS = {"if", "when", "whenever", "once", "unless", "while", "as", "because", "before", "after", "until",
                   "should"}  # "should you wish to ..."
PURPOSEFUL_ACTIONS = {"collect", "retain", "store"}
COMPUTER_SETTINGS = {PKG.BrowserType, PKG.OperatingSystem}
USE_SECTION = re.compile(r"\b(use|uses|using|purposes?|process|processing)\b", re.I)  # "How we use your data"
HANDING_VERBS = GIVING_VERBS | {"submit", "disclose", "offer", "share"}  # what the user hands to someone
HOSTING_VERBS = {"host"}  # a third party that hosts data gets it, one that hosts a feature none


@dataclass
class SentenceContext:
    """What a sentence is read with: the policy's vendor words, memory, and a list's lead-in."""

    vendor_words: set[str]
    lexicon: Lexicon
    memory: DocumentMemory
    lead: LeadIn | None = None
    lead_depth: int = 0  # the list depth of the block that ends with the lead-in
    lead_nested: bool = False  # whether its items are nested deeper than it
    lead_items_read: bool = False  # whether a block has been read as one of its items
    section: str = ""  # the heading that says what the section being read is about
    features: list[URIRef] = field(default_factory=list)  # the additional feature its heading names
    outline: tuple[str, ...] = ()  # the headings of the block being read

    def enter(self, block: Block, parsed: Doc) -> None:
        """Start reading a block. A list ends at a paragraph that is neither an aside to an item nor an item
        laid out as a paragraph, or, where its items are nested under the lead-in, at the next item as shallow
        as the lead-in. Within the list, "such information" in an item is the lead-in's data."""
        if block.outline != self.outline:  # "this information" at the top of a section is not the last one's
            self.outline = block.outline
            self.memory.new_section()
            if self.lead_items_read:  # a list whose items are read ends at a heading; a heading may open them
                self.lead = None
        self.section = topic_heading(block)
        self.features = features_named(block.section, self.lexicon)
        if block.kind != "list_item":
            ended = not (block.text.startswith("(") or reads_as_item(parsed))
        elif block.depth > self.lead_depth:
            self.lead_nested, ended = True, False
        else:
            ended = block.depth < self.lead_depth or self.lead_nested
        if ended:
            self.lead = None
        elif self.lead:
            self.lead_items_read = True
            if self.lead.data():  # each item goes on from the lead-in, not the item before
                self.memory.last_data = self.lead.data()


DISPUTE_WORDS = re.compile(r"\b(arbitration|class action|class-action|disputes?|claims against)\b", re.I)
SHARE_SECTION = re.compile(r"\b(shar|disclos|transfer|third.part)\w*", re.I)


def topic_heading(block: Block) -> str:
    """The innermost heading over the block that names a topic (collection, use, sharing, policy changes):
    under "Information we collect" > "Information from third parties", the items are still collected."""
    topics = (COLLECT_SECTION, USE_SECTION, SHARE_SECTION, CHANGES_SECTION)
    return next((h for h in reversed(block.outline) if any(t.search(h) for t in topics)), block.section)


def vendor_names(doc: PolicyDocument) -> list[str]:
    """How a policy names its vendor: its short name, its domain, and the domain's main label."""
    names = [doc.vendor, *doc.aliases]
    if doc.domain:
        names += [doc.domain, doc.domain.removeprefix("www.")]
        label = doc.domain.removeprefix("www.").split(".")[0]
        if len(label) >= 4:
            names.append(label)
    return names


def vendor_words(doc: PolicyDocument) -> set[str]:
    """Lower-case words that name the vendor in its own policy."""
    words: set[str] = set()
    for name in (doc.vendor, *doc.aliases, doc.domain or "", doc.domain.split(".")[0] if doc.domain else ""):
        name = name.lower()
        if name:
            words.add(name)
            words |= {w for w in re.split(r"[\s.]+", name) if len(w) > 2 and w not in ("com", "net", "org", "www")}
    return words


def _data_of(mentions: list[Mention], indices: set[int]) -> list[URIRef]:
    inside = [m for m in mentions if m.start in indices]
    strong = [m.iri for m in inside if not m.weak]
    if strong:
        return list(dict.fromkeys(strong))
    return list(dict.fromkeys(m.iri for m in inside))


def _phrases(sentence: Span, mentions: list[Mention], data: list[URIRef]) -> dict[URIRef, str]:
    """Each data type's phrase in this sentence, where the sentence names it: a weak label's or a pronoun's only
    where no other phrase names the type ("the chat transcript", not "the chat"; "information", not "them")."""
    phrases: dict[URIRef, str] = {}
    for mention in sorted(mentions, key=lambda m: (sentence.doc[m.start].pos_ == "PRON", m.weak)):
        if mention.iri in data and mention.iri not in phrases and sentence.start <= mention.start < sentence.end:
            phrases[mention.iri] = mention_text(sentence, mention)
    return phrases


def object_data(verb: Token, mentions: list[Mention]) -> list[URIRef]:
    """The data a verb (and the verbs coordinated with it) acts on: objects and their prepositions."""
    objects: set[int] = set()
    group = conjunct_group(verb)
    for token in group:
        if token.dep_ == "acl" and token.tag_ == "VBN":  # "have [your information] removed"
            objects |= {t.i for t in token.head.subtree if t.i < token.i}
        if token.dep_ == "conj" and is_passive(token) and own_clause(token):  # "X cannot be deleted, but may be
            objects |= shared_subject(token)  # modified": X is modified
        for child in token.children:
            patient = child.dep_ == "nsubj" and causer_of(token) is not None  # "have your information removed"
            prepositional = child.dep_ == "prep" and child.lower_ != "by" and not _opens_a_clause(child)
            if child.dep_ in ("dobj", "nsubjpass", "dative") or patient or prepositional:
                objects |= {t.i for t in child.subtree} - _clauses_within(child)
    # not where the user makes the change: "your preferences (in your account settings)"
    objects -= {t.i for i in list(objects) if _is_a_way(verb.doc[i]) for t in verb.doc[i].subtree}
    objects -= _data_of_the_others(verb, group, mentions)
    return [d for d in _data_of(mentions, objects) if d not in COMPUTER_SETTINGS and not is_tracking(d)]


def _opens_a_clause(preposition: Token) -> bool:
    """"without disclosing your data", "before submitting it": a clause of its own, not what the verb acts on."""
    return any(g.dep_ == "pcomp" for g in preposition.children)


def _clauses_within(phrase: Token) -> set[int]:
    """Tokens of the infinitives hung on a phrase ("this policy to learn how we use your data"): their own
    objects, not the phrase's."""
    return {t.i for c in phrase.subtree if c.i != phrase.i and c.dep_ in ("acl", "relcl") and is_infinitive(c)
            for t in c.subtree}


OWNING_WORDS = {"your", "my", "their", "his", "her", "its"}


def _is_own_data(sentence: Span, mention: Mention, mentions: list[Mention]) -> bool:
    """A phrase for someone's own data that a right may bear on: "your information", "your content", "that
    information", "personal information", "information you provided", or "the information" after such a phrase
    ("... you may ask us to amend the information"); not bare "information", "usage" or "content" (what the user
    reads or visits)."""
    if _owned_by_its_words(sentence, mention, mentions):
        return True
    head = first_conjunct(sentence.doc[mention.start:mention.end].root)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and any(
        m.end <= mention.start and _owned_by_its_words(sentence, m, mentions) for m in mentions)


def _owned_by_its_words(sentence: Span, mention: Mention, mentions: list[Mention]) -> bool:
    """The phrase itself says whose data it is: "your information", "information you provided", "the information we
    have about you", "the information on your account", "it" for data named before, or a specific kind of data."""
    phrase = sentence.doc[mention.start:mention.end]
    head = first_conjunct(phrase.root)  # "your card number or password": the password is yours too
    # "your e-mail address and password": the parser may hang "your" on "e"
    owned = any(c.lower_ in OWNING_WORDS | POINTERS or c.dep_ == "poss" for c in head.subtree if c.i < head.i)
    given = any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "you" for g in c.children)
                or c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in PROVIDING_VERBS
                for c in head.children)  # "the information that you have provided to us", "information submitted"
    pointed_back = head.pos_ == "PRON" and any(  # "information we hold ... correct or delete it": named before;
        m.iri == mention.iri and m.end <= mention.start  # "a copy of your data, or erase it": the user's own
        and (not m.weak or sentence.doc[m.start].pos_ != "PRON" and _owned_by_its_words(sentence, m, mentions))
        for m in mentions)
    holders = [head] + [c for c in head.children if c.dep_ == "relcl"]  # "the information (we have) about you"
    about_you = any(c.dep_ == "prep" and c.lower_ in ("about", "of", "on") and any(
        g.lower_ == "you" or _ones_child(g) for g in c.children) for h in holders for c in h.children)
    in_yours = any(c.dep_ == "prep" and c.lower_ in ("on", "in") and any(  # "the information on your account"
        g.dep_ == "pobj" and any(p.lower_ == "your" for p in g.children) for g in c.children) for c in head.children)
    # "correct inaccurate information": data held wrong is data held about the user
    flawed = any(c.dep_ == "amod" and c.lower_ in FLAWED_WORDS for c in head.children)
    return owned or given or pointed_back or about_you or in_yours or flawed or (len(phrase) > 1 and not mention.weak)


FLAWED_WORDS = {"inaccurate", "incorrect", "outdated", "out-of-date", "incomplete", "erroneous", "wrong"}


def _ones_child(noun: Token) -> bool:
    """"your child", "their children": whose data a parent has the user's rights over."""
    return singular(noun.lower_) in CHILD_WORDS and any(c.lower_ in ("your", "their") for c in noun.children)


OCCASION_MARKS = {"when", "whenever", "while", "as", "once"}


def _describes_a_thing(verb: Token) -> bool:
    """The verb is in a clause that describes a noun ("the pages that you access", "the device you use to
    access the Services") or an occasion ("when you access the Site, or access their content")."""
    clause, wished = verb, False
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
        wished |= clause.lemma_.lower() in WISHING_VERBS  # "when you want to access your data, ...": offered
    if clause.dep_ == "advcl" and not wished and any(c.dep_ in ("mark", "advmod") and c.lower_ in OCCASION_MARKS
                                                     for v in conjunct_group(clause) for c in v.children):
        return True
    return clause.dep_ == "relcl" and not offered_to_the_reader(verb) and not (wished and _of_the_user(clause))


def _of_the_user(clause: Token) -> bool:
    """A relative clause on users, opened by a relative pronoun: "(users) who wish to correct their details"."""
    return clause.head.pos_ in ("NOUN", "PROPN") and singular(clause.head.lower_) in USER_WORDS and any(
        c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children)


def opt_out_data(verb: Token | None, mentions: list[Mention], sentence: Span) -> list[URIRef]:
    """What an opt-out is about: cookies or beacons the sentence names, else the object of the verb or of
    its complement ("decline to provide your address"; "unsubscribe from our newsletter" is about no data type)."""
    tracking = [d for d in _data_of(mentions, set(range(sentence.start, sentence.end))) if is_tracking(d)]
    if tracking:
        return tracking
    practices = _practices_refused(sentence)
    if verb is None:
        return _data_of(mentions, practices)
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]  # "decline to provide X"
    objects = {t.i for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
    return [d for d in _data_of(mentions, objects | practices) if d not in COMPUTER_SETTINGS]


REFUSAL_HEADS = {"out", "opt", "object", "objection", "unsubscribe", "consent", "withdraw"}  # "withdraw consent to"
PRACTICE_NOUNS = {"sale", "selling", "sharing", "use", "collection", "disclosure", "processing", "transfer"}
PRACTICE_GERUNDS = {"share", "sell", "use", "collect", "disclose", "process", "transfer", "rent", "have"}


def _practices_refused(sentence: Span) -> set[int]:
    """The data of a practice the user opts out of or objects to ("opt out of the sale of your personal
    information", "object to the processing of your data", "opt out of sharing your email address", "of having
    your information shared")."""
    refused = {t.i for noun in sentence if noun.dep_ == "pobj" and noun.lemma_.lower() in PRACTICE_NOUNS
               and noun.head.lower_ in ("of", "to", "from") and noun.head.head.lower_ in REFUSAL_HEADS
               for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree}
    return refused | {t.i for gerund in sentence if gerund.dep_ == "pcomp"
                      and gerund.lemma_.lower() in PRACTICE_GERUNDS and gerund.head.lower_ in ("of", "to", "from")
                      and gerund.head.head.lower_ in REFUSAL_HEADS for t in gerund.subtree}


GOODS = {"asset", "business", "company", "product", "good", "merchandise", "stock", "share", "ticket", "item",
         "subscription", "division", "unit", "property", "space", "inventory", "operation", "ownership", "ad",
         "advertisement", "advertising"}


def _deals_in_goods(verb: Token) -> bool:
    """What is sold or transferred is named, and it is goods or the business itself, not information."""
    objects = [o for v in conjunct_group(verb) for c in v.children if c.dep_ in ("dobj", "nsubjpass")
               for o in (c, *c.conjuncts)]  # "services or business units"
    objects += [g for o in list(objects) for t in o.subtree if t.dep_ == "prep" and t.lower_ == "of"
                for g in t.children if g.dep_ == "pobj"]  # "some or all of our assets"
    return any(singular(o.lemma_.lower()) in GOODS for o in objects)


def _sells_goods(verb: Token) -> bool:
    """The verb's own object, or the object it shares with the verb after it, is goods ("(we use your
    information to) ... sell and display ads"), whatever data the verbs before it take."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] or [
        c for v in verb.children if v.dep_ == "conj" and v.pos_ == "VERB" for c in v.children if c.dep_ == "dobj"]
    return bool(objects) and all(singular(o.lemma_.lower()) in GOODS for o in objects)


def _user_is_subject(sentence: Span) -> bool:
    """The main clause is about the user ("Users are responsible for ...", "You should protect ...")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and singular(c.lower_) in USER_WORDS for c in sentence.root.children)


KINDS_KEPT_WITH_EXAMPLES = GENERAL_KINDS | {PKG.SensitivePersonalInformation}


def _examples_only(sentence: Span, mentions: list[Mention]) -> list[Mention]:
    """"demographic information, such as your ZIP code, age and gender": the examples, not the kind they
    illustrate; personal, non-personal, aggregate or sensitive information stays (it says what the examples are)."""
    kept = list(mentions)
    for mention in mentions:
        if mention.weak or mention.iri in KINDS_KEPT_WITH_EXAMPLES or not introduces_examples(sentence, mention):
            continue
        listed = {t.i for t in following(sentence, mention)}
        if any(not m.weak and m.start in listed for m in mentions):
            kept.remove(mention)
    return kept


def _told_to_the_user(verb: Token) -> bool:
    """The verb's only addressee is the user ("disclosed to you", "provide you with")."""
    for token in conjunct_group(verb):
        for child in token.children:
            if child.dep_ == "dative" and child.lower_ == "you":
                return True
            if child.dep_ == "prep" and child.lower_ in ("to", "with") and any(
                    g.dep_ == "pobj" and g.lower_ in ("you", "yourself") for g in child.children):
                return True
    return False


def _sent_content(verb: Token, sentence: Span, mentions: list[Mention]) -> set[URIRef]:
    """Data words naming what the vendor sends the user ("mailings with information on surveys") or what it is
    about ("emails about your account"), not the user's own data ("a copy of your information")."""
    sent = [c for c in verb.children if c.dep_ == "dobj"]
    words = {i for c in sent for i in object_words(c)}
    topics = {t.i for c in sent for t in c.subtree} - words
    return {m.iri for m in mentions
            if m.start in topics or m.start in words and not _is_own_data(sentence, m, mentions)}


def _supplied_on_condition(verb: Token, mentions: list[Mention]) -> list[URIRef]:
    """The data of an if clause in which the user gives it ("if you supply your postal address, we may send
    you mailings"): what the vendor uses to reach the user."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and _opens_with_condition(c)
               and c.lemma_.lower() in PROVIDING_VERBS and is_the_user(subject_of(c))]
    return _data_of(mentions, {t.i for c in clauses for t in c.subtree})


def _user_speaks(sentence: Span) -> bool:
    """The sentence is about what the user can do ("you may request access to ...", "to request removal of
    your information, contact us"); not about what a copy of the information "you send us" holds, nor what
    "other members" may view."""
    return is_imperative(sentence.root) or any(
        t.dep_ in ("nsubj", "nsubjpass", "dative", "dobj") and singular(t.lower_) in USER_REFERENCES
        and not any(c.lower_ in ("other", "another") for c in t.children) and t.head.dep_ not in ("relcl", "acl")
        for t in sentence)


def _only(verb: Token) -> bool:
    """"only" restricts the verb to the circumstances that follow ("only shares ... when ...")."""
    return any(c.lower_ == "only" and c.dep_ == "advmod" for v in conjunct_group(verb) for c in v.children)


def _condition_clauses(group: list[Token]) -> set[int]:
    """Tokens of the if/when clauses of the verbs: "if you register for an account, we ask for ...", "(we keep it)
    as long as your account is active"."""
    found: set[int] = set()
    for verb in group:
        for child in verb.children:
            if (child.dep_ == "advcl" and _opens_with_condition(child)
                    or child.dep_ == "advmod" and child.lower_ == "long"):
                found |= {t.i for t in child.subtree}
    return found


def _occasions_of_object(group: list[Token]) -> set[int]:
    """The if/when clauses of verbs whose object is data in general: what they name is the occasion, not the data,
    even where the object points back to nothing known ("you provide most such information when you search, buy,
    post or participate in a questionnaire")."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in QUALIFIED_DATA for v in group for c in v.children):
        return set()
    return _condition_clauses(group)


def _opens_with_condition(clause: Token) -> bool:
    """The clause opens with "if", "when" ...; also where the parser hangs the conditioned verb on a later
    item of the same list ("when you enter a contest, complete a survey, ..." under "complete")."""
    aside = {t.i for c in clause.children if c.dep_ == "prep" and c.i < clause.i for t in c.subtree}  # "for instance"
    first = next((t for t in clause.subtree if not t.is_punct and t.i not in aside), clause)
    return any(t.dep_ in ("mark", "advmod") and t.lower_ in CONDITION_WORDS for t in [first, *clause.children])


NAMING_VERBS = {"call", "know", "name", "term", "dub", "refer"}


def _receivers(group: list[Token]) -> set[int]:
    """Who the data goes to, "to" the verbs or their objects, or "with" whom it is shared ("disclose information to
    your employer", "share your trip details with your employer"): a party, whatever data words name it. Not what
    one is provided "with", nor what data is displayed "with"."""
    receiving = [(verb, ("with", "to") if verb.lemma_.lower() == "share" else ("to",)) for verb in group]
    heads = receiving + [(c, words) for verb, words in receiving for c in verb.children if c.dep_ == "dobj"]
    parties = [g for head, words in heads for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ in words
               for g in c.children if g.dep_ == "pobj"]
    return {t.i for party in parties for t in party.subtree} - {t.i for party in parties for t in _data_hung_on(party)}


def _data_hung_on(party: Token) -> list[Token]:
    """What the parser hangs on the party but belongs to the data: its examples ("with their clients such as the
    IP address") and what it includes ("claims to your insurer, which include your diagnosis codes")."""
    hung = [c for c in party.children if is_example_marker(c)
            or c.dep_ in ("relcl", "acl") and c.lemma_.lower() in INCLUDING_VERBS]
    return [t for c in hung for t in c.subtree]


def _clauses_about_others(sentence: Span, indices: set[int], data_tokens: set[int]) -> set[int]:
    """Relative clauses that describe people or things other than data ("agents who have provided
    contact information"): their data is not what the main verb acts on. A clause that names the thing
    ("small files called cookies", "a feature known as a cookie") says what it is, and one that says what it
    holds ("outside sources that may include your driving record") what comes from it."""
    found: set[int] = set()
    for token in sentence:
        if (token.i in indices and token.dep_ in ("relcl", "acl") and token.head.i not in data_tokens
                and token.lemma_.lower() not in NAMING_VERBS | INCLUDING_VERBS):
            found |= {t.i for t in token.subtree}
    return found


def _containers(mentions: list[Mention], sentence: Span) -> set[URIRef]:
    """Data named as where something is kept ("stored in cookies"), not as what is kept."""
    found = set()
    for mention in mentions:
        head = sentence.doc[mention.end - 1]
        if head.dep_ == "pobj" and head.head.lower_ in ("in", "on", "into", "inside", "within"):
            found.add(mention.iri)
    return found


MEANS_WORDS = {"through", "via", "using", "by", "with"}


def _means(sentence: Span, data_tokens: set[int]) -> set[int]:
    """Tokens that say how data was obtained ("information collected through cookies"): the means, not
    the data the verb acts on."""
    found: set[int] = set()
    for word in sentence:
        participle = word.head
        if (word.lower_ in MEANS_WORDS and word.dep_ in ("prep", "agent", "advcl", "xcomp") and participle.tag_ == "VBN"
                and participle.dep_ in ("acl", "relcl") and participle.head.i in data_tokens):
            found |= {t.i for t in word.subtree}
    return found


def _tools_used(group: list[Token], mentions: list[Mention]) -> set[int]:
    """Tokens of the tracking tools the verbs work "through", "via" or "using", beside other data they act on."""
    tools = {i for m in mentions if is_tracking(m.iri) for i in range(m.start, m.end)}
    found = {t.i for v in group for c in v.children if c.lower_ in MEANS_WORDS and c.dep_ == "prep" for t in c.subtree}
    return found if found & tools and _object_tokens(group) - found - tools else set()


def _object_tokens(group: list[Token]) -> set[int]:
    """Tokens of the verbs' objects, active or passive."""
    return {t.i for v in group for c in v.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}


FORM_NOUNS = {"form", "way", "manner", "basis", "fashion", "format"}


def _in_aggregate_form(group: list[Token]) -> bool:
    """The verbs act on the data only in aggregate form ("in an aggregate, non-personally identifiable way",
    "on an anonymous basis"): what they handle is aggregate information."""
    for verb in group:
        for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ in ("in", "on")):
            for form in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in FORM_NOUNS):
                manner = verb.doc[form.left_edge.i: form.i].text
                if NOT_PERSONAL.search(manner) or "aggregate" in manner.lower():
                    return True
    return False


WAY_NOUNS = {"setting", "page", "dashboard", "account", "profile", "panel", "portal", "center", "centre", "menu"}


def _ways_of_doing(group: list[Token]) -> set[int]:
    """How or where the user goes about it ("delete your information by accessing your account settings",
    "update it in your account settings"): the settings or links used, not the data acted on."""
    return {t.i for verb in group for prep in verb.children if _is_a_way(prep) for t in prep.subtree}


INSTALLING_LEMMAS = {"download", "install", "click", "select", "adjust", "configure", "disable"}


def _readers_steps(group: list[Token]) -> set[int]:
    """What the reader does to stop it ("(opt out from being tracked by Google Analytics) by downloading the
    add-on for your current web browser"): a step of the reader's, not data the practice acts on."""
    return {t.i for verb in group for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "by"
            for step in prep.children if step.dep_ == "pcomp" and step.lemma_.lower() in INSTALLING_LEMMAS
            for t in prep.subtree}


def _is_a_way(prep: Token) -> bool:
    """"by accessing your account settings", "in your account settings", "from your dashboard"."""
    return prep.dep_ == "prep" and (
        prep.lower_ == "by" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
        or prep.lower_ in ("in", "on", "through", "via", "from") and any(
            c.dep_ == "pobj" and c.lemma_.lower() in WAY_NOUNS for c in prep.children))


@dataclass
class Arguments:
    """What a practice verb's clause says besides the verb: data, purposes, recipients, places."""

    data: list[URIRef]
    purposes: list[URIRef]
    recipients: list[tuple[URIRef, str | None]]
    places: list[str]
    indices: set[int]  # the clause's tokens
    why: set[int]  # its purpose clauses
    exceptions: set[int]  # its exception ("except as required by law")
    containers: set[URIRef]  # data named as where things are kept
    instruments: list[URIRef]  # data named as how other data was obtained ("collected through cookies")
    negated: bool
    modality: str | None
    condition: str | None
    third_party_asks: bool = False  # "our payment processor may ask you to provide your card number"


def _asking_party(verb: Token) -> Token | None:
    """Who asks the user to give data: the subject of "ask" in "X may ask you to provide ..."."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in ASKING_VERBS:
        return None
    asker = verb.head
    return agent_of(asker) if is_passive(asker) else acting_subject(asker)


def _does_so(sentence: Span) -> bool:
    """The sentence says what it does is "(in order) to do so": for the aim the sentence before named (not "if you
    wish to do so")."""
    return any(t.lemma_.lower() == "do" and {"so", "to"} <= {c.lower_ for c in t.children}
               and not any(c.dep_ in ("nsubj", "mark") for c in t.children)  # not "consent for us to do so"
               and (t.dep_ == "advcl" and not any(c.dep_ == "mark" for c in t.head.children)  # nor "if ..."
                    or t.dep_ == "acl" and t.head.lower_ == "order") for t in sentence)


STATISTICS_WORDS = {"statistics", "statistical", "stats", "aggregate", "aggregated"}
AD_WORDS = {"ad", "advertisement", "advert"}


def read_arguments(trigger: Trigger, actions: list[str], sentence: Span, mentions: list[Mention],
                   others: set[int], context: SentenceContext) -> Arguments:
    """Data, purposes, recipients and places of one practice verb's clause."""
    lexicon = context.lexicon
    group = conjunct_group(trigger.verb)
    data_tokens = tokens_of(mentions)
    indices = scope(group, others, sentence) - _data_of_the_others(trigger.verb, group, mentions)
    exceptions = exception_span(trigger.verb)
    why = purpose_clause_tokens(group, set(), others)  # nested practices included: their purposes are this verb's too
    about_people = _clauses_about_others(sentence, indices - {v.i for v in group}, data_tokens)
    actors = {t.i for v in group for c in v.children if c.dep_ in ("nsubj", "csubj") for t in c.subtree}
    examples = _examples_only(sentence, mentions)
    steps = _readers_steps(group) if trigger.actor != USER else set()
    means = _means(sentence, data_tokens) | (_ways_of_doing(group) if trigger.actor == USER else steps)
    if is_negated(trigger.verb):  # "no personal information is collected through cookies": the cookies are used
        means |= _tools_used(group, mentions)
    topics = {t.i for v in group if _object_is_no_data(v, data_tokens) for c in v.children
              if c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS for t in c.subtree}
    if set(actions) & {"share", "sell"}:
        topics |= _receivers(group)
    if trigger.verb.lemma_.lower() in SHOWING_VERBS:  # "your username will appear next to your posts": shown there
        actors, topics = set(), topics | {t.i for c in trigger.verb.children if c.dep_ in ("prep", "oprd", "advmod")
                                          for t in c.subtree}
    data = (_data_of(examples, indices - exceptions - why - about_people - _condition_clauses(group) - actors - means
                     - topics)
            or (_data_of(examples, indices - exceptions - about_people - topics - steps
                         - _occasions_of_object(group)) if not _uses_an_effort(trigger.verb) else []))
    if not data and set(actions) & {"share", "sell"}:
        data = _data_of(mentions, _put_into(trigger.verb))
    if _in_aggregate_form(group):  # "publish this information in an aggregate, non-identifiable way"
        data = [PKG.AggregateInformation]
    lead_in = sentence.text.rstrip().endswith(":")
    # statistics made from data are what it is for: "use it to calculate usage statistics" is analytics; so are the
    # ads an aim chooses ("to choose the ads you see")
    statistics = {i for i in data_tokens if sentence.doc[i].lower_ in STATISTICS_WORDS
                  or i in why and sentence.doc[i].lemma_.lower() in AD_WORDS}
    purposes = purposes_in(sentence, why, lexicon, data_tokens - statistics | exceptions,
                           default="use" in actions and not lead_in)
    if context.memory.last_purposes and _does_so(sentence):
        purposes = context.memory.last_purposes  # "You may send e-cards. To do so, you provide ...": for e-cards
    if not purposes and "use" in actions and not lead_in:  # the use needs a purpose: one hung on its time clause
        hung = purposes_hung_on_time_clause(group)
        purposes = (purposes_in(sentence, hung, lexicon, data_tokens | exceptions, default=True)
                    or other_purposes(sentence, (why | hung) - data_tokens - exceptions))
    refusable = "collect" in trigger.actions and "opt-out" in actions  # "you do not have to provide it"
    negated = (is_negated(trigger.verb) and not (refusable and is_optional(trigger.verb))
               and not declines_the_service(trigger.verb) and not supposes_refusal(trigger, lexicon))
    if negated and purposes == [DEFAULT_PURPOSE]:
        purposes = []  # "cookies cannot be used to run programs" says nothing about a purpose
    actor = None
    if trigger.actor == THIRD_PARTY:
        actor = (_third_party_agent(trigger.verb, context) if is_passive(trigger.verb)
                 else acting_party(trigger.verb, lexicon))
    actor_words = _actor_words(trigger.verb, actor)
    recipients = (recipients_in(sentence, indices - exceptions - actor_words, lexicon, context.vendor_words)
                  or _pointed_recipients(sentence, indices, context)
                  or _legal_demanders(trigger.verb, group, exceptions, context))
    if trigger.actor == THIRD_PARTY:
        named = (context.memory.last_recipients if actor is not None and actor._.points_to_third_party
                 else recipients_of_actor(actor, lexicon, context.vendor_words))
        recipients = list(dict.fromkeys(named + recipients))
    if trigger.actor == USER and "share" in actions and someone_elses_data(trigger.verb):
        recipients = [(PKG.OtherUsers, None)]  # "drivers see a rider's first name": shown to other users
    if any(c.dep_ == "advmod" and c.lower_ == "internally" for v in group for c in v.children):
        recipients = list(dict.fromkeys(recipients + [(PKG.Affiliate, None)]))  # "disclosed internally": in-house
    asker = _asking_party(trigger.verb) if trigger.actor == USER else None
    third_party_asks = asker is not None and classify(asker, context.vendor_words, lexicon) == THIRD_PARTY
    if third_party_asks:  # the user gives the data to whoever asks for it
        recipients = list(dict.fromkeys(recipients_of_actor(asker, lexicon, context.vendor_words) + recipients))
    places = locations_in(sentence, scope(group, set(), sentence) - _condition_clauses(group))  # not "if a court in"
    if not places and any(c.dep_ == "advmod" and c.lower_ == "there" for v in group for c in v.children):
        # "we are based in Israel, and your information will be processed there"
        places = locations_in(sentence, set(range(sentence.start, group[0].i)))
    containers = _containers([m for m in mentions if m.start in indices], sentence)
    instruments = _data_of(mentions, means & indices)
    # a promise keeps its exception: "we do not share it except to complete your order"
    stated_condition = condition(trigger.verb) or (_text_of_indices(sentence, exceptions)
                                                   if negated and exceptions else None)
    return Arguments(data, purposes, recipients, places, indices, why, exceptions, containers, instruments, negated,
                     modality(trigger.verb), stated_condition, third_party_asks)


def _text_of_indices(sentence: Span, indices: set[int]) -> str:
    """The words from the first of the indices to the last, as the policy wrote them."""
    return written_text(sentence.doc[min(indices): max(indices) + 1])


def _legal_demanders(verb: Token, group: list[Token], exceptions: set[int],
                     context: SentenceContext) -> list[tuple[URIRef, str | None]]:
    """The authorities whose demand a disclosure waits on ("(we disclose it) when we receive a court order"); not
    where the disclosure is denied save for them (an exception names its own recipients)."""
    if is_negated(verb):
        return []
    found = recipients_in(verb.sent, _condition_clauses(group) - exceptions, context.lexicon, context.vendor_words,
                          placed=anywhere)
    return [r for r in found if r[0] == PKG.LawEnforcementGovernment]


def _put_into(verb: Token) -> set[int]:
    """What was put into the thing a relative clause speaks of ("your name will be added to our mailing list, which
    we may rent to other organizations", "added to a donor file that is exchanged with other organizations"): the
    tokens of the putting verb's object."""
    holder = verb.head
    if verb.dep_ != "relcl" or holder.dep_ != "pobj" or holder.head.lower_ not in ("to", "into", "in", "on") \
            or holder.head.head.pos_ != "VERB":
        return set()
    return {t.i for c in holder.head.head.children if c.dep_ in ("nsubjpass", "dobj") for t in c.subtree}


def _data_of_the_others(verb: Token, group: list[Token], mentions: list[Mention]) -> set[int]:
    """Where the verb has an object of its own, the data the verbs joined to it take as objects or through a
    preposition is theirs alone ("access your data, correct your email address or delete your account"; "hide your
    profile from search or delete your account"; "buy a new device or log in under a different screen name"); not
    other objects ("use it to provide our services, make special offers"), nor what a general object of its own
    stands for ("respond to your inquiry and delete the information": the inquiry is it)."""
    own = [{t.i for t in c.subtree} for c in verb.children if c.dep_ == "dobj"]
    if any(m.start in tokens and not m.weak for m in mentions for tokens in own):
        theirs = ("dobj", "prep")
    elif any(m.start in tokens for m in mentions for tokens in own):
        theirs = ("dobj",)
    elif any(_not_the_users(c) for c in verb.children if c.dep_ == "dobj"):
        theirs = ("dobj", "prep")
    elif any(c.pos_ == "NOUN" and not any(g.lower_ in POINTERS for g in c.children)
             for c in verb.children if c.dep_ == "dobj"):
        theirs = ("dobj", "ccomp")  # "make your use of the site easier and save your logged-in state"
    else:
        return set()
    data_tokens = tokens_of(mentions)
    objects = [{t.i for t in c.subtree} for other in group if other.i != verb.i for c in other.children
               if c.dep_ in theirs]
    return {i for tokens in objects if tokens & data_tokens for i in tokens}


def _not_the_users(thing: Token) -> bool:
    """A thing not the user's own nor the user ("a new device", "our website"; not "your tasks", "yourself")."""
    return thing.pos_ in ("NOUN", "PROPN") and not any(c.lower_ in ("your", "my") for c in thing.children)


def _third_party_agent(verb: Token, context: SentenceContext) -> Token | None:
    """The agent that is a third party: "set by us or by our advertising partners" -> partners."""
    agents = agents_of(verb)
    return next((a for a in agents if classify(a, context.vendor_words, context.lexicon) == THIRD_PARTY),
                agents[0] if agents else None)


EFFORT_OBJECTS = {"effort", "efforts", "measure", "measures", "care", "diligence", "step", "steps", "judgment",
                  "judgement", "discretion", "endeavor", "endeavors", "endeavour", "endeavours"}


def _uses_an_effort(verb: Token) -> bool:
    """"We will use reasonable efforts to notify you": the vendor takes care, it uses no data; the data of the
    purpose is another practice's."""
    return verb.lemma_.lower() in ("use", "make", "take") and any(
        c.dep_ == "dobj" and c.lower_ in EFFORT_OBJECTS for c in verb.children)


def _shows_no_data(verb: Token, data_tokens: set[int]) -> bool:
    """What the verb shows names no data ("display the advertisement"; not "publish records that contain
    your user name")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]  # "ads can be displayed"
    return bool(objects) and not any(t.i in data_tokens for o in objects for t in o.subtree)


def _object_is_no_data(verb: Token, data_tokens: set[int]) -> bool:
    """The verb acts on something other than data ("recognize browser signals regarding tracking preferences"):
    what its "regarding" or "about" phrase names is a topic, not the data acted on."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(o.i in data_tokens for o in objects)


def _actor_words(verb: Token, actor: Token | None) -> set[int]:
    """The words that name a third party acting, and what it is called besides ("Google, as a third party
    vendor, uses ..."): they say who acts, not who receives."""
    if actor is None:
        return set()
    described = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i < verb.i
                 for t in c.subtree}
    return {t.i for t in actor.subtree} | described


def _pointed_recipients(sentence: Span, indices: set[int], context: SentenceContext) -> list[tuple[URIRef, str | None]]:
    """Whom "them" stands for when it receives data ("our agents Shareit.com or Paypal.com ... offer your
    details to them", "We work with payment processors. We give them your card number"): the recipients
    named earlier in the sentence, else in the sentence before."""
    pronoun = next((t for t in sentence if t.i in indices and t.lower_ == "them" and in_recipient_position(t)), None)
    if pronoun is None:
        return []
    earlier = set(range(sentence.start, pronoun.i))
    return (recipients_in(sentence, earlier, context.lexicon, context.vendor_words, placed=not_a_possessor)
            or context.memory.last_recipients)


def _handed_to_them(verb: Token) -> bool:
    """The user hands the data "to them": to others than the vendor, whoever they are."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(g.lower_ == "them" for g in c.children)
               for c in verb.children)


def statement_for(action: str, trigger: Trigger, args: Arguments, sentence: Span, mentions: list[Mention],
                  lexicon: Lexicon, cued: list[str]) -> Statement | None:
    """The statement one action of a practice verb makes, or None where it makes none."""
    key = verb_key(trigger.verb)
    if action == "opt-out" and args.negated and _proviso(trigger.verb):
        args = replace(args, negated=False)  # "provided that you have not objected": the user may object
    if action == "retain" and (state := kept_state(trigger.verb)):
        if state not in SAFE_WORDS:
            return None  # "keep your information accurate": its quality, not how long it is kept
        action = "protect"  # "must be kept secret": kept safe, not kept for a time
    if action in ("collect", "retain", "store") and (quality := tended_quality(trigger.verb)):
        if action != "retain" or quality not in SAFETY_NOUNS:
            return None  # "recognize the accuracy of your information": its quality is spoken of, not the data
        action = "protect"  # "we keep the confidentiality of your information": kept safe, not kept for a time
    if action == "retain" and is_hiring(trigger.verb):
        return None  # "providers we have retained to perform services": hired, not data kept
    own, recipients, purposes = ([] if action == "policy-change" else args.data), args.recipients, args.purposes
    if action == "collect" and trigger.actor == USER and (args.third_party_asks or recipients and (
            key in HANDING_VERBS and not given_to_vendor(trigger.verb))):
        return Statement("share", args.negated, own, args.purposes, recipients, [], args.modality, args.condition)
    if action == "collect" and trigger.actor == USER and key in HANDING_VERBS and _handed_to_them(trigger.verb):
        return None  # "review the policy of any organization before submitting your information to them"
    if trigger.actor == THIRD_PARTY and key in SEEING_VERBS | HOSTING_VERBS:
        own = object_data(trigger.verb, mentions)
        # "our website is hosted by ...": the host holds the site's data; "features hosted by a third party",
        # "anyone can access our Web sites": no data
        if not own and not (key in HOSTING_VERBS and _names_storage(trigger.verb)):
            return None
    if action == "use" and not own and args.places and _names_storage(trigger.verb):
        action, recipients = "store", []  # "we use servers located in the Netherlands": the data is there
    if (action == "share" and not recipients and key in TRANSIT_VERBS
            and is_time_clause(first_conjunct(trigger.verb)) and not (args.places or _sent_abroad(trigger.verb))):
        return None  # "when we transfer or receive sensitive data, we redirect you to a secure server": in transit
    if action == "store" and _places_a_thing(trigger.verb, mentions):
        return None  # "the unsubscribe link located at the bottom of each email": where a thing is, no data kept
    if action in ("store", "retain") or action in ("collect", "share", "use") and _placing(trigger.verb):
        own = [d for d in own if d not in args.containers] or own  # "place a cookie on your browser"
        if not own and action == "store" and args.places and _names_storage(trigger.verb):
            own = [PKG.PersonalInformation]  # "our servers are located in the United States": the data is there
        if not own and action == "retain" and _keeps_a_copy(trigger.verb):  # "(when you update information,)
            own = [d for d in _data_of(mentions, set(range(sentence.start, sentence.end)))  # we keep a copy"
                   if not is_tracking(d)]
    elif action == "share" and not own and trigger.actor == THIRD_PARTY and _names_storage(trigger.verb):
        own = [PKG.PersonalInformation]  # "our servers are run by Amazon Web Services": it holds the data
    elif action == "opt-out":
        own = opt_out_data(trigger.verb, mentions, sentence) or (own if "collect" in trigger.actions else [])
    elif action == "opt-in" and not own:  # "you authorize us to collect your email address": consent to that
        own = _data_of(mentions, {t.i for c in trigger.verb.children if c.dep_ in ("xcomp", "ccomp")
                                  for t in c.subtree})
    elif action in USER_RIGHTS:
        owned = [m for m in mentions if _is_own_data(sentence, m, mentions)]
        own = object_data(trigger.verb, owned) or _data_pointed_back(trigger.verb, owned)
        if not own or _describes_a_thing(trigger.verb):
            return None  # "you access our site", "the pages that you access": no right over data
    elif action == "protect":
        if defends_rights(trigger.verb, lexicon):
            return None  # "(disclosure is required) to protect the rights, property or safety of our users": an aim
        own = [d for d in own or _data_of(mentions, args.why) or _data_of_the_means(trigger.verb, mentions)
               if not is_tracking(d)]
        if not own and "protect" not in cued:
            return None
    elif action in ("share", "sell") and (
            not own and _deals_in_goods(trigger.verb) or action == "sell" and _sells_goods(trigger.verb)):
        return None  # "we may sell our assets", "we sell products": no data changes hands
    elif action == "share" and key in PUBLISHING_VERBS and (
            not own or _shows_no_data(trigger.verb, tokens_of(mentions))):
        return None  # "(based on the data we collect,) we display the advertisement": no data is shown
    elif action == "share" and not recipients:
        if key == "transfer" and (args.places or _sent_abroad(trigger.verb)):
            # "transfer your data to the United States": moved there, not shared with anyone
            return Statement("store", args.negated, own, [], [], args.places, args.modality, args.condition)
        if _told_to_the_user(trigger.verb):
            return None  # "as otherwise disclosed to you": the user is told, nobody else receives data
        if own and (key in PUBLISHING_VERBS or _done_publicly(trigger.verb)):
            recipients = [(PKG.Public, None)]  # "posts ... on the Company's Web sites", "publicly disclose"
        elif (key in GIVING_VERBS and not _gives_data_to_someone(trigger.verb, own)
              or own and all(is_tracking(d) for d in own)):
            return None  # "we provide a service", a cookie sent to your computer: nothing is shared
    elif action == "use" and key in GIVING_VERBS:
        # "we may send you details of our products": why is in what is sent
        if not own and not args.negated and _offers_only(trigger.verb):
            return None  # "we provide you with the facility to post content": an offering, nothing of the user's
        # not an occasion's words ("if you said upon registration you would like offers, we may send you ...")
        sent = args.indices - args.why - _condition_clauses(conjunct_group(trigger.verb))
        purposes = purposes_in(sentence, sent, lexicon, args.exceptions) or purposes
        if _told_to_the_user(trigger.verb):  # what is sent is no data of the user's; what the user gave is used
            content = _sent_content(trigger.verb, sentence, mentions)
            own = [d for d in own if d not in content] or _supplied_on_condition(trigger.verb, mentions)
    elif action == "use" and not own and not args.negated:
        return None  # "we review our practices", "we use reasonable efforts": no data is used
    if action == "collect" and own and not args.negated and _from_a_social_network(trigger.verb):
        own = list(dict.fromkeys(own + [PKG.SocialMediaData]))  # "we receive your name from Facebook": its data
    if action == "use":
        stated_purposes = purposes or ([PKG.LegalRequirement] if not args.negated
                                       and _on_legal_condition(trigger.verb, lexicon) else [])
    elif action in ("share", "sell") and not args.negated:
        stated_purposes = args.purposes  # "we share it with processors to complete your order"
    elif action in ("share", "sell"):  # "we do not share it for advertising" promises that much only; not a purpose
        # of a verb joined to it ("does not use it for any other purpose and does not share it", "not sell it or
        # share it for advertising")
        aims = purpose_clause_tokens([trigger.verb], set())
        stated_purposes = purposes_in(sentence, aims, lexicon, tokens_of(mentions) | args.exceptions)
    else:
        stated_purposes = []
    return Statement(action, args.negated, own, stated_purposes, recipients, args.places, args.modality,
                     args.condition, clause_retention_period(trigger.verb) if action == "retain" else None)


HANDING_OVER_VERBS = {"give", "provide", "supply", "furnish", "pass"}  # not "send a friend an email": content


def _data_pointed_back(verb: Token, mentions: list[Mention]) -> list[URIRef]:
    """The data "it" stands for where the verb is the aim of another's acting on data: "access this information in
    order to review, correct, update, or delete it"."""
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("it", "them") for c in verb.children):
        return []
    aimed_by = next((a for a in verb.ancestors if a.pos_ == "VERB" and verb.i in purpose_clause_tokens([a], set())),
                    None)
    return object_data(aimed_by, mentions) if aimed_by is not None else []


def _data_of_the_means(verb: Token, mentions: list[Mention]) -> list[URIRef]:
    """The data of what a measure is the means of: "your card number is transmitted securely using encryption"."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or verb.head.i == verb.i:
        return []
    return object_data(verb.head, mentions)


def _shared_alongside(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of sharing is coordinated with the verb: "we do not rent, sell, or share it except to provide the
    services you request" excepts the sharing, not a sale."""
    sharing = lexicon.vocabulary.actions["share"].vendor_verbs
    return any(verb_key(v) in sharing for v in conjunct_group(verb) if v.i != verb.i)


def _proviso(verb: Token) -> bool:
    """The verb states a condition: "provided that you have not objected", "if you have not opted out"."""
    return (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("provide", "providing")
            or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children))


def _gives_data_to_someone(verb: Token, data: list[URIRef]) -> bool:
    """"we do not give that business your name", "we pass your booking data to the airline": data handed to a
    receiver the verb names, if no known kind; not to a place or a machine ("send it to your browser")."""
    handing = verb.lemma_.lower() in HANDING_OVER_VERBS
    letter = any(c.dep_ in ("dobj", "nsubjpass") and singular(c.lower_) in LETTER_WORDS  # "send a letter to",
                 for c in verb.children)  # "inquiries should be sent to"
    receivers = [c for c in verb.children if c.dep_ in ("dative", "iobj")] if handing else []
    if (handing or verb.lemma_.lower() == "send") and not letter:  # "to" after the verb, not "to an extent"
        receivers += [g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > verb.i
                      for g in c.children if g.dep_ == "pobj"]
    return bool(data) and any(r.pos_ in ("NOUN", "PROPN") and not names_a_place([r])
                              and singular(r.lower_) not in RECEIVING_THINGS for r in receivers)


LETTER_WORDS = {"letter", "email", "e-mail", "message", "request", "note", "notice", "form", "inquiry", "complaint"}
RECEIVING_THINGS = MACHINE_WORDS | STORAGE_NOUNS | USER_WORDS | PRODUCT_WORDS | {"address", "inbox", "account",
                                                                                 "email"}


HOSTED_THINGS = {"service", "platform", "website", "site", "application", "app", "infrastructure", "system"}


def _names_storage(verb: Token) -> bool:
    """The verb places the vendor's storage ("our servers are located in ...", "we host our databases in ...",
    "we host our services in Canada")."""
    hosted = HOSTED_THINGS if verb.lemma_.lower() == "host" else set()
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj")
               and (c.lower_ in STORAGE_NOUNS or singular(c.lower_) in hosted) for c in verb.children)


SOCIAL_NETWORKS = {"facebook", "twitter", "instagram", "linkedin", "sns", "tiktok", "pinterest", "snapchat"}


def _from_a_social_network(verb: Token) -> bool:
    """The data comes from a social network ("from Facebook", "from your social media account", "from the SNS")."""
    sources = [t for c in conjunct_group(verb) for p in c.children if p.dep_ == "prep" and p.lower_ == "from"
               for t in p.subtree]
    words = {t.lower_ for t in sources}
    return bool(words & SOCIAL_NETWORKS) or "social" in words and bool(words & {"media", "network", "networking"})


def _on_legal_condition(verb: Token, lexicon: Lexicon) -> bool:
    """The verb hangs on a condition the law sets ("may use your health information if we are required by law to
    do so", "where required by law"): what it does serves a legal requirement."""
    clauses = [c for v in conjunct_group(verb) for c in v.children if c.dep_ == "advcl"
               and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in c.children)]
    cues = [m for c in clauses for m in lexicon.purposes.find(c.doc[c.left_edge.i: c.right_edge.i + 1])]
    return any(m.iri == PKG.LegalRequirement for m in cues)


def _places_a_thing(verb: Token, mentions: list[Mention]) -> bool:
    """A participle that says where something other than data or storage is ("the link located at the bottom")."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and head.lower_ not in STORAGE_NOUNS \
        and not any(m.start <= head.i < m.end for m in mentions)


PLACING_VERBS = TRACKING_VERBS | {"put", "drop", "save", "write"}


def _placing(verb: Token) -> bool:
    """A verb coordinated with a placing one shares its place: "place or recognize a cookie on your browser"."""
    return any(verb_key(v) in PLACING_VERBS for v in conjunct_group(verb))


def _done_publicly(verb: Token) -> bool:
    """"We may publicly disclose ...": the public receives it."""
    return any(c.dep_ == "advmod" and c.lower_ == "publicly" for v in conjunct_group(verb) for c in v.children)


COPY_NOUNS = {"copy", "copies", "record", "records", "version", "versions", "archive", "archives", "backup"}


def _keeps_a_copy(verb: Token) -> bool:
    """"keep a copy of the prior version", "retain records": what is kept is the data the sentence speaks of."""
    return any(c.dep_ == "dobj" and c.lower_ in COPY_NOUNS for c in verb.children)


TRANSIT_VERBS = {"transfer", "transmit"}


def _sent_abroad(verb: Token) -> bool:
    """"transfer your data outside your country", "across borders", "abroad", "to other countries", "to our
    servers", "transferred to, and maintained on, servers located outside your country"."""
    children = [c for v in conjunct_group(verb) for c in v.children]
    return any(c.lower_ in ("outside", "abroad", "across", "overseas", "internationally")
               or c.dep_ == "prep" and c.lower_ in ("to", "into", "on", "in")
               and any(g.dep_ == "pobj" and g.lower_ in PLACE_NOUNS | STORAGE_NOUNS for g in c.children)
               for c in children)


def _kept_for_a_period(verb: Token) -> bool:
    """The verb's own clause says how long ("stored for 90 days", "stored until you delete your account")."""
    clause = verb.doc[verb.left_edge.i: verb.right_edge.i + 1]
    return retention_period(clause) is not None


def implied_statements(trigger: Trigger, actions: list[str], args: Arguments, stated: list[Statement],
                       sentence: Span, mentions: list[Mention], context: SentenceContext) -> list[Statement]:
    """What the verb's statements imply: cookies used are collected, data not stored is not kept,
    "only ... when" denies the rest, an exception is a positive practice, a purpose is a use, data
    collected for a feature (its occasion, or the section's heading) serves it."""
    negated, mood, cond = args.negated, args.modality, args.condition
    lexicon, vendor_words = context.lexicon, context.vendor_words
    implied = []
    # cookies, beacons and logs the vendor uses, keeps or shares, it has collected; those it uses not, it collects not
    tracking = [d for d in args.data + args.instruments if is_tracking(d) or d == PKG.ServerLogs]
    if (tracking and trigger.actor not in (USER, THIRD_PARTY) and not negated
            and set(actions) & {"use", "store", "share"}):
        implied.append(Statement("collect", False, tracking, [], [], [], mood, cond))
    elif (tracking and trigger.actor == VENDOR and negated and "use" in actions and not args.why
          and not is_passive(trigger.verb)):
        implied.append(Statement("collect", True, tracking, [], [], [], mood, cond))  # "we do not use cookies"
    if "store" in actions and "retain" not in actions and (
            negated and not args.containers or not negated and _kept_for_a_period(trigger.verb)):
        # "we do not store your card number" keeps nothing; "is not stored in cookies" may be kept elsewhere;
        # "transcripts are stored for 90 days" are kept for that long
        implied += [replace(st, action="retain", locations=[]) for st in stated if st.action == "store"]
    # what the verb says is shared or sold ("never send messages to users unless they ask" shares nothing)
    shared = [a for a in actions if a in ("share", "sell") and any(st.action == a for st in stated)]
    if not negated and _only(trigger.verb) and trigger.actor != THIRD_PARTY:  # not "they may only use it for us"
        implied += [Statement(a, True, args.data, [], [(PKG.UnnamedThirdParty, None)], [], mood, cond)
                    for a in shared]  # "only shares ... in these cases"
    if negated and args.exceptions and not _points_elsewhere(sentence, args.exceptions):
        allowed = recipients_in(sentence, args.exceptions, lexicon, vendor_words, placed=not_a_possessor) \
            or args.recipients  # "not with our companies except as allowed by law": with them, where allowed
        text = _text_of_indices(sentence, args.exceptions)
        implied += [Statement(a, False, args.data, [], allowed, [], mood, text) for a in shared
                    if not (a == "sell" and _shared_alongside(trigger.verb, lexicon))]
        # "not used for any purpose other than to send you the newsletter": used for that
        aims = purposes_in(sentence, args.exceptions, lexicon, tokens_of(mentions)) if "use" in actions else []
        if trigger.actor == VENDOR and _users_choice(args.exceptions, sentence):  # "not recorded unless you turn on"
            excepted = _data_of(mentions, args.exceptions)  # "other than names you give us, we collect none"
            implied += [replace(st, negated=False, data=excepted or st.data, condition=text,
                                purposes=aims if st.action == "use" and aims else st.purposes) for st in stated
                        if st.negated and st.action in ("collect", "retain", "use") and st.data]
        elif trigger.actor == VENDOR and aims and args.data:
            implied.append(Statement("use", False, args.data, aims, [], [], mood, text))
    if ("use" in actions and verb_key(trigger.verb) == "access" and not negated and args.data and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in MACHINE_WORDS for c in trigger.verb.children)):
        # "the app accesses your precise location": the app takes it
        implied.append(Statement("collect", False, args.data, [], [], [], mood, cond))
    engaged = _engaged_parties(trigger.verb, vendor_words, lexicon) if "use" in actions and not negated else []
    if not engaged and set(actions) & {"collect", "use"} and not negated and trigger.actor == VENDOR:
        engaged = [(p, None) for p in [_partner_in(trigger.verb, vendor_words, lexicon)] if p is not None]
    aimed = {aim.i: [d for d in _data_of(mentions, {t.i for t in aim.subtree}) if d in args.data]
             for _, aim in engaged if aim is not None}
    for party, aim in engaged:  # "we use Google Analytics to analyze traffic": the service gets the data
        purposes = purposes_in(sentence, {t.i for t in aim.subtree}, lexicon, set()) if aim is not None else []
        implied.append(Statement("share", False, _data_for_aim(aim, aimed, args.data), purposes or args.purposes,
                                 recipients_of_actor(party, lexicon, vendor_words), [], mood, cond))
    if "retain" in actions and "store" not in actions and args.places and args.data:  # "kept on servers in Canada"
        implied.append(Statement("store", negated, args.data, [], [], args.places, mood, cond))
    if "store" in actions and not negated and args.data:  # "support tickets are stored with Zendesk": it holds them
        implied += [Statement("share", False, args.data, [], recipients_of_actor(host, lexicon, vendor_words), [],
                              mood, cond) for host in _hosts(trigger.verb, vendor_words, lexicon)]
    # what is collected or kept for a reason is used for it; data the user gives a third party is not
    purposeful = {s.action for s in stated} if stated else set(actions)
    if (args.purposes and args.data and not negated and trigger.actor != THIRD_PARTY and "use" not in actions
            and purposeful & PURPOSEFUL_ACTIONS):  # a third party's purposes stay on what it receives
        implied.append(Statement("use", False, args.data, args.purposes, [], [], mood, cond))
    elif not args.purposes and args.data and not negated and "collect" in purposeful and trigger.actor != THIRD_PARTY:
        if occasion := _purposes_of_occasion(trigger.verb, sentence, lexicon) or context.features:
            implied.append(Statement("use", False, args.data, occasion, [], [], mood, cond))
    return implied


def _data_for_aim(aim: Token | None, aimed: dict[int, list[URIRef]], data: list[URIRef]) -> list[URIRef]:
    """The data a service gets for its own aim ("we use Zendesk to handle support tickets"); for an aim that names
    none, the data no other service's aim names, else personal information ("and AWS to host our servers")."""
    if aim is None:
        return data
    taken = {d for i, own in aimed.items() if i != aim.i for d in own}
    return aimed[aim.i] or [d for d in data if d not in taken] or [PKG.PersonalInformation]


def _hosts(verb: Token, vendor_words: set[str], lexicon: Lexicon) -> list[Token]:
    """The third parties data is kept "with" ("stored with Zendesk", "we store backups with our cloud provider")."""
    return _third_parties_with([verb] + [c for c in verb.children if c.dep_ == "dobj"], vendor_words, lexicon)


def _third_parties_with(heads: list[Token], vendor_words: set[str], lexicon: Lexicon) -> list[Token]:
    """The third parties the words go "with" ("work with Facebook", "stored with Zendesk")."""
    return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
            if g.dep_ == "pobj" and classify(g, vendor_words, lexicon) == THIRD_PARTY]


def _users_choice(exception: set[int], sentence: Span) -> bool:
    """The exception is the user's own doing ("unless you turn on ...", "except with your consent")."""
    words = [sentence.doc[i] for i in sorted(exception)]
    return any(t.lower_ in ("you", "your") or t.lemma_.lower() in CONSENT_WORDS for t in words)


ELSEWHERE_WORDS = {"following", "below", "above", "herein", "hereunder", "hereinafter"}
TELLING_LEMMAS = {"state", "describe", "note", "specify", "indicate", "outline", "explain", "mention", "detail",
                  "list", "disclose", "set"}  # "unless stated otherwise", "except as noted"


def _points_elsewhere(sentence: Span, exception: set[int]) -> bool:
    """"except as described in this policy", "except in the following circumstances:", "except:": the exceptions
    are stated elsewhere, each a practice of its own there, none here."""
    words = [sentence.doc[i] for i in exception]
    bare = all(w.lower_ in EXCEPTION_WORDS or w.is_punct for w in words)
    return bare or any(w.lower_ in ELSEWHERE_WORDS or w.lemma_.lower() in DOCUMENT_NOUNS
                       or w.tag_ == "VBN" and w.lemma_.lower() in TELLING_LEMMAS for w in words)


def _purposes_of_occasion(verb: Token, sentence: Span, lexicon: Lexicon) -> list[URIRef]:
    """What an if/when clause says the data is for ("we collect your email address when you enter a contest":
    for the contest; "when you sign up to receive offers": marketing); an occasion such as registering serves
    no purpose of its own."""
    group = conjunct_group(verb)
    while group[0].dep_ == "xcomp":  # "(when you enter a contest,) you may be asked to provide your address"
        group = conjunct_group(group[0].head) + group
    clauses = _condition_clauses(group) | _in_connection_with(group) | _taking_part(group)
    # what the user does there is the occasion ("when you report the weather"), not an aim
    doings = {i for i in clauses if sentence.doc[i].pos_ == "VERB" and is_the_user(subject_of(sentence.doc[i]))}
    occasion = purposes_in(sentence, clauses - doings, lexicon, set())
    return [p for p in occasion if p != DEFAULT_PURPOSE]


def _taking_part(group: list[Token]) -> set[int]:
    """Tokens of the taking part a verb says requires the data: "registration for contests (requires your name)"."""
    return {t.i for verb in group if verb.lemma_.lower() in ENTAILING_LEMMAS for c in verb.children
            if c.dep_ == "nsubj" and singular(c.lower_) in TAKING_PART_NOUNS for t in c.subtree}


def _in_connection_with(group: list[Token]) -> set[int]:
    """Tokens of "in connection with ..." on the verbs: "we collect it in connection with newsletters"."""
    return {t.i for verb in group for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pobj" and g.lower_ == "connection" for t in g.subtree}




def _partner_in(verb: Token, vendor_words: set[str], lexicon: Lexicon) -> Token | None:
    """The third party the vendor works with to do it ("we work with Facebook to collect user data", "we
    partner with ad networks to track ..."): it takes part, so it gets the data."""
    if not is_infinitive(verb) or verb.dep_ not in ("advcl", "xcomp") or \
            verb.head.lemma_.lower() not in COLLABORATING_VERBS:
        return None
    return next(iter(_third_parties_with([verb.head], vendor_words, lexicon)), None)


def _engaged_parties(verb: Token, vendor_words: set[str], lexicon: Lexicon) -> list[tuple[Token, Token | None]]:
    """The third parties the vendor uses as a service, or whose tools it uses ("we use Google Analytics", "we employ
    other companies", "we use Google Analytics cookies"); where it uses several, each for an aim of its own ("we use
    Stripe to process payments and Google Analytics to understand site use"), each with the clause of its aim."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) < 2:
        party = _engaged_party(objects[0] if objects else next(  # parsed as the subject of the infinitive
            (g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"), None),
            verb, vendor_words, lexicon)
        return [(party, None)] if party is not None else []
    aims = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and is_infinitive(c)]
    ends = [o.i for o in objects[1:]] + [verb.sent.end]
    pairs = [(_engaged_party(o, verb, vendor_words, lexicon), next((a for a in aims if o.i < a.i < end), None))
             for o, end in zip(objects, ends)]
    return [(party, aim) for party, aim in pairs if party is not None]


def _engaged_party(party: Token | None, verb: Token, vendor_words: set[str], lexicon: Lexicon) -> Token | None:
    """The third party the verb's object names, or whose tools it names, if it is one."""
    if party is not None and is_tool(party, lexicon):  # "we use Google Analytics cookies": Google Analytics's
        party = next((c for c in party.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None) or next(
            iter(_tools_source(verb, party)), party)
    if party is not None and party.lemma_.lower() in SERVICE_WORDS:  # "the services of third party vendors"
        party = next((g for c in party.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), party)
    if party is None or classify(party, vendor_words, lexicon) != THIRD_PARTY:  # what it does for the vendor
        return None
    phrase = verb.doc[party.left_edge.i: party.i + 1]
    # a name the tagger does not know ("Hotjar", tagged a place) still names a company; real places are no company
    organisation = party.ent_type_ == "ORG" or party.tag_ == "NNP" and _gathers_data(verb)
    named = organisation and is_company_name(phrase, lexicon, vendor_words)
    return party if named or lexicon.recipients.find(phrase) else None  # not "Flash", a product


def _tools_source(verb: Token, tool: Token) -> list[Token]:
    """Whom the tools used come from: "cookies from third parties", "cookies of our partners", "cookies,
    including those from advertisers"."""
    preps = [c for h in (tool, verb) for c in h.children if c.dep_ == "prep"]
    preps += [c for p in preps if p.lower_ == "including" for g in p.children if g.dep_ == "pobj" and g.pos_ == "PRON"
              for c in g.children if c.dep_ == "prep"]
    return [g for p in preps if p.lower_ in ("from", "of") for g in p.children if g.dep_ == "pobj"]


SERVICE_WORDS = {"service", "services", "help", "assistance", "expertise"}
GATHERING_LEMMAS = {"record", "track", "understand", "study", "collect", "gather", "analyze", "analyse", "measure",
                    "monitor", "log", "process", "handle", "retrieve", "verify", "store", "host"}


def _gathers_data(verb: Token) -> bool:
    """What the verb is used for gathers data: "(we use Hotjar) to record mouse movements" (a name the tagger does
    not know as a company is then a service that gets it, not a product such as "Flash to play videos")."""
    return any(verb.doc[i].lemma_.lower() in GATHERING_LEMMAS for i in purpose_clause_tokens([verb], set()))


def read_trigger(trigger: Trigger, actions: list[str], sentence: Span, mentions: list[Mention],
                 others: set[int], context: SentenceContext, cued: list[str]) -> list[Statement]:
    """The statements of one practice verb: its action(s), negation, data, purposes and recipients."""
    args = read_arguments(trigger, actions, sentence, mentions, others, context)
    if args.negated and _kept_within(trigger.verb) and set(actions) & {"store", "share"}:
        # "data are not stored or sent outside of the US": kept there, neither denied nor shared
        actions, args = ["store"], replace(args, negated=False)
    stated = [s for s in (statement_for(a, trigger, args, sentence, mentions, context.lexicon, cued)
                          for a in actions) if s]
    in_scope = [m for m in mentions if m.start in args.indices]
    left_out = left_out_tokens(sentence)
    denied = _denied_data(sentence, in_scope, left_out)
    rest = [m.iri for m in in_scope if m.weak and m.iri not in denied and m.start not in left_out]
    stated = _split_denied(stated, denied, list(dict.fromkeys(rest)))
    excluded = _left_out(trigger.verb, mentions)
    stated += [replace(st, negated=True, data=excluded, purposes=[]) for st in stated
               if excluded and st.data and not st.negated and st.action in NEEDS_DATA]
    return stated + implied_statements(trigger, actions, args, stated, sentence, mentions, context)


def _kept_within(verb: Token) -> bool:
    """The verb (or one coordinated with it) goes "outside" a place: what is denied is leaving it (not
    "outside of our corporate family": the recipients)."""
    return any(c.lower_ == "outside" and c.dep_ in ("advmod", "prep") and names_a_place(c.subtree)
               for v in {*conjunct_group(verb), *verb.conjuncts} for c in v.children)  # "not stored or being sent"


def _denied_data(sentence: Span, mentions: list[Mention], left_out: set[int]) -> set[URIRef]:
    """Data a list excludes: "aggregate information, but not personal information", "your IP address, not
    your name", "information (not including your name)" (`left_out`: the tokens of such phrases)."""
    denied = set()
    for mention in mentions:
        head = sentence.doc[mention.end - 1]
        if mention.start in left_out or any(_denied_conjunct(conjunct) for conjunct in _conjunct_chain(head)):
            denied.add(mention.iri)
    return denied


def _conjunct_chain(word: Token) -> list[Token]:
    """The word and the conjuncts it follows in its list, up to the second: "name" and "email address" in
    "your IP address, but not your name or email address" (not the first, which the list goes on from)."""
    chain = []
    while word.dep_ in ("conj", "appos") and word.head.i != word.i:
        chain.append(word)
        word = word.head
    return chain


def _denied_conjunct(word: Token) -> bool:
    """A conjunct after "not" ("..., but not your name"; not "not only")."""
    doc = word.doc
    before = doc[max(word.left_edge.i - 2, word.sent.start):word.left_edge.i]
    return any(t.dep_ == "neg" and t.i < word.i and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "only")
               for t in [*word.subtree, *before])


CONTAINING_VERBS = {"include", "contain", "identify", "reveal"}


def _left_out(verb: Token, mentions: list[Mention]) -> list[URIRef]:
    """Data a following clause says the data does not contain ("we disclose aggregate statistics, but
    these statistics will not include any personally identifiable information")."""
    for clause in verb.children:
        if (clause.dep_ == "conj" and clause.lemma_.lower() in CONTAINING_VERBS and is_negated(clause)
                and any(c.dep_ == "nsubj" for c in clause.children)):
            inside = {t.i for c in clause.children if c.dep_ == "dobj" for t in c.subtree}
            return list(dict.fromkeys(m.iri for m in mentions if m.start in inside))
    return []


def _split_denied(statements: list[Statement], denied: set[URIRef], rest: list[URIRef]) -> list[Statement]:
    """A positive statement about data a list excludes becomes a negated one for that data; what it is
    about otherwise is the general data left ("information (not including your name) about your visits")."""
    if not denied:
        return statements
    split = []
    for statement in statements:
        excluded = [d for d in statement.data if d in denied]
        if statement.negated or not excluded:
            split.append(statement)
            continue
        kept = [d for d in statement.data if d not in denied] or rest
        if kept:
            split.append(replace(statement, data=kept))
        split.append(replace(statement, negated=True, data=excluded, purposes=[]))
    return split


def read_sentence(sentence: Span, context: SentenceContext) -> list[Statement]:
    """All statements of a sentence: verb-triggered ones, cued ones, and those inherited from a lead-in."""
    lexicon = context.lexicon
    _point_to_third_parties(sentence, context.memory)
    mentions = context.memory.resolve(sentence, lexicon.find_data(sentence), lexicon)
    reattach_examples(sentence, mentions)
    rejoin_list_items(sentence, mentions)
    if dates_the_policy(sentence.text):
        return [Statement("policy-change", False, [])]  # "Last updated: May 24, 2014": the policy changes
    topic = context.lead is not None and context.lead.kind == "topics" or _is_indirect_question(sentence)
    heading = _is_heading(sentence) and not context.lead and not _lists_collected_data(sentence, mentions, context)
    if sentence.text.rstrip().endswith("?") or topic or heading:
        if sentence.start == 0:  # a run-in title ("Email Newsletters. You may sign up ...")
            context.features = features_named(sentence.text, lexicon) or context.features
        context.memory.learn(sentence, mentions)
        return []  # a question or a heading ("Sharing of Information.") states nothing
    cued = cued_actions(sentence, lexicon, context.vendor_words)
    statements = verb_statements(sentence, mentions, cued, context)
    statements += cued_statements(sentence, mentions, cued, {s.action for s in statements}, lexicon)
    if context.lead:  # "(we share it when) we have your consent": consent to the lead-in's data
        statements = [s if s.data or s.action not in NEEDS_DATA | {"use", "opt-in"}
                      else replace(s, data=context.lead.data()) for s in statements]
    statements += construction_statements(sentence, mentions, statements, context)
    memory, said_before = context.memory, context.memory.last_actions
    if not statements and (included := included_data(sentence, mentions, bool(said_before & {"collect", "share"}))):
        # "We disclose it to sponsors. This information might include your age": what was shared includes it
        shared = points_back(sentence) and "share" in said_before and "collect" not in said_before
        # "information shared with third parties will be ...", or the parties the sentence before shared with
        receivers = _receivers_of_subject(sentence, context) or (list(memory.last_recipients) if shared else [])
        statements.append(Statement("share", False, included, recipients=receivers) if receivers
                          else Statement("collect", False, included))
    statements = _with_details(sentence, statements, lexicon)
    if context.lead:
        statements = _go_on_from_lead(sentence, mentions, statements, context)
    if not statements and USE_SECTION.search(context.section):
        statements = _section_purposes(sentence, mentions, lexicon)
    if not statements:
        statements = _purposes_of_what_was_said(sentence, mentions, lexicon, context.memory)
    if not statements and CHANGES_SECTION.search(context.section) and _speaks_of_the_policy(sentence):
        statements = [Statement("policy-change", False, [])]  # under "Changes to this policy": how it changes
    if not statements and _about_collection(context.section):
        statements = _section_data(sentence, mentions)
    if not statements and SHARE_SECTION.search(context.section):
        statements = _section_recipients(sentence, mentions, context)
    if not statements and (defined := _data_kind_defined(sentence, mentions)):
        statements = [Statement("collect", False, defined)]  # "Payment details - credit/debit card information"
    if statements and not any(records_of(s) for s in statements) and (
            described := _described_as_collected(sentence, mentions, context)):
        statements.append(Statement("collect", False, described))  # "information we collect may be combined ..."
    if DISPUTE_WORDS.search(sentence.text):  # "unless you opt out of arbitration": a choice of forum, not of data
        statements = [s for s in statements if s.action != "opt-out" or s.data]
    context.memory.learn(sentence, mentions)
    named = recipients_in(sentence, set(range(sentence.start, sentence.end)), lexicon, context.vendor_words,
                          placed=not_a_possessor)
    shared_with = [r for s in statements if s.action in ("share", "sell") and not s.negated for r in s.recipients]
    # the parties it names, or those its statements share with ("we use Google Analytics to ...")
    context.memory.last_recipients = [r for r in dict.fromkeys(named + shared_with) if r[0] != PKG.Public] or (
        # "social features such as the Facebook Like button and other widgets. These features collect ...": Facebook,
        # and the makers of the others
        tool_makers(sentence, lexicon, context.vendor_words)
        + ([(PKG.UnnamedThirdParty, None)] if any(is_social_tool(t) for t in sentence) else []))
    context.memory.last_actions = {s.action for s in statements}
    context.memory.last_purposes = list(dict.fromkeys(p for s in statements if not s.negated for p in s.purposes)) or (
        purposes_in(sentence, set(range(sentence.start, sentence.end)), lexicon, tokens_of(mentions)))
    return [replace(s, data_text=_phrases(sentence, mentions, s.data)) for s in statements]


CONSENT_ACTIONS = {"opt-in", "opt-out"}


def _go_on_from_lead(sentence: Span, mentions: list[Mention], statements: list[Statement],
                     context: SentenceContext) -> list[Statement]:
    """A list item's statements with its lead-in's: an item whose statements name no data goes on from the
    lead-in ("- to send newsletters, which you can opt out of"), and an item of purposes stays one even where
    its own verbs state a practice ("- help us analyze traffic and improve our content": the analysing is
    the purpose)."""
    lead = context.lead
    bare_verb = is_imperative(sentence.root) and not pleads(sentence.root)  # "- track the activities of visitors"
    if lead.vendor_speaks and lead.negated and bare_verb:  # "Cookies will not: - track you"
        statements = [replace(s, negated=True) for s in statements]
    everything = set(range(sentence.start, sentence.end))
    data_tokens = tokens_of(mentions)
    purposive = sentence[0].lower_ == "to" or bare_verb  # "- to notify you", "- notify you"
    purposes = purposes_in(sentence, everything, context.lexicon, data_tokens, default=purposive)
    # "- match riders with drivers": a verb the parser took for a noun's modifier opens the item all the same
    opening = sentence.root if bare_verb else sentence[0] if sentence[0].tag_ in ("VB", "VBP") else None
    if not purposes and opening is not None and lead.kind == "purposes" \
            and not names_a_practice(opening, context.lexicon):
        purposes = [DEFAULT_PURPOSE]  # "We use your data to: - open and run your account": the service itself
    if lead.kind == "purposes" and purposes:
        statements = [replace(s, purposes=purposes) if s.action == "use" and not s.purposes else s
                      for s in statements]
    if any(s.data and (s.action not in CONSENT_ACTIONS or lead.kind != "purposes") for s in statements):
        # an item's own practice; not a consent to an aim ("- improve our app, with your consent"); the aims it
        # names besides stay the lead-in's ("- analyze our services, including to send you newsletters")
        stated = {p for s in statements for p in s.purposes}
        subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in sentence.root.children)
        aims = [p for p in purposes if p not in stated] if lead.kind == "purposes" and subjectless else []
        return (continue_lead(lead, [], aims, []) if aims else []) + statements
    recipients = recipients_in(sentence, everything, context.lexicon, context.vendor_words, placed=not_a_possessor)
    if any(s.action in ("share", "sell") for s in lead.statements):  # "We share data with: - Stripe, which ..."
        named = names_opening(sentence, context.vendor_words, context.lexicon)
        recipients = [r for r in recipients if r[0] != PKG.UnnamedThirdParty or not named] + [
            (PKG.NamedThirdParty, name) for name in named if (PKG.NamedThirdParty, name) not in recipients]
    # "- This includes exchanging it with other companies for fraud protection": the lead-in's practice goes on
    own_clause = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in POINTING_SUBJECTS
                     for c in sentence.root.children)
    return continue_lead(lead, _data_of(mentions, everything), purposes, recipients, own_clause) + statements


def _vendor_speaks(sentence: Span, context: SentenceContext) -> bool:
    """The clause open at the colon has the vendor as its subject ("We may use the information we collect
    to:"; not "We collect information when you:")."""
    subjects = [t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") or t.pos_ == "PRON" and t.dep_ == "advcl"]
    return bool(subjects) and classify(subjects[-1], context.vendor_words, context.lexicon) == VENDOR


PARTY_NOUNS = {"company", "party", "entity", "organization", "organisation", "provider", "vendor", "partner",
               "business", "firm"}
POINTED_PARTY_NOUNS = PARTY_NOUNS | EMBEDDED_TOOL_NOUNS | {"service"}  # "these services" of the parties just named


def _point_to_third_parties(sentence: Span, memory: DocumentMemory) -> None:
    """Mark "they", or "these companies", as the third parties the sentence before named ("We share your information
    with advertisers. They may use it to show you ads.", "... As part of their service, they use cookies")."""
    they = next((t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and _points_back_to_parties(t)
                 and (t.left_edge.i == sentence.start or t.head.i == sentence.root.i)), None)
    if they is not None and any(kind not in (PKG.Public, PKG.OtherUsers) for kind, _ in memory.last_recipients):
        they._.points_to_third_party = True


def _points_back_to_parties(word: Token) -> bool:
    """"they", "these companies", "such third parties", "these features", "these services" (of the parties just
    named)."""
    pointing = any(c.dep_ == "det" and c.lower_ in ("these", "those", "such") for c in word.children)
    return word.lower_ == "they" or pointing and singular(word.lower_) in POINTED_PARTY_NOUNS


def construction_statements(sentence: Span, mentions: list[Mention], said: list[Statement],
                            context: SentenceContext) -> list[Statement]:
    """Practices stated by a construction rather than a practice verb, where no verb said them already:
    data needed for something or handled with a stated aim, contact through the user's data, data answered, data
    derived from other data, a refusal or a choice offered to the user, data said to be optional, data made public,
    staff access kept to those who need it, data that stays confidential, data that remains somewhere, a third
    party given access to data, data among the assets of a business sold."""
    lexicon, found = context.lexicon, []
    used = {d for s in said if s.action == "use" for d in s.data}
    found += [Statement("use", False, [d for d in data if d not in used], purposes)
              for data, purposes in needed_for(sentence, mentions, lexicon) + stated_aims(sentence, mentions, lexicon)
              if set(data) - used]
    announced = any(s.action == "policy-change" for s in said)  # "we will notify you by email": a change announced
    # not "you may ask that we contact you at home": the user's wish
    found += [Statement("use", negated, [d for d in data if d not in used], _contact_purposes(verb, sentence, lexicon))
              for verb, data, negated in contacted_through(sentence, mentions)
              if set(data) - used and actor_of(verb, context.vendor_words, lexicon) == VENDOR
              and not is_imperative(verb) and not announced and not requested_by_user(verb)]
    found += [Statement("use", False, [d for d in data if d not in used], [DEFAULT_PURPOSE])
              for verb, data in answered(sentence, mentions)
              if set(data) - used and actor_of(verb, context.vendor_words, lexicon) == VENDOR]
    collected = {d for s in said if s.action == "collect" for d in s.data}
    found += [Statement("collect", False, [d for d in data if d not in collected])
              for verb, data in derived(sentence, mentions)
              if set(data) - collected and actor_of(verb.head, context.vendor_words, lexicon) == VENDOR]
    found += _based_on_data(sentence, mentions, said, context)
    if context.lead is None:  # "- carry out research on ...": an item goes on with its lead-in's data
        found += [Statement("use", False, [d for d in data if d not in used], [PKG.AnalyticsResearch])
                  for verb, data in analysed(sentence, mentions)
                  if set(data) - used and actor_of(verb, context.vendor_words, lexicon) == VENDOR]
    offered = [] if any(s.action in USER_RIGHTS | {"opt-out"} for s in said) else [  # "the opportunity to access"
        asks_not_to(sentence, mentions), choices_given(sentence, mentions)]
    refused = next((data for data in offered if data is not None), None)
    if refused is None and not any(s.action == "opt-out" for s in said) and any(
            declines_the_service(t) for t in sentence if t.pos_ == "VERB"):
        refused = []  # "if you do not agree to this policy, you should not use our sites": not using it refuses
    if refused is not None:
        found.append(Statement("opt-out", False, refused))
    if not any(s.action == "collect" for s in said) and (optional := optional_data(sentence, mentions)):
        found.append(Statement("collect", False, optional))
    if not any(s.action == "protect" for s in said):
        found += [Statement("protect", False, data) for data in limited_access(sentence, mentions)]
        if safe := stays_safe(sentence, mentions):
            found.append(Statement("protect", False, safe))
        elif held := held_to_terms(sentence, mentions, lexicon):
            found.append(Statement("protect", False, held))
    if not any(s.action == "retain" for s in said):
        found += [Statement("retain", negated, data) for data, negated in left_in_place(sentence, mentions)]
    if not any(s.action == "store" for s in said):
        found += [Statement("store", False, data, locations=places)
                  for data, places in placed_where(sentence, mentions) + transfers_named(sentence, mentions)]
    if not any(s.action == "share" and (PKG.Public, None) in s.recipients for s in said):
        found += [Statement("share", negated, data, recipients=[(PKG.Public, None)])
                  for data, negated in made_public(sentence, mentions)]
    given = access_given(sentence, mentions)
    if not any(s.action == "access" for s in said) and not _others_data_only(sentence, mentions):
        # "we give you access to your account information"; not "users have access to information of visitors"
        found += [Statement("access", negated, data) for holder, data, negated in given if _the_reader(holder)]
    if not any(s.action == "share" for s in said):
        found += _partners_aims(sentence, mentions, context)
        vendor_words = context.vendor_words  # staff alone are the vendor's own, whatever pages they manage
        found += [Statement("share", negated, data, recipients=recipients_of_actor(holder, lexicon, vendor_words))
                  for holder, data, negated in given if classify(holder, vendor_words, lexicon) == THIRD_PARTY
                  and not (singular(holder.lower_) in STAFF_WORDS and not holder.conjuncts)]
        found += [Statement("share", negated, data, [PKG.MergerAcquisition], [(PKG.UnnamedThirdParty, None)])
                  for data, negated in among_assets(sentence, mentions)]
        if members := members_named(sentence, context.vendor_words, lexicon):  # "Our processors include Stripe"
            found.append(Statement("share", False, _data_of(mentions, set(range(sentence.start, sentence.end)))
                                   or [PKG.PersonalInformation], recipients=members))
    return found


def _partners_aims(sentence: Span, mentions: list[Mention], context: SentenceContext) -> list[Statement]:
    """Companies the vendor works with for an aim no practice verb states ("we partner with Meta and TikTok to
    measure the effectiveness of our ads"): they get the data the aim needs (what the sentence names, else
    personal information) for that aim."""
    found = []
    for verb in sentence:
        if verb.lemma_.lower() not in COLLABORATING_VERBS or is_negated(verb) \
                or actor_of(verb, context.vendor_words, context.lexicon) != VENDOR:
            continue
        aims = {t.i for c in verb.children if c.dep_ in ("advcl", "xcomp") and is_infinitive(c) for t in c.subtree}
        purposes = [p for p in purposes_in(sentence, aims, context.lexicon, tokens_of(mentions))
                    if p != DEFAULT_PURPOSE] if aims else []
        parties = [r for party in _third_parties_with([verb], context.vendor_words, context.lexicon)
                   for r in recipients_of_actor(party, context.lexicon, context.vendor_words)]
        if purposes and parties:
            data = _data_of(mentions, set(range(sentence.start, sentence.end))) or [PKG.PersonalInformation]
            found.append(Statement("share", False, data, purposes, list(dict.fromkeys(parties))))
    return found


def _based_on_data(sentence: Span, mentions: list[Mention], said: list[Statement],
                   context: SentenceContext) -> list[Statement]:
    """What the vendor or a third party does based on data ("we show you ads based on your browsing history"): the
    vendor uses the data, a third party gets it, for what the verb does."""
    found, lexicon, vendor_words = [], context.lexicon, context.vendor_words
    data_tokens = tokens_of(mentions)
    for verb, data, negated in based_on(sentence, mentions):
        purposes = purposes_in(sentence, {t.i for t in verb.subtree} - data_tokens, lexicon, data_tokens) or (
            [] if negated else [DEFAULT_PURPOSE])
        doer = verb  # "(partners use cookies) in order to show you ads based on ...": the partners do
        while is_infinitive(doer) and doer.head.i != doer.i and not any(c.dep_ == "nsubj" for c in doer.children):
            doer = governing_verb(doer.head)
        actor = actor_of(doer, vendor_words, lexicon)
        action = {VENDOR: "use", THIRD_PARTY: "share"}.get(actor)
        if action is None or any(s.action == action and set(data) <= set(s.data) for s in said):
            continue
        doers = recipients_of_actor(acting_party(doer, lexicon), lexicon, vendor_words) if action == "share" else []
        found.append(Statement(action, negated, data, purposes, doers))
    return found


CONTENT_PREPOSITIONS = TOPIC_PREPOSITIONS | {"with"}  # "contact you with information about ...", "about your order"


def _contact_purposes(verb: Token, sentence: Span, lexicon: Lexicon) -> list[URIRef]:
    """Why the vendor contacts the user: its purpose clauses, else what it sends ("email you messages about
    products that may be of interest to you", "contact you with information about similar goods"), else to serve
    the user."""
    why = purpose_clause_tokens([verb], set())
    sent = {t.i for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in CONTENT_PREPOSITIONS
            for t in c.subtree}
    return purposes_in(sentence, why, lexicon, set()) or purposes_in(sentence, sent, lexicon, set()) \
        or [DEFAULT_PURPOSE]


def _with_details(sentence: Span, statements: list[Statement], lexicon: Lexicon) -> list[Statement]:
    """Retention periods on retain statements, named security measures on protect statements."""
    period = retention_period(sentence)
    measures = tuple(security_measures(sentence, lexicon)) if any(s.action == "protect" for s in statements) else ()
    return [replace(s, retention_period=period) if s.action == "retain" and period and not s.retention_period else
            replace(s, security_measures=measures) if s.action == "protect" and measures else s
            for s in statements]


CHANGES_SECTION = re.compile(r"\b(chang|updat|modif|amend|revis)\w*\b.*\b(policy|statement|notice)\b|"
                             r"\b(policy|statement|notice)\b.*\b(chang|updat|modif|amend|revis)\w*", re.I)


def _speaks_of_the_policy(sentence: Span) -> bool:
    """The sentence names the policy ("By using our sites, you agree to the terms of this Privacy Policy")."""
    return any(t.lemma_.lower() in DOCUMENT_NOUNS and t.pos_ in ("NOUN", "PROPN") for t in sentence)


READER_ACTIONS = NAVIGATING_LEMMAS | {"visit", "see", "contact", "call", "write", "refer", "consult", "review"}


def _section_purposes(sentence: Span, mentions: list[Mention], lexicon: Lexicon) -> list[Statement]:
    """Under a heading like "How we use your information", a line that only says why ("To send you our
    newsletter.", "- improving the site") is a use of the data it names, or of personal information (not of the
    data the line before named: "To show you ads relevant to your interests." does not make the next line's
    "To improve our journalism." a use of interests)."""
    words = [t for t in sentence if t.is_alpha]
    if not words or words[0].lower_ not in ("to", "for") and words[0].tag_ not in ("VBG", "VB"):
        return []
    if words[0].lemma_.lower() in READER_ACTIONS:
        return []  # "Click here for more information about advertising": the reader is told where to look
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in sentence.root.children):
        return []  # "To do this, an aggregation provider may request access ...": a clause of its own
    everything = set(range(sentence.start, sentence.end))
    data_tokens = tokens_of(mentions)
    purposes = purposes_in(sentence, everything, lexicon, data_tokens)
    if not purposes:
        return []
    data = _data_of(mentions, everything) or [PKG.PersonalInformation]
    return [Statement("use", False, data, purposes)]


COLLECT_SECTION = re.compile(r"\b(information|data)\b.{0,30}\b(collect|collected|gather|gathered|receive|obtain|"
                             r"process|processed)\b"
                             r"|\b(information|data)\b.{0,15}\byou\b.{0,10}\b(provide|give|submit|send)\b"
                             r"|\b(collect|collection|gather)\b.{0,20}\b(information|data)\b"
                             r"|^\W*(what|which)\b[^.?!]{0,30}\b(collect|collects|gather|gathers)\b",
                             re.I)  # the last: "What we collect"
NEGATIVE_WORDS = re.compile(r"\b(not|never|no)\b", re.I)


def _section_data(sentence: Span, mentions: list[Mention]) -> list[Statement]:
    """Under a heading like "Information We Collect", a line that only names data, with no verb of its own
    ("Your device type, screen size and browser type."), lists data collected."""
    if sentence.root.pos_ not in ("NOUN", "PROPN") or any(t.dep_ == "neg" for t in sentence):
        return []
    data = _data_of([m for m in mentions if not m.weak], set(range(sentence.start, sentence.end)))
    return [Statement("collect", False, data)] if data else []


def _section_recipients(sentence: Span, mentions: list[Mention], context: SentenceContext) -> list[Statement]:
    """Under a heading like "Who we share data with", a line that only names who receives, with no verb of its
    own ("Service providers: Vonage for SMS verification and Amazon Web Services for hosting."), shares the data
    it names, or personal data, with them, for the purposes it gives."""
    if sentence.root.pos_ not in ("NOUN", "PROPN") or any(t.dep_ == "neg" for t in sentence):
        return []
    everything = set(range(sentence.start, sentence.end))
    recipients = recipients_in(sentence, everything, context.lexicon, context.vendor_words, placed=not_a_possessor)
    if not recipients:
        return []
    data = _data_of([m for m in mentions if not m.weak], everything) or [PKG.PersonalInformation]
    purposes = purposes_in(sentence, everything, context.lexicon, tokens_of(mentions))
    return [Statement("share", False, data, purposes, recipients)]


POINTING_SUBJECTS = {"this", "that", "it", "these", "which", "doing"}
SERVING_VERBS = {"help", "allow", "enable", "let", "improve", "ensure", "assist", "permit", "serve", "support"}


def _purposes_of_what_was_said(sentence: Span, mentions: list[Mention], lexicon: Lexicon,
                               memory: DocumentMemory) -> list[Statement]:
    """A sentence whose subject points back to what was just said and which says what it serves ("We log
    your IP address. This helps us diagnose problems.") is a use of the data spoken of, for that purpose."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in POINTING_SUBJECTS or subject.pos_ not in ("PRON", "DET") \
            or root.lemma_.lower() not in SERVING_VERBS or not memory.last_data or is_negated(root):
        return []
    everything = {t.i for t in root.subtree} - {t.i for t in subject.subtree}
    data_tokens = tokens_of(mentions)
    purposes = purposes_in(sentence, everything, lexicon, data_tokens, default=True)
    return [Statement("use", False, memory.last_data, purposes)] if purposes else []


def verb_statements(sentence: Span, mentions: list[Mention], cued: list[str],
                    context: SentenceContext) -> list[Statement]:
    """The statements of the sentence's practice verbs, once each verb's reading is settled."""
    lexicon = context.lexicon
    data_tokens = tokens_of(mentions)
    named = {i for m in mentions if m.end - m.start > 1 for i in range(m.start, m.end)}
    triggers = [t for t in find_triggers(sentence, context.vendor_words, lexicon)
                if t.verb.i not in named]  # "content viewed", "links clicked": a kind of data, no practice
    vendor_lead = context.lead is not None and context.lead.vendor_speaks
    readings = [(t, interpret(t, sentence, lexicon, cued, data_tokens, vendor_lead)) for t in triggers]
    readings = _drop_empty_verbs(_drop_purpose_verbs(readings, lexicon, data_tokens), sentence, data_tokens)
    active = {t.verb.i for t, actions in readings if actions}
    return [s for trigger, actions in readings if actions
            for s in read_trigger(trigger, actions, sentence, mentions, active, context, cued)]


def cued_statements(sentence: Span, mentions: list[Mention], cued: list[str], said: set[str],
                    lexicon: Lexicon) -> list[Statement]:
    """Statements of the actions cued without a verb that no verb has said already."""
    sentence_data = _data_of(mentions, set(range(sentence.start, sentence.end)))
    found = []
    for action in cued:
        if action in said:
            continue
        data = [d for d in sentence_data if not is_tracking(d) or action == "retain"]
        if action == "policy-change":
            data = []
        elif action == "opt-out":
            data = opt_out_data(None, mentions, sentence)
        elif action == "opt-in":
            data = _data_of(mentions, consent_scope(sentence, lexicon)) or data
        elif action in USER_RIGHTS:  # "edit your browser options": a setting, not the user's data
            data = [d for d in data if d not in COMPUTER_SETTINGS]
        if action in ("access", "edit", "delete", "retain") and not data:
            continue
        if action in USER_RIGHTS and not _user_speaks(sentence):
            continue  # "these companies will have access to your personal information"
        if action == "access" and any(not _the_reader(holder) for holder, _, _ in access_given(sentence, mentions)):
            continue  # "other users will not have access to it unless you choose to share it": theirs, not yours
        if action in USER_RIGHTS and _others_data_only(sentence, mentions):
            continue  # "users may edit personal information of visitors": theirs
        if action == "protect" and _user_is_subject(sentence):
            continue  # "users are responsible for the security of their passwords": not the vendor's measure
        found.append(Statement(action, cue_negated(sentence, action, lexicon), data))
    return found


def _others_data_only(sentence: Span, mentions: list[Mention]) -> bool:
    """Every data phrase of the sentence is other people's ("personal information of visitors of his website")."""
    return bool(mentions) and all(owned_by_others(sentence.doc[m.end - 1]) for m in mentions)


def _the_reader(holder: Token) -> bool:
    """"you", "users", but not "other users" or "all users"."""
    return is_the_user(holder) and not names_others(holder)


def _is_heading(sentence: Span) -> bool:
    """A line with no finite verb that is short or in title case: a title, even when it ends with a full
    stop ("Sharing of Information.", "Other Information Collected by Third Party Advertisers.")."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    purpose_line = len(words) > 1 and words[0].lower_ == "to" and words[1].pos_ == "VERB"  # "To improve it."
    if purpose_line or any(t.tag_ in FINITE_TAGS for t in words):
        return False
    content = [t for t in words if t.is_alpha and not t.is_stop]
    return len(words) <= 6 or (len(content) >= 3 and _in_title_case(sentence))


OBTAINING_LEMMAS = {"collect", "gather", "obtain", "receive"}


def _described_as_collected(sentence: Span, mentions: list[Mention], context: SentenceContext) -> list[URIRef]:
    """Data a relative clause or a participle says the vendor collects ("personal information that we collect may
    be combined with other information", "information collected on our site is used for the following purposes:"),
    where the sentence states nothing else about it: the collection is still said."""
    found = []
    for verb in sentence:
        if verb.lemma_.lower() not in OBTAINING_LEMMAS or is_negated(verb) or not _collected_by_vendor(verb, context):
            continue
        # the data described, with the examples it goes on to list ("information ..., including ...")
        phrase = {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree}
        described = [m for m in mentions if m.start in phrase or m.start <= verb.head.i < m.end]
        found += [m.iri for m in [m for m in described if not m.weak] or described]
    return list(dict.fromkeys(found))


def _collected_by_vendor(verb: Token, context: SentenceContext) -> bool:
    """"(information) that we collect"; "(information) collected on our site", "collected by us" in the main
    clause; not "collected by others" or "(a law requiring sites to state) the information being collected"."""
    if verb.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children)
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not _in_main_clause(verb.head):
        return False
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return all(classify(g, context.vendor_words, context.lexicon) == VENDOR for g in agents)


def _receivers_of_subject(sentence: Span, context: SentenceContext) -> list[tuple[URIRef, str | None]]:
    """Who gets the data the sentence's subject says is shared ("any information that might be shared with third
    parties will be aggregate information only")."""
    subject = next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    clauses = [c for c in subject.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in SHARED_LEMMAS
               and not is_negated(c)] if subject is not None else []
    indices = {t.i for c in clauses for t in c.subtree}
    return recipients_in(sentence, indices, context.lexicon, context.vendor_words) if indices else []


SHARED_LEMMAS = HANDING_VERBS | TRANSIT_VERBS | {"release"}  # what data shared with someone has been through


def _in_main_clause(noun: Token) -> bool:
    """The noun is an argument of the sentence's main verb or of a verb joined to it."""
    verb = noun.head
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


LABEL_SEPARATORS = {"-", "–", "—", ":"}


def _data_kind_defined(sentence: Span, mentions: list[Mention]) -> list[URIRef]:
    """A line with no verb of its own that names a kind of data and then lists what it is ("Account registration
    data - names and e-mail addresses ...", "Automatic technical data: IP, location, pages viewed"): the data
    listed, as a policy lists what it collects."""
    separator = next((t for t in sentence[:8] if t.text in LABEL_SEPARATORS), None)
    if separator is None or any(_makes_a_clause(t) for t in sentence):
        return []  # not "Cookies: we use them to ...": a clause of its own
    if not any(m.end <= separator.i for m in mentions):
        return []  # "Cookies - ..." names no kind of data before the separator
    return list(dict.fromkeys(m.iri for m in mentions if m.start > separator.i and not m.weak))


def _makes_a_clause(word: Token) -> bool:
    """A negation, a modal, or a pronoun subject outside a relative or adverbial clause: the line says something."""
    pronoun_subject = word.dep_ in ("nsubj", "nsubjpass") and word.pos_ == "PRON" \
        and word.head.dep_ not in ("relcl", "acl", "advcl")
    return word.dep_ == "neg" or word.tag_ == "MD" or pronoun_subject


ITEM_MARK = re.compile(r"[a-z]|[ivx]+")  # "(c)", "iii." before an item's title


def _in_title_case(sentence: Span) -> bool:
    return all(t.text[0].isupper() for t in sentence
               if t.is_alpha and not t.is_stop and not ITEM_MARK.fullmatch(t.text))


def _lists_collected_data(sentence: Span, mentions: list[Mention], context: SentenceContext) -> bool:
    """A short line under a collection heading that names data in running case ("Your industry and job
    title."): an item of what is collected, not a title ("Contact Information.")."""
    return _about_collection(context.section) and not _in_title_case(sentence) and any(not m.weak for m in mentions)


def _about_collection(section: str) -> bool:
    """The heading speaks of data collected, not of data that is not ("Information We Do Not Collect")."""
    return COLLECT_SECTION.search(section) is not None and not NEGATIVE_WORDS.search(section)


WH_WORDS = {"how", "what", "why", "which", "who", "whom", "whose", "where"}


def _is_indirect_question(sentence: Span) -> bool:
    """A title or contents line worded as a question without its question mark ("How we use your
    information", "What personal information Acme collects."): it names a topic, it states nothing.
    A wh-word that opens a subordinate clause ("Where required by law, we ...") does not count."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    if not words or words[0].lower_ not in WH_WORDS or sentence.text.rstrip().endswith(":"):
        return False
    token = first_conjunct(words[0])
    while token.dep_ in ("det", "amod", "compound", "poss") and token.head.i != token.i:
        token = token.head
    return token.head.i == sentence.root.i and token.dep_ in ("advmod", "dobj", "nsubj", "nsubjpass", "attr")


def _drop_empty_verbs(readings: list[tuple[Trigger, list[str]]], sentence: Span,
                      data_tokens: set[int]) -> list[tuple[Trigger, list[str]]]:
    """A verb whose actions all need data, or that moves the user, but whose own clause names no data ("if
    required by law") states nothing itself, and must not take its clause away from the verb it depends on. A
    vendor giving one of its offerings shares no data."""
    active = {t.verb.i for t, actions in readings if actions}
    kept = []
    for trigger, actions in readings:
        needs_data = set(actions) <= NEEDS_DATA and trigger.verb.dep_ not in ("ROOT", "parataxis")  # own clauses
        if actions and (needs_data or "share" in actions and _moves_the_user(trigger.verb)):
            if not (scope(conjunct_group(trigger.verb), active, sentence) | _put_into(trigger.verb)) & data_tokens:
                actions = []
        if trigger.actor == VENDOR and _gives_no_data(trigger.verb, data_tokens):
            actions = [a for a in actions if a not in ("share", "sell")]
        kept.append((trigger, actions))
    return kept


# what a vendor gives that is no data: "links to other sites", "services", "health care", "advertising"
VENDOR_OFFERINGS = {"link", "service", "product", "experience", "tool", "care", "advertising", "merchandise",
                    "feature", "program", "programme", "opportunity", "choice", "option"}


def _gives_no_data(verb: Token, data_tokens: set[int]) -> bool:
    """"We provide links to other sites", "we may provide services to partners", "to provide features such as
    browsing preferences": what is given is one of the vendor's offerings, no data ("we will not sell to third
    parties", "share it" still give data)."""
    theme = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if theme is None or theme.lemma_.lower() not in VENDOR_OFFERINGS:
        return False
    examples = {t.i for c in theme.children if c.dep_ == "prep" and c.lower_ in ("as", "including", "like")
                for t in c.subtree}  # "features such as browsing preferences": what the features are
    return not any(t.i in data_tokens or t.lower_ in USER_POSSESSIVES for t in theme.subtree if t.i not in examples)


# what the vendor gives the user that is no message: its offerings, and the means to use them
OFFERINGS_GIVEN = VENDOR_OFFERINGS | {"facility", "way", "means", "ability", "functionality", "platform", "content"}


def _offers_only(verb: Token) -> bool:
    """What the verb gives the user is one of the vendor's offerings ("provide you with the facility to post",
    "provide users with rich experiences", "provide services to you"), not a message to them."""
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "so that we may provide you with additional services, we ask for ...": why it is asked
    given = [c for c in verb.children if c.dep_ == "dobj" and not is_the_user(c)] or [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return bool(given) and all(singular(g.lemma_.lower()) in OFFERINGS_GIVEN for g in given)


def _moves_the_user(verb: Token) -> bool:
    """"You may be transferred to another website", "we may redirect you to": the user is moved somewhere, no
    data given (not "we provide you with offers")."""
    moved = any(c.dep_ in ("dobj", "nsubjpass") and is_the_user(c) for c in verb.children)
    return moved and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _uses_tools(group: list[Token], lexicon: Lexicon) -> bool:
    """"use web beacons to gather ...", "cookies are used to track ...": what the tracking tools are for is
    a practice of its own."""
    return any(c.dep_ in ("dobj", "nsubjpass") and is_tool(c, lexicon) for verb in group for c in verb.children)


def _drop_purpose_verbs(readings: list[tuple[Trigger, list[str]]], lexicon: Lexicon,
                        data_tokens: set[int]) -> list[tuple[Trigger, list[str]]]:
    """A practice verb inside another's purpose clause is part of that purpose ("we use IP addresses
    ... to collect broad demographic information"), not a practice of its own, unless the other verb
    only employs tracking tools for it. A right exercised to exercise others ("you have a right to access this
    information in order to review, correct, update, or delete it") gives them all."""
    purpose_tokens: set[int] = set()
    tool_purpose_tokens: set[int] = set()  # what tracking tools are used for: gathering stays collecting
    rights_purpose_tokens: set[int] = set()  # what a user's right is exercised for: rights of their own
    verbs = {trigger.verb.i for trigger, _ in readings}
    for trigger, actions in readings:
        if not actions:
            continue
        group = conjunct_group(trigger.verb)
        clause = purpose_clause_tokens(group, set(), verbs)
        if set(actions) <= USER_RIGHTS:
            rights_purpose_tokens |= clause
        if is_negated(trigger.verb):
            continue  # "we do not use cookies to collect ...": no collecting
        if _uses_tools(group, lexicon):
            tool_purpose_tokens |= clause
        else:
            purpose_tokens |= clause
    kept = []
    for trigger, actions in readings:
        if actions and set(actions) <= USER_RIGHTS and trigger.verb.i in rights_purpose_tokens:
            kept.append((trigger, actions))
            continue
        if trigger.verb.i in purpose_tokens | tool_purpose_tokens:
            # "use cookies to store your preferences": storing is a practice, and implies collecting;
            # "to save you time" stores nothing
            stores_data = any(c.dep_ == "dobj" and {t.i for t in c.subtree} & data_tokens
                              for verb in conjunct_group(trigger.verb) for c in verb.children)
            stored = ["store", "collect"] if "store" in actions and stores_data else []
            gathered = [a for a in actions if a == "collect" or trigger.actor == THIRD_PARTY] \
                if trigger.verb.i in tool_purpose_tokens else []  # a third party's gathering is its receiving
            actions = list(dict.fromkeys(stored + gathered))
        kept.append((trigger, actions))
    return kept


def _table_row_practices(doc: PolicyDocument, row: Block, parsed: Doc, context: SentenceContext) -> list[Practice]:
    """The practices a row of a table of data states, with the whole row as their evidence."""
    about_cookies = "cookie" in f"{row.section} {' '.join(row.header)}".lower()
    statements = table_row_statements(parsed, row.header, context.lexicon, context.vendor_words, about_cookies)
    return _practices_of(doc, SentenceRef(row.start, row.end, row.text, row.section), statements)


def _practices_of(doc: PolicyDocument, ref: SentenceRef, statements: list[Statement],
                  subject: URIRef | None = None) -> list[Practice]:
    """The practice records of the statements of one piece of evidence."""
    return [Practice(policy=doc.policy_id, vendor=doc.vendor, sentence=ref, data_subject=subject, **record)
            for statement in statements for record in records_of(statement)]


def extract_practices(doc: PolicyDocument) -> list[Practice]:
    """Every practice the policy states, in text order, with its sentence as evidence."""
    nlp = load_nlp()
    context = SentenceContext(vendor_words(doc), load_lexicon(), DocumentMemory())
    practices: list[Practice] = []
    blocks = [b for b in doc.blocks  # a heading may lead in a list ("We use cookies to:") or date the policy
              if b.kind not in ("heading", "table_header") or b.text.rstrip().endswith(":")
              or dates_the_policy(b.text)]
    names = vendor_names(doc)
    texts = (american_spellings(sentence_case(unhedged(join_standard_names(mask_vendor_names(b.text, names)))))
             for b in blocks)
    for block, parsed in zip(blocks, nlp.pipe(texts)):
        parsed.user_data["original"] = block.text
        context.enter(block, parsed)
        if block.kind == "table_row":
            practices += _table_row_practices(doc, block, parsed, context)
            continue
        for sentence in parsed.sents:
            if not sentence.text.strip():
                continue
            statements = read_sentence(sentence, context)
            ref = SentenceRef(block.start + sentence.start_char, block.start + sentence.end_char,
                              block.text[sentence.start_char:sentence.end_char], block.section)
            practices += _practices_of(doc, ref, statements, DPV.Child if about_children(sentence) else None)
            if sentence.text.rstrip().endswith(":") and not parsed[sentence.end:].text.strip():  # not run in
                lead = lead_in(sentence, statements, _vendor_speaks(sentence, context), is_negated(sentence.root))
                context.lead, context.lead_depth = lead, block.depth
                context.lead_nested = context.lead_items_read = False
    return list(dict.fromkeys(practices))
