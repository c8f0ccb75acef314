"""Chasing the OPD that will miss their sample: the lagging list and neutral reminders for their PICs.

Reminders go to each OPD's contact person (PIC), never to respondents, and only ask people to take
part before the deadline; the texts are editable templates (services/preferences.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote

from spi_desktop.db.session import Database
from spi_desktop.domain.formatting import format_date
from spi_desktop.domain.lagging import GroupProgress, LaggingReport, LaggingRow
from spi_desktop.domain.progress import (
    BEFORE,
    CLOSED,
    LAST_DAY,
    combined_attainment,
    days_left,
    traffic_light,
    window_phase,
)
from spi_desktop.domain.validators import normalise_phone
from spi_desktop.services.preferences import get_templates, get_thresholds, is_demo_workspace
from spi_desktop.services.progress import MatrixRow, institution_total, progress_matrix
from spi_desktop.services.progress_targets import INSTITUTION, OPD_GROUPS
from spi_desktop.services.units import list_units
from spi_desktop.services.workspace import get_workspace
from spi_desktop.services.years import get_year


def _group(row: MatrixRow) -> GroupProgress:
    return GroupProgress(row.completed, row.target, row.attainment, row.projected_attainment)


def lagging_report(database: Database, year: int, today: dt.date | None = None) -> LaggingReport:
    """OPD sorted by their gap to target (largest first); OPD on target are left out."""
    thresholds = get_thresholds(database)
    latest, matrix = progress_matrix(database, year, thresholds=thresholds)
    settings = get_year(database, year)
    workspace = get_workspace(database)
    units = {u.code: u.record for u in list_units(database, year=year, active_only=True)}
    per_unit: dict[str, dict[str, GroupProgress]] = {}
    expert = None
    for row in matrix:
        if row.code == INSTITUTION:
            expert = _group(row) if row.group == "expert" else expert
        elif row.code in units and row.group in OPD_GROUPS:
            per_unit.setdefault(row.code, {})[row.group] = _group(row)
    lagging = []
    for code, groups in per_unit.items():
        value = combined_attainment((g.completed, g.target) for g in groups.values())
        if any(g.gap for g in groups.values()):
            record = units[code]
            lagging.append(LaggingRow(0, code, record.name, record.pic_name, record.pic_phone, groups, value,
                                      traffic_light(value, thresholds)))
    lagging.sort(key=lambda r: (-r.gap, r.attainment or 0, r.code))
    ranked = [LaggingRow(i, r.code, r.name, r.pic_name, r.pic_phone, r.groups, r.attainment, r.light)
              for i, r in enumerate(lagging, start=1)]
    today = today or dt.date.today()
    left = days_left(today, settings.window_end)
    completed, target = institution_total(matrix)
    without = sorted(f"{code} ({group})" for code in units for group in OPD_GROUPS
                     if not (per_unit.get(code, {}).get(group) and per_unit[code][group].target))
    return LaggingReport(workspace.name if workspace else "", year, latest, settings.window_end, left, ranked,
                         len(units), completed, target, expert, thresholds, without, is_demo_workspace(database),
                         settings.window_start, window_phase(today, settings.window_start, settings.window_end))


# A template saved before {waktu} existed says '(sisa {sisa_hari} hari)': filled as {waktu}, so it fits the date too.
OLD_COUNTDOWN = "sisa {sisa_hari} hari"


def time_left_text(report: LaggingReport) -> str:
    """What a reminder says about the window on the day the report was drawn: 'dimulai 1 Agustus 2025' before it
    opens, 'sisa 12 hari' while open, 'hari terakhir' on its last day ('' once closed: no reminder then)."""
    if report.phase == BEFORE and report.window_start is not None:
        return f"dimulai {format_date(report.window_start)}"
    if report.phase == LAST_DAY:
        return "hari terakhir"
    if report.phase == CLOSED or report.days_left is None:
        return ""
    return f"sisa {report.days_left} hari"


def reminders_closed(report: LaggingReport) -> bool:
    """Whether the survey window has closed: a reminder to take part would then ask the impossible."""
    return report.phase == CLOSED


def reminder_text(template: str, report: LaggingReport, row: LaggingRow | None, group: str) -> str:
    """The template filled for one OPD (``row``) or, for the expert group, the institution; {waktu} (and an older
    template's 'sisa {sisa_hari} hari') says what fits the day: starts on…, N days left, or the last day."""
    progress = report.expert if row is None else row.groups.get(group)
    values = {
        "opd": row.name if row else report.institution,
        "pic": (row.pic_name if row else "Bapak/Ibu koordinator narasumber eksper") or "Bapak/Ibu",
        "tahun": str(report.year),
        "selesai": str(progress.completed if progress else 0),
        "target": str(progress.target if progress and progress.target is not None else "-"),
        "kurang": str(progress.gap if progress else 0),
        "batas": format_date(report.window_end) if report.window_end else "akhir masa survei",
        "sisa_hari": "-" if report.days_left is None else str(report.days_left),
        "waktu": time_left_text(report) or "-",
    }
    return template.replace(OLD_COUNTDOWN, "{waktu}").format(**values)


def whatsapp_link(phone: str | None, text: str) -> str | None:
    """https://wa.me/62…?text=… for a PIC's mobile number; None when there is no usable number."""
    if not phone:
        return None
    checked = normalise_phone(phone)
    if not checked.ok or checked.value is None:
        return None
    return f"https://wa.me/{checked.value.lstrip('+')}?text={quote(text)}"


@dataclass(frozen=True)
class Reminder:
    """A reminder ready to copy or open in WhatsApp for one OPD's PIC."""

    code: str
    name: str
    pic_name: str | None
    gap: int
    text: str
    link: str | None

    @property
    def whatsapp_number(self) -> str | None:
        """The PIC's number as the link carries it, '+62…' (None without a link)."""
        if not self.link:
            return None
        return "+" + self.link.removeprefix("https://wa.me/").split("?", 1)[0]


def reminders(database: Database, year: int, group: str, report: LaggingReport | None = None,
              today: dt.date | None = None, templates: dict[str, str] | None = None) -> list[Reminder]:
    """One reminder per OPD short in ``group`` (largest gap first); for experts, the institution's one. None once
    the survey window has closed (``reminders_closed``). With ``report`` and ``templates`` (read together
    earlier, as the view does off the GUI thread) nothing is read from the database."""
    report = report or lagging_report(database, year, today)
    if reminders_closed(report):
        return []
    template = (templates if templates is not None else get_templates(database))[group]
    if group == "expert":
        text = reminder_text(template, report, None, group)
        gap = report.expert.gap if report.expert else 0
        return [Reminder(INSTITUTION, report.institution, None, gap, text, None)]
    found = []
    for row in sorted(report.rows, key=lambda r: -(r.groups[group].gap if group in r.groups else 0)):
        progress = row.groups.get(group)
        if progress is None or not progress.gap:
            continue
        text = reminder_text(template, report, row, group)
        found.append(Reminder(row.code, row.name, row.pic_name, progress.gap, text, whatsapp_link(row.pic_phone, text)))
    return found
