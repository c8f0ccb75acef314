"""What a main window shows around its pages, read once per window off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spi_desktop.domain.roles import Actor
from spi_desktop.services import years
from spi_desktop.services.access import acting
from spi_desktop.services.database import Database
from spi_desktop.services.preferences import is_demo_workspace
from spi_desktop.services.recent_workspaces import recent_workspaces
from spi_desktop.services.workspace import WorkspaceInfo, get_workspace


@dataclass(frozen=True)
class WindowHeader:
    """The survey years (and the current one), the workspace, the demo flag, who acts, and the workspace files
    opened lately on this PC (the Berkas menu)."""

    year: int
    years: list[int]
    workspace: WorkspaceInfo | None
    demo: bool
    actor: Actor
    recent: list[Path] = field(default_factory=list)


def read_header(database: Database) -> WindowHeader:
    """Read a window's header data (a background job: it queries the workspace)."""
    return WindowHeader(years.current_year(database), years.list_years(database), get_workspace(database),
                        is_demo_workspace(database), acting(database), recent_workspaces())
