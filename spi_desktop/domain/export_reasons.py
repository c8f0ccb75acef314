"""The reasons an export of personal data records in the audit trail when the user gives none."""

from __future__ import annotations

POPULATION_EXPORT_REASON = "Penyerahan daftar populasi ke KPK"
LAGGING_EXPORT_REASON = "Menagih OPD yang tertinggal"  # the lagging list carries the PICs' phone numbers
