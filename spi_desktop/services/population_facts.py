"""What the database knows that a population check needs: OPD names, OPD heads, keys already stored.

Loaded once per list (survey year and group) and handed to the pure checks, so a single import and the batch
intake judge rows through the same code and the same facts.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from spi_desktop.db.models import PopulationRecord, Unit
from spi_desktop.domain.errors import NotFoundError
from spi_desktop.domain.survey_year import SurveyYear
from spi_desktop.domain.unit_match import name_lookup
from spi_desktop.importers.eligibility import UnitHead
from spi_desktop.importers.population import MappedFrame
from spi_desktop.importers.population_columns import GROUP_LABELS
from spi_desktop.importers.population_rules import StoredKeys
from spi_desktop.services.population_check import CheckedSheet, check_sheet, require_columns
from spi_desktop.services.population_store import generation
from spi_desktop.services.units import record_of

AMBIGUOUS = -1  # an OPD text that names more than one unit


def unit_key(text: str) -> str:
    """An OPD text as the lookup compares it: spaces collapsed, upper case."""
    return " ".join(text.split()).upper()


@dataclass
class ListFacts:
    """One list's facts: OPD text -> unit id, the OPD heads, the stored keys and the list's generation."""

    lookup: dict[str, int]
    heads: dict[int, UnitHead]
    stored: StoredKeys
    seen: tuple[int, int]

    def unit_id(self, text: str) -> int | None:
        """The unit an OPD text names (code, name, short name, alias), None when none or several."""
        found = self.lookup.get(unit_key(text))
        return None if found == AMBIGUOUS else found


def unit_lookup(session: Session) -> dict[str, int]:
    """OPD text -> unit id (``AMBIGUOUS`` for a text two OPD share at the same level: the row is rejected rather
    than filed under a guess); see ``domain.unit_match.name_lookup``."""
    units = list(session.scalars(select(Unit).order_by(Unit.id)))
    ids = {unit.code: unit.id for unit in units}
    records = [record_of(unit) for unit in units]
    return {text: AMBIGUOUS if code is None else ids[code] for text, code in name_lookup(records, unit_key).items()}


def stored_keys(session: Session, year: int, group: str, excluding: Collection[int] = ()) -> StoredKeys:
    """The phones, e-mails and NIPs stored for ``year``, leaving out the batches ``excluding`` (being replaced)."""
    keys = StoredKeys()
    query = select(PopulationRecord.group, PopulationRecord.phone, PopulationRecord.email, PopulationRecord.nip) \
        .where(PopulationRecord.year == year)
    if excluding:
        query = query.where(PopulationRecord.batch_id.not_in(list(excluding)))
    same = keys.same_group
    # through the connection, not the ORM: a year's keys are plain tuples, and the ORM's row loading doubled the time
    for row_group, phone, email, nip in session.connection().execute(query):
        if row_group == group:
            if phone:
                same["phone"].add(phone)
            if email:
                same["email"].add(email)
            if nip:
                same["nip"].add(nip)
        else:
            label = GROUP_LABELS.get(row_group, row_group)
            if phone:
                keys.other_groups["phone"].setdefault(phone, label)
            if email:
                keys.other_groups["email"].setdefault(email, label)
    return keys


def unit_heads(session: Session) -> dict[int, UnitHead]:
    """What the registry says about each OPD's head (to flag the head in the OPD's own list)."""
    return {unit.id: UnitHead(unit.name, unit.short_name, unit.head_name, unit.head_nip, unit.head_position)
            for unit in session.scalars(select(Unit))}


def load_facts(session: Session, year: int, group: str, excluding: Collection[int] = ()) -> ListFacts:
    """Everything a check of ``year``'s ``group`` list needs, read in one session."""
    return ListFacts(unit_lookup(session), unit_heads(session), stored_keys(session, year, group, excluding),
                     generation(session, year, group))


def option_unit(facts: ListFacts, unit_code: str | None) -> int | None:
    """The unit an ``--unit`` code names; ``NotFoundError`` for a code no OPD has."""
    if unit_code is None:
        return None
    found = facts.unit_id(unit_code)
    if found is None:
        raise NotFoundError(f"OPD dengan kode {unit_code} tidak ada")
    return found


def check_frame(mapped: MappedFrame, settings: SurveyYear, group: str, facts: ListFacts, stored: StoredKeys,
                unit_code: str | None, file_hash: str, all_sheets: bool, collect_keys: bool) -> CheckedSheet:
    """One sheet's check, with its OPD: ``--unit`` for every row, else the OPD column; with several sheets
    the OPD column, else the sheet's name, else ``--unit``."""
    chosen = option_unit(facts, unit_code)
    unit_id, code, has_column = chosen, unit_code, "unit" in mapped.header.columns
    if group == "expert" or all_sheets and has_column:
        unit_id, code = None, None
    elif (all_sheets or chosen is None) and not has_column and mapped.sheet:
        by_name = facts.unit_id(mapped.sheet)
        if by_name is not None:
            unit_id, code = by_name, mapped.sheet
            mapped.add_note(f"Lembar '{mapped.sheet}' tanpa kolom Perangkat Daerah: semua barisnya masuk OPD "
                            f"'{mapped.sheet}' menurut nama lembarnya")
    require_columns(mapped, group, unit_id is not None)
    checked = check_sheet(mapped, settings, group, unit_id, facts.unit_id, stored, facts.heads, file_hash,
                          collect_keys)
    checked.result.unit_code = code
    return checked

