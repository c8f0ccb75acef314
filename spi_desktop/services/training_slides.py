"""The training presentation: explainer slides built from the shipped texts (resources/training/slides.json),
the survey year's elements and bands, and the workspace's own results and action plans.

A workspace may replace a slide's title and texts (preference ``training.slides``); the numbers, elements and
bands always come from the data, so an edited text never shows a stale score.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spi_desktop.db.session import Database
from spi_desktop.domain.bands import band_upper_bounds
from spi_desktop.domain.errors import InputError
from spi_desktop.domain.formatting import format_date, format_decimal, format_int
from spi_desktop.domain.placeholders import placeholder_fields, placeholder_problems
from spi_desktop.domain.roles import Permission
from spi_desktop.domain.slides import Figure, Slide
from spi_desktop.domain.survey_year import SurveyYear
from spi_desktop.resources import load_json
from spi_desktop.services import audit, settings_store
from spi_desktop.services.access import require
from spi_desktop.services.action_plans import action_summary
from spi_desktop.services.preferences import is_demo_workspace
from spi_desktop.services.results_read import ResultInfo, results_for_year
from spi_desktop.services.settings_store import SLIDES_KEY
from spi_desktop.services.workspace import get_workspace
from spi_desktop.services.years import get_year

WEAKEST = 3  # weakest elements named on the results slide
TEXT_FIELDS = ("paragraphs", "bullets", "closing")
LATE_COLOUR, DONE_COLOUR = "#C62828", "#2E7D32"

# Placeholders a slide text may use; a line whose placeholder has no value that year is left out.
PLACEHOLDERS = {
    "year": "tahun survei",
    "institution": "nama instansi",
    "national_index": "indeks nasional tahun itu",
    "element_count": "jumlah elemen penilaian",
    "window": "masa survei",
    "min_years_institution": "masa kerja minimal di instansi (tahun)",
    "min_years_unit": "masa kerja minimal di unit (tahun)",
    "service_within_months": "batas waktu layanan responden eksternal (bulan)",
    "previous_year": "tahun hasil sebelumnya",
}


def _shipped() -> dict[str, Any]:
    data: dict[str, Any] = load_json("training", "slides.json")
    return data


def slide_ids() -> list[str]:
    """The ids of every slide that may be shown, in order."""
    return [spec["id"] for spec in _shipped()["slides"]]


def _fill(line: str | list[str], values: dict[str, str | None]) -> str | None:
    """The first alternative whose placeholders all have a value, filled in; None when there is none."""
    for text in [line] if isinstance(line, str) else line:
        if all(values.get(name) is not None for name, _, _ in placeholder_fields(text)):
            return text.format_map(values)
    return None


def _fill_all(lines: list[str | list[str]], values: dict[str, str | None]) -> list[str]:
    return [text for text in (_fill(line, values) for line in lines) if text]


def _number(value: Any) -> str | None:
    if value is None:
        return None
    number = float(value)
    return format_int(int(number)) if number.is_integer() else format_decimal(number, 1)


def _window(settings: SurveyYear) -> str | None:
    start, end = settings.window_start, settings.window_end
    if start is None or end is None:
        return None
    if start.year == end.year:
        return f"{format_date(start).rsplit(' ', 1)[0]} – {format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def _values(database: Database, settings: SurveyYear, fallback: str) -> dict[str, str | None]:
    workspace = get_workspace(database)
    internal = settings.eligibility.get("internal", {})
    external = settings.eligibility.get("external", {})
    return {
        "year": str(settings.year),
        "institution": workspace.name if workspace and workspace.name else fallback,
        "national_index": format_decimal(settings.national_index) if settings.national_index is not None else None,
        "element_count": str(len(settings.elements)),
        "window": _window(settings),
        "min_years_institution": _number(internal.get("min_years_institution")),
        "min_years_unit": _number(internal.get("min_years_unit")),
        "service_within_months": _number(external.get("service_within_months")),
        "previous_year": None,
    }


def _institution_result(database: Database, year: int) -> ResultInfo | None:
    return next((info for info in results_for_year(database, year) if info.code == ""), None)


def _result_parts(info: ResultInfo, labels: dict[str, str], values: dict[str, str | None]
                  ) -> tuple[list[Figure], list[str]]:
    """The tiles (index, band, change, national index) and the weakest elements of the results slide."""
    local = {**values, "previous_year": str(info.previous_year) if info.previous_year else None}
    index, figures = info.index, []
    if index.score is None:
        figures.append(Figure(_fill(labels["index"], local) or "", labels["withheld"]))
    else:
        figures.append(Figure(_fill(labels["index"], local) or "", format_decimal(index.score), index.colour))
        if index.band:
            figures.append(Figure(labels["band"], index.band, index.colour))
    change = info.change
    if change is not None:
        figures.append(Figure(_fill(labels["change"], local) or "", f"{'+' if change > 0 else ''}"
                              f"{format_decimal(change)}"))
    if info.national_index is not None:
        figures.append(Figure(_fill(labels["national"], local) or "", format_decimal(info.national_index)))
    scored = [(banded.score, code) for code, banded in info.elements.items() if banded.score is not None]
    weakest = []
    for score, code in sorted(scored)[:WEAKEST]:
        band = info.elements[code].band
        weakest.append(f"{info.element_names.get(code, code)}: {format_decimal(score)}" + (f" ({band})" if band
                                                                                           else ""))
    return figures, weakest


def _action_figures(counts: dict[str, int], labels: dict[str, str]) -> list[Figure]:
    colours = {"selesai": DONE_COLOUR, "terlambat": LATE_COLOUR if counts.get("terlambat") else None}
    return [Figure(label, format_int(counts.get(key, 0)), colours.get(key)) for key, label in labels.items()]


def presentation_slides(database: Database, year: int) -> list[Slide]:
    """The slides for ``year`` in order; the results and action-plan slides only when the workspace has
    them for that year. ``NotFoundError`` when the survey year does not exist."""
    settings = get_year(database, year)
    shipped = _shipped()
    values = _values(database, settings, shipped["institution_fallback"])
    overrides = stored_overrides(database)
    slides = []
    for spec in shipped["slides"]:
        text = {**spec, **overrides.get(spec["id"], {})}
        kind, labels = spec["kind"], spec.get("labels", {})
        figures: list[Figure] = []
        bands = None
        bullets = _fill_all(text["bullets"], values)
        if kind == "results":
            info = _institution_result(database, year)
            if info is None:
                continue
            figures, bullets = _result_parts(info, labels, values)
        elif kind == "actions":
            counts = action_summary(database, year)
            if not counts["total"]:
                continue
            figures = _action_figures(counts, labels)
        elif kind == "elements":
            examples = shipped["element_examples"]
            figures = [Figure(element.name, examples.get(element.code, "")) for element in settings.elements]
        elif kind == "bands":
            bands = [(band.label, band.lower, upper, band.colour) for band, upper in band_upper_bounds(settings.bands)]
        title = _fill(text["title"], values) or _fill(spec["title"], values) or spec["id"]
        slides.append(Slide(spec["id"], kind, title, _fill_all(text["paragraphs"], values), bullets,
                            _fill_all(text.get("closing", []), values), bands, figures))
    return slides


def stored_overrides(database: Database) -> dict[str, dict[str, Any]]:
    """The workspace's own slide texts (slide id -> title and lists of lines); malformed entries are skipped."""
    stored = settings_store.read(database, SLIDES_KEY)
    if not isinstance(stored, dict):
        return {}
    found: dict[str, dict[str, Any]] = {}
    for slide_id, entry in stored.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("title"), str):
            continue
        clean: dict[str, Any] = {"title": entry["title"]}
        for name in TEXT_FIELDS:
            lines = entry.get(name)
            if isinstance(lines, list) and all(isinstance(line, str) for line in lines):
                clean[name] = lines
        found[str(slide_id)] = clean
    return found


def text_problems(text: str) -> list[str]:
    """What stops ``text`` from being used on a slide: broken or unknown placeholders."""
    return placeholder_problems(text, PLACEHOLDERS, "{year}, bukan {year:>6}")


def save_slide_text(database: Database, slide_id: str, title: str, paragraphs: list[str],
                    bullets: list[str] | None = None, closing: list[str] | None = None) -> None:
    """Store the workspace's own title and texts for one slide; ``None`` keeps the shipped bullets/closing.

    ``InputError`` for an unknown slide, an empty title or a broken placeholder.
    """
    require(database, Permission.SETTINGS)
    if slide_id not in slide_ids():
        raise InputError(f"Salindia '{slide_id}' tidak dikenal")
    title = " ".join(title.split())
    if not title:
        raise InputError("Judul salindia wajib diisi")
    entry: dict[str, Any] = {"title": title}
    for name, lines in (("paragraphs", paragraphs), ("bullets", bullets), ("closing", closing)):
        if lines is not None:
            entry[name] = [line.strip() for line in lines if line.strip()]
    problems = [problem for text in [title, *(line for name in TEXT_FIELDS for line in entry.get(name, []))]
                for problem in text_problems(text)]
    if problems:
        raise InputError("Teks salindia belum benar:\n- " + "\n- ".join(dict.fromkeys(problems)))
    stored = settings_store.read(database, SLIDES_KEY)
    texts = dict(stored) if isinstance(stored, dict) else {}
    texts[slide_id] = entry
    settings_store.write(database, SLIDES_KEY, texts)


def reset_slide_texts(database: Database, slide_id: str | None = None) -> None:
    """Go back to the shipped texts: for one slide, or for every slide when ``slide_id`` is None."""
    require(database, Permission.SETTINGS)
    if slide_id is not None and slide_id not in slide_ids():
        raise InputError(f"Salindia '{slide_id}' tidak dikenal")
    stored = settings_store.read(database, SLIDES_KEY)
    texts = dict(stored) if isinstance(stored, dict) and slide_id is not None else {}
    texts.pop(slide_id or "", None)
    settings_store.write(database, SLIDES_KEY, texts)


def write_handout(database: Database, year: int, path: Path) -> int:
    """The presentation of ``year`` on one A4 page for participants, written to ``path``; returns its pages.
    Needs the PRINT permission and leaves an audit line."""
    from spi_desktop.reports.handout import write_handout_file

    actor = require(database, Permission.PRINT)
    workspace = get_workspace(database)
    pages = write_handout_file(presentation_slides(database, year), workspace.name if workspace else "", year,
                               is_demo_workspace(database), path)
    audit.record_now(database, actor, "print", "pelatihan", f"Handout pelatihan SPI {year} dibuat ke {path.name} "
                     f"({pages} halaman)", year=year, pages=pages, file=path.name)
    return pages

