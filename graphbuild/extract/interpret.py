"""Interpretation: which actions a practice verb states, given who acts and the clause it sits in.

A verb such as "provide", "change" or "delete" states different practices by actor and context:
"you provide" is the vendor collecting, "we provide you with" is no sharing, "you can change your
browser" is an opt-out, "cookies are deleted" is retention. Verbs in hypothetical, descriptive or
instructing clauses state nothing.
"""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Span, Token

from graphbuild.extract.actors import (ABILITY_NOUNS, CHILD_WORDS, INSTRUMENT_WORDS, OTHER, RELATIVE_PRONOUNS,
                                       THIRD_PARTY, USER, USER_WORDS, VENDOR, VENDOR_PRONOUNS, causative_of, causer_of,
                                       given_to_vendor, is_tool, offered_to_the_reader, others_beside_vendor,
                                       vendor_after)
from graphbuild.extract.clauses import (SAFE_WORDS, agent_of, clause_retention_period, conjunct_group,
                                        first_conjunct, governing_verb, is_imperative, is_infinitive,
                                        is_participle_clause, is_passive, kept_state, modality, pleads, subject_of)
from graphbuild.extract.lexicon import (DEVICE_WORDS, DOCUMENT_NOUNS, PEOPLE, PERSON_WORDS, SENDING_VERBS,
                                        SERVICE_ROLES, Lexicon, singular)
from graphbuild.extract.lists import CIRCUMSTANCE_WORDS
from graphbuild.extract.locations import locations_in
from graphbuild.extract.negation import REQUEST_VERBS, RESTRICTING_VERBS, is_negated, is_stated_policy
from graphbuild.extract.statements import (LASTING_VERBS, TOPIC_PREPOSITIONS, WISHING_VERBS, is_policy_change,
                                           is_security_measure, is_the_user, own_subject)
from graphbuild.extract.triggers import SEEING_VERBS, Trigger, user_actions, verb_key
from graphbuild.vocabulary import TRACKING_ELEMENTS

COOKIE_CONTEXT = {"cookie", "cookies", "browser", "browsers", "setting", "settings"}
ACCOUNT_WORDS = {"account", "profile"}
BROWSER_WORDS = {"browser", "browsers"}
CHOICE_OBJECTS = COOKIE_CONTEXT | {"preference", "preferences"}  # "change your preferences": a choice made
RECIPIENT_IS_USER = {"you", "user", "customer", "visitor", "subscriber", "member", "parent"}  # singular
PUBLISHING_VERBS = {"post", "publish", "display", "appear"}
GIVING_VERBS = {"give", "send", "provide", "supply", "post", "display", "report", "pass", "deliver", "transmit",
                "forward"}
SOFT_OPT_OUT_VERBS = {"choose", "select", "set", "adjust", "modify", "change", "stop", "turn off"}
META_VERBS = {"explain", "describe", "tell", "inform", "understand", "learn", "outline", "detail", "show", "set"}
COMMITMENT_WORDS = {"commit", "committed", "commitment", "dedicate", "dedicated", "strive", "endeavor", "endeavour"}
SOMEONE_ELSE = {"someone", "somebody", "others"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether"}  # "when you send us email, we keep it" is no hypothesis
CONSENT_WORDS = {"consent", "permission", "authorization", "authorisation", "approval", "agreement"}
TRACKING_VERBS = {"place", "set", "deploy", "install", "serve", "distribute"}
CONTAINING_VERBS = {"contain", "embed", "incorporate"}  # "our emails contain web beacons"
THIRD_PARTY_VERBS = {"collect", "use", "utilize", "utilise", "employ", "gather", "obtain", "receive", "access", "track",
                     "record", "log", "monitor", "capture", "acquire", "process", "store", "share",
                     "view", "read", "see", "host", "handle", "recognize", "recognise", "retrieve", "compile"}
VISITING_LEMMAS = {"visit", "browse", "navigate"}


def _object_is_data(verb: Token, data_tokens: set[int]) -> bool:
    """The verb's object names data ("turn off location services")."""
    return any(c.dep_ == "dobj" and {t.i for t in c.subtree} & data_tokens for c in verb.children)


def _soft_choice_about_data(verb: Token, key: str, choice_talk: bool, data_tokens: set[int]) -> bool:
    """A soft verb of choosing ("choose", "set", "turn off") is an opt-out in talk of cookies or choices, where it
    stops what gathers data ("turn off location services") or where it chooses whether; not about a site or a
    device ("turn off your computer")."""
    stops_data = key in STOPPING_KEYS and _object_is_data(verb, data_tokens)
    return (choice_talk or stops_data or _chooses_whether(verb)) and not _chooses_no_setting(verb)


def _chooses_whether(verb: Token) -> bool:
    """"(you can) choose whether to receive text reminders": a yes-or-no choice the user makes (not one that
    "opportunities to choose whether ..." name, which the choice noun says)."""
    return verb.dep_ not in ("acl", "relcl") and any(
        c.dep_ in ("xcomp", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "whether" for m in c.children)
        for c in verb.children)


def _chooses_no_setting(verb: Token) -> bool:
    """"(the website) you have chosen to visit", "(after you have) turned off your computer": a site chosen or a
    device switched off, no choice about data."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in VISITING_LEMMAS
               or c.dep_ == "dobj" and c.lemma_.lower() in DEVICE_WORDS for c in verb.children)


def _places_a_tool(verb: Token, lexicon: Lexicon) -> bool:
    """The verb's object is a tracking tool: "(tracking technologies) may be deployed by our partners", "they may
    set and access cookies" (which the small model may read as a verb joined to a noun), "cookies placed by
    advertisers"."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and is_tool(verb.head, lexicon):
        return True
    return any((c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "conj" and c.pos_ == "NOUN") and is_tool(c, lexicon)
               for v in conjunct_group(verb) for c in v.children)


def is_tracking(iri: URIRef) -> bool:
    return iri in TRACKING_ELEMENTS


MANNER_NOUNS = {"way", "manner", "extent", "method"}
LISTING_NOUNS = {"list", "lists", "names", "identity", "identities"}


def _told_in_the_policy(verb: Token) -> bool:
    """"described / disclosed / set out in this policy": the document speaks, no data moves."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "within") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_NOUNS for g in c.children) for c in verb.children)


def _tool_at_work(clause: Token, data_tokens: set[int], lexicon: Lexicon) -> bool:
    """A relative clause in which a tracking tool takes data ("technologies that collect your IP address",
    "cookies which record your visits"): whoever uses the tool takes it."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    takes_data = any(c.dep_ == "dobj" and {t.i for t in c.subtree} & data_tokens for c in clause.children)
    return (clause.dep_ == "relcl" and subject is not None and subject.lower_ in RELATIVE_PRONOUNS
            and takes_data and is_tool(clause.head, lexicon))


def _listed_means(gerund: Token) -> bool:
    """A bare gerund after an earlier "by ...ing" of its verb: the parser broke a list of means ("protect it by
    using a strong password, changing your password often")."""
    by_means = any(c.dep_ == "prep" and c.lower_ == "by" and c.i < gerund.i
                   and any(g.dep_ == "pcomp" for g in c.children) for c in gerund.head.children)
    bare = not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in gerund.children)
    return gerund.dep_ == "advcl" and gerund.tag_ == "VBG" and bare and by_means


CHANNEL_NOUNS = {"message", "email", "e-mail", "mail", "letter", "note", "request", "inquiry", "enquiry", "line"}
MAIN_CLAUSE_DEPS = {"ROOT", "conj", "xcomp"}


def _offers_a_channel(verb: Token) -> bool:
    """"You may send an e-mail to privacy@example.com", "feel free to send us a message": the way to reach the
    vendor, which takes no data; not "when you send us email" nor "you may send us your resume"."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.is_alpha and len(c) > 1]  # "e - mail": "mail"
    return (verb.lemma_.lower() in SENDING_VERBS and verb.dep_ in MAIN_CLAUSE_DEPS
            and all(o.lemma_.lower() in CHANNEL_NOUNS for o in objects)
            and not any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_WORDS | {"if"} for c in verb.children))


def _tool_used_by_someone(participle: Token, lexicon: Lexicon) -> bool:
    """"Cookies used by Acme and our partners", "web beacons placed by us": whoever the agent names uses the tool,
    though the clause only describes it."""
    return (participle.dep_ == "acl" and participle.tag_ == "VBN" and is_tool(participle.head, lexicon)
            and any(c.dep_ == "agent" for c in participle.children))


def _refused_receipt(verb: Token) -> bool:
    """"opt out of receiving third party communications", "stop receiving e-mails": what the reader would receive."""
    if verb.lemma_.lower() != "receive" or verb.dep_ not in ("pcomp", "xcomp"):
        return False
    governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
    words = {governor.lower_, governor.lemma_.lower()} | {c.lower_ for c in governor.children if c.dep_ == "compound"}
    return bool(words & REFUSING_WORDS)  # "opt-out" may be parsed as "out" with "opt" as its compound


def _says_why(verb: Token) -> bool:
    """The describing clause has a purpose of its own: "an identifier collected by the site to verify a
    return visitor's identity" states what the site does and why."""
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("advcl", "xcomp") and is_infinitive(c)
        for c in verb.children) and any(c.dep_ == "agent" for c in verb.children)


def _is_descriptive(trigger: Trigger, data_tokens: set[int], lexicon: Lexicon) -> bool:
    """A verb that only describes data or the policy: "the information you provide", "the pages you
    view", "how we collect"; not what a tool in use does ("we use technologies that collect your IP address")."""
    verb = trigger.verb
    if offered_to_the_reader(verb) or requested_by_user(verb):
        return False  # "we provide a way to correct it": a means offered, not a manner described
    top = verb
    while top.dep_ in ("xcomp", "conj") and top.head.i != top.i:
        top = top.head
    if top.dep_ in ("relcl", "acl") and top.head.lemma_.lower() in MANNER_NOUNS:
        return True  # "the way we use and disclose your information" says how, it states nothing
    if top.dep_ != "ROOT" and any(c.lower_ == "how" and c.dep_ in ("advmod", "mark") and c.i < verb.i
                                  for v in conjunct_group(verb) for c in v.children):
        return True  # "(it outlines the information we collect) and how we use and disclose it": spoken about
    clause = verb
    own_object = any(c.dep_ == "dobj" for c in verb.children)
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        if clause.dep_ == "conj" and own_object:
            break  # "... information we receive and share such information with ...": a main verb misattached
        clause = clause.head
    if clause.dep_ in ("relcl", "acl", "amod") and causer_of(verb) is None and not is_stated_policy(clause) \
            and clause.head.lower_ not in CIRCUMSTANCE_WORDS:  # "the instances in which we will share ..."
        head = clause.head
        described = {head.i} | {g.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children}
        relates = trigger.actor == VENDOR and _relates_its_own_object(verb, data_tokens)
        if _tool_at_work(clause, data_tokens, lexicon) or _tool_used_by_someone(clause, lexicon):
            return False
        # "(billing records,) which we keep for seven years" states how long, it does not only describe
        kept_for = "retain" in trigger.actions and clause_retention_period(verb) is not None
        if ("collect" in trigger.actions or described & data_tokens or head.dep_ == "attr") and not _says_why(verb) \
                and not _names_a_source(verb) and not relates and not kept_for:
            return True  # "information we collect", "an amount of information that sites store", definitions
    means = verb
    while (means.dep_ == "conj" or is_participle_clause(means)) and means.head.i != means.i:
        means = means.head  # "by responding to an offer, opening an account, or filling out a form"
    if means.dep_ == "pcomp" and means.head.lower_ == "by" or _listed_means(verb):
        return True  # the means of another practice: "update ... by editing their profile"
    if _explained(verb):
        return True  # "how we collect, use and safeguard ..." explains, it does not state
    if "protect" in trigger.actions or kept_state(verb) in SAFE_WORDS:
        return False  # "committed to keeping your personal information confidential": a measure promised
    return verb.head.lemma_ in COMMITMENT_WORDS or any(a.lemma_ in COMMITMENT_WORDS for a in verb.ancestors)


WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
CHOOSING_VERBS = {"choose", "decide", "select", "control", "limit", "restrict", "determine", "specify", "manage",
                  "set", "pick", "indicate"}  # "you can choose what we share": the sharing is the user's to set
# "information as to how", "details on how", "control over how", "aware of what"
TOPIC_WORDS = TOPIC_PREPOSITIONS | {"on", "to", "as", "over", "for", "of"}


def _opens_wh_clause(clause: Token) -> bool:
    """The clause begins with a wh-word of its own ("what information we gather", "to whom we disclose it"), which
    the parser may hang on a later conjunct ("how we collect and use it")."""
    verbs = conjunct_group(clause)
    return any(t.tag_ in WH_TAGS and t.i < clause.i and governing_verb(t) in verbs for t in clause.subtree)


def _explained(verb: Token) -> bool:
    """The verb is in an indirect question that is known, told or asked about rather than chosen, or that names a topic:
    "this policy discloses what information we gather, how we use it, to whom we disclose it", "information as
    to how we have shared your data"; not "you can choose what we share", "when we collect it", "the parties with
    whom we share it"."""
    clause = verb
    while not _opens_wh_clause(clause) and clause.dep_ in ("conj", "xcomp", "ccomp"):
        clause = clause.head
    while clause.dep_ in ("conj", "ccomp", "advcl") and _opens_wh_clause(clause) and _opens_wh_clause(clause.head):
        clause = clause.head  # "what we gather, how we use it, to whom we disclose it"
    if not _opens_wh_clause(clause):
        return False
    governor = clause.head
    if clause.dep_ == "conj" and _earlier_question(clause):
        return True  # "aware of what we collect, how we use it and to whom we disclose it", misparsed as main clauses
    if clause.dep_ == "advcl":  # "the policy describes ..., how we use your information, when we disclose it"
        asked = any(t.tag_ in WH_TAGS and t.lower_ not in TIME_WORDS and t.i < clause.i for t in clause.subtree)
        # not "we describe it when we collect it"; "(so that you are aware of what we collect,) how we use it":
        # a question the parser hung on the main verb after a comma
        after_comma = clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","
        return asked and (governor.lemma_.lower() in DESCRIBING_VERBS or after_comma)
    if clause.dep_ == "pcomp":  # not "regardless of where you provide it": the practice holds in every case
        return governor.lower_ in TOPIC_WORDS and governor.head.lower_ not in ("regardless", "irrespective")
    if clause.dep_ != "ccomp":
        return False
    if governor.lemma_ == "be":
        return False  # "that is why we never request ...": the reason given, the practice stated
    # "you care how it is used", "we explain what we collect", "we cannot control how they use it"
    return governor.lemma_.lower() not in CHOOSING_VERBS or is_negated(governor)


def _earlier_question(clause: Token) -> bool:
    """An indirect question told or named before the clause in its sentence goes on in it: the parser joined the
    list of questions to the main verb."""
    return any(t.i < clause.i and t.dep_ in ("pcomp", "ccomp") and t.pos_ == "VERB" and _opens_wh_clause(t)
               and _explained(t) for t in clause.sent)


SCOPE_VERBS = {"apply", "cover", "govern"}
DESCRIBING_VERBS = {"describe", "explain", "outline", "detail", "summarize", "summarise"}  # not "tell you when"
TIME_WORDS = {"when", "whenever", "where", "wherever", "while"}


def _within_the_policys_scope(verb: Token) -> bool:
    """"This policy applies only to information collected through our website and not to information
    collected offline": what the policy covers, no practice (a clause of its own joined by "and" may be)."""
    token = verb
    while token.head.i != token.i:
        if token.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return False
        token = token.head
    return token.lemma_.lower() in SCOPE_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in token.children)


SUPPLYING_VERBS = {"provide", "supply", "submit"}


def _supplied_by_the_user(trigger: Trigger) -> bool:
    """An agentless passive of a verb only users give data with ("must be supplied", "is submitted"), said
    to nobody in particular: the user gives it to the vendor (not "is provided to our partners")."""
    verb, key = trigger.verb, verb_key(trigger.verb)
    return (trigger.actor == VENDOR and is_passive(verb) and agent_of(verb) is None and not _receivers(verb)
            and key in SUPPLYING_VERBS and any(c.dep_ == "nsubjpass" for c in verb.children))


TIME_MARKS = {"after", "within"}


def _deleted_in_time(verb: Token) -> bool:
    """The vendor deletes data after something has happened or within a time: how long it is kept."""
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in TIME_MARKS for g in c.children)
               or c.dep_ == "prep" and c.lower_ in TIME_MARKS for c in verb.children)


def _given(verb: Token) -> list[Token]:
    """What a giving verb gives: its object, or what it provides someone "with"."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]


def _in_a_country(verb: Token) -> bool:
    """The verb's own words name a country ("stored by our host in Germany")."""
    return bool(locations_in(verb.sent, {t.i for t in verb.subtree}))


def _made_with_data(verb: Token, data_tokens: set[int]) -> bool:
    """What the user makes is data, or is made "with" data ("create a password", "an account with your name")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    words = {t.i for o in objects for c in o.children if c.dep_ not in ("relcl", "acl") for t in c.subtree}
    words |= {o.i for o in objects} | {t.i for h in [verb, *objects] for c in h.children
                                       if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree}
    return bool(words & data_tokens)


def _states_no_giving(verb: Token) -> bool:
    """The user's not giving data is stated of the service, not supposed by a condition or a choice: "you cannot
    enter your name", "children never provide their email address"; not "if you do not provide it"."""
    clause = first_conjunct(verb)
    return clause.dep_ == "ROOT" and modality(verb) not in ("should", "must") and not _in_condition(verb) and not any(
        c.dep_ == "advcl" and _has_if(c) for v in (verb, clause) for c in v.children)  # not advice ("should not")


def _provides_storage(verb: Token) -> bool:
    """What the third party provides or runs is the vendor's storage ("our servers are operated by ...")."""
    return any(c.dep_ == "nsubjpass" and c.lower_ in STORAGE_NOUNS for c in verb.children)


USING_LEMMAS = {"use", "embed", "integrate", "employ", "include"}


def _vendors_tool(verb: Token) -> bool:
    """The verb's subject is "which", standing for a third party's tool that the vendor uses ("our site uses
    Google Fonts, which transmits ...")."""
    tool = verb.head
    if verb.dep_ != "relcl" or tool.dep_ != "dobj" or tool.head.lemma_.lower() not in USING_LEMMAS or not any(
            c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return False
    user = next((c for c in tool.head.children if c.dep_ == "nsubj"), None)
    return user is not None and (user.lower_ in VENDOR_PRONOUNS or singular(user.lower_) in INSTRUMENT_WORDS and any(
        c.dep_ == "poss" and c.lower_ == "our" for c in user.children))  # "we", "our website"


def _someone_else(subject: Token) -> bool:
    """Someone other than the user or the vendor: "others may send us ...", "if someone refers you, they give us
    ..."; "they" only for someone named before it or for third parties just spoken of (not children)."""
    if subject.lower_ != "they":
        return subject.lower_ in SOMEONE_ELSE
    before = subject.doc[subject.sent.start: subject.i]
    return subject._.points_to_third_party or any(t.lower_ in SOMEONE_ELSE for t in before)


def _gives_data(verb: Token, data_tokens: set[int]) -> bool:
    """What the verb gives is data ("give us information about you"; not "provide us with services")."""
    return any(o.i in data_tokens or o.left_edge.i in data_tokens for o in _given(verb))


COPY_WORDS = {"copy", "copies", "summary", "summaries", "report", "printout", "export"}


def _gives_a_copy(verb: Token) -> bool:
    """What is given is a copy or summary ("provide you with a copy of your information"), or information about
    the user's data ("information about whether we hold any of your personal data")."""
    return any(o.lower_ in COPY_WORDS or o.lemma_.lower() in ("information", "details") and _about_users_data(o)
               for o in _given(verb))


def _about_users_data(noun: Token) -> bool:
    """The noun is about "your data" or "your information" ("information about whether we hold your data")."""
    topics = [t for c in noun.children if c.dep_ == "prep" and c.lower_ in ("about", "on", "regarding")
              for t in c.subtree]
    return any(t.lower_ in ("data", "information") and any(g.lower_ == "your" for g in t.children) for t in topics)


RELATING_WORDS = {"related", "relating", "pertaining", "regard", "respect", "reference"}


def _ends_what_lasts(verb: Token) -> bool:
    """The verb says when something stops lasting ("(cookies expire) when you close your browser"); not "(they
    remain) until you delete them", which leaves the deleting to the user."""
    return verb.dep_ == "advcl" and verb.head.lemma_.lower() in LASTING_VERBS and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once", "after", "whenever") for c in verb.children)


GUARANTEEING_LEMMAS = {"guarantee", "assure", "ensure", "warrant", "promise", "represent", "certify"}


def _not_guaranteed(verb: Token) -> bool:
    """What the vendor cannot guarantee will not happen ("we cannot assure you that your information will never be
    disclosed", "we cannot guarantee that third parties will never be able to defeat those measures or use your
    information"): a risk disclaimed, neither a practice nor a promise."""
    clause = verb
    while clause.dep_ in ("conj", "xcomp", "acomp") and clause.head.i != clause.i:
        clause = clause.head  # "(will never be) able to defeat ... or use": the clause the verb belongs to
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in GUARANTEEING_LEMMAS and is_negated(clause.head)


def _spoken_about(verb: Token) -> bool:
    """"(signals) regarding tracking mechanisms", "information as to the purpose for collecting it": a subject
    spoken about, not a practice stated."""
    if verb.dep_ != "pcomp":
        return False
    if verb.head.lower_ in TOPIC_PREPOSITIONS or verb.head.lower_ == "to" and verb.head.head.lower_ in RELATING_WORDS:
        return True  # "practices related to disclosing personal information"
    noun = verb.head.head  # "the purpose for collecting": the noun the gerund qualifies
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    topic = noun.head
    as_to = topic.lower_ == "to" and topic.head.lower_ == "as"
    return noun.dep_ == "pobj" and (topic.lower_ in TOPIC_PREPOSITIONS or as_to)


def _describes_listed(verb: Token) -> bool:
    """"(request) a list of the third parties to whom we have disclosed ...": the clause says what a list
    holds, a document's content, whoever acts in it."""
    noun = verb.head
    return (verb.dep_ in ("relcl", "acl") and noun.dep_ == "pobj" and noun.head.lower_ == "of"
            and noun.head.head.lower_ in LISTING_NOUNS)


SOURCE_WORDS = {"companies", "company", "sources", "source", "parties", "party", "partners", "affiliates",
                "brokers", "suppliers", "providers", "services", "networks"}


def _names_a_source(verb: Token) -> bool:
    """"(other information) that we obtain about you from other companies": where the data comes from is
    news, not a description of data already spoken of."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ == "pobj" and g.lower_ in SOURCE_WORDS for g in c.children) for c in verb.children)


def _relates_its_own_object(verb: Token, data_tokens: set[int]) -> bool:
    """"(services) for which we collect your email address": the clause relates a thing to a practice on data
    of its own, it does not describe the data (the vendor's practice; "(a company) to whom you provide your
    password" is the user's act)."""
    related = any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.tag_ in ("WDT", "WP") for g in c.children)
                  for c in verb.children)
    return related and any(c.dep_ == "dobj" and c.i in data_tokens for c in verb.children)


def _vendor_is_acted_upon(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.lower_ in VENDOR_PRONOUNS


KNOWING_VERBS = {"learn", "discover", "find", "become", "realize", "realise", "determine", "know", "notice"}


def _in_condition(verb: Token) -> bool:
    """The verb sits in an if clause ("if you choose to decline cookies, ..."), or is what an if clause
    supposes ("if we learn we have collected ..."; the parser may hang "if we learn" on "collected")."""
    token = verb
    while True:
        if _has_if(token) or any(_supposes(c, token) for c in token.children) or _opens_event(token):
            return True
        if _manner_clause(token):  # "if we change the way we use it": on to the supposed change
            token = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if token is None:
                return False
            continue
        if token.dep_ not in ("xcomp", "conj", "ccomp", "acomp") and not is_participle_clause(token) \
                and not _result_clause(token) or token.head.i == token.i:
            return False  # "if we become aware that it has been collected": on through the adjective
        token = token.head


def _manner_clause(clause: Token) -> bool:
    """"(if we change) the way we collect or use it": the supposed change is to how it is done."""
    return clause.dep_ in ("relcl", "acl") and clause.head.lemma_.lower() in MANNER_NOUNS


def _result_clause(clause: Token) -> bool:
    """"(if we change how we use it) so that we are sharing it ...": what the supposed act would bring about."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
        c.lower_ == "so" and c.dep_ in ("advmod", "mark") for c in clause.children)


def _opens_event(clause: Token) -> bool:
    """"in the event that we learn ...", parsed as a relative clause of "event"."""
    event = clause.head
    return (clause.dep_ == "relcl" and event.lower_ in EVENT_NOUNS and event.dep_ == "pobj"
            and event.head.lower_ == "in" and _introduces_that_clause(event, clause))


CONDITION_MARKS = {"as", "if", "unless", "when", "where", "except", "whenever"}


def _is_elliptical_condition(verb: Token) -> bool:
    """A passive with no subject of its own after "as" or "if" ("as required by law", "if requested",
    "where permitted"): a condition on another practice, not a practice."""
    return (verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITION_MARKS for c in verb.children))


def _supposes(clause: Token, verb: Token) -> bool:
    """"if we learn" hung on the verb it should govern: an if clause of knowing, before the verb, with
    no complement of its own."""
    return (clause.dep_ == "advcl" and clause.i < verb.i and clause.lemma_.lower() in KNOWING_VERBS
            and _has_if(clause) and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in clause.children))


def _wished(verb: Token) -> bool:
    """"If you would like to update your information, contact us": the user's option, offered."""
    return any(a.lemma_.lower() in WISHING_VERBS and (_has_if(a) or a.dep_ == "conj" and _has_if(a.head))
               for a in [verb, *verb.ancestors])  # "if you are a member and would like to cancel ..."


EVENT_NOUNS = {"event", "case"}


def _has_if(clause: Token) -> bool:
    """The clause opens with "if", "unless", "whether", or "in the event that"."""
    return any((c.dep_ in ("mark", "advmod") and c.lower_ in HYPOTHETICAL_MARKS)
               or (c.dep_ == "prep" and c.lower_ == "in" and c.i < clause.i and not _main_clause_after_comma(clause)
                   and any(g.dep_ == "pobj" and g.lower_ in EVENT_NOUNS and _introduces_that_clause(g, clause)
                           for g in c.children))
               for c in clause.children)


def _main_clause_after_comma(clause: Token) -> bool:
    """"In the event that the ownership of X changes ..., your information may be transferred": the parser gave
    the verb the event's subject too; its own subject comes after the comma that ends the event."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    doc = clause.doc
    return len(subjects) > 1 and doc[subjects[-1].left_edge.i - 1].text == ","


def _introduces_that_clause(event: Token, clause: Token) -> bool:
    """"in the event that we collect ...": "that" right after the event noun opens the clause; not "in the
    event of", nor "be aware that in such event we ..."."""
    following = event.doc[event.i + 1] if event.i + 1 < len(event.doc) else None
    return following is not None and following.lower_ == "that" and following.head == clause


def _to_the_user(verb: Token) -> bool:
    """The user receives what the verb gives ("send you details", "provide to the visitor")."""
    return any(singular(r) in RECIPIENT_IS_USER for r in _receivers(verb))


SUBORDINATE_DEPS = {"advcl", "pcomp", "xcomp", "ccomp"}


def _receivers(verb: Token) -> set[str]:
    found = {c.lower_ for c in verb.children if c.dep_ in ("dative", "iobj")
             or (c.dep_ == "dobj" and singular(c.lower_) in RECIPIENT_IS_USER)}
    clauses = [t for t in verb.subtree if t.i != verb.i and (t.pos_ == "VERB" and t.dep_ in SUBORDINATE_DEPS
               or t.dep_ in ("relcl", "acl") and t.head.dep_ == "pobj" and t.head.head.lower_ in ("to", "with"))]
    subordinate = {t.i for clause in clauses for t in clause.subtree}
    for token in verb.subtree:  # not in a clause of its own: "(supply it to marketers) for communicating with you",
        # "(provide it to third parties) who offer things of interest to you"
        if token.dep_ == "prep" and token.lower_ in ("to", "with") and token.i not in subordinate:
            found |= {_receiver_words(g) for g in token.children if g.dep_ == "pobj"}
    return found


def _receiver_words(noun: Token) -> str:
    """"users", or "other users" (somebody else than the user)."""
    return f"other {noun.lower_}" if any(c.lower_ == "other" for c in noun.children) else noun.lower_


def _vendor_knows(verb: Token) -> bool:
    """The vendor is who comes to know ("we need to know your address", "let us know which emails were opened")."""
    knower = subject_of(verb)
    if knower is None and verb.dep_ == "xcomp":
        knower = subject_of(verb.head)
    if knower is None:
        knower = next((c for c in verb.head.children if c.lower_ == "us"), None)
    return knower is not None and knower.lower_ in VENDOR_PRONOUNS


STORAGE_NOUNS = {"server", "servers", "center", "centers", "centre", "centres", "database", "databases",
                 "datacenter", "datacenters", "infrastructure", "facility", "facilities", "system", "systems"}


def _put_in_storage(verb: Token) -> bool:
    """"placed in a database", "put into our systems": the data is stored there."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "into", "on") and any(
        g.dep_ == "pobj" and g.lower_ in STORAGE_NOUNS for g in c.children) for c in verb.children)


STOPPING_VERBS = {"stop", "cease", "discontinue"}
STOPPING_KEYS = STOPPING_VERBS | {"turn off", "switch off"}  # what stops gathering data is a choice in any talk
REFUSING_WORDS = STOPPING_VERBS | {"opt", "opt-out", "optout", "unsubscribe", "decline", "refuse"}
USER_RIGHTS = frozenset({"access", "edit", "delete"})  # the user's say over their own data
USER_CONTROLS = USER_RIGHTS | {"opt-out"}


READER_OR_OTHERS = {"you", "others", "anyone", "someone", "nobody"}
NOTING_VERBS = {"note", "be", "understand", "remember", "know", "recognize", "recognise", "realize", "realise",
                "keep", "bear", "consider"}


def _goes_on_from_above(word: Token) -> bool:
    """A clause, or a participle or preposition, that continues the clause above it."""
    return word.dep_ in ("ccomp", "xcomp", "advcl", "conj", "acomp") or word.dep_ in ("pcomp", "prep") and (
        word.tag_ == "VBG" or word.pos_ == "ADP")


def _under_instruction(verb: Token) -> bool:
    """The verb is part of what the reader is told to do or see to ("Make sure others are not watching you enter
    your password", "To opt out, click here", "please send a letter to the address below requesting to see your
    information"): the reader acts, the vendor does nothing."""
    clause = verb
    while _goes_on_from_above(clause) and clause.head.i != clause.i:
        subject = own_subject(clause)
        if subject is not None and subject.lower_ not in READER_OR_OTHERS or _has_if(clause):
            return False  # "Please note that we may share ...": what the vendor does; "if you wish to ...": a case
        clause = clause.head
    return (clause.i != verb.i and clause.dep_ == "ROOT" and is_imperative(clause)
            and clause.lemma_.lower() not in NOTING_VERBS)  # "please note that you are sending us ...": a fact


def _instructed_rights(trigger: Trigger, lexicon: Lexicon, data_tokens: set[int]) -> list[str]:
    """The reader told to act states no practice of the vendor, but where told how to see, correct or
    delete their data or to opt out ("Update your account at any time by ...") it is the reader's right;
    not "Do not share your password". Deleting one's own data is no opt-out ("To delete your account, ...")."""
    if is_negated(trigger.verb):
        return []
    rights = [a for a in user_actions(verb_key(trigger.verb), lexicon) if a in USER_CONTROLS]
    if len(rights) > 1 and _names_own_data(trigger.verb, data_tokens):
        rights = [a for a in rights if a in USER_RIGHTS]
    return rights


def interpret(trigger: Trigger, sentence: Span, lexicon: Lexicon, cued: list[str], data_tokens: set[int],
              vendor_lead: bool = False) -> list[str]:
    """Choose among the actions a verb may state, by its actor, its clause and the sentence. In a list item
    after the vendor's lead-in (`vendor_lead`), a bare verb goes on from the vendor, not to the reader."""
    key = verb_key(trigger.verb)
    actions = list(trigger.actions)
    cookie_context = any(t.lower_ in COOKIE_CONTEXT and not any(c.lower_ in ACCOUNT_WORDS for c in t.children)
                         for t in sentence)  # browser or cookie settings, not "your account settings"
    if any(is_optional(c) for c in trigger.verb.children if c.dep_ == "xcomp"):
        return []  # "you are not required to provide ...": the complement is the user's choice
    if declines_the_service(trigger.verb):
        return ["opt-out"]  # "if you do not agree with this policy, please do not use the Site"
    if trigger.actor == OTHER:  # but where a named company "sends us your card's last four digits", we get them
        subject = subject_of(trigger.verb)
        named = subject is not None and (subject.pos_ in ("PROPN", "NOUN") and subject.text[:1].isupper() and
                                         singular(subject.lower_) not in PERSON_WORDS | USER_WORDS | CHILD_WORDS
                                         or _someone_else(subject))
        given = named and key in GIVING_VERBS | {"share", "disclose"} and given_to_vendor(trigger.verb)
        return ["collect"] if given and _gives_data(trigger.verb, data_tokens) else []
    if (is_imperative(trigger.verb) or _under_instruction(trigger.verb)) and not (
            vendor_lead and not pleads(trigger.verb.sent.root)):
        return _instructed_rights(trigger, lexicon, data_tokens)
    if _told_in_the_policy(trigger.verb):
        return []  # "uses not previously disclosed in our privacy policy": the policy discloses, not the vendor
    first = conjunct_group(trigger.verb)[0]
    # "choices about not having it used": the causative is the topic spoken about
    spoken_about = any(_spoken_about(v) for v in (first, causative_of(first)) if v is not None)
    if _describes_listed(first) or spoken_about or _within_the_policys_scope(trigger.verb) \
            or _explained(trigger.verb) or _not_guaranteed(first):
        return []  # "we are not responsible for how third parties use it": whoever acts, nothing is stated
    if _is_descriptive(trigger, data_tokens, lexicon) and trigger.actor != THIRD_PARTY:
        return []  # but "cookies set by Google" still says Google gets them
    if is_passive(trigger.verb) and _vendor_is_acted_upon(trigger.verb):
        return []  # "should Acme be acquired": the vendor is what is acquired
    if trigger.actor == USER and _ends_what_lasts(trigger.verb):
        return []  # "(session cookies expire) when you close your browser": how long they last, no choice made
    if supposes_refusal(trigger, lexicon):  # "if you wish to delete the data you provided": the user's right
        rights = [a for a in actions if a in USER_RIGHTS]
        return rights if rights and _names_own_data(trigger.verb, data_tokens) else ["opt-out"]
    if _chosen_when(trigger.verb):
        return []  # "once you choose to provide us with information, ...": the choice is made, none offered
    if trigger.actor == VENDOR and not is_negated(trigger.verb) and requested_by_user(first):
        rights = [a for a in user_actions(key, lexicon) if a in USER_RIGHTS]
        if rights:  # "you can ask us to update it", "if you would prefer that we delete it": the user's right,
            # and how long the data stays ("upon your request, we will delete it within 30 days")
            return rights + (["retain"] if "delete" in rights and _deleted_in_time(trigger.verb) else [])
    if key == "tell" and not given_to_vendor(trigger.verb):
        return []  # "you can tell us your preferences" gives them; "tell websites you do not want to be tracked" not
    if trigger.actor == VENDOR and actions == ["edit"] and (trigger.verb.tag_ == "VBG" or _no_duty(trigger.verb)):
        return []  # "(asking) for purposes of correcting errors", "no duty to update or correct": no right given
    if key == "add" and not _added_to_own_record(trigger.verb):
        return []  # "add photos to your profile" gives them; "add or update your information" edits it
    if key == "read" and is_imperative(trigger.verb) or key in READING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in trigger.verb.children):
        return []  # "read the choices section below", "you should review the privacy policy of ...": a document
    if _barred(trigger.verb):
        return []  # "service providers are prohibited from using it for any other purpose": a restriction laid down
    if is_negated(trigger.verb) and _follows_a_refusal(trigger.verb, lexicon):
        return []  # "if you disable cookies, our sites will not recognize you": a consequence, no promise
    if "opt-out" in actions and key in STOPPING_VERBS and requested_by_user(trigger.verb):
        return ["opt-out"]  # "you can ask us to stop sending you promotional emails", "if you want us to stop"
    if (_in_condition(trigger.verb) and not (trigger.actor == USER and _wished(trigger.verb))) \
            or _is_elliptical_condition(trigger.verb):
        return []  # "if we use your information to ...", "if you visit our site": hypothetical
    if trigger.actor == THIRD_PARTY:
        if _describes_denied_recipient(trigger.verb, lexicon):
            return []  # "we do not share it with companies that would use it to ...": no one of them gets it
        if key in GIVING_VERBS | {"share", "disclose"} and given_to_vendor(trigger.verb) \
                and _gives_data(trigger.verb, data_tokens):
            return ["collect"]  # "the social media site will give us certain information", "Facebook shares it with us"
        if key in GIVING_VERBS and _gives_data(trigger.verb, data_tokens) and _vendors_tool(trigger.verb):
            return ["share"]  # "we use Google Fonts, which transmits your IP address to Google": the vendor's doing
        if "retain" in actions and kept_state(trigger.verb) in SAFE_WORDS:
            return ["retain"]  # "providers are required to keep it confidential": kept safe, the vendor's measure
        if key in ("provide", "operate", "run", "supply") and _provides_storage(trigger.verb):
            # "our cloud infrastructure is provided by Microsoft Azure in the United States": it holds the data there
            return ["share", "store"] if _in_a_country(trigger.verb) else ["share"]
        if not (_places_a_tool(trigger.verb, lexicon) if key in TRACKING_VERBS else key in THIRD_PARTY_VERBS):
            return []  # "deployed by our partners", "they place cookies" place tracking tools; "placing ads" does not
        placed = "store" in actions and _in_a_country(trigger.verb)
        return ["share", "store"] if placed else ["share"]  # "stored by our host in Germany": it is there too
    if _supplied_by_the_user(trigger):
        return ["collect"]  # "a unique email address must be supplied to register"
    if trigger.actor == USER and key == "create" and not _made_with_data(trigger.verb, data_tokens):
        return []  # "when you create an account (we ask for ...)": what is made gives no data itself
    if trigger.actor == USER:
        if set(actions) & USER_RIGHTS and someone_elses_data(trigger.verb):
            if key in SEEING_VERBS and _sees_another_user(trigger.verb):
                return ["share"]  # "drivers see a rider's first name": the service shows one user's data to another
            actions = [a for a in actions if a not in USER_RIGHTS]  # "operators can see the visitor's IP address"
        if "opt-in" in actions and ("opt-in" not in cued and key not in CONSENTING_VERBS
                                    or _agrees_to_a_document(trigger.verb)):
            return []  # "you agree to the terms" is no consent to a practice; "you authorize us to" is
        if "collect" in actions:
            if is_optional(trigger.verb):
                return ["opt-out"]  # "you do not have to provide any personal information": the user may refuse
            if is_negated(trigger.verb):  # "you cannot enter your name in the app": not collected, unless supposed
                return ["collect"] if _states_no_giving(trigger.verb) else []  # ("if you do not provide it, ...")
            return [] if _offers_a_channel(trigger.verb) else ["collect"]
        if "opt-out" in actions and len(actions) > 1:
            refuses = cookie_context and not _names_own_data(trigger.verb, data_tokens)
            return ["opt-out"] if refuses else [a for a in actions if a != "opt-out"]
        if actions == ["opt-out"] and key in SOFT_OPT_OUT_VERBS and not _soft_choice_about_data(
                trigger.verb, key, cookie_context or "opt-out" in cued, data_tokens):
            return []  # "turn off location services" is a choice; "choose a station", "turn off your computer" not
        return actions
    if "policy-change" in actions:
        return ["policy-change"] if is_policy_change(sentence, lexicon) else [a for a in actions if a != "policy-change"]
    if "delete" in actions and is_passive(trigger.verb):
        if modality(trigger.verb) == "can":  # "cookies can be removed by following your browser's directions"
            return ["opt-out"] if cookie_context else ["delete"]
        if requested_by_user(trigger.verb):
            return ["delete"]  # "you may ask that your information be removed"
        return ["retain"]  # "your data will be deleted after 30 days"
    if "delete" in actions and _deleted_in_time(trigger.verb):
        return ["retain"]  # "we delete the information after your request has been fulfilled": kept until then
    for action in ("opt-out", "opt-in"):
        if action in actions and (action not in cued or action == "opt-in" and key in CONSENTING_VERBS):
            actions.remove(action)  # "we do not authorize X to be shared": the vendor lets, nobody consents
    if ("use" in actions and _object_is_security_measure(trigger.verb, lexicon)
            or "collect" in actions and _requires_a_measure(trigger.verb, lexicon)):
        return ["protect"]  # "we use encryption to protect your data", "we require two-factor authentication"
    if "share" in actions and key in GIVING_VERBS and _to_the_user(trigger.verb):
        if _gives_a_copy(trigger.verb):
            return ["access"]  # "we will provide to the visitor a summary of the information we hold"
        if any(o.lower_ in ABILITY_NOUNS | {"access"} for o in _given(trigger.verb)):
            return []  # "giving you the opportunity to opt out", "access to your data": its words say which
        actions[actions.index("share")] = "use"  # "we may send you details of our products"
    if "share" in actions and key in ("disclose", "reveal") and requested_by_user(trigger.verb) \
            and {singular(r) for r in _receivers(trigger.verb)} <= RECIPIENT_IS_USER:
        actions[actions.index("share")] = "access"  # "you may ask us to disclose the personal information we hold"
    if "share" in actions and given_to_vendor(trigger.verb):
        actions[actions.index("share")] = "collect"  # "where that information has been disclosed to us"
        if others_beside_vendor(trigger.verb):
            actions.append("share")  # "provided to us and the sponsors": they get it too
    if "share" in actions and "sell" not in actions and _for_payment(trigger.verb):
        actions.append("sell")  # "we do not exchange your personal information for money": a sale
    if "collect" in actions and any(c.dep_ == "dobj" and c.lemma_.lower() in CONSENT_WORDS for c in trigger.verb.children):
        actions.remove("collect")  # "we require opt-in consent for ...": consent, not data
    if "collect" in actions and any(c.dep_ == "ccomp" and (not _asks_which(c) or is_negated(trigger.verb))
                                    for c in trigger.verb.children) \
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.verb.children):
        actions.remove("collect")  # "we recognize that ...", "we request that you ...": no data taken
    if "collect" in actions and key == "know" and not _vendor_knows(trigger.verb):
        actions.remove("collect")  # "to know your choices", "without knowing the login credentials"
    if "collect" in actions and key in TRACKING_VERBS and _set_to_do(trigger.verb):
        actions.remove("collect")  # "most browsers are set to accept cookies": configured, nothing placed
    if "collect" in actions and key in TRACKING_VERBS and not _mentions_tracking(trigger.verb, lexicon):
        if _put_in_storage(trigger.verb):
            actions[actions.index("collect")] = "store"  # "(your information) is placed in a database"
        else:
            actions.remove("collect")  # "places importance on", "set up an account"
    if "collect" in actions and key in CONTAINING_VERBS and not _holds_tracking(trigger.verb, lexicon):
        actions.remove("collect")  # "cookies contain no personal information": what a cookie is, nothing taken
    if "collect" in actions and key in ASKING_VERBS and _asks_someone_to_act(trigger.verb, data_tokens, lexicon):
        actions.remove("collect")  # "we require our partners to manage your information": what they do says it
    if "collect" in actions and (vendor_after(trigger.verb, ("from",)) or _refused_receipt(trigger.verb)):
        actions.remove("collect")  # "(opt out of) receiving communications from us": the user receives
    return actions


SERVICE_NOUNS = {"site", "website", "service", "app", "application", "platform"}


def declines_the_service(verb: Token) -> bool:
    """"(If you do not agree,) please do not use the Site": the reader is told that not using the service
    is their way to refuse (not "you may not use the Site to send spam", a rule of use)."""
    key = verb_key(verb)
    if not (key in ("use", "access") and is_negated(verb) or key in LEAVING_VERBS):
        return False
    group = conjunct_group(verb)
    told = is_imperative(group[0]) or _told_if_disagreeing(group[0])
    objects = {singular(t.lower_) for o in verb.subtree if o.dep_ == "dobj" for t in o.subtree}
    return told and bool(objects & (SERVICE_NOUNS | {"page"}))  # "do not use any of our sites", "exit this page"


LEAVING_VERBS = {"exit", "leave", "discontinue", "cease"}
DISAGREEING_WORDS = {"disagree", "agree", "accept"}


def _told_if_disagreeing(verb: Token) -> bool:
    """"If you do not agree to this policy, you should not use our sites": what the reader must do on refusing it."""
    subject = own_subject(verb)
    told = subject is not None and subject.lower_ == "you" and any(
        c.dep_ == "aux" and c.lower_ in ("should", "must") for c in verb.children)
    return told and any(t.lemma_.lower() in DISAGREEING_WORDS for c in verb.children if c.dep_ == "advcl"
                        for t in c.subtree)


REQUEST_TIME_PREPOSITIONS = {"upon", "on", "at", "within", "after", "following"}  # "within 30 days of your request"


def _your_request(preposition: Token) -> bool:
    """The preposition's object is the user's request, or a time "of" it: "upon your request", "within 30 days of
    your request"."""
    objects = [g for g in preposition.children if g.dep_ == "pobj"]
    objects += [o for g in objects for c in g.children if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() == "request" and any(p.lower_ == "your" for p in o.children) for o in objects)


def requested_by_user(verb: Token) -> bool:
    """The verb is what the user asks for: "request for your information to be deleted", "would like your
    information removed", "upon your request, we will delete it", "within 30 days of your request"."""
    if any(c.dep_ == "prep" and c.lower_ in REQUEST_TIME_PREPOSITIONS and _your_request(c) for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and head.dep_ == "dobj":
        head = head.head  # "(if you would like) your information removed"
    elif verb.dep_ not in ("advcl", "ccomp", "xcomp") or verb.dep_ == "advcl" and _has_if(verb):
        return False  # "if your account is deactivated, you can ask for a review": what the request supposes
    return head.lemma_.lower() in REQUEST_VERBS | WISHING_VERBS and is_the_user(own_subject(head))


def _describes_denied_recipient(verb: Token, lexicon: Lexicon) -> bool:
    """A relative clause in a denied sharing, on its receiver: "(we do not share it with) companies that would
    use it"."""
    if verb.dep_ != "relcl":
        return False
    governor = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    actions = lexicon.vocabulary.actions
    sharing = actions["share"].vendor_verbs | actions["sell"].vendor_verbs
    return governor is not None and verb_key(governor) in sharing and is_negated(governor)


def _agrees_to_a_document(verb: Token) -> bool:
    """"you consent to the terms of the updated policy": the user accepts a text, no practice."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lower_ in DOCUMENT_NOUNS
                                                             for g in c.children) for c in verb.children)


def _names_own_data(verb: Token, data_tokens: set[int]) -> bool:
    """The verbs' object names the user's data, not cookies, settings or preferences ("delete ... the data you
    provided"), and no browser does it ("change your browser settings to delete your browsing history")."""
    if any(t.lower_ in BROWSER_WORDS for t in verb.sent):
        return False
    objects = [c for v in conjunct_group(verb) for c in v.children if c.dep_ == "dobj"]
    return any({t.i for t in o.subtree} & data_tokens and not any(t.lower_ in CHOICE_OBJECTS for t in o.subtree)
               for o in objects)


DATA_GIVING_VERBS = GIVING_VERBS | SUPPLYING_VERBS | {"share", "disclose", "enter"}
WHEN_MARKS = {"once", "when", "whenever", "after"}


def _chosen_when(verb: Token) -> bool:
    """A choice to supply data, in a clause of time ("once you choose to provide us with ..."): the time
    the data comes, no choice the vendor offers."""
    return (verb.lemma_.lower() in CHOOSING_VERBS and not is_negated(verb)
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in WHEN_MARKS for c in verb.children)
            and any(c.dep_ == "xcomp" and c.lemma_.lower() in DATA_GIVING_VERBS for c in verb.children))


def supposes_refusal(trigger: Trigger, lexicon: Lexicon) -> bool:
    """"If you choose to decline cookies, ...", "if you do not object, ...": an if clause that supposes the
    user refuses says the user may (not "if you stop using the service")."""
    key = verb_key(trigger.verb)
    return (trigger.actor == USER and "opt-out" in trigger.actions and key != "stop"
            and key in lexicon.vocabulary.actions["opt-out"].vendor_verbs and _in_condition(trigger.verb))


def someone_elses_data(verb: Token) -> bool:
    """What the user reaches is other people's data: "the visitor's IP address", "information of his visitors"
    (a customer's view of its visitors, no right over the user's own data)."""
    return any(owned_by_others(c) for v in conjunct_group(verb) for c in v.children if c.dep_ == "dobj")


READING_VERBS = {"read", "review", "consult", "check", "see", "view"}
DUTY_NOUNS = {"duty", "obligation", "responsibility"}


def _sees_another_user(verb: Token) -> bool:
    """What the user sees is another user's ("a rider's first name"; not "the visitor's IP address", which a
    customer's operators see of the visitors of its own site)."""
    owners = [c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "poss"]
    return any(singular(o.lower_) in SERVICE_ROLES | {"user", "member"} for o in owners)


def _no_duty(verb: Token) -> bool:
    """"(we assume) no duty to update or correct such information": what the vendor owes not."""
    duty = first_conjunct(verb).head
    return duty.lemma_.lower() in DUTY_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in duty.children)


OWN_RECORDS = {"profile", "account", "page", "bio"}


def _added_to_own_record(verb: Token) -> bool:
    """"add photos to your profile": what the user puts on the service, given to the vendor (wherever the parser
    hangs "to your profile"); not "add operators to your account", people."""
    if any(c.dep_ == "dobj" and singular(c.lower_) in PERSON_WORDS | USER_WORDS for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and singular(g.lower_) in OWN_RECORDS for g in c.children) for c in verb.subtree)


def owned_by_others(noun: Token) -> bool:
    """The noun is other people's: "the visitor's (IP address)", "(personal information) of visitors"; a parent's
    rights cover the child's."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return any(singular(o.lower_) in PEOPLE - {"child"} for o in owners)


def _barred(verb: Token) -> bool:
    """The verb is what someone is barred from ("prohibited from using", "restricted from sharing")."""
    barring = verb.head.head
    return verb.dep_ == "pcomp" and verb.head.lower_ == "from" and barring.lemma_.lower() in RESTRICTING_VERBS \
        and barring.pos_ == "VERB"


def _follows_a_refusal(verb: Token, lexicon: Lexicon) -> bool:
    """The verb's if clause supposes the user refuses ("if you disable cookies, ...")."""
    refusing = lexicon.vocabulary.actions["opt-out"].vendor_verbs - {"stop"}  # not "if you stop using the service"
    return any(c.dep_ == "advcl" and _has_if(c) and is_the_user(own_subject(c))
               and any(t.lemma_.lower() in refusing for t in c.subtree)  # "if you do disable cookies" misparsed
               for v in conjunct_group(verb) for c in v.children)


def _asks_which(clause: Token) -> bool:
    """"(get to know) how long you stayed on the pages", "(record) which pages you visit": an indirect
    question whose answer is data about the user."""
    return any(t.lower_ in ("how", "which", "what", "when", "where") and t.i < clause.i for t in clause.subtree)


CONSENTING_VERBS = {"authorize", "authorise", "consent"}
ASKING_VERBS = {"require", "ask", "request", "need", "solicit", "prompt", "invite"}


OBLIGING_VERBS = {"have", "need", "require", "oblige", "obligate"}


def is_optional(verb: Token) -> bool:
    """The user is not obliged to do it: "you do not have to / are not required to provide ...", "you can
    visit our site without providing ..." (not "so you don't have to re-enter it": a convenience)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "without":
        return is_the_user(own_subject(head.head))
    return (verb.dep_ == "xcomp" and head.lemma_.lower() in OBLIGING_VERBS and is_negated(head)
            and not _again(verb) and not any(c.lower_ == "so" for c in head.children))


def _again(verb: Token) -> bool:
    """"re-enter", "retype": doing it once more."""
    doc = verb.doc
    split = verb.i > 1 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "re"
    return verb.lower_.startswith("re-") or verb.lower_ in ("reenter", "retype", "resubmit") or split


def _asks_someone_to_act(verb: Token, data_tokens: set[int], lexicon: Lexicon) -> bool:
    """"require X to do Y": X is a party, not data, and Y something other than handing data over ("we require
    our partners to manage your information"; "we ask you to provide ..." is a collection all the same)."""
    party = next((c for c in verb.children if c.dep_ in ("dobj", "dative")
                  or c.dep_ == "nsubjpass" and singular(c.lower_) not in USER_WORDS), None)  # "providers are required to"
    handing = lexicon.vocabulary.actions["collect"].user_verbs
    own_words = {party.i} | {c.i for c in party.children if c.dep_ in ("compound", "amod", "poss", "nmod")} \
        if party is not None else set()  # "any employee with access to your data" is still a party
    return party is not None and not own_words & data_tokens and any(
        c.dep_ in ("xcomp", "ccomp") and verb_key(c) not in handing for c in verb.children)


MEASURE_NOUNS = {"measure", "safeguard", "procedure", "technology", "method", "tool", "step", "precaution",
                 "standard", "practice", "control", "mechanism", "protocol"}
PROTECTING_VERBS = {"protect", "secure", "safeguard", "guard", "prevent", "defend"}


def _object_is_security_measure(verb: Token, lexicon: Lexicon) -> bool:
    """"we use SSL", "we use industry standard measures to protect your information": a security measure."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(is_security_measure(verb.doc[o.left_edge.i: o.right_edge.i + 1], lexicon) for o in objects):
        return True
    protecting = any(c.lemma_.lower() in PROTECTING_VERBS for o in objects for c in o.subtree if c.pos_ == "VERB") \
        or any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PROTECTING_VERBS for c in verb.children)
    return protecting and any(o.lemma_.lower() in MEASURE_NOUNS for o in objects)


PAYMENT_NOUNS = {"money", "consideration", "compensation", "payment", "profit", "fee", "remuneration", "cash"}


def _for_payment(verb: Token) -> bool:
    """Data given "for money or other valuable consideration": sold; not "for card payments" (payments it serves)."""
    return any(t.dep_ == "prep" and t.lower_ == "for" and governing_verb(t).i == verb.i and any(
        g.dep_ == "pobj" and g.lemma_.lower() in PAYMENT_NOUNS and not any(c.dep_ == "compound" for c in g.children)
        for g in t.children) for t in verb.subtree)


def _requires_a_measure(verb: Token, lexicon: Lexicon) -> bool:
    """"we require two-factor authentication": the object itself is a security measure (not a clause on it:
    "we log IP addresses in logs which are kept secure")."""
    return any(c.dep_ == "dobj" and is_security_measure(c.doc[c.left_edge.i: c.i + 1], lexicon)
               for c in verb.children)


def _set_to_do(verb: Token) -> bool:
    """"(browsers are) set to accept cookies": with no object, an infinitive says what the thing is configured to
    do (not "we set a cookie to remember you")."""
    children = list(verb.children)
    return not any(c.dep_ == "dobj" for c in children) and any(c.dep_ == "xcomp" and is_infinitive(c) for c in children)


def _holds_tracking(verb: Token, lexicon: Lexicon) -> bool:
    """What the verb contains is a tracking element ("our emails contain web beacons")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(is_tracking(m.iri) for o in objects
               for m in lexicon.data.find(verb.doc[o.left_edge.i: o.right_edge.i + 1]))


def _mentions_tracking(verb: Token, lexicon: Lexicon) -> bool:
    """The verb, or the verbs coordinated with it ("cookies are generated and placed"), speak of cookies."""
    group = conjunct_group(verb)
    span = verb.doc[min(v.left_edge.i for v in group): max(v.right_edge.i for v in group) + 1]
    return any(is_tracking(m.iri) for m in lexicon.data.find(span))
