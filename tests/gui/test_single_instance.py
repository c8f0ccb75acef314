"""One running SPI Desktop per user: a second claim hands over to the first (views/shell/single_instance.py)."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from spi_desktop.views.shell.single_instance import SingleInstance, requested_location, server_name


@pytest.fixture
def name() -> Iterator[str]:
    """A server name no other test (or running app) uses; its socket removed afterwards."""
    unique = f"spi-desktop-test-{uuid.uuid4().hex[:12]}"
    yield unique
    QLocalServer.removeServer(unique)


@pytest.fixture
def instances() -> Iterator[list[SingleInstance]]:
    """The instances a test made, closed at its end."""
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.close()


def test_a_second_claim_is_refused_and_the_first_is_asked_to_come_forward(qtbot, name, instances) -> None:  # type: ignore[no-untyped-def]
    first, second = SingleInstance(name), SingleInstance(name)
    instances += [first, second]
    assert first.claim()
    with qtbot.waitSignal(first.raise_requested, timeout=3000) as raised:
        assert not second.claim()
    assert raised.args == [""]
    assert second.server is None


def test_the_request_carries_the_location_asked_for(qtbot, name, instances, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = SingleInstance(name), SingleInstance(name)
    instances += [first, second]
    assert first.claim()
    asked = str(tmp_path / "lain.sqlite")
    with qtbot.waitSignal(first.raise_requested, timeout=3000) as raised:
        assert not second.claim(asked)
    assert raised.args == [asked]


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe vanishes with its process: nothing is left stale")
def test_a_stale_socket_left_by_a_crashed_start_is_reclaimed(qtbot, name, instances) -> None:  # type: ignore[no-untyped-def]
    crashed = QLocalServer()
    assert crashed.listen(name)
    socket_file = Path(crashed.fullServerName())
    # As a killed process leaves it: the socket file stays, nobody accepts on it.
    import socket as sockets

    crashed.close()
    stale = sockets.socket(sockets.AF_UNIX, sockets.SOCK_STREAM)
    stale.bind(str(socket_file))
    stale.close()
    assert socket_file.exists()
    again = SingleInstance(name)
    instances.append(again)
    assert again.claim()
    late = SingleInstance(name)
    instances.append(late)
    with qtbot.waitSignal(again.raise_requested, timeout=3000):
        assert not late.claim()


def test_a_closed_instance_lets_the_next_start_be_first(qtbot, name, instances) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(name)
    assert first.claim()
    first.close()
    next_start = SingleInstance(name)
    instances.append(next_start)
    assert next_start.claim()


def test_the_name_differs_per_user_and_per_data_folder() -> None:
    names = {server_name("ani", "/home/ani/.local/share/spi-desktop"),
             server_name("budi", "/home/budi/.local/share/spi-desktop"),
             server_name("ani", "/tmp/lain/spi-desktop")}
    assert len(names) == 3
    assert server_name("ani", "/x") == server_name("ani", "/x")
    odd = server_name("DOMAIN\\Siti Aminah", "C:\\Users\\siti\\AppData\\Local\\spi-desktop")
    assert odd.startswith("spi-desktop-DOMAIN_Siti_Aminah-")
    assert all(ch.isalnum() or ch in "-_" for ch in odd) and len(odd) < 80


def test_the_default_name_follows_the_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "a"))
    here = server_name()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "b"))
    assert server_name() != here


def test_a_relative_db_is_sent_absolute(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert requested_location("kerja.sqlite") == str(tmp_path / "kerja.sqlite")
    assert requested_location("postgresql://u@h/db") == "postgresql://u@h/db"
    assert requested_location(None) == ""


def test_the_running_window_comes_forward_and_names_where_to_switch(qtbot, main_window, shell, answered_prompts,  # type: ignore[no-untyped-def]
                                                                    demo_database, tmp_path: Path) -> None:
    main_window.showMinimized()
    assert shell.bring_forward("") is main_window
    assert not main_window.isMinimized()
    shell.bring_forward(demo_database.url)  # the workspace it shows: nothing to say
    assert answered_prompts.infos == []
    shell.bring_forward(str(tmp_path / "lain.sqlite"))
    assert [title for title, _text in answered_prompts.infos] == ["SPI Desktop sudah terbuka"]
    assert "Pengaturan › Koneksi basis data" in answered_prompts.infos[0][1]
