"""Where a problem with the user's data was found: file, row, column, and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RowProblem:
    """One problem in one cell (or row) of an imported file; row is the spreadsheet row number."""

    file: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        column = f", kolom {self.column}" if self.column else ""
        return f"{self.file}, baris {self.row}{column}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        """The problem as JSON-ready data."""
        return {"file": self.file, "row": self.row, "column": self.column, "message": self.message}
