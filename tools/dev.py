#!/usr/bin/env python3
"""One-command developer entry point for SPI Desktop.

Usage (from anywhere; only Python 3.11 + the standard library are needed)::

    python3 tools/dev.py run  [extra app args]     # start the app on a demo workspace
    python3 tools/dev.py test [extra pytest args]  # ruff, mypy, import contract, pytest on SQLite and on
                                                   # PostgreSQL, then the Windows installer built and tried in Wine

Both commands first make sure the Qt system libraries are present (installing
them with apt-get when running as root on Debian/Ubuntu), create ``.venv`` if
needed and install into it the locked dependencies (``requirements/lock.txt``,
exported from ``uv.lock``, every file checked against its sha256) and then the
package itself. Neither needs uv; only changing the lock does (docs/release.md).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import signal
import subprocess
import sys
from pathlib import Path

# tools/ is on sys.path when this file is run as a script.
from system_deps import (
    BUILD_REQUIREMENTS,
    VENV_REQUIREMENT,
    WINE_REQUIREMENTS,
    ensure_system_packages,
    is_linux,
    log,
    missing_system_packages,
)

__all__ = ["main", "missing_system_packages"]

REPO = Path(__file__).resolve().parent.parent
VENV = REPO / ".venv"
STAMP = VENV / ".spi-installed"
PYPROJECT = REPO / "pyproject.toml"
#: The hash-pinned export of uv.lock (dependencies and the test extra), which plain pip installs.
LOCK_EXPORT = REPO / "requirements" / "lock.txt"
DEMO_DB = REPO / ".demo" / "demo.sqlite"
LINT_DIRS = ("spi_desktop", "tests", "tools", "bench")
USAGE = "usage: python3 tools/dev.py {run|test} [extra args]"
NO_DISPLAY = (
    "No display found / Tidak ada layar. Run it on a virtual screen:\n"
    "    xvfb-run -a python3 tools/dev.py run\n"
    "  (or set QT_QPA_PLATFORM=offscreen)"
)


def venv_python() -> Path:
    """Return the path of the virtual environment's Python interpreter."""
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def exit_code(code: int) -> int:
    """Map a subprocess return code to a shell-style exit code (signals → 128+n)."""
    return 128 - code if code < 0 else code


def run_cmd(cmd: list[str | Path], env: dict[str, str] | None = None) -> int:
    """Run ``cmd`` in the repo root and return its exit code.

    On Ctrl-C the child (which got the signal too) gets 10 s to finish cleanly.
    """
    proc = subprocess.Popen([str(part) for part in cmd], cwd=REPO, env=env)
    try:
        return exit_code(proc.wait())
    except KeyboardInterrupt:
        try:
            return exit_code(proc.wait(timeout=10))
        except (KeyboardInterrupt, subprocess.TimeoutExpired):
            proc.terminate()
            return exit_code(proc.wait())


def has_display() -> bool:
    """Return True if a GUI can be shown (always True off Linux)."""
    if not is_linux():
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def check_system(command: str) -> bool:
    """Check/install system packages for ``command``; False means stop."""
    optional: set[str] = set()
    if command == "run" and has_display():
        optional.add("xvfb")  # only needed for the no-display case
    if command == "test":
        optional.add("postgresql")  # without it the PostgreSQL tests skip, saying why; the SQLite ones run
        # Without these the Windows installer is not built and tried under Wine, saying why.
        optional.update(req.package for req in (*BUILD_REQUIREMENTS, *WINE_REQUIREMENTS))
    if importlib.util.find_spec("pip") is not None:
        optional.add(VENV_REQUIREMENT.package)  # we can bootstrap pip ourselves
    need_venv = not venv_python().exists()
    return ensure_system_packages(command, need_venv=need_venv, optional=frozenset(optional))


def create_venv() -> int:
    """Create ``.venv`` if it does not exist yet; return an exit code."""
    if venv_python().exists():
        return 0
    log(f"creating virtual environment {VENV}")
    if importlib.util.find_spec("ensurepip") is not None:
        return run_cmd([sys.executable, "-m", "venv", VENV])
    # Debian without python3-venv: no ensurepip, so borrow the system pip.
    code = run_cmd([sys.executable, "-m", "venv", "--without-pip", VENV])
    return code or ensure_venv_pip()


def ensure_venv_pip() -> int:
    """Make sure pip is importable in the venv, bootstrapping it if needed."""
    python = venv_python()
    probe = subprocess.run([python, "-c", "import pip"], cwd=REPO, capture_output=True, check=False)
    if probe.returncode == 0:
        return 0
    if importlib.util.find_spec("pip") is None:
        log("the virtual environment has no pip and neither has this Python.")
        log(f"install {VENV_REQUIREMENT.package} (or delete {VENV}) and try again.")
        return 1
    log("installing pip into the virtual environment")
    return run_cmd([sys.executable, "-m", "pip", "--python", python, "install", "-q", "pip"])


def install_inputs_hash() -> str:
    """Return the sha256 of pyproject.toml and the lock export together (the install stamp's content).

    A change to either (a new dependency, an upgraded pin) makes the next run install again.
    """
    digest = hashlib.sha256()
    for path in (PYPROJECT, LOCK_EXPORT):
        content = path.read_bytes()
        digest.update(f"{path.name}:{len(content)}:".encode())
        digest.update(content)
    return digest.hexdigest()


def install_package() -> int:
    """Install the locked dependencies, then the package without them, unless the stamp says it is current."""
    for required in (PYPROJECT, LOCK_EXPORT):
        if not required.is_file():
            log(f"{required} not found.")
            return 1
    digest = install_inputs_hash()
    if STAMP.is_file() and STAMP.read_text().strip() == digest:
        return 0
    code = ensure_venv_pip()
    if code:
        return code
    pip: list[str | Path] = [venv_python(), "-m", "pip", "install", "--disable-pip-version-check"]
    log(f"installing the locked dependencies from {LOCK_EXPORT.relative_to(REPO)} into .venv "
        "(first run may take a few minutes)")
    code = run_cmd([*pip, "--require-hashes", "-r", LOCK_EXPORT])
    if code:
        log(f"pip install of the locked dependencies failed with exit code {code}")
        return code
    log("installing spi_desktop itself (editable, without dependencies: they come from the lock)")
    code = run_cmd([*pip, "--no-deps", "-e", REPO])
    if code:
        log(f"pip install of spi_desktop failed with exit code {code}")
        return code
    STAMP.write_text(digest + "\n")
    return 0


def setup(command: str) -> int:
    """Run the setup shared by ``run`` and ``test``; return an exit code."""
    if not check_system(command):
        return 1
    return create_venv() or install_package()


def build_demo() -> int:
    """Create the demo workspace database if it is missing."""
    if DEMO_DB.exists():
        return 0
    log(f"building demo workspace {DEMO_DB.relative_to(REPO)}")
    DEMO_DB.parent.mkdir(parents=True, exist_ok=True)
    code = run_cmd([venv_python(), "-m", "spi_desktop.cli", "--db", DEMO_DB, "demo"])
    if code:
        log(f"building the demo workspace failed with exit code {code}")
        DEMO_DB.unlink(missing_ok=True)  # retry from scratch next time
    return code


def cmd_run(args: list[str]) -> int:
    """Set up, build the demo workspace and start the GUI on it."""
    code = setup("run")
    if code:
        return code
    if not has_display():
        log(NO_DISPLAY)
        return 1
    code = build_demo()
    if code:
        return code
    log("starting SPI Desktop")
    return run_cmd([venv_python(), "-m", "spi_desktop", "--db", DEMO_DB, *args])


def lint_targets() -> list[str]:
    """Return the lint directories that exist in the repo."""
    return [d for d in LINT_DIRS if (REPO / d).is_dir()]


def cmd_test(args: list[str]) -> int:
    """Set up, then run ruff, mypy and pytest, stopping at the first failure."""
    code = setup("test")
    if code:
        return code
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    python = venv_python()
    targets = lint_targets()
    if targets:
        code = run_cmd([python, "-m", "ruff", "check", *targets], env)
        if code:
            log(f"ruff failed (exit code {code})")
            return code
        log("ruff: ok")
    code = run_cmd([python, "-m", "mypy"], env)
    if code:
        log(f"mypy failed (exit code {code})")
        return code
    log("mypy: ok")
    # The layer map in pyproject.toml ([tool.importlinter]): no import runs up the layers, no Qt below the views.
    code = run_cmd([str(python.with_name("lint-imports" + python.suffix)), "--no-cache"], env)
    if code:
        log(f"the import contract is broken (exit code {code}): see the contracts in pyproject.toml")
        return code
    log("import contract: ok")
    if args or env.get("SPI_TEST_ENGINE") == "postgresql" or not postgres_installed():
        if not args and not postgres_installed():
            log("PostgreSQL is not installed here: the second pass (database and service tests on PostgreSQL) "
                "is skipped; install Debian's postgresql package to run it")
        engine = "PostgreSQL" if env.get("SPI_TEST_ENGINE") == "postgresql" else "SQLite"
        log(f"pytest on {engine}" + (f": {' '.join(args)}" if args else ": the whole suite"))
        return pytest_result(run_cmd([python, "-m", "pytest", *args], env), engine)
    return both_passes(python, env) or windows_installer_pass(python, env)


def windows_installer_pass(python: Path, env: dict[str, str]) -> int:
    """Build the Windows installer (fast compression) and try it under Wine: install, self-test, uninstall.

    Skipped, saying why, where the build or Wine packages are missing (a developer without root); CI installs
    them, so there it always runs.
    """
    import shutil
    import tempfile

    from system_deps import is_present

    missing = sorted({req.package for req in (*BUILD_REQUIREMENTS, *WINE_REQUIREMENTS) if not is_present(req)})
    if missing:
        log(f"the Windows installer is not built and tried under Wine here: missing {', '.join(missing)}")
        return 0
    out = Path(tempfile.mkdtemp(prefix="spi-windows-"))
    log("building the Windows installer (fast compression) and trying it under Wine")
    code = run_cmd([python, REPO / "tools" / "build_windows.py", "--out", out, "--compression", "fast"], env)
    if code:
        log(f"the Windows build failed (exit code {code})")
        return code
    installers = sorted(out.glob("SPI-Desktop-*-setup-x64.exe"))
    code = run_cmd([python, REPO / "tools" / "test_windows_install.py", *installers], env)
    if code:
        log(f"the installer's test under Wine failed (exit code {code}); the build is kept in {out}")
        return code
    shutil.rmtree(out, ignore_errors=True)
    return 0


def pytest_result(code: int, engine: str) -> int:
    """Say how a pytest pass ended; no test collected counts as a failure."""
    if code == 5:
        log(f"pytest on {engine} collected no tests: treating this as a failure")
        return 1
    if code:
        log(f"pytest on {engine} failed (exit code {code})")
    return code


def postgres_installed() -> bool:
    """Whether initdb/pg_ctl exist (on the PATH or in Debian's /usr/lib/postgresql/N/bin)."""
    from shutil import which

    return which("pg_ctl") is not None or any(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))


# The folders whose tests touch a workspace database: they run a second time on PostgreSQL. The domain, reader,
# architecture and GUI tests (tests/domain, importers, architecture, gui) do not depend on the engine.
POSTGRES_FOLDERS = ("tests/db", "tests/services", "tests/cli")


def postgres_targets() -> list[str]:
    """What the PostgreSQL pass runs: the folders of tests that depend on the engine."""
    return [folder for folder in POSTGRES_FOLDERS if (REPO / folder).is_dir()]


def both_passes(python: Path, env: dict[str, str]) -> int:
    """The whole suite on SQLite and the database tests on PostgreSQL, side by side.

    Each pass is one single-threaded pytest process, so on a 2-core machine running them at once takes about as
    long as the longer one alone. The PostgreSQL pass writes to a log that is printed when it ends.
    """
    import shutil
    import tempfile

    scratch = Path(tempfile.mkdtemp(prefix="spi-tests-"))
    targets = postgres_targets()
    log_path = scratch / "postgresql.log"
    log(f"pytest on PostgreSQL: {' '.join(targets)}, in the background (its output follows the SQLite pass)")
    with log_path.open("w", encoding="utf-8") as pg_log:
        pg = subprocess.Popen([str(python), "-m", "pytest", "-p", "no:cacheprovider",
                               "--durations=15", "--basetemp", str(scratch / "postgresql"), *targets],
                              cwd=REPO, env={**env, "SPI_TEST_ENGINE": "postgresql"}, stdout=pg_log,
                              stderr=subprocess.STDOUT)
        log("pytest on SQLite: the whole suite")
        try:
            sqlite = [python, "-m", "pytest", "--durations=15", "--basetemp", str(scratch / "sqlite")]
            sqlite_code = pytest_result(run_cmd(sqlite, env), "SQLite")
            pg_code = exit_code(pg.wait())
        except KeyboardInterrupt:
            pg.terminate()
            pg.wait()
            raise
    log("pytest on PostgreSQL: its output")
    sys.stdout.write(log_path.read_text(encoding="utf-8", errors="replace"))
    sys.stdout.flush()
    pg_code = pytest_result(pg_code, "PostgreSQL")
    if sqlite_code or pg_code:
        log(f"the passes' temporary files are kept in {scratch}")
    else:
        shutil.rmtree(scratch, ignore_errors=True)
    return sqlite_code or pg_code


COMMANDS = {"run": cmd_run, "test": cmd_test}


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and dispatch to ``run`` or ``test``."""
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in COMMANDS:
        print(USAGE, file=sys.stderr)
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    try:
        return COMMANDS[argv[0]](argv[1:])
    except KeyboardInterrupt:
        return 128 + signal.SIGINT


if __name__ == "__main__":
    sys.exit(main())
