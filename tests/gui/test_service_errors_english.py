"""Every refusal the program raises outside the views reads in English in an English window.

The test reads the source: every ``InputError(...)`` (and its kinds: InvalidValue, NotFoundError, SignInRefused,
PermissionDenied, SignInRequired, ConflictError) under ``spi_desktop/`` but the views (which translate with
``self.tr``) and the CLI (which speaks Indonesian only) is turned into a sample text — a literal as is, an
f-string or a concatenation with the sample value of each expression in it — and shown through ``reason_text``.
Sampled the same way: every other error raised with a text (``ValueError(f"…")``, ``ClosedWorkspaceError("…")``),
which a service may pass on, list or show as an unexpected error; every text handed to a helper that makes an
error of it (``_fail(where, "…")`` → ``InputError(f"{where}: {message}")``, the helper found by its body); and
the problems the services list in a refusal (``problems.append("…")``).
In English no Indonesian word may remain and every sample value must come through exactly. An expression with
no sample value, or a call whose message is built elsewhere and is not in ``BUILT_ELSEWHERE``, fails the test:
a new ``raise InputError(...)`` cannot slip through untranslated.
"""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication

import spi_desktop
from spi_desktop.views.language import install_language, remove_language
from spi_desktop.views.reason_texts import reason_text
from tests.support.service_error_samples import BUILT_ELSEWHERE, FIXED_TEXTS, SAMPLES, Reason, Sample

ERRORS = {"InputError", "InvalidValue", "NotFoundError", "SignInRefused", "PermissionDenied", "SignInRequired",
          "ConflictError"}
SKIPPED_PACKAGES = {"views", "cli"}
INDONESIAN = re.compile(
    r"\b(tidak|dan|atau|baris|kolom|sudah|dengan|yang|bukan|lembar|berkas|kosong|ditolak|dilewati|karena|lalu|"
    r"harus|berisi|dibaca|diimpor|tersimpan|pilih|sebagai|dari|belum|untuk|wajib|diisi|oleh|dapat|boleh|tahun|"
    r"ada|ini|itu|dulu|salah|sandi|cadangan|ruang|kerja|pengguna|isi|tulis|gagal|dibuat|sebelum|setelah|"
    r"hanya|pada|sampai|ke|di)\b", re.IGNORECASE)
ROOT = Path(spi_desktop.__file__).parent


class Unsampled(Exception):
    """An expression of a message has no sample value."""


def _calls() -> Iterator[tuple[str, int, ast.expr]]:
    """(module, line, message expression) of every error raised outside the views and the CLI; of every other
    error (ValueError, …) raised with a text, which a service may pass on or show; of every text handed to a
    helper that makes an error of it (``_fail(where, "…")``); and of every problem written as text into a list
    of problems (``problems.append("…")``), which the errors list."""
    trees = {module: tree for module, tree in _modules()}
    helpers = _message_helpers(trees)
    for module, tree in trees.items():
        known = {name: helpers[name][source] for name, source in _imported(tree).items()
                 if source in helpers.get(name, {})} | {
            name: defined[module] for name, defined in helpers.items() if module in defined}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ERRORS:
                if node.func.id == "ConflictError":
                    continue  # its message is conflict_message's, sampled in BUILT_ELSEWHERE
                assert node.args, f"{module}:{node.lineno}: an error without a message"
                yield module, node.lineno, node.args[0]
            elif _is_raised_text(node):
                assert isinstance(node, ast.Call)
                yield module, node.lineno, node.args[0]
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in known:
                message = known[node.func.id].message_for(node)
                if message is not None:
                    yield module, node.lineno, message
            elif _is_problem_text(node):
                assert isinstance(node, ast.Call)
                yield module, node.lineno, node.args[0]


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(ROOT.rglob("*.py")):
        module = path.relative_to(ROOT).as_posix()
        if module.split("/")[0] not in SKIPPED_PACKAGES:
            yield module, ast.parse(path.read_text(encoding="utf-8"))


def _imported(tree: ast.Module) -> dict[str, str]:
    """The names a module imports from the program's own modules, with the module each comes from."""
    return {alias.asname or alias.name: node.module.removeprefix("spi_desktop.").replace(".", "/") + ".py"
            for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
            and node.module.startswith("spi_desktop.") for alias in node.names}


def _is_text(expression: ast.expr) -> bool:
    """A text as the code writes it: a literal, an f-string or texts joined with ``+``."""
    return ((isinstance(expression, ast.Constant) and isinstance(expression.value, str))
            or isinstance(expression, ast.JoinedStr)
            or (isinstance(expression, ast.BinOp) and isinstance(expression.op, ast.Add)
                and (_is_text(expression.left) or _is_text(expression.right))))


def _is_raised_text(node: ast.AST) -> bool:
    """``ValueError("…")``, ``ClosedWorkspaceError(f"…")``: an error other than the InputError kinds, made with
    a text (one made from a name, ``ValueError(pattern)``, is a signal between functions, not a message)."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id.endswith("Error")
            and node.func.id not in ERRORS and bool(node.args) and _is_text(node.args[0]))


class _Helper:
    """A function that makes an error of the text it is given: ``_fail(where, message)`` →
    ``InputError(f"{where}: {message}")``."""

    def __init__(self, function: ast.FunctionDef, message: ast.expr, texts: set[str]) -> None:
        self.parameters = [argument.arg for argument in (*function.args.posonlyargs, *function.args.args)]
        self.message, self.texts = message, texts

    def message_for(self, call: ast.Call) -> ast.expr | None:
        """The message a call builds, its arguments in place of the parameters; None when it passes no text
        (the helper's own message, sampled where it is raised, covers it)."""
        given = dict(zip(self.parameters, call.args, strict=False))
        given.update((keyword.arg, keyword.value) for keyword in call.keywords if keyword.arg)
        if not any(_is_text(given[name]) for name in self.texts if name in given):
            return None

        class Put(ast.NodeTransformer):
            def visit_Name(self, node: ast.Name) -> ast.expr:  # noqa: N802 - ast's visitor naming
                return copy.deepcopy(given[node.id]) if node.id in given else node

        return Put().visit(copy.deepcopy(self.message))


def _message_helpers(trees: dict[str, ast.Module]) -> dict[str, dict[str, _Helper]]:
    """Per function name and module: the functions whose error message holds one of their parameters as text
    (the whole message, a ``{value}`` of an f-string or a part of a ``+``)."""
    found: dict[str, dict[str, _Helper]] = {}
    for module, tree in trees.items():
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            parameters = {argument.arg for argument in (*function.args.posonlyargs, *function.args.args)}
            for node in ast.walk(function):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args
                        and node.func.id in ERRORS - {"ConflictError"}):
                    continue
                texts = {name for name in _text_names(node.args[0]) if name in parameters}
                if texts:
                    found.setdefault(function.name, {})[module] = _Helper(function, node.args[0], texts)
    return found


def _text_names(expression: ast.expr) -> Iterator[str]:
    if isinstance(expression, ast.Name):
        yield expression.id
    elif isinstance(expression, ast.FormattedValue):
        yield from _text_names(expression.value)
    elif isinstance(expression, ast.JoinedStr):
        for part in expression.values:
            yield from _text_names(part)
    elif isinstance(expression, ast.BinOp):
        yield from _text_names(expression.left)
        yield from _text_names(expression.right)


def _is_problem_text(node: ast.AST) -> bool:
    """``problems.append(<text>)``: row problems (RowProblem, (key, reason) pairs) are the imports' and are read
    through the corpora of test_reason_texts; a caught error's own text (``str(error)``) is sampled where raised."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append"
            and len(node.args) == 1):
        return False
    receiver = ast.unparse(node.func.value)
    return receiver.endswith("problems") and isinstance(node.args[0], ast.Constant | ast.JoinedStr | ast.BinOp)


def _sample_of(module: str, expression: ast.expr) -> Sample:
    key = ast.unparse(expression)
    if isinstance(expression, ast.FormattedValue) and expression.format_spec is not None:
        key = f"{ast.unparse(expression.value)}:{ast.unparse(expression.format_spec)}"
    elif isinstance(expression, ast.FormattedValue):
        key = ast.unparse(expression.value)
    for wanted in (f"{module}:{key}", key):
        if wanted in SAMPLES:
            return SAMPLES[wanted]
    raise Unsampled(f"{module}: no sample value for {key!r} (add one to tests/support/service_error_samples.py)")


def _build(module: str, expression: ast.expr, values: list[Sample]) -> str:
    """The sample text of ``expression``; the sample values it used are appended to ``values``."""
    if isinstance(expression, ast.Constant) and isinstance(expression.value, str):
        return expression.value
    if isinstance(expression, ast.JoinedStr):
        return "".join(_build(module, part, values) for part in expression.values)
    if isinstance(expression, ast.BinOp) and isinstance(expression.op, ast.Add):
        return _build(module, expression.left, values) + _build(module, expression.right, values)
    if isinstance(expression, ast.FormattedValue) and expression.format_spec is None and _is_text(expression.value):
        return _build(module, expression.value, values)  # a text handed to a helper, now in its message
    if isinstance(expression, ast.FormattedValue) and isinstance(expression.value, ast.IfExp):
        return _build(module, expression.value.body, values)  # the longer form: the note is there
    if isinstance(expression, ast.IfExp):
        return _build(module, expression.body, values)
    sample = _sample_of(module, expression)
    values.append(sample)
    return sample.text if isinstance(sample, Reason) else sample


def _samples() -> tuple[list[tuple[str, str, list[Sample]]], list[str]]:
    built, unsampled = [], []
    for module, line, expression in _calls():
        values: list[Sample] = []
        where = f"{module}:{line}"
        if isinstance(expression, ast.Name | ast.Call) and not _is_join(expression):
            hand = BUILT_ELSEWHERE.get(f"{module}:{ast.unparse(expression)}")
            if hand is None:
                unsampled.append(f"{where}: message {ast.unparse(expression)!r} is built elsewhere; add hand-built "
                                 "samples to BUILT_ELSEWHERE")
                continue
            built.extend((where, text, []) for text in hand)
            continue
        try:
            built.append((where, _build(module, expression, values), values))
        except Unsampled as error:
            unsampled.append(f"{where}: {error}")
    for fixed in FIXED_TEXTS:
        built.extend((fixed, text, []) for text in BUILT_ELSEWHERE[fixed])
    return built, unsampled


def _is_join(expression: ast.expr) -> bool:
    return (isinstance(expression, ast.Call) and isinstance(expression.func, ast.Attribute)
            and expression.func.attr == "join")



def test_every_error_raised_outside_the_views_is_sampled() -> None:
    built, unsampled = _samples()
    assert not unsampled, "\n".join(unsampled)
    assert len(built) > 150, "the services and importers raise well over a hundred distinct refusals"


def test_every_error_raised_outside_the_views_reads_in_english(english: None) -> None:
    built, _unsampled = _samples()
    failures = []
    for where, text, values in built:
        shown = reason_text(text)
        rest = shown
        for value in values:
            kept = value.english if isinstance(value, Reason) else value
            if kept is not None and kept not in shown:
                failures.append(f"{where}: value {kept!r} lost\n    {text!r}\n -> {shown!r}")
            if kept:
                rest = rest.replace(kept, " ")
        if INDONESIAN.search(re.sub(r"'[^']*'|\"[^\"]*\"", "", rest)):  # quoted: a value as written
            failures.append(f"{where}: still Indonesian\n    {text!r}\n -> {shown!r}")
    assert not failures, f"{len(failures)} untranslated:\n" + "\n".join(failures)


def test_the_indonesian_text_is_shown_as_written(qapp: QApplication) -> None:
    assert install_language(qapp, "id") is not None
    try:
        for _where, text, _values in _samples()[0]:
            assert reason_text(text) == text
    finally:
        remove_language(qapp)


def test_the_catalogue_holds_each_text_once_with_one_letter_per_value() -> None:
    from spi_desktop.views.service_error_catalogue import _entries, service_patterns

    texts = [text for text, _kinds in _entries()]
    assert len(texts) == len(set(texts)), "a text catalogued twice: the first one wins, the second is dead"
    assert service_patterns()  # each pattern is built: its values are %1…%n in order, one letter each


def test_a_refusal_on_several_lines_is_translated_line_by_line(qapp: QApplication) -> None:
    assert install_language(qapp, "en") is not None
    try:
        listed = "Hasil tidak disimpan:\n- '7x' bukan angka\n- Indeks SPI 120 di luar 0–100"
        assert reason_text(listed) == ("The results were not saved:\n- '7x' is not a number\n"
                                       "- SPI index 120 is outside 0–100")
        # a value quoted across a line break (a cell written on two lines) stays one reason
        assert reason_text("Nomor HP '0812 4141 0001\n0813 4141 0002' tidak dapat dibaca").endswith(
            "'0812 4141 0001\n0813 4141 0002' cannot be read")
    finally:
        remove_language(qapp)
