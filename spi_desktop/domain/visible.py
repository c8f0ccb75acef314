"""Characters nobody can see: control and format characters that arrive in pasted or exported text.

A name that holds only a zero-width space looks empty but is not; a backspace or a NUL makes Excel's file
format (and openpyxl) refuse the export that contains it; a lone surrogate cannot be written as UTF-8 at all.
``visible_text`` removes them before anything checks or stores a value: control characters that separate words
(vertical tab, form feed, the information separators, NEL, the Unicode line and paragraph separators) become a
space, the others are removed. Tab, line feed and carriage return are ordinary white space and stay.
"""

from __future__ import annotations

import re

# Become a space: they separate what stands on either side.
_SEPARATING = "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"
# Removed: C0/C1 controls, DEL, soft hyphen, format characters (zero-width space/joiners, direction marks,
# word joiner, invisible operators, BOM), interlinear annotation marks, tag characters, lone surrogates and the
# fillers that chat apps use to send a "blank" name (Hangul fillers, the blank Braille pattern).
_REMOVED = ("\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
            "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"
            "\ud800-\udfff\U000e0000-\U000e007f")
_HIDDEN = re.compile(f"[{_SEPARATING}{_REMOVED}]")
_SEPARATOR = re.compile(f"[{_SEPARATING}]")
_GONE = re.compile(f"[{_REMOVED}]")


def has_hidden(text: str) -> bool:
    """Whether ``text`` holds a character ``visible_text`` would change."""
    if text.isascii() and text.isprintable():  # the common case: no ASCII printable character is hidden
        return False
    return _HIDDEN.search(text) is not None


def visible_text(text: str) -> str:
    """``text`` without invisible and control characters (word-separating ones become a space)."""
    if not has_hidden(text):
        return text
    return _GONE.sub("", _SEPARATOR.sub(" ", text))


def hidden_pattern() -> re.Pattern[str]:
    """The compiled character class of everything ``visible_text`` changes (for whole-column searches)."""
    return _HIDDEN
