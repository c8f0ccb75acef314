"""One pass over a column of cells: invisible and control characters out, Excel error texts found.

The population reader runs it on every column a field reads; the column cleaners run ``visible_column`` on
text that did not come through the reader. The whole column joined decides the common cases at C speed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from spi_desktop.domain.visible import has_hidden, hidden_pattern, visible_text

_HIDDEN = hidden_pattern()

# Excel's, LibreOffice's and Google Sheets' error texts: #N/A, #REF!, #VALUE!, #NAME?, #DIV/0!, #ERROR!,
# #N/A N/A, #GETTING_DATA, Err:502 … ('#' then capitals, digits, '/' or '_', ending in '!', '?' or a letter)
_EXCEL_ERROR = re.compile(r"^\s*(#[A-Z][A-Z0-9/_]*(?: [A-Z][A-Z0-9/_]*)?[!?]?|Err:\d{3})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class ScannedColumn:
    """A column as the reader hands it on: its texts without hidden characters, which of them changed, and
    which hold a spreadsheet's error text (None when none does)."""

    texts: np.ndarray
    changed: np.ndarray
    errors: np.ndarray | None


def scan_column(texts: np.ndarray, errors: bool = True) -> ScannedColumn:
    """Remove invisible and control characters (``domain.visible``) and find Excel error texts (#N/A from a
    VLOOKUP that found nothing, #REF!, Err:502 …) in one pass.

    The whole column joined decides the common cases at C speed: printable ASCII throughout (else one regex
    search) means nothing is hidden; no '#' and no 'rr:' means no error text.
    """
    changed = np.zeros(len(texts), bool)
    if not len(texts):
        return ScannedColumn(texts, changed, None)
    joined = " ".join(texts.tolist())
    cleaned = texts
    if not (joined.isascii() and joined.isprintable()) and _HIDDEN.search(joined):
        changed = np.fromiter(map(has_hidden, texts.tolist()), bool, len(texts))
        cleaned = texts.copy()
        cleaned[changed] = [visible_text(text) for text in texts[changed].tolist()]
    found = None
    if errors and ("#" in joined or "rr:" in joined):
        hits = np.fromiter((("#" in t or "rr:" in t) and _EXCEL_ERROR.match(t) is not None
                            for t in cleaned.tolist()), bool, len(cleaned))
        found = hits if hits.any() else None
    return ScannedColumn(cleaned, changed, found)


def visible_column(texts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The texts without invisible and control characters (``domain.visible``), and which of them changed."""
    scanned = scan_column(texts, errors=False)
    return scanned.texts, scanned.changed


@dataclass(frozen=True)
class CleanedColumn:
    """Per row: the normalised value (None when unusable or empty) and the first problem (or None)."""

    values: pd.Series
    problems: pd.Series


def column_texts(raw: pd.Series) -> np.ndarray:
    """The cells as an object array of str, missing cells as ''."""
    return raw.to_numpy(dtype=object, na_value="")


def visible_texts(raw: pd.Series, already: bool) -> np.ndarray:
    """The cells as text without hidden characters; ``already`` when the reader removed them (``visible=True``
    on the cleaners below: the population reader does, and saves the second look)."""
    texts = column_texts(raw)
    return texts if already else visible_column(texts)[0]


def cleaned_column(raw: pd.Series, values: object, problems: object) -> CleanedColumn:
    """Values and problems as Series on ``raw``'s index."""
    return CleanedColumn(pd.Series(values, index=raw.index, dtype=object),
                         pd.Series(problems, index=raw.index, dtype=object))
