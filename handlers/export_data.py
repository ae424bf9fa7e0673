"""The export flow's buttons as typed callback data: `exp:<action>[:<field>...]`."""

from __future__ import annotations

from dataclasses import dataclass

from handlers.callbacks import CallbackData

PREFIX = "exp"


@dataclass(frozen=True)
class FormatChosen(CallbackData, prefix=PREFIX, action="fmt"):
    format: str  # an ExportFormat


@dataclass(frozen=True)
class ChangeFormat(CallbackData, prefix=PREFIX, action="format"):
    pass


@dataclass(frozen=True)
class OpenFilter(CallbackData, prefix=PREFIX, action="open"):
    which: str  # one of LISTS, "countries" or "dates"


@dataclass(frozen=True)
class Toggle(CallbackData, prefix=PREFIX, action="tog"):
    which: str  # one of LISTS
    item: str  # a topic, comment type or status


@dataclass(frozen=True)
class ToggleVersions(CallbackData, prefix=PREFIX, action="versions"):
    pass


@dataclass(frozen=True)
class ClearAll(CallbackData, prefix=PREFIX, action="clearall"):
    pass


@dataclass(frozen=True)
class ClearThis(CallbackData, prefix=PREFIX, action="clearthis"):
    pass


@dataclass(frozen=True)
class Back(CallbackData, prefix=PREFIX, action="back"):
    pass


@dataclass(frozen=True)
class Create(CallbackData, prefix=PREFIX, action="go"):
    pass


@dataclass(frozen=True)
class Cancel(CallbackData, prefix=PREFIX, action="cancel"):
    pass


@dataclass(frozen=True)
class ToggleNotes(CallbackData, prefix=PREFIX, action="notes"):
    """The internal notes and the replies as columns (issue 15): included or not."""


@dataclass(frozen=True)
class ConsultationPicked(CallbackData, prefix=PREFIX, action="cons"):
    """With several consultations: the one whose submissions are exported."""

    consultation: int
