"""Extraction: read each sentence of a policy and return the practices it states.

Stages, in order, each in its own module: `triggers` (practice verbs and their actors), `negation`,
`clauses` (coordination, scope, modality, conditions, exceptions), `lexicon` (data phrases),
`references` (this information, defined terms), `purposes`, `recipients`, `locations`, and
`statements` (practices stated without a practice verb). Lists after a colon inherit their lead-in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from rdflib import URIRef
from spacy.tokens import Span

from graphbuild.extract.actors import OTHER, THIRD_PARTY, USER
from graphbuild.extract.clauses import condition, conjunct_group, exception_span, is_passive, modality, scope
from graphbuild.extract.lexicon import Lexicon, Mention, load_lexicon
from graphbuild.extract.locations import locations_in
from graphbuild.extract.negation import is_negated
from graphbuild.extract.nlp import load_nlp
from graphbuild.extract.practice import Practice, SentenceRef
from graphbuild.extract.purposes import purpose_clause_tokens, purposes_in
from graphbuild.extract.recipients import recipients_in
from graphbuild.extract.references import DocumentMemory
from graphbuild.extract.statements import cue_negated, cued_actions, is_policy_change
from graphbuild.extract.triggers import Trigger, find_triggers, verb_key
from graphbuild.ingest import PolicyDocument
from graphbuild.vocabulary import PKG

NEEDS_DATA = {"collect", "store", "retain", "sell", "share"}
COOKIE_CONTEXT = {"cookie", "cookies", "browser", "browsers", "setting", "settings"}
RECIPIENT_IS_USER = {"you", "users", "user", "customers", "visitors"}


@dataclass
class Statement:
    """What one practice verb (or cue) of a sentence says, before it is split into records."""

    action: str
    negated: bool
    data: list[URIRef]
    purposes: list[URIRef] = field(default_factory=list)
    recipients: list[tuple[URIRef, str | None]] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    modality: str | None = None
    condition: str | None = None


@dataclass
class SentenceContext:
    """What a sentence is read with: the policy's vendor words, memory, and a list's lead-in."""

    vendor_words: set[str]
    lexicon: Lexicon
    memory: DocumentMemory
    lead: list[Statement] | None = None


def vendor_words(doc: PolicyDocument) -> set[str]:
    """Lower-case words that name the vendor in its own policy."""
    words = {"company"}
    for name in (doc.vendor, doc.domain or "", doc.domain.split(".")[0] if doc.domain else ""):
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


def _interpret(trigger: Trigger, sentence: Span, data: list[URIRef], lexicon: Lexicon) -> list[str]:
    """Choose among the actions a verb may state, by its actor, its data and the sentence."""
    key = verb_key(trigger.verb)
    actions = list(trigger.actions)
    words = {t.lower_ for t in sentence}
    cookie_data = any(str(d).endswith(("#Cookie", "#WebBeacon")) for d in data)
    if trigger.actor == OTHER:
        return []
    if trigger.actor == THIRD_PARTY:
        return ["share"] if {"collect", "use", "share"} & set(actions) else []
    if trigger.actor == USER:
        if "collect" in actions:
            return ["collect"]
        if "opt-out" in actions and len(actions) > 1:
            actions.remove("opt-out" if not (cookie_data or words & COOKIE_CONTEXT) else actions[0])
        if actions == ["opt-out"] and key in ("choose", "select", "set", "adjust", "modify", "change") and not (
                words & COOKIE_CONTEXT or "not" in words):
            return []
        return actions
    if "policy-change" in actions:
        return ["policy-change"] if is_policy_change(sentence, lexicon) else [a for a in actions if a != "policy-change"]
    if "delete" in actions and is_passive(trigger.verb):
        return ["retain"]
    if "opt-out" in actions and "opt-out" not in cued_actions(sentence, lexicon):
        actions.remove("opt-out")
    if "opt-in" in actions and "opt-in" not in cued_actions(sentence, lexicon):
        actions.remove("opt-in")
    if "share" in actions and key in ("give", "send", "provide", "supply", "post", "display", "report", "pass"):
        receivers = {c.lower_ for c in trigger.verb.children if c.dep_ in ("dative", "iobj")} | {
            g.lower_ for c in trigger.verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
            for g in c.children}
        if receivers & RECIPIENT_IS_USER or not data:
            actions.remove("share")
    return actions


def read_trigger(trigger: Trigger, sentence: Span, mentions: list[Mention], others: set[int],
                 context: SentenceContext) -> list[Statement]:
    """The statements of one practice verb: its action(s), negation, data, purposes and recipients."""
    lexicon = context.lexicon
    group = conjunct_group(trigger.verb)
    indices = scope(group, others, sentence)
    exceptions = exception_span(trigger.verb)
    data = _data_of(mentions, indices - exceptions)
    actions = _interpret(trigger, sentence, data, lexicon)
    if not actions:
        return []
    negated = is_negated(trigger.verb)
    data_tokens = {i for m in mentions for i in range(m.start, m.end)}
    cond = condition(trigger.verb)
    purposes = purposes_in(sentence, purpose_clause_tokens(group, indices), lexicon, data_tokens | exceptions)
    recipients = recipients_in(sentence, indices - exceptions, lexicon, context.vendor_words)
    if trigger.actor == THIRD_PARTY:
        subject_tokens = {t.i for t in sentence if t.dep_ in ("nsubj", "agent", "pobj")}
        recipients = recipients or recipients_in(sentence, subject_tokens, lexicon, context.vendor_words)
    statements = [Statement(action, negated, data, purposes if action == "use" else [], recipients,
                            locations_in(sentence, scope(group, set(), sentence)), modality(trigger.verb), cond)
                  for action in actions]
    if negated and exceptions:
        allowed = recipients_in(sentence, exceptions, lexicon, context.vendor_words)
        for action in actions:
            if action in ("share", "sell", "collect", "use"):
                statements.append(Statement(action, False, data, [], allowed or [], [], modality(trigger.verb),
                                            sentence.doc[min(exceptions): max(exceptions) + 1].text))
    if purposes and not negated and "use" not in actions:
        statements.append(Statement("use", False, data, purposes, [], [], modality(trigger.verb), cond))
    return statements


def read_sentence(sentence: Span, context: SentenceContext) -> list[Statement]:
    """All statements of a sentence: verb-triggered ones, cued ones, and those inherited from a lead-in."""
    lexicon = context.lexicon
    mentions = context.memory.resolve(sentence, lexicon.data.find(sentence))
    triggers = find_triggers(sentence, context.vendor_words, lexicon)
    others = {t.verb.i for t in triggers}
    statements: list[Statement] = []
    for trigger in triggers:
        statements += read_trigger(trigger, sentence, mentions, others, context)
    said = {s.action for s in statements}
    everything = set(range(sentence.start, sentence.end))
    sentence_data = _data_of(mentions, everything)
    for action in cued_actions(sentence, lexicon):
        if action not in said:
            data = [] if action == "policy-change" else sentence_data
            statements.append(Statement(action, cue_negated(sentence, action, lexicon), data))
    if not statements and context.lead:
        statements = _continue_lead(sentence, mentions, context)
    context.memory.learn(sentence, mentions)
    return statements


def _continue_lead(sentence: Span, mentions: list[Mention], context: SentenceContext) -> list[Statement]:
    """A list item with no verb of its own carries on its lead-in ("we collect ... to:" + "(i) ...")."""
    lexicon = context.lexicon
    everything = set(range(sentence.start, sentence.end))
    item_data = _data_of(mentions, everything)
    item_purposes = purposes_in(sentence, everything, lexicon, {i for m in mentions for i in range(m.start, m.end)})
    item_recipients = recipients_in(sentence, everything, lexicon, context.vendor_words)
    statements = []
    for lead in context.lead or []:
        if lead.action == "use" or (item_purposes and not item_data and lead.action in ("collect", "use")):
            if item_purposes:
                statements.append(replace(lead, action="use", negated=False, purposes=item_purposes,
                                          data=lead.data))
        elif item_data and lead.action in ("collect", "store", "retain", "protect"):
            statements.append(replace(lead, data=item_data))
        elif lead.action in ("share", "sell") and (item_recipients or item_purposes):
            statements.append(replace(lead, negated=False, recipients=item_recipients or lead.recipients))
            if item_purposes:
                statements.append(replace(lead, action="use", negated=False, purposes=item_purposes, recipients=[]))
    return list({(s.action, s.negated, tuple(s.data), tuple(s.purposes)): s for s in statements}.values())


def records_of(statement: Statement) -> list[dict]:
    """Split a statement into records: one per data type, purpose, recipient and place."""
    data: list[URIRef | None] = list(statement.data) or [None]
    if statement.action in ("share", "sell") and statement.data == []:
        data = [PKG.PersonalInformation]
    if statement.action in NEEDS_DATA and data == [None]:
        return []
    if statement.action == "use" and not statement.purposes:
        return []
    out = []
    for item in data:
        base = {"action": statement.action, "negated": statement.negated, "data": item,
                "modality": statement.modality, "condition": statement.condition}
        if statement.action in ("share", "sell"):
            for recipient, name in statement.recipients or [(PKG.UnnamedThirdParty, None)]:
                out.append(base | {"recipient": recipient, "recipient_name": name})
        elif statement.action == "use":
            out += [base | {"purpose": purpose} for purpose in statement.purposes]
        else:
            out.append(base)
        if statement.locations and statement.action in ("store", "use", "share", "collect"):
            out += [base | {"action": "store", "location": code} for code in statement.locations]
    return out


def extract_practices(doc: PolicyDocument) -> list[Practice]:
    """Every practice the policy states, in text order, with its sentence as evidence."""
    nlp = load_nlp()
    context = SentenceContext(vendor_words(doc), load_lexicon(), DocumentMemory())
    practices: list[Practice] = []
    blocks = [b for b in doc.blocks if b.kind != "heading"]
    previous_kind = None
    for block, parsed in zip(blocks, nlp.pipe(b.text for b in blocks)):
        if block.kind != "list_item" or previous_kind is None:
            context.lead = None if block.kind != "list_item" else context.lead
        last: list[Statement] = []
        for sentence in parsed.sents:
            if not sentence.text.strip():
                continue
            statements = read_sentence(sentence, context)
            ref = SentenceRef(block.start + sentence.start_char, block.start + sentence.end_char,
                              sentence.text, block.section)
            for statement in statements:
                for record in records_of(statement):
                    practices.append(Practice(policy=doc.policy_id, vendor=doc.vendor, sentence=ref, **record))
            last = statements
        if parsed.text.rstrip().endswith(":"):
            context.lead = last
        previous_kind = block.kind
    return list(dict.fromkeys(practices))
