"""Ingest: read policy files (.txt, .md, .html) into clean text with sections and blocks.

A policy becomes a `PolicyDocument`: its cleaned text, the archive metadata of its header, and a
list of `Block`s (headings, paragraphs, list items), each with character offsets into the cleaned
text and the heading of the section it sits in. Sentence splitting happens in extraction, on blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import ftfy
from bs4 import BeautifulSoup, NavigableString, Tag
from markdown_it import MarkdownIt

POLICY_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 5 * 1024 * 1024  # a policy is rarely over 200 KB; 5 MiB of text takes minutes to parse
MIN_WORDS = 20
POLICY_MARKERS = ("privacy", "personal", "information", "data", "cookie")

ARCHIVE_HEADER = re.compile(
    r"extracted and transformed from the\s+(?P<domain>\S+)\s+privacy policy\s+that was archived on\s+"
    r"(?P<date>\d{4}-\d{2}-\d{2})", re.I)
SNAPSHOT_URL = re.compile(r"https?://web\.archive\.org/web/\S+?/(?P<url>https?(?::|%3A)//[^\s)]+)", re.I)
LIST_MARKER = re.compile(
    r"^\s*(?:[-*•◆●▪■►–]\s*|\(?[ivxIVX]{1,5}\)\s+|\(?[a-zA-Z]\)\s+|\(?\d{1,2}\)\s+|\d{1,2}(?:\.\d{1,2})+\.?\s+)")
EMPHASIS_LEFTOVER = re.compile(r"(?<!\S)[*_]{2,}(?!\S)")  # "****" left by empty Markdown emphasis
TERMINAL = re.compile(r"[.:;!?)\]\"”'’]\s*$")

BLOCK_TAGS = {"p", "div", "td", "th", "blockquote", "pre", "dd", "dt", "section", "article", "table",
              "tr", "ul", "ol", "body", "main", "header", "footer", "aside", "form", "center", "caption"}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
LOWEST_HEADING = 7  # the rank of a heading shown only by bold type or by being a short line
SKIP_TAGS = {"script", "style", "head", "noscript", "nav", "svg", "template", "iframe", "button"}
BOLD_TAGS = {"strong", "b"}


class PolicyReadError(Exception):
    """A file that cannot be read as a policy; the message is one line naming the problem."""


@dataclass(frozen=True)
class Block:
    """A heading, paragraph or list item of the cleaned text."""

    kind: str  # "heading" | "paragraph" | "list_item" | "table_header" | "table_row"
    text: str
    start: int
    end: int
    depth: int = 0  # how deeply a list item is nested (1 for a top-level item), 0 for other blocks
    outline: tuple[str, ...] = ()  # the headings it sits under, outermost first
    header: tuple[str, ...] = ()  # for a table row: its table's column headings; its text is its cells joined

    @property
    def section(self) -> str:
        """The heading of the enclosing section ("" before the first heading)."""
        return self.outline[-1] if self.outline else ""


@dataclass
class PolicyDocument:
    """One policy: cleaned text, blocks with offsets, and metadata from its archive header."""

    policy_id: str
    source_file: str
    text: str
    blocks: list[Block]
    domain: str | None = None
    archive_date: str | None = None
    source_url: str | None = None
    vendor: str = ""
    aliases: list[str] = field(default_factory=list)  # other names the policy gives its vendor
    title: str = ""


# --------------------------------------------------------------------------- reading bytes


def read_text_file(path: Path) -> str:
    """Bytes to text: UTF-8 (with BOM), else cp1252; mojibake repaired by ftfy."""
    if not path.exists():
        raise PolicyReadError("no such file")
    if path.is_dir():
        raise PolicyReadError("is a directory")
    size = path.stat().st_size
    if size == 0:
        raise PolicyReadError("empty file")
    if size > MAX_BYTES:
        raise PolicyReadError(f"too large ({size // (1024 * 1024)} MiB; the limit is {MAX_BYTES // (1024 * 1024)} MiB)")
    raw = path.read_bytes()
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PolicyReadError("binary file, not text")
    text = _decode(raw)
    if _control_ratio(text) > 0.05:
        raise PolicyReadError("binary or undecodable content")
    return ftfy.fix_text(text, unescape_html=False, uncurl_quotes=False)


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise PolicyReadError(f"undecodable bytes (not UTF-8 or Windows-1252) at byte {exc.start}") from exc


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(sample))


# --------------------------------------------------------------------------- HTML to lines


@dataclass
class _Line:
    kind: str  # "heading" | "paragraph" | "list_item" | "table_header" | "table_row"
    text: str
    hard_break: bool = False  # ended by <br> inside a paragraph, not by the block's end
    depth: int = 0  # list nesting
    level: int = 0  # a heading's rank: 1-6 from <h1>-<h6>, LOWEST_HEADING for a bold or short line
    header: tuple[str, ...] = ()  # a table row's column headings


class _HtmlLines:
    """Walks parsed HTML and yields text lines tagged heading / paragraph / list item."""

    def __init__(self) -> None:
        self.lines: list[_Line] = []
        self.buffer: list[str] = []
        self.kind = "paragraph"
        self.depth = 0
        self.level = 0
        self.bold_only = True

    def walk(self, node: Tag) -> list[_Line]:
        self._visit(node)
        self._flush()
        return self.lines

    def _flush(self, hard_break: bool = False) -> None:
        text = " ".join(EMPHASIS_LEFTOVER.sub(" ", "".join(self.buffer)).split())
        if text:
            kind = self.kind
            if kind == "paragraph" and self.bold_only and len(text.split()) <= 15:
                kind = "heading"
            level = (self.level or LOWEST_HEADING) if kind == "heading" else 0
            self.lines.append(_Line(kind, text, hard_break, self.depth if kind == "list_item" else 0, level))
        self.buffer = []
        self.bold_only = True

    def _visit(self, node: Tag, in_bold: bool = False) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is not NavigableString:  # comments, CDATA, doctype
                    continue
                text = str(child)
                if text.strip() and not in_bold:
                    self.bold_only = False
                self.buffer.append(text.replace("|||", "\n"))
                continue
            if not isinstance(child, Tag) or child.name in SKIP_TAGS:
                continue
            name = child.name
            if name == "br":
                self._flush(hard_break=True)
            elif name == "table" and (rows := _data_table_rows(child)):
                self._flush()
                header = rows[0]
                self.lines.append(_Line("table_header", CELL_SEPARATOR.join(header)))
                self.lines += [_Line("table_row", CELL_SEPARATOR.join(row), header=header) for row in rows[1:]]
            elif name in HEADING_TAGS or name == "li" or name in BLOCK_TAGS:
                self._flush()
                outer, outer_level = self.kind, self.level
                self.kind = "heading" if name in HEADING_TAGS else "list_item" if name == "li" else (
                    outer if outer == "list_item" and name in ("p", "div") else "paragraph")
                self.level = int(name[1]) if name in HEADING_TAGS else outer_level
                nested = name == "li"
                self.depth += nested
                self._visit(child)
                self._flush()
                self.kind, self.level = outer, outer_level
                self.depth -= nested
            else:
                self._visit(child, in_bold or name in BOLD_TAGS)


CELL_SEPARATOR = " | "
MAX_CELL_WORDS = 60  # a cell holding whole paragraphs lays out a page, it tabulates nothing


def _data_table_rows(table: Tag) -> list[tuple[str, ...]]:
    """The rows of a table of data (a heading row of <th> cells, then rows of short cells), each as its cells'
    texts; [] for a table that only lays out a page."""
    rows = [tuple(" ".join(cell.get_text(" ").split()) for cell in row.find_all(["th", "td"], recursive=False))
            for row in table.find_all("tr") if row.find_parent("table") is table]
    rows = [row for row in rows if any(row)]
    first = table.find("tr")
    headed = first is not None and first.find("th") is not None and not first.find("td")
    if not headed or len(rows) < 2 or len(rows[0]) < 2 or any(
            len(cell.split()) > MAX_CELL_WORDS for row in rows for cell in row):
        return []
    return rows


def html_lines(html: str) -> list[_Line]:
    """Lines of an HTML page with their structure; OPP-115's '|||' segment marks become breaks."""
    html = html.replace("|||", "<br><br>|||<br>")
    soup = BeautifulSoup(html, "lxml")
    root = soup.body or soup
    lines = _HtmlLines().walk(root)
    return [line for line in lines if line.text != "|||"] if lines else []


def markdown_to_html(text: str) -> str:
    """Render Markdown (and plain text, which is valid Markdown) to HTML."""
    md = MarkdownIt("commonmark", {"breaks": True, "html": False}).enable("table")
    return md.render(nest_indented_items(mark_numbered_headings(text)))


NUMBERED_LINE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)[.)]?[ \t]+(?=\S)(.*)$")


def mark_numbered_headings(text: str) -> str:
    """Make a numbered title at the margin a heading, one level deeper for each part of its number ("1.
    Information we collect" h2, "1.2 Information from partners" h3), where it is not an item of a list of the
    same numbering: the next written line is not one, nor is the line right above it ("1) Your name", "2) Your
    email address" stay a list)."""
    lines = text.split("\n")
    matches = [NUMBERED_LINE.match(line.lstrip()) for line in lines]
    depths = [match.group(1).count(".") if match else None for match in matches]
    for number, (line, match) in enumerate(zip(lines, matches)):
        if match is None or line[:1].isspace() or not _is_heading_like(match.group(2)) \
                or not match.group(2)[:1].isupper():
            continue
        following = next((later for later in range(number + 1, len(lines)) if lines[later].strip()), None)
        neighbours = [later for later in (number - 1, following) if later is not None and later >= 0]
        if any(depths[other] == depths[number] for other in neighbours):
            continue
        lines[number] = "#" * min(2 + depths[number], 6) + " " + line
    return "\n".join(lines)


LIST_LINE = re.compile(r"^( *)(\d{1,3}[.)]|[-*+•])( +)(?=\S)")


def nest_indented_items(text: str) -> str:
    """Indent each list item that plain text indents deeper than the item before it to where Markdown
    nests it (the parent item's content), so that "  5. Sharing: ...\n    1. to companies ..." keeps its
    sub-items under item 5 instead of making them its siblings."""
    lines = text.split("\n")
    stack: list[tuple[int, int]] = []  # (indent as written, content column as rewritten)
    for number, line in enumerate(lines):
        match = LIST_LINE.match(line)
        if match is None:
            if line.strip() and not line.startswith(" "):
                stack = []  # a paragraph at the margin ends every list
            continue
        indent = len(match.group(1))
        while stack and indent <= stack[-1][0]:
            stack.pop()
        column = stack[-1][1] if stack else indent
        lines[number] = " " * column + line[indent:]
        stack.append((indent, column + len(match.group(2)) + len(match.group(3))))
    return "\n".join(lines)


# --------------------------------------------------------------------------- lines to blocks


def _is_heading_like(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 10 and not TERMINAL.search(text) and text[:1].isupper() | text[:1].isdigit()


def join_lines(lines: list[_Line]) -> list[_Line]:
    """Merge lines that a <br> or a hard wrap split mid-sentence, then tell list items and headings."""
    merged: list[_Line] = []
    for line in lines:
        prev = merged[-1] if merged else None
        if (prev and prev.hard_break and prev.kind != "heading" and line.kind == "paragraph"
                and not TERMINAL.search(prev.text) and line.text[:1].islower()):
            merged[-1] = _Line(prev.kind, prev.text + " " + line.text, line.hard_break, prev.depth, prev.level)
        else:
            merged.append(line)
    return [_Line(kind, line.text, line.hard_break, max(line.depth, 1) if kind == "list_item" else 0,
                  (line.level or LOWEST_HEADING) if kind == "heading" else 0, line.header)
            for line, kind in ((line, _line_kind(line)) for line in merged)]


def _line_kind(line: _Line) -> str:
    if line.kind == "paragraph" and LIST_MARKER.match(line.text):
        return "list_item"
    if line.kind == "paragraph" and _is_heading_like(line.text):
        return "heading"
    return line.kind


def _archive_metadata(lines: list[_Line], raw: str) -> tuple[list[_Line], dict]:
    """Take the archived-policy header out of the text and return its metadata."""
    meta: dict = {}
    for index, line in enumerate(lines[:3]):
        match = ARCHIVE_HEADER.search(line.text)
        if match:
            meta["domain"] = match.group("domain").lower()
            meta["archive_date"] = match.group("date")
            url = SNAPSHOT_URL.search(raw)
            if url:
                meta["source_url"] = url.group("url").replace("%3A", ":")
            lines = lines[:index] + lines[index + 1:]
            break
    return lines, meta


def assemble(policy_id: str, source_file: str, lines: list[_Line], meta: dict) -> PolicyDocument:
    """Blocks with offsets into the cleaned text (blocks joined by blank lines)."""
    blocks: list[Block] = []
    parts: list[str] = []
    offset = 0
    outline: list[tuple[int, str]] = []  # (level, heading) of the headings still open
    for line in lines:
        if line.kind == "heading":
            outline = [(level, text) for level, text in outline if level < line.level] + [(line.level, line.text)]
        blocks.append(Block(line.kind, line.text, offset, offset + len(line.text), line.depth,
                            tuple(text for _, text in outline), line.header))
        parts.append(line.text)
        offset += len(line.text) + 2
    text = "\n\n".join(parts)
    title = next((b.text for b in blocks if b.kind == "heading"), "")
    doc = PolicyDocument(policy_id, source_file, text, blocks, title=title, **meta)
    return doc


def _check_is_policy(doc: PolicyDocument) -> None:
    words = doc.text.split()
    if not words:
        raise PolicyReadError("no text found")
    if len(words) < MIN_WORDS:
        raise PolicyReadError(f"too short to be a policy ({len(words)} words)")
    lower = doc.text.lower()
    if not any(marker in lower for marker in POLICY_MARKERS):
        raise PolicyReadError("does not look like a privacy policy (no mention of privacy, data or information)")


def _document(path: Path, raw: str, html: str) -> PolicyDocument:
    lines, meta = _archive_metadata(join_lines(html_lines(html)), raw)
    return assemble(path.stem, str(path), lines, meta)


def read_markdown(path: Path) -> PolicyDocument:
    raw = read_text_file(path)
    return _document(path, raw, markdown_to_html(raw))


def read_html(path: Path) -> PolicyDocument:
    """An HTML page; a .html file with no markup at all is read as plain text."""
    raw = read_text_file(path)
    return _document(path, raw, raw if "<" in raw else markdown_to_html(raw))


READERS: dict[str, Callable[[Path], PolicyDocument]] = {
    ".txt": read_markdown, ".md": read_markdown, ".markdown": read_markdown,
    ".html": read_html, ".htm": read_html,
}


def read_policy(path: str | Path) -> PolicyDocument:
    """Read one policy file; raise PolicyReadError with a one-line reason when it is not one."""
    path = Path(path)
    if not path.exists():
        raise PolicyReadError("no such file or folder")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise PolicyReadError(f"unsupported file type {path.suffix or '(none)'!r}; expected one of {', '.join(POLICY_SUFFIXES)}")
    try:
        doc = reader(path)
    except PolicyReadError:
        raise
    except (OSError, ValueError, RecursionError) as exc:
        raise PolicyReadError(f"cannot be read: {exc.__class__.__name__}: {exc}".splitlines()[0]) from exc
    _check_is_policy(doc)
    doc.domain = _domain_of(doc)
    spellings = label_spellings(doc)
    doc.vendor = vendor_name(doc, spellings)
    doc.aliases = vendor_aliases(doc, spellings)
    return doc


def find_policy_files(paths: list[str | Path]) -> Iterator[Path]:
    """Every policy file named, or below a folder named, in a stable order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in POLICY_SUFFIXES)
        else:
            yield path


# --------------------------------------------------------------------------- vendor name


def _domain_of(doc: PolicyDocument) -> str:
    if doc.domain:
        return doc.domain
    match = re.search(r"([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})$", doc.policy_id.lower())
    return match.group(1) if match else doc.policy_id


COMPANY_SUFFIX = re.compile(r"\b(?:Inc|Ltd|LLC|L\.L\.C|Corp|Corporation|GmbH|AG|S\.A|B\.V|Limited|Company|Co|PLC|SRL|s\.r\.o)\.?$")
DEFINED_NAME = re.compile(r"((?:[A-Z][\w&.'-]*[ ,]+){0,5}?[A-Z][\w&.'-]*)\s*\(\s*(?:hereinafter\s+|herein referred to as\s+|"
                          r"collectively,?\s+|together,?\s+|the\s+)?[\"“]([^\"”]{2,40})[\"”]")
COMPANY_WORD = re.compile(r"\b(?:Inc|Ltd|LLC|Corp|Corporation|GmbH|Limited|PLC)\b")
WE_WORDS = {"we", "us", "our", "company", "the company"}
SITE_WORDS = {"site", "sites", "website", "websites", "web site", "web sites", "service", "services", "app", "apps",
              "application", "platform"}  # '(the "Site")' names the website, not its owner


def vendor_aliases(doc: PolicyDocument, spellings: dict[str, int]) -> list[str]:
    """Names the opening of a policy defines for its vendor: 'JivoSite, Inc. ("JivoSite")',
    'Acme Corp. ("we", "us")'; found where the name is a company's, holds the vendor's short name, or the alias
    is "we"; the text's other spellings of the domain's label; initials it introduces; a name that acts throughout."""
    aliases: list[str] = []
    for match in DEFINED_NAME.finditer(doc.text[:4000]):
        name, alias = match.group(1).strip(" ,"), match.group(2).strip()
        if alias.lower() in SITE_WORDS:
            continue
        own = bool(doc.vendor) and doc.vendor.lower() in name.lower().split()  # 'Northfield State University
        if COMPANY_SUFFIX.search(name) or alias.lower() in WE_WORDS or own:  # (the "University")'
            core = COMPANY_SUFFIX.sub("", name).strip(" ,.")
            aliases += [n for n in (core, alias) if n and n.lower() not in WE_WORDS and len(n) >= 3]
        elif COMPANY_WORD.search(doc.text[max(0, match.start(1) - 60):match.start(2)]) and alias[:1].isupper():
            aliases.append(alias)  # 'Hearst Communications, Inc. and its Affiliates (collectively, "Hearst")'
    written = list({t.lower(): t for t in sorted(spellings) if t != t.lower()  # "Tanger Outlets"
                    and t.lower() != doc.vendor.lower()}.values())
    return list(dict.fromkeys(aliases + written + _introduced_acronyms(doc.text[:2000]) + acting_names(doc.text)))


# 'The GW Medical Faculty Associates (MFA) is committed to ...': an organisation introducing itself by its initials
INTRODUCED_ACRONYM = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The\s+)?((?:[A-Z][\w&'-]*\s+){2,6})\(([A-Z]{2,6})\)\s+"
                                r"(?:is|are|respects|values|operates|owns|maintains|provides|has|takes|recognizes)\b")


NOT_AN_ORGANISATION = re.compile(r"\b(?:Information|Data|Identifiers?|Protocol|Policy|Privacy|Act|Regulation|Law|"
                                 r"Cookies?|Technology|Technologies)\b")


def _introduced_acronyms(text: str) -> list[str]:
    """Initials an organisation opens a sentence with, as its subject, right after its name; the initials must be
    those of the name's words ("Medical Faculty Associates (MFA)")."""
    found = []
    for match in INTRODUCED_ACRONYM.finditer(text):
        if NOT_AN_ORGANISATION.search(match.group(1)):
            continue  # "Personally Identifiable Information (PII) is ...", "Children's Online Privacy Protection Act"
        initials = [word[0] for word in match.group(1).split()]
        letters = iter(initials)
        if all(letter in letters for letter in match.group(2)):  # in order, each an initial
            found.append(match.group(2))
    return found


ACTING_NAME = re.compile(r"\b([A-Z][\w&-]*[A-Za-z](?: [A-Z][\w&-]*[A-Za-z]){0,2}) (?:may|will|does|collects|uses|shares|"
                         r"discloses|receives|stores|retains|keeps|protects|is committed|respects)\b")
MIN_ACTING = 5


def acting_names(text: str) -> list[str]:
    """A name the policy uses, again and again, as the one who collects, uses, shares ("Valve may use",
    "SRL collects"): the vendor's own name where the file is named after a website. A name that is also
    an ordinary word ("Services may") or that another sentence uses in lower case is left out."""
    counts: dict[str, int] = {}
    for match in ACTING_NAME.finditer(text):
        name = match.group(1)
        if match.start(1) > 0 and text[match.start(1) - 1] in ".!?" or name.split()[0] in ("The", "This", "Our"):
            continue
        counts[name] = counts.get(name, 0) + 1
    return [name for name, count in sorted(counts.items(), key=lambda item: -item[1])
            if count >= MIN_ACTING and not re.search(r"(?<![\w])%s(?![\w])" % re.escape(name.lower()),
                                                     re.sub(re.escape(name), "", text))
            and name.lower() not in WE_WORDS][:1]


def vendor_name(doc: PolicyDocument, spellings: dict[str, int]) -> str:
    """The vendor's short name: its most frequent capitalised spelling in the text of the domain's main label
    (`label_spellings`: TOPCMM, Comm100)."""
    if spellings:
        return max(sorted(spellings), key=lambda t: (t != t.lower(), spellings[t]))
    label = _domain_label(doc)
    return label.capitalize() if label.islower() else label


def label_spellings(doc: PolicyDocument) -> dict[str, int]:
    """How often the text writes the domain's main label, in one to three words ("Comm100"); in the plural only
    where no capitalised spelling of the label itself occurs ("Tanger Outlets", "TangerOutlets" of tangeroutlet.com;
    not "Fools" of fool.com, its readers)."""
    key = _squashed(_domain_label(doc))
    counts: dict[str, int] = {}
    if not key:
        return counts
    words = re.findall(r"[A-Za-z0-9][A-Za-z0-9&\-]*[A-Za-z0-9]", doc.text)
    squashed = [_squashed(w) for w in words]
    for i in range(len(words)):
        joined = ""
        for size in range(1, 4):  # a phrase of up to three words that, run together, is the label
            if i + size > len(words) or not (key + "s").startswith(joined := joined + squashed[i + size - 1]):
                break
            if joined in (key, key + "s"):
                phrase = " ".join(words[i:i + size])
                counts[phrase] = counts.get(phrase, 0) + 1
    exact = {t: n for t, n in counts.items() if _squashed(t) == key}
    return exact if any(t != t.lower() for t in exact) else counts


def _domain_label(doc: PolicyDocument) -> str:
    domain = _domain_of(doc)
    label = domain.split(".")[-2] if "." in domain else domain
    return label.removeprefix("www") or domain


def _squashed(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())
