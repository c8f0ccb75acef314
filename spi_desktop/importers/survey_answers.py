"""Read the anonymous answers of an SPI mandiri survey (Google Forms, KoboToolbox, LimeSurvey export).

Only the columns a questionnaire map names are read: name, e-mail, phone, IP address and timestamp
columns are never looked at, and their headers are only counted so the report can say they were ignored.
A bad answer (outside the scale, an unknown label) is left out with a row problem and the rest of the row
still counts; a row with an unknown OPD or group is left out whole. A row with a blank OPD counts only for
the whole institution (e.g. experts, who assess the institution, not one OPD).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.estimate import Respondent
from spi_desktop.domain.estimate_stats import scale_score
from spi_desktop.domain.formatting import parse_decimal
from spi_desktop.domain.problems import RowProblem
from spi_desktop.domain.unit_match import fold
from spi_desktop.importers.columns import HEADER_SEARCH_ROWS, column_letter
from spi_desktop.importers.parsed import Parsed
from spi_desktop.importers.survey_map import Question, QuestionnaireMap, is_identity_header
from spi_desktop.importers.table_reader import RawTable, cell_text, read_table


@dataclass
class ParsedAnswers(Parsed[Respondent]):
    """Respondents (scores only: ``rows``), problems, and what was left out, for one export file."""

    identity_columns: list[str] = field(default_factory=list)  # headers only, never their cells
    without_unit: int = 0
    unanswered: int = 0
    other_group_answers: int = 0


def _header(table: RawTable, questionnaire: QuestionnaireMap) -> tuple[int, dict[str, int]]:
    """The header row (0-based) and the column index of every map column; ``InputError`` when one is missing."""
    wanted = {fold(c): c for c in questionnaire.columns()}
    best_row, best = 0, dict[str, int]()
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        found: dict[str, int] = {}
        for position, cell in enumerate(row):
            key = fold(cell_text(cell))
            if key in wanted:
                if key in found:
                    raise InputError(f"{table.where()}, baris {index + 1}: judul kolom '{wanted[key]}' muncul lebih "
                                     "dari sekali; ubah salah satunya agar peta kuesioner tidak keliru")
                found[key] = position
        if len(found) > len(best):
            best_row, best = index, found
    missing = [text for key, text in wanted.items() if key not in best]
    if missing:
        shown = "; ".join(f"'{text}'" for text in missing[:5]) + (" …" if len(missing) > 5 else "")
        raise InputError(f"{table.where()}: {len(missing)} kolom dari peta kuesioner {questionnaire.file_name} tidak "
                         f"ada di berkas (dicari di {HEADER_SEARCH_ROWS} baris pertama): {shown}")
    return best_row, {wanted[key]: position for key, position in best.items()}


def _answer(text: str, question: Question, labels: Mapping[str, float]) -> float:
    """A cell as a 0–100 score; ``ValueError`` with an Indonesian reason."""
    value = labels.get(fold(text))
    if value is None:
        try:
            value = parse_decimal(text)
        except ValueError:
            known = ", ".join(f"'{k}'" for k in list(labels)[:6])
            raise ValueError(f"Jawaban '{text}' bukan angka {question.scale.text()} dan bukan label yang dikenal"
                             + (f" ({known} …)" if known else "")) from None
    return scale_score(value, question.scale, question.reverse)


def read_answers(path: Path, questionnaire: QuestionnaireMap, units: Mapping[str, str | None],
                 sheet: str | None = None) -> ParsedAnswers:
    """Read an export with ``questionnaire``; ``units`` is ``domain.unit_match.name_lookup`` of the OPD taking
    part."""
    table = read_table(path, sheet)
    header_row, columns = _header(table, questionnaire)
    headers = [cell_text(c) for c in table.rows[header_row]]
    parsed = ParsedAnswers(table.where())
    parsed.identity_columns = [h for h in headers if h and is_identity_header(h)]
    labels = dict(questionnaire.answer_labels)

    def place(column: str) -> str:
        return f"{column_letter(columns[column])} ({column})"

    for index in range(header_row + 1, len(table.rows)):
        row, number = table.rows[index], index + 1

        def cell(column: str, row: list[object] = row) -> str:
            position = columns[column]
            return cell_text(row[position]) if position < len(row) else ""

        if not any(cell(c) for c in columns):
            continue
        parsed.read += 1
        unit: str | None = None
        if questionnaire.unit_column:
            text = cell(questionnaire.unit_column)
            unit = units.get(fold(text)) if text else None
            if text and not unit:
                reason = ("cocok dengan lebih dari satu OPD; tulis kodenya" if fold(text) in units else
                          "bukan kode, nama, singkatan atau nama lain OPD yang aktif di tahun survei ini")
                parsed.problems.append(RowProblem(parsed.file_name, number, place(questionnaire.unit_column),
                                                  f"OPD '{text}' tidak dikenal: {reason} (baris dilewati)"))
                continue
        row_group: str | None = None
        if questionnaire.group_column:
            text = cell(questionnaire.group_column)
            row_group = questionnaire.group_for(text) or None
            if row_group is None:
                parsed.problems.append(RowProblem(parsed.file_name, number, place(questionnaire.group_column),
                                                  f"Kelompok responden '{text}' tidak dikenal (baris dilewati)"
                                                  if text else "Kelompok responden kosong (baris dilewati)"))
                continue
        sheets: dict[str, Respondent] = {}
        for question in questionnaire.questions:
            text = cell(question.column)
            if not text or fold(text) in questionnaire.ignore_values:
                continue
            if row_group is not None and question.group != row_group:
                parsed.other_group_answers += 1
                continue
            try:
                score = _answer(text, question, labels)
            except ValueError as error:
                parsed.problems.append(RowProblem(parsed.file_name, number, place(question.column), str(error)))
                continue
            respondent = sheets.setdefault(question.group, Respondent(number, question.group, unit))
            respondent.items.setdefault(question.element, []).append(score)
        if not sheets:
            parsed.unanswered += 1
            continue
        if unit is None:
            parsed.without_unit += 1
        parsed.rows.extend(sheets.values())
    return parsed
