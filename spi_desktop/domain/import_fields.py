"""The field names a user may map a file's columns to (``--map FIELD=HEADER``), in the order the readers list
them. The readers' column specifications (importers.population_columns, importers.progress) carry the same
keys with their headers; a test keeps the two in step, so the command line can show the names without loading
the readers."""

from __future__ import annotations

POPULATION_FIELDS: dict[str, tuple[str, ...]] = {
    "internal": ("name", "phone", "email", "unit", "nip", "position", "eselon", "work_unit", "employment_status",
                 "tmt_institution", "tmt_unit"),
    "external": ("name", "phone", "email", "unit", "service_type", "service_date", "work_unit"),
    "expert": ("name", "phone", "email", "organisation", "category"),
}
PROGRESS_FIELDS = ("unit", "group", "invited", "started", "completed")
