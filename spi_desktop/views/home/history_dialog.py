"""One OPD's progress over time (opened by clicking it on Beranda): counts per date and group."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import QChartView
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from spi_desktop.domain.progress import attainment
from spi_desktop.services.progress_history import HistoryPoint, unit_history
from spi_desktop.views.context import AppContext
from spi_desktop.views.dates import shown_date
from spi_desktop.views.labels import short_group_labels
from spi_desktop.views.monitoring.charts import over_time_chart
from spi_desktop.views.numbers import format_int, format_percent
from spi_desktop.views.screen_fit import FittedDialog
from spi_desktop.views.tables import Column, RowTableModel, row_table
from spi_desktop.views.text import fill
from spi_desktop.views.workers import BackgroundJob, run_in_background


@dataclass(frozen=True)
class HistoryLine:
    """One row of the history table: a date, a group and its counts."""

    group: str
    point: HistoryPoint
    target: int | None
    change: int | None  # completed since the previous snapshot of the group


def history_lines(targets: dict[str, int], history: dict[str, list[HistoryPoint]]) -> list[HistoryLine]:
    """Newest first, with the day-to-day change (negative: the count fell and was flagged)."""
    lines = []
    for group, points in history.items():
        previous: int | None = None
        for point in points:
            lines.append(HistoryLine(group, point, targets.get(group),
                                     None if previous is None else point.completed - previous))
            previous = point.completed
    return sorted(lines, key=lambda line: (line.point.date, line.group), reverse=True)


class HistoryDialog(FittedDialog):
    """The history of ``code`` ('' = the institution's experts) in the chosen year."""

    def __init__(self, context: AppContext, code: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.code = code
        self.setWindowTitle(fill(self.tr("Riwayat %1"), name))
        self.resize_within_screen(900, 760)
        labels = short_group_labels()
        self.model = RowTableModel([
            Column(self.tr("Tanggal data"), lambda r: shown_date(r.point.date), sort_key=lambda r: r.point.date),
            Column(self.tr("Kelompok"), lambda r: labels.get(r.group, r.group)),
            Column(self.tr("Diundang"), lambda r: format_int(r.point.invited), align_right=True),
            Column(self.tr("Mulai"), lambda r: format_int(r.point.started), align_right=True),
            Column(self.tr("Selesai"), lambda r: format_int(r.point.completed), sort_key=lambda r: r.point.completed,
                   align_right=True),
            Column(self.tr("Perubahan"), lambda r: "–" if r.change is None else f"{r.change:+d}", align_right=True,
                   colour=lambda r: "#c62828" if (r.change or 0) < 0 else None),
            Column(self.tr("Target"), lambda r: format_int(r.target), align_right=True),
            Column(self.tr("Capaian"), lambda r: "–" if r.target is None else
                   format_percent((attainment(r.point.completed, r.target) or 0) * 100), align_right=True),
        ])
        self.table = row_table(self.model, name=self.tr("Riwayat progres"))
        self.chart = QChartView()
        self.chart.setAccessibleName(self.tr("Grafik riwayat progres"))
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setMinimumHeight(300)
        self.name = name
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.table, 2)
        layout.addWidget(buttons)
        database, year = context.database, context.year
        self.last_job: BackgroundJob = run_in_background(lambda _ctx: unit_history(database, year, code), owner=self)
        self.last_job.succeeded.connect(self._show)

    def _show(self, result: tuple[dict[str, int], dict[str, list[HistoryPoint]]]) -> None:
        targets, history = result
        lines = history_lines(targets, history)
        self.model.set_rows(lines)
        self.table.resizeColumnsToContents()
        dates = {line.point.date for line in lines}
        series = {group: [(p.date, p.completed) for p in points] for group, points in history.items()}
        old = self.chart.chart()
        self.chart.setChart(over_time_chart(self.name, self.tr("Garis putus-putus: target tiap kelompok"), targets,
                                            series, show_gap=True))
        if old is not None:
            old.deleteLater()
        self.summary.setText(fill(self.tr("%1 tanggal data. Perubahan negatif (merah) berarti jumlah selesai turun "
                                          "dari data sebelumnya dan perlu ditanyakan ke KPK/vendor."), len(dates))
                             if lines else self.tr("Belum ada data kemajuan untuk OPD ini."))
