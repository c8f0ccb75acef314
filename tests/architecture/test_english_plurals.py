"""English counts read as English: no "1 rows", "1 days left" or "1 files written".

Indonesian nouns do not change with a count ("1 baris", "3 baris"); English ones do. A message whose English puts
a count straight before a plural noun must be a numerus message (``tr("… %n baris …", "", count)``, its two
English forms in the .ts), or be worded so that no noun follows the count ("Rows read: %1"). This test reads the
English translation file, so a new message of this kind fails here until it is one or the other.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[2] / "spi_desktop" / "resources" / "translations" / "spi_en.ts"
# a count, at most one word between (an adjective: "%1 PDF files", "%1 more problems"), then a plural noun
COUNT_NOUN = re.compile(r"%\d\s+(?:[\w-]+\s+)?([a-z][\w-]*s)\b")
NOT_NOUNS = {"is", "was", "has", "its", "this", "as", "us", "yes", "plus", "status", "across", "does", "goes",
             "means", "shows", "holds", "keeps", "takes", "gives", "needs", "uses", "reads", "writes", "looks",
             "stays", "counts", "starts", "ends", "follows", "says", "becomes", "remains", "less", "unless",
             "whereas", "always", "perhaps", "towards", "afterwards", "exists", "comes",
             "contains"}
YEAR = re.compile(r"\b(?:SPI|[Yy]ear)\s+$")  # "SPI %1 scorecards", "Year %1 already…": %1 is a year, not a count
# the count in these is never one, by what it counts (the source text, and why)
NEVER_ONE = {
    "%1 baris": "views/import_words.rows_count says one row apart ('1 baris')",
    "(%1 masalah pertama ditampilkan)": "the constant PROBLEMS_SHOWN, hundreds",
    "Kata sandi minimal %1 karakter": "domain.passwords' minimum length",
    "Frasa sandi cadangan minimal %1 karakter": "the backups' constant minimum length",
    "Setelah %1 kali gagal, akun %2 dikunci sampai %3": "the sign-in's constant number of attempts",
    "Teks rekomendasi paling panjang %1 karakter (sekarang %2)": "the catalogue's constant maximum",
}
PIXELS = re.compile(r"%\d × %\d pixels")  # a chart's size


def plural_after_count(text: str) -> str | None:
    """The plural noun that follows a count in ``text``, None when there is none."""
    text = PIXELS.sub("", text)
    for match in COUNT_NOUN.finditer(text):
        if match.group(1).lower() not in NOT_NOUNS and not YEAR.search(text[:match.start()]):
            return match.group(0)
    return None


def test_a_count_before_a_plural_english_noun_is_a_numerus_message() -> None:
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (message.get("numerus") == "yes" or translation is None or not translation.text
                    or message.findtext("source") in NEVER_ONE):
                continue
            if hit := plural_after_count(translation.text):
                found.append(f"{name}: {hit!r} in {translation.text[:100]!r}")
    assert not found, f"{len(found)} messages:\n" + "\n".join(found)


def test_the_rule_sees_what_it_is_for() -> None:
    assert plural_after_count("%1 rows read") == "%1 rows"
    assert plural_after_count("%1 PDF files written to %2") == "%1 PDF files"
    assert plural_after_count("Rows read: %1") is None
    assert plural_after_count("%1 is empty") is None
    assert plural_after_count("Chart saved to %1 (%2 × %3 pixels).") is None
    assert plural_after_count("SPI %1 scorecards: one page per OPD") is None
    assert plural_after_count("Starts in %1 days") == "%1 days"
