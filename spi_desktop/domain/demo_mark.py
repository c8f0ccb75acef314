"""The mark every export of a demo (training) workspace carries, so its data can never pass for real data.

Imports into a real workspace look for it in a file's first lines and refuse the file. The workspace itself is
marked by the setting ``DEMO_KEY`` (true in a demo workspace).
"""

from __future__ import annotations

from collections.abc import Iterable

DEMO_KEY = "workspace.demo"
DEMO_MARK = "DATA DEMO PELATIHAN — fiktif, bukan data nyata; jangan dikirim ke KPK"
_KEY = "DATA DEMO PELATIHAN"


def carries_demo_mark(cells: Iterable[object]) -> bool:
    """Whether any of ``cells`` (a file's first rows, flattened) holds the demo mark."""
    return any(_KEY in str(cell).upper() for cell in cells if cell is not None)
