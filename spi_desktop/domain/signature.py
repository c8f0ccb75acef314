"""Who signs the scorecards, and where: the signing place and the signer's title, with defaults taken from the
institution's name (a kabupaten or kota, never its province), and the signer's name and NIP."""

from __future__ import annotations

from dataclasses import dataclass

# Words an institution's name may start with before its region: 'Pemerintah Kabupaten Sukamaju' -> 'Sukamaju'.
_GOVERNMENT = ("pemerintah", "pemkab", "pemkot", "pemprov")
_REGION_WORDS = {"kabupaten": "Kabupaten", "kab.": "Kabupaten", "kab": "Kabupaten", "kota": "Kota",
                 "provinsi": "Provinsi", "prov.": "Provinsi", "prov": "Provinsi"}
_SHORT_FORMS = {"pemkab": "Kabupaten", "pemkot": "Kota", "pemprov": "Provinsi"}
_TYPE_WORDS = {"kabupaten": "Kabupaten", "kota": "Kota", "provinsi": "Provinsi"}
DEFAULT_TITLE = "Inspektur"


@dataclass(frozen=True)
class Signature:
    """The signature block of a scorecard; ``place`` or ``name`` may be empty (the card then leaves them out)."""

    place: str
    title: str
    name: str = ""
    nip: str = ""


def region_of(name: str, kind: str) -> tuple[str, str]:
    """The region word and name an institution's name carries: ('Kabupaten', 'Sukamaju') for 'Pemerintah
    Kabupaten Sukamaju' or 'Pemkab Sukamaju'; ('', '') when ``kind`` is not a regional government or the name
    does not say which."""
    if kind not in _TYPE_WORDS:
        return "", ""
    words = name.split()
    word = _TYPE_WORDS[kind]
    if words and words[0].lower() in _GOVERNMENT:
        word = _SHORT_FORMS.get(words[0].lower(), word)
        words = words[1:]
    if words and words[0].lower() in _REGION_WORDS:
        word = _REGION_WORDS[words[0].lower()]
        words = words[1:]
    region = " ".join(words)
    return (word, region) if region else ("", "")


def default_place(name: str, kind: str) -> str:
    """Where a kabupaten's or kota's cards are signed by default: its own name ('Sukamaju'); a province, a
    ministry or an agency has no place in its name, so the default is empty and the user types it."""
    word, region = region_of(name, kind)
    return region if word in ("Kabupaten", "Kota") else ""


def default_title(name: str, kind: str) -> str:
    """The signer's title by default: 'Inspektur Kabupaten Sukamaju', 'Inspektur Provinsi Jawa Barat', or
    'Inspektur' where the name does not give a region."""
    word, region = region_of(name, kind)
    return f"{DEFAULT_TITLE} {word} {region}" if region else DEFAULT_TITLE
