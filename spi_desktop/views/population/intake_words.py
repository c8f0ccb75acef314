"""The batch intake's codes and counts in words, in the display language (``IntakeDialog`` shows them).

The reasons, questions and notes a file carries come from the readers and checks as they word them (the
same sentences the single import and the CLI give); what this module words is the intake's own frame.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from spi_desktop.services.population_intake_read import IntakeQuestion
from spi_desktop.services.population_intake_rows import IntakeRow
from spi_desktop.views.labels import group_labels, problem_kind_labels
from spi_desktop.views.reason_texts import column_text, reason_text
from spi_desktop.views.text import fill

GOOD, ASK, BAD = "#1b5e20", "#8a4b00", "#b00020"  # each reads on white and on the alternate row colour


class IntakeWords(QObject):
    """Words for an ``IntakeRow``'s codes, its details, and the pile's summary."""

    def recognised(self, code: str | None) -> str:
        """How the file's OPD was told."""
        return {
            "template": self.tr("Penanda format"),
            "column": self.tr("Kolom OPD"),
            "file_name": self.tr("Nama berkas"),
            "option": self.tr("Pilihan Anda"),
        }.get(code or "", "")

    def status(self, code: str) -> str:
        """What happens (or happened) to the file."""
        return {
            "imported": self.tr("Diimpor"),
            "ready": self.tr("Siap diimpor"),
            "asks": self.tr("Perlu pilihan"),
            "refused": self.tr("Tidak dapat diimpor"),
            "failed": self.tr("Gagal diimpor"),
            "not_done": self.tr("Belum diimpor"),
            "skipped": self.tr("Tidak dibaca"),
        }.get(code, code)

    def colour(self, code: str) -> str | None:
        """The status's text colour: green done or ready, amber waiting for the user, red refused."""
        return {"imported": GOOD, "ready": GOOD, "asks": ASK, "refused": BAD, "failed": BAD}.get(code)

    def deadline(self, row: IntakeRow) -> str:
        """Whether the list came by the year's deadline (nothing for a file that is no list)."""
        if row.status == "skipped" or row.group in (None, "expert"):
            return ""
        return self.tr("Terlambat") if row.late else self.tr("Tepat waktu")

    def details(self, row: IntakeRow) -> str:
        """Everything about one file: who it is for, why it waits or was refused, its notes and problems."""
        lines = [row.file]
        if row.status != "skipped":
            groups = group_labels()
            owner = f"{row.unit} — {row.unit_name}" if row.unit and row.unit_name else row.unit or self.tr(
                "belum dikenali")
            lines.append(fill(self.tr("OPD: %1 · Kelompok: %2 · Dikenali dari: %3"), owner,
                              groups.get(row.group or "", self.tr("belum dikenali")),
                              self.recognised(row.recognised_by) or "-"))
        if row.reason:
            lines += ["", self.tr("Alasan:"), reason_text(row.reason)]
        if row.questions:
            lines += ["", self.tr("Perlu pilihan Anda (pakai pilihan di kanan):"),
                      *(f"• {self.question(q)}" for q in row.questions)]
        if row.earlier_batches:
            lines.append(fill(self.tr("Daftar lama OPD ini: impor nomor %1"),
                              ", ".join(map(str, row.earlier_batches))))
        if row.replaced:
            lines.append(fill(self.tr("Menggantikan impor nomor %1"), ", ".join(map(str, row.replaced))))
        if row.batch:
            lines.append(fill(self.tr("Disimpan sebagai impor nomor %1"), row.batch))
        if row.problems_report:
            lines.append(fill(self.tr("Laporan masalah: %1"), row.problems_report))
        if row.notes:
            lines += ["", self.tr("Catatan:"), *(f"• {reason_text(note)}" for note in row.notes)]
        if row.problems:
            kinds = problem_kind_labels()
            lines += ["", self.tr("Masalah per baris (semuanya ada di laporan masalah):")]
            lines += [fill(self.tr("Baris %1, kolom %2: [%3] %4"), problem.row, column_text(problem.column),
                           kinds.get(problem.kind, problem.kind), reason_text(problem.message))
                      for problem in row.problems]
        return "\n".join(lines)

    def question(self, question: IntakeQuestion) -> str:
        """What the user must answer, in the display language."""
        v, groups = question.values, group_labels()
        if question.code == "unit":
            return self.tr("OPD tidak dikenali: berkas tidak membawa penanda format, tidak punya kolom OPD, dan "
                           "namanya tidak memuat kode atau nama OPD. Pilih OPD-nya.")
        if question.code == "group":
            return self.tr("Kelompok daftar tidak dikenali dari berkas maupun namanya. Pilih kelompoknya.")
        if question.code == "same_list":
            owner = fill(self.tr("OPD %1"), v[2]) if v[2] else self.tr("instansi")
            return fill(self.tr("Ada %1 berkas daftar %2 untuk %3 (%4). Pilih satu dan jangan ikutkan yang lain."),
                        v[0], groups.get(v[1], v[1]), owner, v[3])
        if question.code == "earlier":
            return fill(self.tr("OPD %1 sudah mengirim daftar %2 (impor nomor %3). Pilih ganti daftar lama atau "
                                "tambahkan ke daftar itu."), v[0], groups.get(v[1], v[1]), v[2])
        if question.code == "shared_earlier":
            return fill(self.tr("Daftar %2 OPD %1 yang tersimpan (impor nomor %3) juga memuat OPD lain; daftar itu "
                                "tidak dapat diganti dari sini, hanya ditambah."), v[0], groups.get(v[1], v[1]), v[2])
        return fill(self.tr("Format ini untuk tahun survei %1, bukan %2. Impor hanya bila Anda yakin isinya daftar "
                            "tahun %2."), v[0], v[1])

    def summary(self, rows: list[IntakeRow], imported: bool) -> str:
        """One line under the table: files ready (or imported) and their rows, files waiting, files refused."""
        done = [row for row in rows if row.status == ("imported" if imported else "ready")]
        waiting = sum(1 for row in rows if row.status == "asks")
        refused = sum(1 for row in rows if row.status in {"refused", "failed", "skipped"})
        head = self.tr("%Ln berkas diimpor", "", len(done)) if imported else \
            self.tr("%Ln berkas siap diimpor", "", len(done))
        rows_text = self.tr("%Ln baris", "", sum(row.imported for row in done))
        parts = [f"{head}: {rows_text}"]
        if waiting:
            parts.append(self.tr("%Ln menunggu pilihan Anda", "", waiting))
        if refused:
            parts.append(self.tr("%Ln tidak dapat diimpor atau tidak dibaca", "", refused))
        return " · ".join(parts)

    def outcome(self, rows: list[IntakeRow], cancelled: bool) -> str:
        """The message after the import."""
        text = self.summary(rows, imported=True)
        if cancelled:
            text += "\n" + self.tr("Dibatalkan: berkas yang sudah diimpor tetap tersimpan, sisanya belum diimpor.")
        return text
