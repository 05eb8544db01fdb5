"""The record extraction produces: one data practice stated by one sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef


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
    modality: str | None = None
    condition: str | None = None
