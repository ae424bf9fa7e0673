"""Links naming a consultation when several are open to a State: /invites and /letters give one
per consultation (as /invite does), and a `/start cN` opened by someone not yet registered is
kept through the registration, so that the approval leads to commenting on consultation N."""

from __future__ import annotations

import csv
import io
import zipfile

from tests.support.harness import BotBench, texts
from tests.support.registration import admin, invite, t
from tests.test_consultations_scoped import open_second, second_title


async def test_invites_and_letters_give_a_link_per_consultation_open_to_the_state(bench: BotBench) -> None:
    second = await open_second(bench, invited=["KE"])
    officer = await admin(bench)
    kenya = await invite(bench, officer, "Kenya 2 30")
    france = await invite(bench, officer, "France 1 30")

    listed = texts(await bench.send(officer, "/invites"))
    assert f"{kenya.link}-c1" in listed and f"{kenya.link}-c{second}" in listed
    assert t(bench, "en", "inv-link-for-consultation", id=second, title=second_title(bench), link="") in listed
    # France is invited to the first consultation only: its plain link, nothing more.
    assert france.link in listed and f"{france.link}-c" not in listed

    replies = await bench.send(officer, "/letters KE FR")
    (message,) = [m for m in replies if m.document is not None]
    archive = zipfile.ZipFile(io.BytesIO(message.document))
    rows = {row["code"]: row for row in csv.DictReader(io.StringIO(archive.read("letters.csv").decode("utf-8-sig")))}
    kenya_links = rows["KE"]["links_per_consultation"].splitlines()
    assert [line.rsplit(" ", 1)[1] for line in kenya_links] == [
        f"{rows['KE']['link']}-c1",
        f"{rows['KE']['link']}-c{second}",
    ]
    assert kenya_links[1].startswith(f"To go straight to consultation no. {second}, {second_title(bench)}")
    assert rows["FR"]["links_per_consultation"] == ""
