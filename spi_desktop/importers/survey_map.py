"""The questionnaire map of an SPI mandiri survey: which export column is which element, group and scale.

A map is a JSON file (see resources/estimate/peta-kuesioner-contoh.json)::

    {"name": "...", "scale": {"min": 1, "max": 4}, "unit_column": "Perangkat Daerah",
     "group_column": {"column": "Anda mengisi sebagai", "values": {"Pegawai": "internal"}}  (or "group": "internal"),
     "subindex": "elements" | "respondents" (optional),
     "questions": [{"column": "<header text>", "element": "transparansi", "group": "internal",
                    "reverse": false, "scale": {"min": 1, "max": 10} (optional)}],
     "ignore_values": ["Tidak tahu"], "answer_labels": {"Sangat tidak setuju": 1, ...}}

A broken map is refused as a whole, naming the map file and the question.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spi_desktop.domain.errors import InputError
from spi_desktop.domain.estimate import SUBINDEX_ELEMENTS, SUBINDEX_METHODS
from spi_desktop.domain.estimate_stats import Scale
from spi_desktop.domain.survey_year import Element
from spi_desktop.domain.unit_match import fold
from spi_desktop.importers.columns import normalise_header
from spi_desktop.importers.population_columns import EMAIL, NAME, NIP, PHONE
from spi_desktop.importers.progress import group_of

DEFAULT_IGNORE = ("Tidak tahu",)  # always "not answered", whatever the map adds
# Headers that identify a person or a moment of answering (Google Forms, KoboToolbox, LimeSurvey): never read.
IDENTITY_HEADERS = frozenset(
    normalise_header(text)
    for spec in (NAME, PHONE, EMAIL, NIP)
    for text in (spec.label, *spec.synonyms)
) | frozenset({
    "timestamp", "cap waktu", "waktu", "tanggal", "tanggal pengisian", "waktu pengisian", "start", "end",
    "today", "submission time", "submitted by", "uuid", "id", "deviceid", "device id", "username",
    "nama pengguna", "phonenumber", "simserial", "subscriberid", "submitdate", "startdate", "datestamp",
    "ipaddr", "ip", "ip address", "alamat ip", "refurl", "nik", "stempel waktu", "response id", "date submitted",
    "date started", "date last action", "referrer url",
})


def is_identity_header(header: str) -> bool:
    """Whether a column header names a person's identity, contact or the time of answering."""
    return normalise_header(header) in IDENTITY_HEADERS


@dataclass(frozen=True)
class Question:
    """One mapped question: its export column, element code, respondent group, scale and direction."""

    column: str
    element: str
    group: str
    scale: Scale
    reverse: bool = False


@dataclass(frozen=True)
class QuestionnaireMap:
    """A checked questionnaire map."""

    file_name: str
    name: str
    questions: tuple[Question, ...]
    unit_column: str | None = None
    group_column: str | None = None
    group_values: tuple[tuple[str, str], ...] = ()  # folded answer text -> group
    fixed_group: str | None = None
    ignore_values: frozenset[str] = frozenset()  # folded
    answer_labels: tuple[tuple[str, float], ...] = ()  # folded label -> value on the scale
    subindex_method: str = SUBINDEX_ELEMENTS

    def columns(self) -> list[str]:
        """Every export column the map reads."""
        extra = [c for c in (self.unit_column, self.group_column) if c]
        return extra + [q.column for q in self.questions]

    def group_for(self, text: str) -> str:
        """The group a group-column answer means ('' when unknown)."""
        return dict(self.group_values).get(fold(text)) or group_of(text)


def _fail(where: str, message: str) -> InputError:
    return InputError(f"{where}: {message}")


def _scale(value: Any, where: str) -> Scale:
    if not isinstance(value, dict) or not {"min", "max"} <= value.keys():
        raise _fail(where, 'skala harus berbentuk {"min": 1, "max": 4}')
    low, high = value["min"], value["max"]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (low, high)):
        raise _fail(where, "nilai min dan max skala harus angka")
    try:
        return Scale(float(low), float(high))
    except ValueError as error:
        raise _fail(where, str(error)) from None


def _group(value: Any, where: str) -> str:
    group = group_of(str(value or ""))
    if not group:
        raise _fail(where, f"kelompok '{value}' tidak dikenal; tulis internal, eksternal atau eksper")
    return group


def _text(data: dict[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, f"'{key}' harus berisi teks judul kolom")
    if is_identity_header(value):
        raise _fail(where, f"kolom '{value}' berisi identitas atau waktu pengisian dan tidak boleh dipakai")
    return " ".join(value.split())


def _read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise InputError(f"Peta kuesioner {path} tidak ditemukan")
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"Peta kuesioner {path.name} tidak dapat dibaca: {error}") from error
    except json.JSONDecodeError as error:
        raise InputError(f"{path.name}, baris {error.lineno}: bukan JSON yang sah ({error.msg})") from error
    if not isinstance(data, dict):
        raise _fail(path.name, "isi peta kuesioner harus satu objek JSON")
    return data


def load_map(path: Path, elements: Sequence[Element]) -> QuestionnaireMap:
    """Read and check a questionnaire map against the survey year's elements; ``InputError`` when broken."""
    data = _read_json(path)
    name = path.name
    scale = _scale(data.get("scale"), f"{name}, 'scale'")
    by_key = {fold(e.code): e.code for e in elements} | {fold(e.name): e.code for e in elements}
    group_column: str | None = None
    group_values: tuple[tuple[str, str], ...] = ()
    spec = data.get("group_column")
    if isinstance(spec, dict):
        group_column = _text(spec, "column", f"{name}, 'group_column'")
        values = spec.get("values") or {}
        if not isinstance(values, dict):
            raise _fail(f"{name}, 'group_column'", "'values' harus objek jawaban -> kelompok")
        group_values = tuple((fold(k), _group(v, f"{name}, 'group_column' '{k}'")) for k, v in values.items())
    elif spec is not None:
        group_column = _text(data, "group_column", name)
    fixed_group = _group(data["group"], f"{name}, 'group'") if data.get("group") is not None else None
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise _fail(name, "'questions' harus daftar pertanyaan yang tidak kosong")
    questions: list[Question] = []
    for number, item in enumerate(raw_questions, start=1):
        where = f"{name}, pertanyaan ke-{number}"
        if not isinstance(item, dict):
            raise _fail(where, "setiap pertanyaan harus objek JSON")
        column = _text(item, "column", where)
        if column is None:
            raise _fail(where, "'column' (judul kolom di berkas ekspor) wajib diisi")
        where = f"{where} (kolom '{column}')"
        code = by_key.get(fold(item.get("element")))
        if code is None:
            known = ", ".join(e.code for e in elements)
            raise _fail(where, f"elemen '{item.get('element')}' tidak dikenal di tahun survei ini; pilih: {known}")
        group_value = item.get("group", fixed_group)
        if group_value is None:
            raise _fail(where, "'group' wajib diisi (internal, eksternal atau eksper) bila peta tanpa 'group'")
        reverse = item.get("reverse", False)
        if not isinstance(reverse, bool):
            raise _fail(where, "'reverse' harus true atau false")
        own_scale = _scale(item["scale"], where) if item.get("scale") is not None else scale
        questions.append(Question(column, code, _group(group_value, where), own_scale, reverse))
    columns = [fold(c) for c in [q.column for q in questions] + [data.get("unit_column"), group_column] if c]
    twice = sorted({c for c in columns if columns.count(c) > 1})
    if twice:
        raise _fail(name, f"kolom dipakai lebih dari sekali: {', '.join(twice)}")
    labels = data.get("answer_labels") or {}
    ignore = data.get("ignore_values", [])
    if not isinstance(labels, dict) or not all(isinstance(v, int | float) and not isinstance(v, bool)
                                               for v in labels.values()):
        raise _fail(name, "'answer_labels' harus objek label -> angka, mis. {\"Setuju\": 3}")
    if not isinstance(ignore, list) or not all(isinstance(v, str) for v in ignore):
        raise _fail(name, "'ignore_values' harus daftar teks, mis. [\"Tidak tahu\"]")
    method = data.get("subindex", SUBINDEX_ELEMENTS)
    if method not in SUBINDEX_METHODS:
        raise _fail(name, f"'subindex' harus salah satu dari: {', '.join(SUBINDEX_METHODS)}")
    return QuestionnaireMap(
        file_name=name,
        name=str(data.get("name") or path.stem),
        questions=tuple(questions),
        unit_column=_text(data, "unit_column", name),
        group_column=group_column,
        group_values=group_values,
        fixed_group=fixed_group,
        ignore_values=frozenset(fold(v) for v in [*DEFAULT_IGNORE, *ignore]),
        answer_labels=tuple((fold(k), float(v)) for k, v in labels.items()),
        subindex_method=str(method),
    )
