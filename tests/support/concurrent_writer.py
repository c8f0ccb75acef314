"""One writer process of the two-writer test (tests/db/test_concurrency.py).

``python -m tests.support.concurrent_writer URL NAME PASSWORD_FILE EDITS CODES START_FILE`` signs in as NAME, waits
until START_FILE exists (so both writers start together), then makes EDITS edits round-robin over the OPD
CODES (comma-separated). Each edit reads the OPD, adds one to the counter kept in its short name and saves
with the version it read, as the OPD dialog does. A ``ConflictError`` is counted, its message kept, and the
next edit starts from a fresh read. Prints one JSON line: successes, conflicts, messages, other errors.
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

from spi_desktop.db.session import Database
from spi_desktop.services import accounts
from spi_desktop.services.concurrency import ConflictError
from spi_desktop.services.units import get_unit, save_unit


def run(url: str, name: str, password_file: Path, edits: int, codes: list[str], start_file: Path) -> dict[str, object]:
    """Make ``edits`` edits and report what happened."""
    database = Database(url)
    accounts.sign_in(database, name, password_file.read_text().strip())
    deadline = time.monotonic() + 60
    while not start_file.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    successes = {code: 0 for code in codes}
    conflicts: list[str] = []
    errors: list[str] = []
    for attempt in range(edits):
        code = codes[attempt % len(codes)]
        info = get_unit(database, code)
        counter = int(info.record.short_name or 0)
        time.sleep(random.uniform(0, 0.002))  # the user's typing: the window another writer can land in
        try:
            save_unit(database, replace(info.record, short_name=str(counter + 1)), code,
                      expected_version=info.version)
            successes[code] += 1
        except ConflictError as error:
            conflicts.append(str(error))
        except Exception as error:  # counted, so the test fails saying what it was
            errors.append(f"{type(error).__name__}: {error}")
    database.close()
    return {"name": name, "successes": successes, "conflicts": len(conflicts), "messages": conflicts[:1000],
            "errors": errors}


if __name__ == "__main__":
    url, name, password_file, edits, codes, start_file = sys.argv[1:7]
    print(json.dumps(run(url, name, Path(password_file), int(edits), codes.split(","), Path(start_file))))
