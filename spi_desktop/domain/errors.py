"""Errors that services raise for bad input; their messages are Indonesian and shown as they are."""

from __future__ import annotations


class InputError(Exception):
    """Bad input from the user (a file, a field, an argument): nothing was written.

    The CLI prints the message and exits with 2; the GUI shows it in a message box.
    """


class InvalidValue(InputError, ValueError):
    """A value a domain rule refuses (a role's name, a year without bands): bad input the user can put right,
    and still a ``ValueError`` for the callers that check a value."""


class NotFoundError(InputError):
    """The thing named (an OPD code, a survey year) does not exist in this workspace."""
