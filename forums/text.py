"""Text helpers for posts: search configuration per language, fingerprints, mentions."""

import hashlib
import re

# PostgreSQL's built-in text search configurations for our languages; anything else: simple.
SEARCH_CONFIG_BY_LANGUAGE = {
    "en": "english",
    "sv": "swedish",
    "da": "danish",
    "nb": "norwegian",
    "nl": "dutch",
}
SEARCH_CONFIGS = [*SEARCH_CONFIG_BY_LANGUAGE.values(), "simple"]

MENTION_PATTERN = re.compile(r"(?<![\w@])@(\w[\w'\-]*(?:[ \t]+\w[\w'\-]*){0,3})")
MAX_MENTIONS_PER_POST = 20


def search_config(language: str) -> str:
    return SEARCH_CONFIG_BY_LANGUAGE.get(language, "simple")


def fingerprint(text: str) -> str:
    """Equal for texts that differ only in case, punctuation and spacing."""
    words = re.findall(r"\w+", (text or "").casefold())
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


def mention_occurrences(text: str) -> list[list[str]]:
    """For each @, the lower-cased names it may mean, shortest first:
    [["anna", "anna lindqvist"]]."""
    occurrences = []
    for match in MENTION_PATTERN.finditer(text or ""):
        words = match.group(1).split()
        occurrences.append([" ".join(words[:n]).casefold() for n in range(1, len(words) + 1)])
        if len(occurrences) >= MAX_MENTIONS_PER_POST * 2:
            break
    return occurrences


def mention_candidates(text: str) -> set[str]:
    """Lower-cased names that may follow an @: "@Anna Lindqvist thanks" -> anna, anna lindqvist…"""
    candidates = set()
    for match in MENTION_PATTERN.finditer(text or ""):
        words = match.group(1).split()
        for length in range(1, len(words) + 1):
            candidates.add(" ".join(words[:length]).casefold())
        if len(candidates) > MAX_MENTIONS_PER_POST * 4:
            break
    return candidates
