"""The views write numbers in the display language (issue 19): an English window says '18,841 rows', not
'18.841 rows'. Only views/numbers.py may use domain.formatting's number functions (Indonesian always, the contract
of the CLI, PDFs and sheets); no view formats a number with Python's own thousands separator, or writes its own
decimal comma, either."""

from __future__ import annotations

import ast
from pathlib import Path

VIEWS = Path(__file__).resolve().parents[2] / "spi_desktop" / "views"
NUMBERS = VIEWS / "numbers.py"
#: domain.formatting's number writers and readers: the views take theirs from views/numbers.py.
NUMBER_FUNCTIONS = {"format_int", "format_decimal", "weight_text", "parse_decimal", "parse_count"}
FORMATTING = "spi_desktop.domain.formatting"
#: domain writers that take the number writer as an argument (Indonesian by default): a view passes its own.
NUMBER_TAKERS = {"range_text": 3}


def problems_in(source: str, where: str) -> list[str]:
    """What in the module text ``source`` (named ``where``) writes numbers past views/numbers.py."""
    tree = ast.parse(source, where)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == FORMATTING:
            found += [f"{where}:{node.lineno} imports {alias.name}" for alias in node.names
                      if alias.name in NUMBER_FUNCTIONS or alias.name == "*"]
        elif isinstance(node, ast.ImportFrom) and node.module == "spi_desktop.domain":
            found += [f"{where}:{node.lineno} imports domain.formatting" for alias in node.names
                      if alias.name == "formatting"]
        elif isinstance(node, ast.Import):
            found += [f"{where}:{node.lineno} imports {alias.name}" for alias in node.names if alias.name == FORMATTING]
        elif isinstance(node, ast.FormattedValue) and isinstance(node.format_spec, ast.JoinedStr):
            spec = "".join(part.value for part in node.format_spec.values
                           if isinstance(part, ast.Constant) and isinstance(part.value, str))
            if "," in spec or "_" in spec or spec.endswith("n"):
                found += [f"{where}:{node.lineno} formats a number with {{:{spec}}}"]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in NUMBER_TAKERS
              and len(node.args) + len(node.keywords) < NUMBER_TAKERS[node.func.id]):
            found += [f"{where}:{node.lineno} calls {node.func.id} without the view's number writer"]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace"
              and [a.value for a in node.args if isinstance(a, ast.Constant)] == [".", ","]):
            found += [f"{where}:{node.lineno} writes a decimal comma of its own (.replace('.', ','))"]
    return found


def test_only_the_numbers_module_formats_numbers_for_the_views() -> None:
    problems = [problem for path in sorted(VIEWS.rglob("*.py")) if path != NUMBERS
                for problem in problems_in(path.read_text(encoding="utf-8"), str(path.relative_to(VIEWS.parent)))]
    assert problems == [], "views take numbers from spi_desktop.views.numbers:\n" + "\n".join(problems)


def test_the_check_sees_a_forbidden_import_and_a_python_thousands_format() -> None:
    source = ("from spi_desktop.domain.formatting import format_date, format_int\n"
              "import spi_desktop.domain.formatting\n"
              "from spi_desktop.domain import formatting\n"
              "x = f'{18841:,} baris {2.5:.1f}'\n"
              "y = f'{2.5:+.2f}'.replace('.', ',')\n"
              "z = range_text(73.0, 78.0)\n")
    found = problems_in(source, "views/sample.py")
    assert len(found) == 6 and "format_int" in found[0] and "format_date" not in " ".join(found), found
