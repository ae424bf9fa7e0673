"""The buttons of deadline extensions (`dl:`): the staff's /extensions flow, a request's
answer, and a focal point's request for an extension after the close. Made and read here
only (handlers/messages.py puts some of them on notices sent through the outbox)."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.callbacks import CallbackData

PREFIX = "dl"


@dataclass(frozen=True)
class GrantExtension(CallbackData, prefix=PREFIX, action="grant"):
    pass


@dataclass(frozen=True)
class WithdrawExtension(CallbackData, prefix=PREFIX, action="withdraw"):
    pass


@dataclass(frozen=True)
class CloseExtensions(CallbackData, prefix=PREFIX, action="close"):
    pass


@dataclass(frozen=True)
class PickExtension(CallbackData, prefix=PREFIX, action="pick"):
    extension: int


@dataclass(frozen=True)
class ApplyExtension(CallbackData, prefix=PREFIX, action="apply"):
    pass


@dataclass(frozen=True)
class BackExtensions(CallbackData, prefix=PREFIX, action="back"):
    pass


@dataclass(frozen=True)
class GrantRequest(CallbackData, prefix=PREFIX, action="rqgrant"):
    request: int


@dataclass(frozen=True)
class DeclineRequest(CallbackData, prefix=PREFIX, action="rqdecline"):
    request: int


@dataclass(frozen=True)
class AskExtension(CallbackData, prefix=PREFIX, action="ask"):
    consultation: int


@dataclass(frozen=True)
class UnsentDrafts(CallbackData, prefix=PREFIX, action="unsent"):
    pass


@dataclass(frozen=True)
class CloseConsultation(CallbackData, prefix=PREFIX, action="closenow"):
    consultation: int
