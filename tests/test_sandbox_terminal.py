"""The sandbox as a person meets it: `consultbot sandbox` typed into a terminal (a pseudo-
terminal here), several people at once, every message and edit shown, files kept, a clock
that moves, and a scripted rehearsal that fails loudly when a reply does not come."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

from tests.support.terminal import ROOT, SandboxTerminal

WALKTHROUGH = ROOT / "docs" / "sandbox-walkthrough.txt"


def register(term: SandboxTerminal, name: str, country: str) -> None:
    term.press("English")
    term.expect("Please type your full name")
    term.type(name)
    term.expect("title or position")
    term.type("Director of Chemicals")
    term.expect("ministry or organization")
    term.type("Ministry of Environment")
    term.expect("e-mail address")
    term.type(f"{name.split()[0].lower()}@env.example.org")
    term.press("I agree")
    term.press("Confirm")
    term.expect(f"You are registered as a national focal point for {country}.")


def pasted_comment() -> str:
    """6,000 characters on two lines, as copied from a document."""
    words = " ".join(f"w{n:04d}" for n in range(1, 1001))  # 5,999 characters
    text = words[:2999] + "\n" + words[3000:] + "."
    assert len(text) == 6000
    return text


def test_two_people_a_broadcast_an_edit_a_paste_files_and_the_clock(tmp_path: Path) -> None:
    term = SandboxTerminal(tmp_path)
    term.expect("You are typing as fp.")

    # People: Kenya's focal point with the letter's link; a second one created on the fly,
    # the country given by its French name.
    term.type(":link")
    register(term, "Amina Odhiambo", "Kenya")
    term.type(":as wang Chine en")
    term.expect("(New person: wang, Telegram language en.)")
    term.expect("(wang opens the invitation link for China.)")
    register(term, "Wang Lei", "China")

    # Screens: the broadcast menu is edited in place; the edit is shown with fresh numbers,
    # and a number pressed after it is the new button's.
    term.type(":admin")
    term.type("/broadcast")
    term.press("Renewed invitation")
    edited = term.expect("bot (edited)> Who should receive it?")
    assert "admin> #1" in edited
    term.expect_pattern(r"\[1\] All approved focal points \(2\)")
    term.type("#1")
    term.expect("Do you wish to send the message now?")
    term.press("Send")
    # The broadcast, sent to the others while typing as the admin, is shown at once, marked.
    recipients = {term.expect_pattern(r"bot → (fp|wang)> To the national focal points").group(1) for _ in range(2)}
    assert recipients == {"fp", "wang"}
    if "2 of 2 delivered" not in term.screen:  # what arrives together is shown person by person
        term.expect("2 of 2 delivered")

    # A typed number is text (the paragraph), a pasted 6,000-character text arrives whole.
    term.type(":fp")
    term.type("/comment")
    term.press("Basel Convention")
    term.expect("bot (edited)>")
    term.press("Specific comment on the report")
    term.expect("No specific paragraph")
    term.type("5")
    term.expect("Paragraph 5 of the report:")
    text = pasted_comment()
    term.child.send("\x1b[200~" + text + "\x1b[201~\r")  # a terminal's bracketed paste
    term.expect("(Your text has 6,000 characters and Telegram accepts at most 4,096 in one message")
    term.expect("Your comment now has 6,000 characters")
    term.press("My comment is complete")
    term.press("No proposed text")
    term.press("No attachment")
    term.press("Submit")
    term.expect("Reference: CW-2013-0001")

    # Files: the export and the letter pack are saved by persona, read back here.
    term.type(":admin")
    term.type("/export")
    term.press("CSV table")
    term.press("Create the file")
    export = Path(term.expect_pattern(r"saved as (\S+\.csv)\]").group(1))
    assert export.parent == tmp_path / "sandbox-files" / "admin"
    with export.open(encoding="utf-8-sig", newline="") as handle:
        assert any(text in row for row in csv.reader(handle))
    term.type("/letters KE")
    pack = Path(term.expect_pattern(r"saved as (\S+\.zip)\]").group(1))
    assert "letters.csv" in zipfile.ZipFile(pack).namelist()

    # Time: twelve days on, the 14-day reminder reaches China, which has not answered.
    term.type(":clock +12d")
    term.expect("(The reminder due 14 days before the deadline has run. Focal points to be reminded: 1,")
    term.expect("(The bot's clock reads")
    if "bot → wang> Reminder from the secretariat" not in term.screen:  # sent while the clock moved
        term.expect("bot → wang> Reminder from the secretariat")
    term.type(":inbox wang")
    term.expect("(What wang received, oldest first:")
    term.type(":as wang")
    term.type("#99")
    term.expect("(There is no button 99: the latest buttons are numbered 1 to")
    assert term.quit() == 0


def test_the_readme_walkthrough_plays_as_a_script(tmp_path: Path) -> None:
    term = SandboxTerminal(tmp_path, "--script", str(WALKTHROUGH), timeout=120)
    assert term.wait_exit() == 0, term.screen[-3000:]
    for shown in ("bot → officer> A new registration", "bot → omar> Your registration", "bot → fp> To the national"):
        assert shown in term.screen
    assert "bot → omar> Reminder from the secretariat" in term.screen
    saved = sorted(p.suffix for p in (tmp_path / "sandbox-files" / "admin").iterdir())
    assert saved == [".csv", ".zip"]


def test_a_rehearsal_stops_when_an_expected_reply_does_not_come(tmp_path: Path) -> None:
    script = tmp_path / "rehearsal.txt"
    script.write_text("/start\n:expect Please choose the language\n:expect The meeting is cancelled\n/help\n")
    term = SandboxTerminal(tmp_path, "--script", str(script), "--expect-seconds", "1")
    term.expect(f"{script}:3: No reply containing “The meeting is cancelled” came within 1 seconds.")
    assert term.wait_exit() == 1
    assert "fp> /help" not in term.screen
