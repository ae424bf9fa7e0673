"""Several consultations at once (issue 13), what each flow does with the one concerned: the
facts of a draft's own consultation, a deep link naming a consultation, /export and /status
asking which, broadcasts of another consultation, imported submissions marked in XLSX and
DOCX, a copied round's own reference prefix and its new dates asked in chat."""

from __future__ import annotations

from typing import Any

from storage import consultations
from tests.support.comments import focal_point, t
from tests.support.harness import BotBench, texts

SECOND_DEADLINE = "2013-03-15T15:00:00+00:00"  # Friday 15 March 2013, 18:00 in Nairobi
SECOND_EMAIL = "second-round@example.org"


async def open_second(bench: BotBench, *, invited: list[str], prefix: str = "CWB") -> int:
    """A second consultation, open: its own title, prefix, deadline, meeting, contact and States."""
    definition: dict[str, Any] = bench.deps.consultation.model_dump(mode="json")
    definition["reference_prefix"] = prefix
    definition["invited_countries"] = invited
    definition["title"] = {lang: f"Second round: {text}" for lang, text in definition["title"].items()}
    definition["dates"]["deadline"] = SECOND_DEADLINE
    definition["dates"]["meeting_start"] = "2013-04-10"
    definition["dates"]["meeting_end"] = "2013-04-11"
    definition["contact"]["email"] = SECOND_EMAIL
    record = await consultations.add(
        bench.db, definition, state=consultations.ConsultationState.OPEN, actor_id=None, source="test"
    )
    return record.id


def second_title(bench: BotBench, language: str = "en") -> str:
    return f"Second round: {bench.deps.consultation.title.get(language)}"


async def test_a_draft_tells_the_facts_of_its_own_consultation(bench: BotBench) -> None:
    await open_second(bench, invited=["KE"])
    kenya = await focal_point(bench, 8101, country="KE")
    await bench.send(kenya, "/comment")
    intro = texts(await bench.press(kenya, second_title(bench)))
    assert t(bench, "en", "comment-intro", title=second_title(bench)) in intro
    assert "15 March 2013" in intro and "10 and 11 April 2013" in intro and SECOND_EMAIL in intro
    assert "25 January 2013" not in intro and "consultation@example.org" not in intro

    await bench.send(kenya, "/cancel")
    await bench.press(kenya, t(bench, "en", "comment-btn-discard"))
    await bench.send(kenya, "/comment")
    first = texts(await bench.press(kenya, bench.deps.consultation.title.en))
    assert "25 January 2013" in first and "consultation@example.org" in first and SECOND_EMAIL not in first
