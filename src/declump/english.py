"""English word frequencies, as evidence whether a Latin word is a compound of two.

A compound broken at its hyphen at the line end (``large-``/``scale``) must keep the
hyphen, a word cut there (``distribu-``/``tion``) must not; pdftotext's default mode even
closes such compounds up (``largescale``). The page rarely prints the word again, so a word
list with frequencies is the better witness: ``largescale`` is no English word, ``large``
and ``scale`` are common ones.

The frequencies are those of pyspellchecker's English dictionary (``SpellChecker(language=
"en").word_frequency``: 160 k words, each with its count in a large corpus). It is loaded
on first use, once per process, so pages without a hyphen decision to make (Chinese pages)
never pay for it: about 0.35 s and 38 MiB of peak memory. Without the package every word is
unknown, and only the page's own spellings and declump's short lists of compound parts
decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

# pyspellchecker's dictionary gives its rarest words a count of 50 (dictionary words never
# seen in its corpus: ``voussoir``, ``rowlock``, but also the closed-up ``nonconvertible``
# and ``postelection``); a word known better than that is a word of its own.
MIN_WORD_COUNT = 51
# Each part of a closed-up compound is a common word: counted this often in the
# dictionary's corpus (``scale`` 16 837, ``budget`` 14 695, ``rated`` 3 035; a syllable
# that happens to be a rare word, ``hon``, ``ware``, counts a few hundred).
MIN_PART_COUNT = 1000
# Each part has at least this many letters (a shorter one is a syllable: ``up``, ``an``).
MIN_PART_LETTERS = 3
# A second part this long that is a word of the list is no syllable, however rare
# (``money-orientated``; ``orientated`` counts 114). On the English dev pages, one compound
# found, none wrongly; at 6 letters, the same.
MIN_LONG_PART_LETTERS = 8
# Prefixes that close up with a common word into no word (``postmerger``,
# ``antiimmigration``, ``nonconvertible``), though too short or too rare to be words themselves.
PREFIXES = ("anti", "post", "non", "pre", "mid", "re", "co", "ex")
# British spellings the American dictionary lacks, and their American forms (``rumours``,
# ``programme``, ``criticised``, ``offences`` are words, not ``rum-ours``).
_BRITISH = (
    (re.compile(r"our(?=s?$|ed$|ing$|ite|able|ful)"), "or"),
    (re.compile(r"(?<=[^aeiou])re(?=s?$|d$)"), "er"),
    (re.compile(r"is(?=e[sd]?$|ing$|ation)"), "iz"),
    (re.compile(r"ys(?=e[sd]?$|ing$)"), "yz"),
    (re.compile(r"mme(?=s?$)"), "m"),
    (re.compile(r"ll(?=ed$|ing$|er$|ers$)"), "l"),
    (re.compile(r"ae|oe"), "e"),
    (re.compile(r"(?<=[fc])ence(?=s?$)"), "ense"),
)

# An inflected form, and its stem (``rehired``: ``rehir`` + e, ``redeveloped``: ``redevelop``).
_INFLECTED = re.compile(r"([a-z]{3,}?)(?:ed|ing|e?s)")


@cache
def _counts() -> Callable[[str], int]:
    """The dictionary's count of a word in lower case (0 when unknown), loaded once."""
    try:
        from spellchecker import SpellChecker
    except ImportError:  # declared as a dependency; without it the page alone decides
        return lambda word: 0
    dictionary = SpellChecker(language="en").word_frequency.dictionary
    return lambda word: dictionary.get(word, 0)


def count(word: str) -> int:
    """How often the dictionary's corpus has ``word`` (any case; 0 when unknown).

    >>> count("known") > count("wellknown") == 0
    True
    """
    return _counts()(word.lower())


def is_word(word: str) -> bool:
    """Whether ``word`` is an English word of its own, in American or British spelling, or
    an inflection of one (the dictionary lacks many: ``redeveloped``, but ``redevelop``).

    >>> is_word("rehire"), is_word("rumours"), is_word("redeveloped"), is_word("largescale")
    (True, True, True, False)
    """
    word = word.lower()
    if count(word) >= MIN_WORD_COUNT:
        return True
    forms = [pattern.sub(american, word) for pattern, american in _BRITISH]
    if inflected := _INFLECTED.fullmatch(word):
        forms += [inflected.group(1), inflected.group(1) + "e"]
    return any(count(form) >= MIN_WORD_COUNT for form in forms)


def is_common(word: str) -> bool:
    """Whether ``word`` is a common English word (see ``MIN_PART_COUNT``)."""
    return len(word) >= MIN_PART_LETTERS and count(word) >= MIN_PART_COUNT


def _long_word(word: str) -> bool:
    """Whether ``word`` is a word of the list too long to be a syllable (MIN_LONG_PART_LETTERS)."""
    return len(word) >= MIN_LONG_PART_LETTERS and is_word(word)


def is_compound(head: str, rest: str) -> bool:
    """Whether ``head`` and ``rest`` (in lower case) are the parts of a compound rather than
    of one word: closed up they are no word, apart they are two common words or a prefix
    and a common word (the second part may also be a long word of the list, however rare).

    >>> is_compound("large", "scale"), is_compound("anti", "immigration")
    (True, True)
    >>> is_compound("forth", "coming"), is_compound("re", "hire"), is_compound("disap", "pointing")
    (False, False, False)
    """
    if not (is_common(rest) or _long_word(rest)) or (head not in PREFIXES and not is_common(head)):
        return False
    return not is_word(head + rest)


def compound_split(word: str) -> int | None:
    """Where ``word`` (in lower case, letters only) splits into the parts of a closed-up
    compound (:func:`is_compound`); the split whose rarer part is the most common wins.

    >>> w = "largescale"; k = compound_split(w); w[:k], w[k:]
    ('large', 'scale')
    >>> compound_split("distribution"), compound_split("rehire"), compound_split("zyxwvut")
    (None, None, None)
    """
    if is_word(word):
        return None
    best, cut = 0, None
    for k in range(1, len(word) - MIN_PART_LETTERS + 1):
        head, rest = word[:k], word[k:]
        if not is_compound(head, rest):
            continue
        strength = count(rest) if head in PREFIXES else min(count(head), count(rest))
        if strength > best:
            best, cut = strength, k
    return cut
