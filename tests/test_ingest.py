"""Ingest: seeds, OPP-115 HTML, broken encodings and files that are not policies."""

from __future__ import annotations

import pytest

from graphbuild.extract.pipeline import extract_practices
from graphbuild.ingest import PolicyReadError, read_policy
from tests.conftest import OPP115, need


def test_seed_header_becomes_metadata(samples):
    doc = read_policy(samples / "000_7f88e6be9927e4d9.txt")
    assert doc.policy_id == "000_7f88e6be9927e4d9"
    assert doc.domain == "topcmm.com"
    assert doc.archive_date == "2008-06-22"
    assert doc.source_url == "http://www.topcmm.com/privacy_statement.html"
    assert doc.vendor == "TOPCMM"
    assert "extracted and transformed" not in doc.text


def test_blocks_have_offsets_into_clean_text_and_sections(samples):
    doc = read_policy(samples / "001_8451a23e1e6179b6.txt")
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text
    security = [b for b in doc.blocks if "Secure Socket Layer" in b.text]
    assert security and security[0].section == "Security of Your Personal Information"
    assert "**" not in doc.text


PREAMBLE = ("# Privacy\n\nThis policy says what we do with the personal information of the people who use our "
            "services.\n\n")


def read_markdown(tmp_path, body: str):
    """A Markdown policy of a title, a sentence of preamble and the given body, as ingest reads it."""
    policy = tmp_path / "policy.md"
    policy.write_text(PREAMBLE + body, encoding="utf-8")
    return read_policy(policy)


def test_blocks_know_the_headings_they_sit_under(tmp_path):
    doc = read_markdown(tmp_path, "## 1. Data we collect\n\n### 1.1 From you\n\nYour name.\n\n"
                                  "## 2. Sharing\n\n**Service providers**\n\nHosting companies.\n")
    blocks = {b.text: b for b in doc.blocks}
    assert blocks["Your name."].outline == ("Privacy", "1. Data we collect", "1.1 From you")
    assert blocks["Your name."].section == "1.1 From you"
    # a bold line is a heading below the numbered ones; a new section closes the subsections of the last
    assert blocks["Hosting companies."].outline == ("Privacy", "2. Sharing", "Service providers")


def test_a_table_of_data_is_read_row_by_row_and_a_layout_table_as_text(tmp_path):
    doc = read_markdown(tmp_path, "| Data | Purpose |\n|---|---|\n| Email address | Newsletters |\n"
                                  "| IP address | Security |\n")
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert [b.text for b in rows] == ["Email address | Newsletters", "IP address | Security"]
    assert all(b.header == ("Data", "Purpose") and doc.text[b.start:b.end] == b.text for b in rows)
    layout = tmp_path / "layout.html"
    layout.write_text("<table><tr><td><p>We collect your name and email address when you register. We use this "
                      "information to send you our newsletter and never sell it.</p></td></tr></table>",
                      encoding="utf-8")
    assert [b.kind for b in read_policy(layout).blocks] == ["paragraph"]


def test_numbered_and_bulleted_items_are_list_items(samples):
    doc = read_policy(samples / "000_7f88e6be9927e4d9.txt")
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert any(item.startswith("(i) identify you") for item in items)
    assert any(item.startswith("(vi) send information") for item in items)


def test_mojibake_is_repaired(samples, tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_text("Privacy policy. We wonâ€™t sell your personal information to anyone, "
                      "and we donâ€™t share it with advertisers or any other third parties at all.", encoding="utf-8")
    doc = read_policy(broken)
    assert "won’t sell" in doc.text and "â€" not in doc.text


def test_windows_1252_file_is_read(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Privacy: we don\x92t sell your personal information to third parties, ever, "
                     "for any reason whatsoever, and we protect it with encryption.".encode("latin-1"))
    assert "don’t sell" in read_policy(path).text


def test_opp115_segments_and_breaks():
    path = need(OPP115 / "sanitized_policies" / "1017_sci-news.com.html")
    doc = read_policy(path)
    assert doc.domain == "sci-news.com"
    assert "|||" not in doc.text and "<br>" not in doc.text
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert "Use of Cookies" in headings
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert any(text.startswith("- if you contact us") for text in items)


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty file"),
    ("binary.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ("short.txt", b"Hello world.", "too short"),
    ("recipe.md", b"# Pancakes\n\nMix flour, eggs and milk. Whisk until smooth, then fry in butter "
                  b"over a medium heat until golden on both sides. Serve warm with lemon and sugar.", "not look like"),
    ("policy.pdf", b"%PDF-1.4", "unsupported file type"),
])
def test_unreadable_files_raise_one_line_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(PolicyReadError) as error:
        read_policy(path)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_missing_file(tmp_path):
    with pytest.raises(PolicyReadError, match="no such file"):
        read_policy(tmp_path / "absent.txt")


def policy_from(tmp_path, name: str, text: str):
    """The policy read back from a file of that name holding the text."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_policy(path)


def test_html_soup_keeps_structure(tmp_path):
    doc = policy_from(tmp_path, "soup.html",
                      "<html><head><script>var x = 1;</script><style>p{}</style></head><body><div><h2>Our "
                      "Privacy Policy<p>We collect your <b>email address</b> and name<br>when you register."
                      "<ul><li>We use cookies.<li>We never sell your personal information</ul></div>")
    assert "var x" not in doc.text
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds.get("We use cookies.") == "list_item"
    assert any("email address and name when you register." in b.text for b in doc.blocks)


def test_undecodable_bytes_are_named(tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"Privacy policy: we collect \x81\x8d\x8f\x90\x9d your personal information " * 5)
    with pytest.raises(PolicyReadError, match="undecodable bytes"):
        read_policy(path)


def test_markdown_and_htm_files(tmp_path):
    (tmp_path / "p.md").write_text("# Our Privacy Policy\n\n## What we collect\n\n* your name\n* your email address\n\n"
                                   "We use this information to provide the service and never sell it to anyone.",
                                   encoding="utf-8")
    doc = read_policy(tmp_path / "p.md")
    assert [b.kind for b in doc.blocks] == ["heading", "heading", "list_item", "list_item", "paragraph"]
    assert doc.blocks[-1].section == "What we collect"
    (tmp_path / "p.htm").write_text("<h1>Privacy</h1><p>We collect your e-mail address when you register "
                                    "and we share it with nobody, ever, for any reason at all.</p>", encoding="utf-8")
    assert read_policy(tmp_path / "p.htm").blocks[1].kind == "paragraph"


def test_vendor_aliases_from_the_opening(tmp_path):
    doc = policy_from(tmp_path, "acme.com.txt",
                      'This privacy policy covers the sites operated by Widget Works, Inc. ("WidgetCo"). '
                      "WidgetCo collects your name and email address when you register, and never sells them.")
    assert doc.vendor == "Acme" and {"Widget Works", "WidgetCo"} <= set(doc.aliases)


def test_vendor_alias_defined_for_a_group_of_companies(tmp_path):
    doc = policy_from(tmp_path, "acme.com.txt",
                      'This privacy policy describes how Widget Holdings, Inc. and its Affiliates (collectively, '
                      '"Widgets") treat the information they collect. Widgets protects your personal information.')
    assert "Widgets" in doc.aliases


def test_vendor_alias_defined_with_the_vendors_short_name(tmp_path):
    doc = policy_from(tmp_path, "northfield.edu.html",
                      '<h1>Privacy</h1><p>Northfield State University (the "University") respects the privacy of '
                      'visitors to www.northfield.edu, the University\'s website (the "Site"). The University does not '
                      "sell your personal information.</p>")
    assert doc.vendor == "Northfield" and "University" in doc.aliases and "Site" not in doc.aliases


def test_initials_an_organisation_introduces_itself_by_are_an_alias(tmp_path):
    doc = policy_from(tmp_path, "clinicdocs.org.txt",
                      "Personally Identifiable Information (PII) is data that identifies you. The Riverside Medical "
                      "Faculty Associates (MFA) is committed to respecting your privacy. The MFA uses the information "
                      "collected from you to provide you with better service.")
    assert "MFA" in doc.aliases and "PII" not in doc.aliases
    assert "share" not in {p.action for p in extract_practices(doc)}  # the MFA uses it: no third party gets it


def test_the_name_that_acts_throughout_a_policy_is_the_vendor(tmp_path):
    doc = policy_from(tmp_path, "gamestore.com.txt",
                      " ".join(["Privacy at our store and our services.", "Services may vary."] +
                               [f"Valveco may use your email address for reason {i}. Services may change {i}."
                                for i in range(5)]))
    assert "Valveco" in doc.aliases and "Services" not in doc.aliases


def test_every_spelling_of_the_domains_name_is_the_vendor(tmp_path):
    doc = policy_from(tmp_path, "pineoutlet.com.txt",
                      "PineOutlets respects your privacy. Any personal information collected from our customers is "
                      "used by Pine Outlets only, and is not sold or shared with any third party.")
    assert {"PineOutlets", "Pine Outlets"} <= {doc.vendor, *doc.aliases}
    assert not any(p.action == "share" and not p.negated for p in extract_practices(doc))  # used by the vendor


def test_the_plural_of_the_domains_name_is_no_alias_where_the_name_itself_is_written(tmp_path):
    doc = policy_from(tmp_path, "fool.com.txt",
                      "The Fool respects your privacy. Fools who register with The Fool give us their email address, "
                      "and we use it to send them the newsletters they ask for.")
    assert "Fools" not in doc.aliases


def test_items_indented_deeper_in_plain_text_are_nested(tmp_path):
    (tmp_path / "p.txt").write_text(
        "Privacy Policy\n\n  1. Sharing of Information. We may share personal information in the following cases:\n"
        "    1. to companies that provide services to us;\n    2. to respond to subpoenas.\n"
        "  2. Notification of Changes. We may change this policy and will post the new policy on this page.\n",
        encoding="utf-8")
    depths = {b.text.split(".")[0]: b.depth for b in read_policy(tmp_path / "p.txt").blocks if b.kind == "list_item"}
    assert depths["Sharing of Information"] == depths["Notification of Changes"] == 1
    assert depths["to companies that provide services to us;"] == depths["to respond to subpoenas"] == 2


def test_numbered_titles_in_plain_text_are_headings(tmp_path):
    (tmp_path / "p.txt").write_text(
        "Acme Privacy Policy\n\n1. Information we collect\n\n1.1 Information you give us\n"
        "We collect your name and email address.\n\n2. Sharing\nWe share data with:\n"
        "1. Your name\n2. Your email address\n\n3. How long we keep data\n\nWe keep it for a year.\n",
        encoding="utf-8")
    blocks = {b.text: b for b in read_policy(tmp_path / "p.txt").blocks}
    assert blocks["We collect your name and email address."].outline == (
        "1. Information we collect", "1.1 Information you give us")
    assert blocks["We keep it for a year."].section == "3. How long we keep data"
    # a numbered line next to another of the same numbering is a list item, not a title, the last one too
    assert blocks["Your name"].kind == blocks["Your email address"].kind == "list_item"
    assert blocks["Your name"].section == blocks["Your email address"].section == "2. Sharing"
    (tmp_path / "q.txt").write_text("Acme Privacy Policy\n\nWe use data to:\n1) Provide the service\n"
                                    "2) Improve the app\n\nWe keep your data safe with encryption.\n", encoding="utf-8")
    kinds = {b.text: b.kind for b in read_policy(tmp_path / "q.txt").blocks}
    assert kinds["Provide the service"] == kinds["Improve the app"] == "list_item"
