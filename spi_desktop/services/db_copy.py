"""Move a workspace between databases (SQLite to PostgreSQL and back), checked by row counts per table.

Both ends are opened through ``open_database``, so both are at the current schema. The target must be empty
(only the survey years a new workspace is seeded with); the copy is one transaction on the target, so a
failure leaves it as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, delete, func, insert, select, text, update

from spi_desktop.db.models import ActionEvidence, Base, ScoreBand, SurveyElement, SurveyYearSettings
from spi_desktop.db.session import Database
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.roles import Permission
from spi_desktop.services import audit
from spi_desktop.services.access import require
from spi_desktop.services.action_plans import evidence_folder
from spi_desktop.services.jobs import JobContext, quiet_context

CHUNK_ROWS = 5_000
# What a new workspace is seeded with, children first.
SEEDED: tuple[Table, ...] = tuple(Base.metadata.tables[model.__tablename__]
                                  for model in (ScoreBand, SurveyElement, SurveyYearSettings))


@dataclass(frozen=True)
class CopyReport:
    """What was copied: rows per table, equal at both ends."""

    source: str
    target: str
    tables: dict[str, int] = field(default_factory=dict)
    evidence_files: int = 0  # evidence files carried along (into the database, or into the folder)
    missing_evidence: list[str] = field(default_factory=list)  # evidence whose file the source no longer had

    @property
    def rows(self) -> int:
        """Rows copied in all."""
        return sum(self.tables.values())


def _count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def _refuse_filled(target: Connection, description: str) -> None:
    seeded = {t.name for t in SEEDED}
    filled = [t.name for t in Base.metadata.sorted_tables if t.name not in seeded and _count(target, t)]
    if filled:
        raise InputError(f"Basis data tujuan {description} sudah berisi data ({', '.join(filled[:4])}…); salin "
                         "hanya ke basis data yang baru dan kosong")


def _reset_sequences(target: Connection) -> None:
    """PostgreSQL: after rows came with their ids, the id sequences continue after the largest one."""
    if target.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key:
            target.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"))


def _carry_evidence(source: Database, target: Database, writer: Connection) -> tuple[int, list[str]]:
    """Evidence files follow the workspace: into the database for a server target (every PC sees them there),
    into the evidence folder next to a file target. Returns how many were carried and the names of any whose
    file the source had lost."""
    table = Base.metadata.tables[ActionEvidence.__tablename__]
    source_folder, target_folder = evidence_folder(source), evidence_folder(target)
    carried, missing = 0, []
    with source.engine.connect() as reader:
        for evidence_id, name, stored, content in reader.execute(
                select(table.c.id, table.c.file_name, table.c.stored_as, table.c.content)):
            data = content
            if data is None and (source_folder / stored).is_file():
                data = (source_folder / stored).read_bytes()
            if data is None:
                missing.append(name)
                continue
            if target.path is not None:
                target_folder.mkdir(parents=True, exist_ok=True)
                (target_folder / stored).write_bytes(data)
                data = None  # a file workspace keeps the file in its folder, not in the database
            writer.execute(update(table).where(table.c.id == evidence_id).values(content=data))
            carried += 1
    return carried, missing


def copy_workspace(source: Database, target: Database, context: JobContext | None = None) -> CopyReport:
    """Copy every table of ``source`` into the empty ``target`` (Admin of the source); InputError when the
    target holds data or a count differs afterwards (then nothing stays in the target)."""
    actor = require(source, Permission.BACKUP)
    context = context or quiet_context()
    tables = Base.metadata.sorted_tables  # parents before children
    counts: dict[str, int] = {}
    with source.engine.connect() as reader, target.engine.begin() as writer:
        _refuse_filled(writer, target.describe())
        for table in SEEDED:
            writer.execute(delete(table))
        for number, table in enumerate(tables, start=1):
            context.report(number - 1, len(tables), f"Menyalin {table.name}…")
            rows = reader.execute(select(table)).mappings()
            while chunk := [dict(row) for row in rows.fetchmany(CHUNK_ROWS)]:
                writer.execute(insert(table), chunk)
                context.check()
            counts[table.name] = _count(reader, table)
        differ = [f"{t.name} ({counts[t.name]} → {_count(writer, t)})" for t in tables
                  if _count(writer, t) != counts[t.name]]
        if differ:
            raise InputError(f"Jumlah baris tidak sama setelah disalin: {', '.join(differ)}; tujuan tidak diubah")
        _reset_sequences(writer)
        carried, missing = _carry_evidence(source, target, writer)
    report = CopyReport(source.describe(), target.describe(), counts, carried, missing)
    audit.record_now(target, actor, "export", "basis data", f"Ruang kerja disalin dari {report.source} "
                     f"({report.rows} baris)", tables=counts)
    audit.record_now(source, actor, "export", "basis data", f"Ruang kerja disalin ke {report.target} "
                     f"({report.rows} baris)", tables=counts)
    context.report(len(tables), len(tables), "Selesai")
    return report

