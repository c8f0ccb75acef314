#!/usr/bin/env python3
"""Take the docs' screenshot set in a real window: every area, the import wizard's preview, the scorecard
preview, the training screens and (on an empty workspace) the first-start assistant, in one language.

    xvfb-run -a -s "-screen 0 1366x768x24" python tools/screenshot_tour.py OUT_DIR --lang id|en

It starts openbox (a window manager, so the window is maximised and framed as on a PC), builds a demo workspace
and an empty one in a temporary folder, runs the app itself on each (its own start-up, window and pages) and
captures the whole screen with ImageMagick's ``import`` after each step. A developer's tool: not shipped.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
IMPORT = "/usr/bin/import"  # ImageMagick's; a stand-in `convert`/`import` may sit earlier on the PATH
AREA_NAMES = ("beranda", "instansi-opd", "populasi", "pemantauan", "hasil", "pengaturan", "pengguna")
SAMPLE = ("NIP;Nama Pegawai;Jabatan;Perangkat Daerah;No HP;Email\n"
          "197703062005011002;Budi Santoso;Kepala Seksi;Dinas Kesehatan;0812 3456 7890;budi@contoh.go.id\n"
          "198001012006042001;Siti Aminah;Analis;Dinas Kesehatan;0813-1111-2222;siti@contoh.go.id\n"
          "198105052009031003;Agus Salim;Pengadministrasi;Dinas Kesehatan;08123;agus@contoh\n"
          "197703062005011002;Budi Santoso;Kepala Seksi;Dinas Kesehatan;0812 3456 7890;budi@contoh.go.id\n")

Step = tuple[int, Callable[[], None]]  # wait this many ms, then do this


def capture(path: Path) -> None:
    """The whole screen, as the user sees it."""
    subprocess.run([IMPORT, "-window", "root", str(path)], check=True)


def tour_demo(out: Path, lang: str, scratch: Path) -> Iterator[Step]:
    """Every area, then the wizard preview, the scorecard preview and the training screens."""
    from PySide6.QtWidgets import QApplication

    from spi_desktop.views.shell import areas
    from spi_desktop.views.shell.main_window import MainWindow

    found: list[MainWindow] = []

    def window() -> MainWindow:
        if not found:
            found.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        return found[0]

    yield 6000, lambda: None  # the window fills and its first figures load
    for index, name in enumerate(AREA_NAMES):
        yield 100, lambda index=index: window().show_area(index)
        yield 2500, lambda index=index, name=name: capture(out / f"{lang}-{index + 1:02d}-{name}.png")
    sample = scratch / "daftar-pegawai.csv"
    sample.write_text(SAMPLE, encoding="utf-8")
    state: dict[str, object] = {}

    def open_wizard() -> None:
        main = window()
        main.year_box.setCurrentIndex(main.year_box.findData(2025))
        main.show_area(areas.POPULATION)
        wizard = main.population.open_wizard()
        wizard.file_page.set_file(sample)
        state["wizard"] = wizard

    yield 300, open_wizard
    yield 2500, lambda: state["wizard"].next()  # type: ignore[attr-defined]
    yield 1500, lambda: state["wizard"].next()  # type: ignore[attr-defined]
    yield 4000, lambda: capture(out / f"{lang}-10-pratinjau-impor.png")
    yield 200, lambda: state["wizard"].reject()  # type: ignore[attr-defined]

    def open_preview() -> None:
        main = window()
        main.show_area(areas.RESULTS)
        cards = main.results.scorecards
        main.results.tabs.setCurrentWidget(cards)
        cards.table.selectRow(0)
        cards.preview_selected()
        state["cards"] = cards

    yield 2500, open_preview
    yield 4000, lambda: capture(out / f"{lang}-11-pratinjau-kartu-skor.png")
    yield 200, lambda: state["cards"].preview.close()  # type: ignore[attr-defined]
    yield 500, lambda: state.__setitem__("respondent", window().training_banner.open_walkthrough())  # type: ignore[union-attr]
    yield 2500, lambda: capture(out / f"{lang}-12-tampilan-responden.png")
    yield 200, lambda: state["respondent"].close()  # type: ignore[attr-defined]
    yield 500, lambda: state.__setitem__("slides", window().training_banner.open_presentation())  # type: ignore[union-attr]
    yield 3000, lambda: capture(out / f"{lang}-13-presentasi.png")
    yield 200, lambda: state["slides"].close()  # type: ignore[attr-defined]

    def open_intake() -> None:
        main = window()
        main.year_box.setCurrentIndex(main.year_box.findData(2024))  # a year whose lists have not come in yet
        main.show_area(areas.POPULATION)
        dialog = main.population.open_intake()
        dialog.default_group.setCurrentIndex(dialog.default_group.findData("internal"))
        dialog.add_sources([returned_pile(main.context.database, 2024, scratch / "kiriman-opd")])
        state["intake"] = dialog

    def select_unrecognised() -> None:
        dialog = state["intake"]
        names = [row.file for row in dialog.model.rows()]  # type: ignore[attr-defined]
        dialog.table.selectRow(names.index("rekap pegawai.xlsx"))  # type: ignore[attr-defined]

    def choose_and_import() -> None:
        dialog = state["intake"]
        dialog.unit_choice.setCurrentIndex(dialog.unit_choice.findData("DISHUB"))  # type: ignore[attr-defined]
        dialog._choice_changed()  # type: ignore[attr-defined]

    yield 500, open_intake
    yield 4000, select_unrecognised
    yield 1500, lambda: capture(out / f"{lang}-14-impor-banyak-berkas.png")
    yield 200, choose_and_import
    yield 3000, lambda: state["intake"].start_import()  # type: ignore[attr-defined]
    yield 4000, lambda: capture(out / f"{lang}-15-impor-banyak-berkas-selesai.png")
    yield 200, lambda: [box.accept() for box in QApplication.topLevelWidgets()  # the result box
                        if box.isVisible() and box.inherits("QMessageBox")]
    yield 500, lambda: capture(out / f"{lang}-16-impor-banyak-berkas-hasil.png")
    yield 200, lambda: state["intake"].reject()  # type: ignore[attr-defined]
    yield 500, lambda: window().population.tabs.setCurrentIndex(1)  # the board: received, late, sent
    yield 2500, lambda: capture(out / f"{lang}-17-pengiriman-opd.png")


def returned_pile(database: object, year: int, folder: Path) -> Path:
    """What OPD send back: two filled templates (one renamed), a CSV of their own, a list nobody can place
    and a letter."""
    import datetime as dt

    from openpyxl import Workbook, load_workbook

    from spi_desktop.reports.collection_template import DATA_SHEET, HEADER_ROW
    from spi_desktop.services.collection_kit import write_templates

    written = write_templates(database, year, ["internal"], folder / "format", ["DINKES", "DISDIK"])  # type: ignore[arg-type]
    people = [["Rina Wulandari", "081234560001", "rina@contoh.go.id", "198503122010012001", "Perawat", "",
               "Puskesmas Kota", "ASN", dt.date(2010, 1, 1), dt.date(2015, 3, 1)],
              ["Budi Santoso", "0812-3456-0002", "", "", "Staf", "", "Sekretariat", "Non ASN",
               dt.date(2019, 7, 1), dt.date(2019, 7, 1)],
              ["Sari Dewi", "0812", "sari@contoh", "", "Bidan", "", "Puskesmas Desa", "ASN",
               dt.date(2018, 1, 1), dt.date(2018, 1, 1)]]
    for item, name in zip(written, ("FINAL revisi (2).xlsx", "daftar pegawai disdik.xlsx"), strict=True):
        workbook = load_workbook(item.file)
        sheet = workbook[DATA_SHEET]
        for offset, values in enumerate(people, start=1):
            for column, value in enumerate(values, start=1):
                sheet.cell(HEADER_ROW + offset, column, value)
        workbook.save(folder / name)
        item.file.unlink()
        people = people[1:]
    (folder / "format").rmdir()
    (folder / "pegawai bappeda.csv").write_text(
        "Nama;No HP;Perangkat Daerah\nDedi Kurniawan;081234560020;BAPPEDA\nRina Wulandari;081234560001;BAPPEDA\n",
        encoding="utf-8")
    plain = Workbook()
    for values in (["Nama", "No. HP", "Jabatan"], ["Eko Prasetyo", "081234560030", "Staf"]):
        plain.active.append(values)
    plain.save(folder / "rekap pegawai.xlsx")
    (folder / "surat pengantar.docx").write_bytes(b"bukan daftar")
    return folder


def tour_empty(out: Path, lang: str, scratch: Path) -> Iterator[Step]:
    """The first-start assistant on a new workspace, each step."""
    from PySide6.QtWidgets import QApplication

    from spi_desktop.views.setup.first_start_wizard import FirstStartWizard

    def assistant() -> FirstStartWizard:
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstStartWizard) and w.isVisible())

    yield 7000, lambda: capture(out / f"{lang}-20-asisten-1.png")

    def fill_institution() -> None:
        page = assistant().currentPage()
        for name, text in (("name", "Pemerintah Kabupaten Sukamaju"), ("code", "SKJ")):
            field = getattr(page, name, None)
            if field is not None and hasattr(field, "setText"):
                field.setText(text)

    yield 200, fill_institution
    yield 300, lambda: assistant().next()
    yield 2500, lambda: capture(out / f"{lang}-21-asisten-2.png")


def run_tour(tour: Callable[[Path, str, Path], Iterator[Step]], database: Path, out: Path, lang: str,
             scratch: Path) -> int:
    """Run the app on ``database`` and walk ``tour`` through it; the app's exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from spi_desktop.views.shell.application import run_application

    app = QApplication.instance() or QApplication(sys.argv[:1])
    steps = tour(out, lang, scratch)

    def advance() -> None:
        try:
            wait, action = next(steps)
        except StopIteration:
            QApplication.closeAllWindows()
            QTimer.singleShot(500, app.quit)
            return
        QTimer.singleShot(wait, lambda: (action(), advance()))

    advance()
    return run_application(db=str(database), language=lang)


def main(argv: list[str] | None = None) -> int:
    """Take the screenshots into OUT_DIR."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--only", choices=("demo", "empty"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="spi-tour-"))
    # A user profile of its own: the tour must not take the developer's window place, language or workspaces.
    os.environ.update({"HOME": str(scratch), "XDG_CONFIG_HOME": str(scratch / "config"),
                       "XDG_DATA_HOME": str(scratch / "data"), "XDG_STATE_HOME": str(scratch / "state"),
                       "XDG_CACHE_HOME": str(scratch / "cache"), "QT_QPA_PLATFORM": "xcb"})
    window_manager = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if args.only != "empty":
            demo = scratch / "demo.sqlite"
            subprocess.run([sys.executable, "-m", "spi_desktop.cli", "--db", str(demo), "demo"], check=True,
                           stdout=subprocess.DEVNULL)
            code = run_tour(tour_demo, demo, args.out, args.lang, scratch)
            if code:
                return code
        if args.only != "demo":
            # A second app in a fresh process: one QApplication per process.
            return subprocess.run([sys.executable, __file__, str(args.out), "--lang", args.lang, "--only-empty-run",
                                   str(scratch / "empty.sqlite")], check=False).returncode
        return 0
    finally:
        window_manager.terminate()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    if "--only-empty-run" in sys.argv:
        out_dir, lang_flag, language, _, empty_db = sys.argv[1:6]
        sys.exit(run_tour(tour_empty, Path(empty_db), Path(out_dir), language, Path(empty_db).parent))
    sys.exit(main())
