"""One file of a returned pile: which group and OPD it is for (and how that was told), read and checked.

The reading and the checking are the single import's own (``read_population_file``, ``check_frame``); what is
added here is only the recognition, and the keys the files of one pile hand to each other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spi_desktop.domain.collection_marker import TemplateMarker
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.survey_year import SurveyYear
from spi_desktop.domain.unit_match import fold, name_lookup
from spi_desktop.domain.unit_record import UnitRecord
from spi_desktop.importers.file_gate import open_gate
from spi_desktop.importers.population import MappedFrame, read_population_file
from spi_desktop.importers.population_columns import GROUP_COLUMNS, GROUP_LABELS
from spi_desktop.importers.population_rules import StoredKeys
from spi_desktop.reports.collection_template import DATA_SHEET, GUIDE_SHEET
from spi_desktop.services.population import file_hash
from spi_desktop.services.population_facts import ListFacts, check_frame
from spi_desktop.services.population_intake_files import group_from_name, unit_from_name
from spi_desktop.services.population_result import PopulationImportResult

RECOGNISED_BY = ("template", "column", "file_name", "option")


@dataclass(frozen=True)
class IntakeQuestion:
    """What the user must answer before a file is imported: a ``code`` (unit, group, same_list, earlier,
    shared_earlier, other_year) and its ``values``; ``text`` is the Indonesian sentence the CLI prints (a view
    words the code in its own language)."""

    code: str
    values: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The question in Indonesian."""
        v = self.values
        if self.code == "unit":
            return ("OPD tidak dikenali: berkas tidak membawa penanda format, tidak punya kolom OPD, dan namanya tidak "
                    "memuat kode atau nama OPD; pilih OPD-nya")
        if self.code == "group":
            return ("Kelompok daftar (pegawai, pengguna layanan atau eksper) tidak dikenali dari berkas maupun "
                    "namanya; pilih kelompoknya")
        if self.code == "same_list":
            owner = f"OPD {v[2]}" if v[2] else "instansi"
            return f"Ada {v[0]} berkas daftar {_label(v[1])} untuk {owner} ({v[3]}); pilih satu dan jangan ikutkan " \
                   "yang lain"
        if self.code == "earlier":
            return f"OPD {v[0]} sudah mengirim daftar {_label(v[1])} (impor nomor {v[2]}); pilih ganti daftar lama " \
                   "atau tambahkan ke daftar itu"
        if self.code == "shared_earlier":
            return f"Daftar {_label(v[1])} OPD {v[0]} yang tersimpan (impor nomor {v[2]}) juga memuat OPD lain; " \
                   "daftar itu tidak dapat diganti dari sini, hanya ditambah"
        return f"Format ini untuk tahun survei {v[0]}, bukan {v[1]}; impor hanya bila Anda yakin isinya daftar " \
               f"tahun {v[1]}"


def _label(group: str) -> str:
    return GROUP_LABELS.get(group, group)


@dataclass
class IntakeFile:
    """A file of the pile as the preview judged it. ``refused`` says why nothing of it can be imported;
    ``questions`` what the user must answer first; ``result`` the dry run's counts and problems."""

    file: str
    path: Path
    group: str | None = None
    group_by: str | None = None  # template | option | file_name
    unit: str | None = None
    unit_name: str | None = None
    recognised_by: str | None = None  # one of RECOGNISED_BY
    marker_year: int | None = None
    result: PopulationImportResult | None = None
    refused: str | None = None
    questions: list[IntakeQuestion] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    earlier_batches: list[int] = field(default_factory=list)
    earlier: str | None = None  # replace | add, once the user has said
    same_list: list[str] = field(default_factory=list)
    late: bool = False
    units_in_column: int = 0
    frame: MappedFrame | None = field(default=None, repr=False)

    @property
    def unrecognised(self) -> bool:
        """Nobody could tell the group, or the OPD of a list that needs one."""
        return self.refused is None and (self.group is None or self.group != "expert" and self.recognised_by is None)

    @property
    def ready(self) -> bool:
        """Checked, nothing refused, nothing left to ask: imported as it stands."""
        return self.refused is None and not self.questions and self.result is not None and not self.unrecognised

    @property
    def unit_option(self) -> str | None:
        """The OPD every row is filed under (None when the rows' own OPD column says, or for the expert list)."""
        return self.unit if self.recognised_by in {"template", "file_name", "option"} and self.group != "expert" \
            else None

    def refuse(self, reason: str) -> None:
        """Nothing of this file is imported, for ``reason`` (the first reason found is the one shown)."""
        if self.refused is None:
            self.refused = reason

    def ask(self, code: str, *values: object) -> None:
        """The user must answer the question ``code`` (with ``values``) before this file is imported."""
        self.questions.append(IntakeQuestion(code, tuple(str(value) for value in values)))


class PileKeys:
    """The phones, e-mails and NIPs the pile's earlier files will store, so later files see them as stored."""

    def __init__(self) -> None:
        self._by_group: dict[str, dict[str, dict[str, str]]] = {}

    def stored_for(self, group: str, base: StoredKeys) -> StoredKeys:
        """``base`` plus this pile's earlier files: same group as duplicates, other groups as warnings."""
        other = {key: dict(owners) for key, owners in base.other_groups.items()}
        for owner, keys in self._by_group.items():
            if owner != group:
                for key in ("phone", "email"):
                    for value in keys.get(key, {}):
                        other.setdefault(key, {}).setdefault(value, GROUP_LABELS.get(owner, owner))
        earlier = {key: dict(values) for key, values in self._by_group.get(group, {}).items()}
        return StoredKeys(base.same_group, other, earlier)

    def add(self, group: str, file: str, found: Mapping[str, Mapping[str, str]]) -> None:
        """A file that will be imported: its kept keys, each with the file and row it stands on."""
        target = self._by_group.setdefault(group, {})
        for key, values in found.items():
            for value, where in values.items():
                target.setdefault(key, {}).setdefault(value, f"berkas {file}, {where}")


def read_one(path: Path, shown: str, year: int, *, group_option: str | None, chosen_group: str | None,
             chosen_unit: str | None, marker: TemplateMarker | None, workspace: str, units: Sequence[UnitRecord],
             accept_year: bool) -> IntakeFile:
    """Recognise and read one file (not yet checked); what cannot be told is asked, what cannot be read
    refused with the reader's own reason."""
    item = IntakeFile(shown, path)
    if marker is not None and marker.workspace != workspace:
        item.refuse("Format ini dibuat oleh ruang kerja SPI Desktop lain, bukan ruang kerja ini; minta OPD mengisi "
                    "format yang dikirim dari ruang kerja ini")
        return item
    if marker is not None and marker.year != year:
        item.marker_year = marker.year
        if not accept_year:
            item.ask("other_year", marker.year, year)
    _recognise_group(item, marker, group_option, chosen_group)
    if item.group is None:
        try:
            open_gate(path)  # a broken file is named as broken, not only asked about
        except InputError as error:
            item.refuse(str(error))
        return item
    try:
        frame = read_population_file(path, GROUP_COLUMNS[item.group])
    except InputError as error:
        item.refuse(str(error))
        return item
    except OSError as error:
        item.refuse(f"{path.name} tidak dapat dibaca: {error.strerror or error} (berkas sedang dibuka program lain?)")
        return item
    except Exception:  # a broken file the readers did not foresee is named, never shown as a traceback
        item.refuse(f"{path.name} tidak dapat dibaca sebagai lembar kerja; mungkin rusak. Buka dan simpan ulang di "
                    "Excel, lalu impor lagi")
        return item
    item.frame = frame
    sheets = {sheet.name for sheet in frame.sheets}
    if marker is None and {GUIDE_SHEET, DATA_SHEET} <= sheets:
        item.notes.append("Berkas ini tampak seperti format kiriman, tetapi penandanya tidak ada (mungkin terhapus); "
                          "OPD dan kelompoknya dikenali dari kolom dan nama berkas")
    _recognise_unit(item, marker, chosen_unit, units)
    return item


def _recognise_group(item: IntakeFile, marker: TemplateMarker | None, option: str | None,
                     chosen: str | None) -> None:
    if chosen is not None:
        item.group, item.group_by = chosen, "option"
    elif marker is not None:
        item.group, item.group_by = marker.group, "template"
    elif option is not None:
        item.group, item.group_by = option, "option"
    else:
        named = group_from_name(item.path.name)
        if named is not None:
            item.group, item.group_by = named, "file_name"
    if item.group is None:
        item.ask("group")


def _recognise_unit(item: IntakeFile, marker: TemplateMarker | None, chosen: str | None,
                    units: Sequence[UnitRecord]) -> None:
    frame = item.frame
    if item.group == "expert":
        item.recognised_by = "template" if marker is not None else item.group_by
        return
    if chosen:
        item.unit, item.recognised_by = chosen, "option"
    elif marker is not None and marker.unit_code:
        item.unit, item.recognised_by = marker.unit_code, "template"
    elif frame is not None and "unit" in frame.header.columns:
        item.recognised_by = "column"
        lookup = name_lookup(units)
        codes = {lookup.get(fold(text)) for text in frame.frame["unit"].dropna().astype(str) if text.strip()}
        codes.discard(None)
        item.units_in_column = len(codes)
        if len(codes) == 1:
            item.unit = next(code for code in codes if code)
        elif len(codes) > 1:
            item.notes.append(f"Berkas memuat baris untuk {len(codes)} OPD; tiap baris masuk OPD yang tertulis di "
                              "kolom OPD-nya")
    else:
        named = unit_from_name(item.path.name, units)
        if named is not None:
            item.unit, item.recognised_by = named, "file_name"
    if item.recognised_by is None:
        item.ask("unit")


def check_read(item: IntakeFile, settings: SurveyYear, facts: ListFacts, pile: PileKeys) -> None:
    """Check a read file through the single import's code; a file that will be imported hands on its keys."""
    if item.frame is None or item.group is None or item.refused is not None:
        return
    try:
        checked = check_frame(item.frame, settings, item.group, facts, pile.stored_for(item.group, facts.stored),
                              item.unit_option, file_hash(item.path), all_sheets=False, collect_keys=True)
    except InputError as error:
        item.refuse(str(error))
        return
    item.result = checked.result
    if item.ready:
        pile.add(item.group, item.file, checked.keys)

