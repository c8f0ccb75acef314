"""No shipped file names the project's own notes: users see public sources (KPK's reports and letters)."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "spi_desktop"
#: What a citation of the team's reference notes looked like.
INTERNAL = ("spi-reference", "shared/domain", "shared/design")


def test_no_shipped_file_cites_an_internal_path() -> None:
    citing = []
    for path in PACKAGE.rglob("*"):
        if path.is_file() and path.suffix in (".py", ".json", ".ts", ".csv", ".txt"):
            text = path.read_text(encoding="utf-8", errors="replace")
            citing += [f"{path.relative_to(PACKAGE)}: {word}" for word in INTERNAL if word in text]
    assert citing == []
