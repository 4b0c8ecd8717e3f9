"""Errors declump reports to its users.

Every error the library raises on purpose is a :class:`DeclumpError`. The command line
catches exactly these, prints one ``Error: …`` line (with a hint where one helps) and exits
with the error's code, so a user mistake never ends in a traceback.
"""

from __future__ import annotations

#: Exit codes of the command line (the contract in DESIGN.md).
EXIT_OK = 0
EXIT_INPUT = 1  # some input failed; the others were still processed
EXIT_USAGE = 2  # the command line itself is wrong
EXIT_INTERRUPTED = 130  # Ctrl-C


class DeclumpError(Exception):
    """Base of every error declump raises for its users."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class DecodeError(DeclumpError):
    """The input bytes are not text in any encoding declump could establish."""


class InputError(DeclumpError):
    """An input cannot be read (missing, a directory, not text)."""


class OutputError(DeclumpError):
    """An output cannot be written (exists, outside the target folder, no permission)."""


class UsageError(DeclumpError):
    """Options that contradict each other or name something that does not exist."""

    exit_code = EXIT_USAGE


class VerifyError(DeclumpError):
    """The conservation check failed: text went missing without a recorded removal."""
