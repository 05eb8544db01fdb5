"""Rows of a table of data ("Category of data | Purpose | Legal basis", "Cookie | Provider | Purpose | Expiry"):
each column's heading says what its cells give, and a row states the practices on the data it names."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from graphbuild.extract.lexicon import Lexicon
from graphbuild.extract.practice import Statement
from graphbuild.extract.purposes import DEFAULT_PURPOSE, purposes_in
from graphbuild.extract.recipients import is_company_name, original_text
from graphbuild.ingest import CELL_SEPARATOR
from graphbuild.vocabulary import PKG

# What a column gives, by its heading; the first that matches wins ("Categories of recipients" names recipients).
COLUMN_ROLES = (
    ("source", re.compile(r"\bsources?\b|obtained from", re.I)),  # where the data comes from: no practice of its own
    ("retention", re.compile(r"retention|retained|period|expir|duration|lifetime|life span|how long|kept|storage",
                             re.I)),
    ("recipient", re.compile(r"recipient|shared with|disclosed to|third.part|provider|processor|vendor|partner"
                             r"|who\b", re.I)),
    ("purpose", re.compile(r"purpose|why|reason|used? for|use of|how we use", re.I)),
    ("basis", re.compile(r"legal basis|lawful basis|\bbasis\b|legal ground", re.I)),
    ("data", re.compile(r"data|information|categor|type|cookie|name|collect|personal|what\b|example", re.I)),
)
CONSENT = re.compile(r"\bconsent", re.I)
ANSWER = re.compile(r"^\W*(yes|no)\b", re.I)
# what a column of yes and no answers asks: "Collected", "Sold or shared", "Disclosed for a business purpose";
# "Can you limit this sharing?" asks whether the user may refuse, not whether data is shared
ASKS_OF_SHARING = re.compile(r"\bshar|\bdisclos", re.I)
ANSWERED_ACTIONS = (("opt-out", re.compile(r"\blimit|\bopt.?out", re.I)), ("collect", re.compile(r"\bcollect", re.I)),
                    ("sell", re.compile(r"\bsol[dl]", re.I)), ("share", ASKS_OF_SHARING))
SHARING_ACTIONS = ("share", "sell")
LEGAL_OBLIGATION = re.compile(r"legal (?:obligation|requirement)|compl(?:y|iance) with", re.I)
NO_VALUE = re.compile(r"^\W*(n/?a|none|-|–|—|no)?\W*$", re.I)
PARTS = re.compile(r"\s*(?:,|;|\band\b|\bor\b|/)\s*")


def column_roles(header: tuple[str, ...]) -> list[str | None]:
    """What each column gives ("data", "purpose", "recipient", "retention", "basis", "source"), or None."""
    return [next((role for role, pattern in COLUMN_ROLES if pattern.search(heading)), None) for heading in header]


def cell_spans(row: Doc, header: tuple[str, ...]) -> list[Span | None]:
    """The row's cells as spans of its parse (its text is the cells joined by the separator)."""
    spans, start = [], 0
    for cell in row.text.split(CELL_SEPARATOR)[:len(header)]:
        spans.append(row.char_span(start, start + len(cell), alignment_mode="expand") if cell.strip() else None)
        start += len(cell) + len(CELL_SEPARATOR)
    return spans


def table_row_statements(row: Doc, header: tuple[str, ...], lexicon: Lexicon, vendor_words: set[str],
                         about_cookies: bool) -> list[Statement]:
    """The practices a row states: the data it names are collected, used for its purposes, shared with its
    recipients, kept for its period, and consented to where consent is their legal basis. A row of a cookie
    table (`about_cookies`) that names no data is about the cookie it names; a row of a table of purposes with no
    column of data is about the data it names, or personal data. A column of yes and no answers ("Sold or shared")
    states the practice its heading asks about, or denies it."""
    cells: dict[str, list[Span]] = {}
    spans = cell_spans(row, header)
    for role, span in zip(column_roles(header), spans):
        if role and span is not None and not NO_VALUE.match(span.text):
            cells.setdefault(role, []).append(span)
    whole = row[:]
    found = lexicon.find_data(whole)
    mentions = [m for span in cells.get("data", []) for m in found if span.start <= m.start < span.end]
    data = list(dict.fromkeys(m.iri for m in mentions)) or ([PKG.Cookie] if about_cookies and "data" in cells else [])
    purpose_only = not data and "data" not in cells and "purpose" in cells and not about_cookies
    if purpose_only:  # "Purpose | Legal basis": why the vendor processes data, the data it names or personal data
        mentions = [m for span in cells["purpose"] for m in found if span.start <= m.start < span.end]
        data = list(dict.fromkeys(m.iri for m in mentions)) or [PKG.PersonalInformation]
    if not data:
        return []
    excluded = {i for m in mentions for i in range(m.start, m.end)}
    purposes = list(dict.fromkeys(p for span in cells.get("purpose", []) for p in _cell_purposes(
        span, lexicon, excluded)))
    if any(LEGAL_OBLIGATION.search(span.text) for span in cells.get("basis", [])[:1]):
        # "Keep accounting records | Legal obligation": what the law requires, not the service
        purposes = [p for p in purposes if p != DEFAULT_PURPOSE] + [PKG.LegalRequirement]
        purposes = list(dict.fromkeys(purposes))
    recipients = [r for span in cells.get("recipient", []) for r in _recipients(span, lexicon, vendor_words)]
    period = next((span.text for span in cells.get("retention", [])), None)
    answers = _answers(spans, header)
    # "Reasons we can share your personal information | Does Acme share? | Can you limit this sharing?": the reasons
    # are the sharing's, and the parties a reason names receive
    reasons_for_sharing = purpose_only and any(role == "purpose" and ASKS_OF_SHARING.search(heading)
                                               for role, heading in zip(column_roles(header), header))
    receivers = recipients or ([r for span in cells["purpose"] for r in _recipients(span, lexicon, vendor_words)]
                               if reasons_for_sharing else []) or [(PKG.UnnamedThirdParty, None)]
    statements = [] if purpose_only or "collect" in answers else [Statement("collect", False, data)]
    statements += [Statement(action, not yes, data, purposes if yes and reasons_for_sharing else [],
                             [] if action not in SHARING_ACTIONS else receivers)
                   for action, yes in answers.items() if action != "opt-out" or yes]
    statements += [Statement("use", False, data, purposes)] if purposes and not reasons_for_sharing else []
    statements += [Statement("share", False, data, recipients=recipients)] if recipients else []
    statements += [Statement("retain", False, data, retention_period=period)] if period else []
    statements += [Statement("opt-in", False, data) for span in cells.get("basis", [])[:1] if CONSENT.search(span.text)]
    return statements


def _answers(cells: list[Span | None], header: tuple[str, ...]) -> dict[str, bool]:
    """The practices a row answers yes or no to, by the headings that ask ("Collected | Sold or shared")."""
    found: dict[str, bool] = {}
    for heading, cell in zip(header, cells):
        answer = ANSWER.match(cell.text) if cell is not None else None
        asked = [action for action, asks in ANSWERED_ACTIONS if answer and asks.search(heading)]
        for action in asked[:1] if asked[:1] == ["opt-out"] else asked:  # "limit this sharing" asks of the choice
            found[action] = answer.group(1).lower() == "yes"
    return found


def _cell_purposes(cell: Span, lexicon: Lexicon, excluded: set[int]) -> list:
    """The purposes a cell names; a cell that opens with a bare verb and names none ("Provide the app") serves the
    service itself, as "to provide the app" would."""
    found = purposes_in(cell.doc[:], set(range(cell.start, cell.end)), lexicon, excluded, default=True)
    return found or ([DEFAULT_PURPOSE] if cell[0].tag_ == "VB" else [])


def _recipients(cell: Span, lexicon: Lexicon, vendor_words: set[str]) -> list[tuple]:
    """Kinds of recipient a cell names ("Service providers"), and the companies it names ("Google Analytics"),
    the vendor itself left out."""
    kinds = lexicon.recipients.find(cell)
    found = [(m.iri, None) for m in kinds]
    covered = {i for m in kinds for i in range(m.start, m.end)}
    start = cell.start_char
    for part in PARTS.split(cell.text):
        offset = cell.doc.text.find(part, start)
        start = offset + len(part)
        name = cell.doc.char_span(offset, offset + len(part), alignment_mode="expand") if part else None
        if name is not None and not covered & set(range(name.start, name.end)) \
                and is_company_name(name, lexicon, vendor_words):
            found.append((PKG.NamedThirdParty, original_text(name)))
    return list(dict.fromkeys(found))
