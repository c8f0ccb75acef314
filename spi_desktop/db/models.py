"""SQLAlchemy 2 typed models of the workspace: institution, OPD registry and survey-year settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from spi_desktop.domain.moments import utc_now

# Named constraints let Alembic's batch mode (needed on SQLite) alter tables reliably.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with the project's constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING)


class Institution(Base):
    """The home institution a workspace belongs to (one row)."""

    __tablename__ = "institution"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(20))
    size_group: Mapped[str | None] = mapped_column(String(10))
    address: Mapped[str | None] = mapped_column(Text)
    inspector_name: Mapped[str | None] = mapped_column(String(255))
    inspector_nip: Mapped[str | None] = mapped_column(String(18))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_filename: Mapped[str | None] = mapped_column(String(255))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now(), onupdate=func.now())
    # Optimistic locking (services/concurrency.py): every UPDATE checks and bumps the version it read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str | None] = mapped_column(String(100))

    __mapper_args__ = {"version_id_col": version}


class Unit(Base):
    """An OPD (perangkat daerah / work unit) of the institution."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    short_name: Mapped[str | None] = mapped_column(String(100))
    aliases: Mapped[str | None] = mapped_column(Text)
    head_name: Mapped[str | None] = mapped_column(String(255))
    head_nip: Mapped[str | None] = mapped_column(String(18))
    head_position: Mapped[str | None] = mapped_column(String(255))
    pic_name: Mapped[str | None] = mapped_column(String(255))
    pic_phone: Mapped[str | None] = mapped_column(String(20))
    pic_email: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, server_default=func.now())
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now(), onupdate=func.now())
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_by: Mapped[str | None] = mapped_column(String(100))

    year_statuses: Mapped[list[UnitYearStatus]] = relationship(
        back_populates="unit", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class UnitYearStatus(Base):
    """Whether an OPD takes part in a given survey year (no row means it does)."""

    __tablename__ = "unit_year_status"

    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    unit: Mapped[Unit] = relationship(back_populates="year_statuses")


class SurveyYearSettings(Base):
    """Settings of one survey year; elements and bands are child rows."""

    __tablename__ = "survey_year"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    weight_internal: Mapped[float | None] = mapped_column(Float)
    weight_external: Mapped[float | None] = mapped_column(Float)
    weight_expert: Mapped[float | None] = mapped_column(Float)
    national_index: Mapped[float | None] = mapped_column(Float)
    national_target: Mapped[float | None] = mapped_column(Float)
    window_start: Mapped[dt.date | None] = mapped_column(Date)
    window_end: Mapped[dt.date | None] = mapped_column(Date)
    population_deadline: Mapped[dt.date | None] = mapped_column(Date)
    results_published: Mapped[dt.date | None] = mapped_column(Date)
    sample_targets: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    type_averages: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    eligibility: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    sources: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Optimistic locking (services/concurrency.py): every UPDATE checks and bumps the version it read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str | None] = mapped_column(String(100))

    elements: Mapped[list[SurveyElement]] = relationship(
        cascade="all, delete-orphan", order_by="SurveyElement.position"
    )
    bands: Mapped[list[ScoreBand]] = relationship(cascade="all, delete-orphan", order_by="ScoreBand.lower")

    __mapper_args__ = {"version_id_col": version}


class SurveyElement(Base):
    """One assessed element of a survey year."""

    __tablename__ = "survey_element"
    __table_args__ = (UniqueConstraint("year", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(ForeignKey("survey_year.year", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(255))
    source: Mapped[str] = mapped_column(Text, default="")


class ScoreBand(Base):
    """One score band of a survey year: [lower, next band's lower)."""

    __tablename__ = "score_band"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(ForeignKey("survey_year.year", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(64))
    lower: Mapped[float] = mapped_column(Float)
    colour: Mapped[str] = mapped_column(String(7))
    source: Mapped[str] = mapped_column(Text, default="")


class PopulationBatch(Base):
    """One imported population file: where it came from, who imported it, what it gave."""

    __tablename__ = "population_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    group: Mapped[str] = mapped_column(String(10))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    file_name: Mapped[str] = mapped_column(String(255))
    file_hash: Mapped[str] = mapped_column(String(64))
    sheet: Mapped[str | None] = mapped_column(String(255))
    imported_by: Mapped[str] = mapped_column(String(100))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, server_default=func.now())
    read: Mapped[int] = mapped_column(Integer, default=0)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class PopulationRecord(Base):
    """One respondent candidate in a population list (internal, external or expert)."""

    __tablename__ = "population_record"
    # Few indexes on purpose: every one slows a million-row import. De-duplication loads the year's
    # keys once instead of probing per row; the table view pages by (year, group, unit, name).
    __table_args__ = (Index("ix_population_year_group_unit_name", "year", "group", "unit_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("population_batch.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    group: Mapped[str] = mapped_column(String(10))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    source_row: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(Text)
    nip: Mapped[str | None] = mapped_column(Text)
    position: Mapped[str | None] = mapped_column(Text)
    work_unit: Mapped[str | None] = mapped_column(Text)
    employment_status: Mapped[str | None] = mapped_column(Text)
    tmt_institution: Mapped[dt.date | None] = mapped_column(Date)
    tmt_unit: Mapped[dt.date | None] = mapped_column(Date)
    service_type: Mapped[str | None] = mapped_column(Text)
    service_date: Mapped[dt.date | None] = mapped_column(Date)
    organisation: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(Text)
    raw_phone: Mapped[str | None] = mapped_column(Text)
    warnings: Mapped[str | None] = mapped_column(Text)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_reason: Mapped[str | None] = mapped_column(Text)


class MappingPreset(Base):
    """A saved column mapping for population files of one group (field -> the file's header text)."""

    __tablename__ = "mapping_preset"
    __table_args__ = (UniqueConstraint("group", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(100))
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now(), onupdate=func.now())


class PopulationSubmission(Base):
    """An OPD's list for one year and group marked as checked by the inspectorate (validated)."""

    __tablename__ = "population_submission"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    group: Mapped[str] = mapped_column(String(10), primary_key=True)
    validated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, server_default=func.now())
    validated_by: Mapped[str] = mapped_column(String(100))


class KitSending(Base):
    """One sending of an OPD's collection kit for a group: when, by whom and how (wa, email or folder). Every
    sending is kept, so a kit sent again shows as a second line."""

    __tablename__ = "population_kit_sending"
    __table_args__ = (Index("ix_population_kit_sending_year", "year", "unit_id", "group"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    group: Mapped[str] = mapped_column(String(10))
    via: Mapped[str] = mapped_column(String(10))
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, server_default=func.now())
    sent_by: Mapped[str] = mapped_column(String(100))


class ResponseTarget(Base):
    """The sample target of one OPD (or, with no unit, the institution) and group in a survey year."""

    __tablename__ = "response_target"
    __table_args__ = (Index("ix_response_target_year", "year", "group", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    group: Mapped[str] = mapped_column(String(10))
    sample_target: Mapped[int] = mapped_column(Integer)
    population_sent: Mapped[int | None] = mapped_column(Integer)
    invitations_sent: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(20), default="manual")
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Optimistic locking (services/concurrency.py): every UPDATE checks and bumps the version it read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str | None] = mapped_column(String(100))

    __mapper_args__ = {"version_id_col": version}


class ProgressSnapshot(Base):
    """One dated set of response counts (one import or one typed entry); snapshots are never overwritten."""

    __tablename__ = "progress_snapshot"
    __table_args__ = (Index("ix_progress_snapshot_year_date", "year", "snapshot_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    snapshot_date: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text)
    imported_by: Mapped[str] = mapped_column(String(100))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, server_default=func.now())


class ProgressCount(Base):
    """Invited / started / completed for one OPD (or the institution) and group in one snapshot."""

    __tablename__ = "progress_count"
    __table_args__ = (Index("ix_progress_count_snapshot", "snapshot_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("progress_snapshot.id", ondelete="CASCADE"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    group: Mapped[str] = mapped_column(String(10))
    invited: Mapped[int | None] = mapped_column(Integer)
    started: Mapped[int | None] = mapped_column(Integer)
    completed: Mapped[int] = mapped_column(Integer)


class WorkspaceSetting(Base):
    """One workspace preference stored as JSON (traffic-light thresholds, reminder templates)."""

    __tablename__ = "workspace_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now(), onupdate=func.now())


class OfficialResult(Base):
    """KPK's published result for the institution (no unit) or one OPD in a survey year, stored as given:
    every figure may be missing and none is ever recomputed (the index is not the mean of the elements)."""

    __tablename__ = "official_result"
    # One result per year and unit; the institution's NULL unit counts as 0 so it is unique too.
    __table_args__ = (Index("uq_official_result_year_unit", "year", func.coalesce(text("unit_id"), 0), unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    index: Mapped[float | None] = mapped_column(Float)
    internal: Mapped[float | None] = mapped_column(Float)
    external: Mapped[float | None] = mapped_column(Float)
    expert: Mapped[float | None] = mapped_column(Float)
    correction: Mapped[float | None] = mapped_column(Float)
    elements: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    source: Mapped[str] = mapped_column(Text, default="")
    source_date: Mapped[dt.date | None] = mapped_column(Date)
    entered_by: Mapped[str] = mapped_column(String(100))
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, server_default=func.now())
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Optimistic locking (services/concurrency.py): every UPDATE checks and bumps the version it read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str | None] = mapped_column(String(100))

    __mapper_args__ = {"version_id_col": version}


class Recommendation(Base):
    """A recommendation KPK gave the institution or one OPD after a survey year (optionally per element)."""

    __tablename__ = "recommendation"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    element: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, server_default=func.now())


class ActionPlan(Base):
    """One activity of the action plan (rencana aksi) answering a recommendation."""

    __tablename__ = "action_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendation.id", ondelete="CASCADE"), index=True)
    activity: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(255), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="belum")
    progress: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now(), onupdate=func.now())
    # Optimistic locking (services/concurrency.py): every UPDATE checks and bumps the version it read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str | None] = mapped_column(String(100))

    __mapper_args__ = {"version_id_col": version}


class ActionEvidence(Base):
    """A file kept as evidence for an action: copied into the evidence folder next to a workspace file, or, on a
    server every PC shares, kept in ``content`` (services/action_plans.py)."""

    __tablename__ = "action_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action_plan.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    stored_as: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    added_by: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, server_default=func.now())
    content: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)


class UserAccount(Base):
    """A person who signs in to a shared workspace, with a role and a scrypt password hash."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)  # stored folded to lower case
    full_name: Mapped[str] = mapped_column(String(255), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, server_default=func.now())


class AuditEntry(Base):
    """One line of the audit trail: who did what, when, with old and new values (personal ones masked).

    Append-only: database triggers refuse UPDATE and DELETE (migration 0006)."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(20), index=True)
    area: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
