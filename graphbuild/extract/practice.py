"""The record extraction produces: one data practice stated by one sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from graphbuild.extract.locations import is_region
from graphbuild.vocabulary import PKG

NEEDS_DATA = {"collect", "store", "retain", "sell", "share"}
LOCATED_ACTIONS = {"store", "use", "share", "collect"}  # "processes ... on our servers in Singapore"


@dataclass(frozen=True)
class SentenceRef:
    """Where a practice is stated: the sentence text and its offsets into the cleaned policy text."""

    start: int
    end: int
    text: str
    section: str


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
    retention_period: str | None = None
    data_text: dict[URIRef, str] = field(default_factory=dict)  # each data type's phrase in the sentence
    security_measures: tuple[str, ...] = ()


@dataclass(frozen=True)
class Practice:
    """One practice: an action (maybe negated) on one data type, for one purpose, to one recipient."""

    policy: str
    vendor: str
    action: str
    negated: bool
    sentence: SentenceRef
    data: URIRef | None = None
    data_text: str | None = None
    purpose: URIRef | None = None
    recipient: URIRef | None = None
    recipient_name: str | None = None
    location: str | None = None  # ISO 3166-1 alpha-2
    region: str | None = None  # a region named instead ("European Union", "Asia")
    modality: str | None = None
    condition: str | None = None
    retention_period: str | None = None
    security_measures: tuple[str, ...] = ()  # on protect practices: "SSL", "encryption"
    data_subject: URIRef | None = None  # DPV's Child where the sentence is about children's data


def records_of(statement: Statement) -> list[dict]:
    """Split a statement into records: one per data type, purpose, recipient and place."""
    data: list[URIRef | None] = list(statement.data) or [None]
    if statement.action in ("share", "sell") and statement.data == []:
        data = [PKG.PersonalInformation]
    if statement.action in NEEDS_DATA and data == [None]:
        return []
    out = []
    for item in data:
        base = {"action": statement.action, "negated": statement.negated, "data": item,
                "data_text": statement.data_text.get(item), "modality": statement.modality,
                "condition": statement.condition}
        if statement.action == "retain" and statement.retention_period:
            base["retention_period"] = statement.retention_period
        if statement.action == "protect" and statement.security_measures:
            base["security_measures"] = statement.security_measures
        if statement.locations and statement.action in LOCATED_ACTIONS:
            out += [base | {"action": "store", ("region" if is_region(place) else "location"): place}
                    for place in statement.locations]
        if statement.action in ("share", "sell"):
            for recipient, name in statement.recipients or [(PKG.UnnamedThirdParty, None)]:
                out += [base | {"recipient": recipient, "recipient_name": name, "purpose": purpose}
                        for purpose in statement.purposes or [None]]
        elif statement.action == "use":
            out += [base | {"purpose": purpose} for purpose in statement.purposes]
        elif not (statement.action == "store" and statement.locations):
            out.append(base)
    return out
