"""The collection kit: a template per OPD and group for the year, written all at once or not at all.

Each template carries the workspace's marker so the batch intake knows it again whatever it is renamed to. The
expert list is the institution's own: one template, not one per OPD.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spi_desktop.db.session import Database
from spi_desktop.domain.collection_marker import TemplateMarker
from spi_desktop.domain.collection_template import CollectionTemplate, template_file_name
from spi_desktop.domain.demo_mark import DEMO_MARK
from spi_desktop.domain.errors import InputError, NotFoundError
from spi_desktop.domain.roles import Permission
from spi_desktop.reports.collection_template import write_template
from spi_desktop.services.access import require
from spi_desktop.services.jobs import JobContext, quiet_context
from spi_desktop.services.population import check_group
from spi_desktop.services.preferences import is_demo_workspace
from spi_desktop.services.units import list_units
from spi_desktop.services.workspace import get_workspace
from spi_desktop.services.workspace_identity import workspace_id
from spi_desktop.services.years import get_year


@dataclass(frozen=True)
class WrittenTemplate:
    """One template written: for which OPD (its code; '' for the expert list) and group, and where."""

    unit: str
    group: str
    file: Path


def write_templates(database: Database, year: int, groups: Sequence[str], out_dir: Path,
                    unit_codes: Sequence[str] | None = None,
                    context: JobContext | None = None) -> list[WrittenTemplate]:
    """Write the year's templates for each of ``groups`` into ``out_dir``: for the OPD named, else for every OPD
    taking part that year (the expert list once, for the institution). The files are written in a scratch folder
    beside ``out_dir`` and moved in only when all are written, so a failure leaves ``out_dir`` as it was; a file
    already there under a template's name is never replaced (it may be one an OPD filled). Needs the Export
    permission."""
    require(database, Permission.EXPORT)
    for group in groups:
        check_group(group)
    context = context or quiet_context()
    settings = get_year(database, year)
    workspace = get_workspace(database)
    if workspace is None:
        raise InputError("Data instansi belum diisi; isi dulu di Pengaturan › Instansi")
    if "expert" in groups and unit_codes:
        raise InputError("Daftar eksper milik instansi, bukan per OPD: tulis tanpa kode OPD")
    units = _units(database, year, unit_codes)
    plan = [(group, code, name) for group in groups
            for code, name in ([("", workspace.name)] if group == "expert" else units)]
    if not plan:
        raise InputError(f"Belum ada OPD yang ikut SPI {year}; tandai OPD-nya di halaman OPD")
    names = [template_file_name(TemplateMarker("", year, group, code)) for group, code, _name in plan]
    taken = [name for name in names if (out_dir / name).exists()]
    if taken:  # a file of that name may be one an OPD already filled: never written over
        shown = ", ".join(taken[:3]) + (f" dan {len(taken) - 3} lainnya" if len(taken) > 3 else "")
        raise InputError(f"Folder {out_dir} sudah berisi {shown}; pilih folder lain atau pindahkan berkas itu "
                         "dulu (berkas yang sudah diisi OPD tidak ditimpa)")
    ident = workspace_id(database)
    mark = DEMO_MARK if is_demo_workspace(database) else None
    out_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".format-", dir=out_dir))
    written: list[WrittenTemplate] = []
    try:
        for done, (group, code, name) in enumerate(plan):
            context.report(done, len(plan), name)
            marker = TemplateMarker(ident, year, group, code)
            template = CollectionTemplate(marker, workspace.name, name if code else "",
                                          settings.population_deadline, settings.eligibility, mark)
            target = scratch / template_file_name(marker)
            write_template(template, target)
            written.append(WrittenTemplate(code, group, out_dir / target.name))
        for item in written:
            (scratch / item.file.name).replace(item.file)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    context.report(len(plan), len(plan), "Selesai", check=False)
    return written


def _units(database: Database, year: int, unit_codes: Sequence[str] | None) -> list[tuple[str, str]]:
    """(code, name) of the OPD named, in the order given, else of every OPD taking part in ``year``."""
    taking_part = [(u.code, u.name) for u in list_units(database, year=year, active_only=True)]
    if not unit_codes:
        return taking_part
    every = {u.code: u.name for u in list_units(database)}
    missing = [code for code in unit_codes if code not in every]
    if missing:
        raise NotFoundError(f"OPD dengan kode {', '.join(missing)} tidak ada")
    return [(code, every[code]) for code in dict.fromkeys(unit_codes)]
