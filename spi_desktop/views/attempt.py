"""One way to run a synchronous save from a widget: a refused or failed save is shown, never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtWidgets import QWidget

from spi_desktop.services.concurrency import ConflictError
from spi_desktop.views.conflicts import offer_reload
from spi_desktop.views.context import AppContext, Area
from spi_desktop.views.errors import user_message
from spi_desktop.views.prompts import prompts

T = TypeVar("T")


def attempt(parent: QWidget, title: str, call: Callable[[], T], *, context: AppContext | None = None,
            notify: Area | None = None, on_conflict: Callable[[], None] | None = None) -> T | None:
    """Run ``call`` and return its answer (True when it answers nothing), so None means only that it failed.

    Someone else's newer save (``ConflictError``) offers ``on_conflict`` (reload the latest data) when given;
    any other failure is shown in a message box titled ``title``. After a success, ``context`` is told that
    data of ``notify`` changed.
    """
    try:
        answer = call()
    except ConflictError as error:
        if on_conflict is None:
            prompts.error(parent, title, user_message(error))
        else:
            offer_reload(parent, error, on_conflict)
        return None
    except Exception as error:  # shown to the user, never a traceback
        prompts.error(parent, title, user_message(error))
        return None
    if context is not None and notify is not None:
        context.notify(notify)
    return answer if answer is not None else cast(T, True)
