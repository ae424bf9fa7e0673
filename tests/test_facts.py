"""The facts every participant needs: the deadline (in the person's country's time as well, when
it differs from Nairobi's), the meeting and the secretariat's address, told at registration, in
/help, in the /comment introduction, in every receipt and in every message that asks a person to
contact the secretariat; the dates from the schedule, with /schedule's changes. And the
definition's contact: validated at start-up, optional for a definition that has none."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from prompts import DEFAULT_CONSULTATION_FILE, ConsultationFileError, dated, load_consultation
from prompts.dates import date_time
from storage.models import ParticipantStatus
from tests.support.broadcasts import sender
from tests.support.comments import PDF_MIME, focal_point, submit_comment
from tests.support.harness import BotBench, texts
from tests.support.registration import Answers, admin, invite, register, stored, t

NBSP = "\u00a0"
LRM = "\u200e"
EMAIL = "consultation@example.org"
CONTACT_EN = f"Contact: UNEP secretariat (chemicals and waste cluster), e-mail: {EMAIL}"
CONTACT_ZH = f"联系方式：环境署秘书处（化学品和废物公约集群），电子邮件：{EMAIL}"
DEADLINE_ZH = "提交意见的截止时间：2013年1月25日18:00（内罗毕时间；北京时间23:00）"
MEETING_ZH = "会议日期：2013年2月6日和7日"


async def test_a_focal_point_in_china_learns_the_deadline_in_beijing_time_and_whom_to_write_to(
    fast: BotBench,
) -> None:
    bench = fast
    boss = await admin(bench)

    # Invited with a link: registered at once, and told the facts.
    link = await invite(bench, boss, "CN 1 30")
    invited = bench.user(7201, language_code="zh")
    answers = Answers(name="王芳", title="司长", organisation="生态环境部", email="wang.fang@mee.gov.cn")
    seen = texts(await register(bench, invited, "zh", token=link.token, answers=answers))
    assert t(bench, "zh", "reg-done-approved", country="中国") + "\n\n" + DEADLINE_ZH in seen
    for fact in (
        DEADLINE_ZH,
        MEETING_ZH,
        CONTACT_ZH,
        "报告和文件：https://www.example.org/chemicals-waste-consultation",
    ):
        assert fact in seen, (fact, seen)

    # Without a link: the pending answer tells the same facts, and so does the approval.
    applicant = bench.user(7202, language_code="zh")
    answers = Answers(name="李明", country="中国", email="li.ming@mee.gov.cn")
    pending = texts(await register(bench, applicant, "zh", answers=answers))
    assert t(bench, "zh", "reg-done-pending", country="中国") in pending
    assert DEADLINE_ZH in pending and MEETING_ZH in pending and CONTACT_ZH in pending
    notice = boss.transcript[-1]
    await bench.press(boss, "✓ Approve", message_id=notice.message_id)
    approved = applicant.transcript[-1].text or ""
    assert approved.startswith(t(bench, "zh", "role-you-are-approved", country="中国"))
    assert DEADLINE_ZH in approved and MEETING_ZH in approved and CONTACT_ZH in approved


async def test_help_states_the_schedule_as_moved_and_the_contact_in_french_and_arabic(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)
    await bench.send(boss, "/schedule")
    await bench.press(boss, "Change the deadline")
    await bench.send(boss, "2013-01-28 18:00")
    await bench.press(boss, "Confirm")
    senegal = await focal_point(bench, 7301, country="SN", language="fr", name="Aminata Diop")
    egypt = await focal_point(bench, 7302, country="EG", language="ar", name="منى حسن")

    french = texts(await bench.send(senegal, "/help"))
    deadline = f"28 janvier 2013 à 18:00 (heure de Nairobi{NBSP}; 15:00 à Dakar)"
    assert f"Date limite de présentation des observations{NBSP}: {deadline}" in french
    assert f"Réunion{NBSP}: 6 et 7 février 2013" in french
    assert (
        f"Contact{NBSP}: Secrétariat du PNUE (groupe des produits chimiques et des déchets), courriel{NBSP}: {EMAIL}"
        in french
    )
    assert "/comment" in french  # the list of commands follows

    arabic = texts(await bench.send(egypt, "/help"))
    effective = await bench.deps.effective_consultation()
    assert dated.facts(bench.deps.catalog, effective, "ar", "EG") in arabic
    assert "28 كانون الثاني/يناير 2013، الساعة 18:00 (بتوقيت نيروبي؛ الساعة 17:00 بتوقيت القاهرة)" in arabic
    assert "6 و7 شباط/فبراير 2013" in arabic
    # The address can be copied: marks beside it, nothing invisible inside it.
    assert f"البريد الإلكتروني: {LRM}{EMAIL}{LRM}" in arabic
    assert "25 كانون الثاني/يناير" not in arabic  # the deadline as it was before /schedule


async def test_a_kenyan_focal_point_sees_the_facts_in_the_comment_introduction_and_the_receipt(fast: BotBench) -> None:
    """Kenya keeps Nairobi's time: every time is given once, without a second zone."""
    bench = fast
    kenya = await focal_point(bench, 7401, country="KE", language="en")
    facts = (
        "Deadline for comments: 25 January 2013, 18:00 (Nairobi time)\n"
        "Meeting: 6 and 7 February 2013\n"
        f"{CONTACT_EN}\n"
        "Report and documents: https://www.example.org/chemicals-waste-consultation"
    )
    intro = texts(await bench.send(kenya, "/comment"))
    assert intro.startswith(t(bench, "en", "comment-intro", title=bench.deps.consultation.title.en) + "\n\n" + facts)
    await bench.send(kenya, "/cancel")

    await submit_comment(bench, kenya)
    receipt = kenya.transcript[-1].text or ""
    assert "Recorded on: 10 January 2013, 12:00 (Nairobi time)\n" in receipt
    assert receipt.endswith(facts)

    everything = "\n".join(m.text or "" for m in kenya.transcript)
    assert "Nairobi time;" not in everything


async def test_every_contact_the_secretariat_message_names_the_address(fast: BotBench) -> None:
    bench = fast
    boss = await admin(bench)

    # A registration that is not approved; then the same person tries /comment.
    applicant = bench.user(7501, language_code="en")
    await register(bench, applicant, "en", answers=Answers(country="Kenya"))
    notice = boss.transcript[-1]
    await bench.press(boss, "✗ Reject", message_id=notice.message_id)
    await bench.press(boss, t(bench, "en", "role-reject-none"), message_id=notice.message_id)  # issue 15
    await sender(bench.deps).wait_idle()  # the refusal goes through the outbox
    assert (await stored(bench, applicant)).status == ParticipantStatus.REJECTED
    rejected = applicant.transcript[-1].text or ""
    assert rejected == t(bench, "en", "role-you-are-rejected", country="Kenya") + "\n\n" + CONTACT_EN
    refused = texts(await bench.send(applicant, "/comment"))
    assert t(bench, "en", "access-rejected") + "\n\n" + CONTACT_EN in refused

    # A file larger than the bot can receive: "send it to the secretariat by e-mail", and where.
    kenya = await focal_point(bench, 7502, country="KE", language="en")
    await bench.send(kenya, "/comment")
    consultation = bench.deps.consultation
    await bench.press(kenya, consultation.topics[0].name.en)
    await bench.press(kenya, consultation.comment_types[0].name.en)
    await bench.press(kenya, t(bench, "en", "comment-btn-no-paragraph"))
    await bench.send(kenya, "Kenya supports the options of paragraph 5.")
    await bench.press(kenya, t(bench, "en", "comment-btn-comment-done"))
    await bench.press(kenya, t(bench, "en", "comment-btn-skip-proposed"))
    huge = b"%PDF-" + bytes(21 * 1024 * 1024)
    answer = texts(await bench.do(kenya, lambda: kenya.send_document(huge, "annex.pdf", PDF_MIME)))
    assert t(bench, "en", "comment-file-too-big", name="annex.pdf") + "\n\n" + CONTACT_EN in answer

    # After the deadline: closed, in Beijing time too for China, and whom to ask for more time.
    china = await focal_point(bench, 7503, country="CN", language="zh", name="王芳")
    bench.clock.set(datetime(2013, 1, 26, 9, 0, tzinfo=UTC))
    closed = texts(await bench.send(china, "/comment"))
    deadline = "2013年1月25日18:00（内罗毕时间；北京时间23:00）"
    assert t(bench, "zh", "comment-closed", deadline=deadline) + "\n\n" + CONTACT_ZH == closed


def test_a_time_is_given_in_the_readers_zone_too_with_the_day_when_it_differs() -> None:
    nairobi = ZoneInfo("Africa/Nairobi")
    deadline = datetime(2013, 1, 25, 15, 0, tzinfo=UTC)
    assert date_time("en", deadline, nairobi) == "25 January 2013, 18:00 (Nairobi time)"
    assert date_time("en", deadline, nairobi, ZoneInfo("Africa/Nairobi")) == "25 January 2013, 18:00 (Nairobi time)"
    # Addis Ababa keeps Nairobi's offset: no second time.
    assert date_time("en", deadline, nairobi, ZoneInfo("Africa/Addis_Ababa")) == "25 January 2013, 18:00 (Nairobi time)"
    assert date_time("en", deadline, nairobi, ZoneInfo("Asia/Tokyo")) == (
        "25 January 2013, 18:00 (Nairobi time; 26 January, 00:00 in Tokyo)"
    )
    assert date_time("es", deadline, nairobi, ZoneInfo("America/Santiago")) == (
        "25 de enero de 2013, a las 18:00 (hora de Nairobi; las 12:00 en Santiago de Chile)"
    )
    assert date_time("ru", deadline, nairobi, ZoneInfo("Asia/Shanghai")) == (
        "25 января 2013 года, 18:00 (время: Найроби; Пекин: 23:00)"
    )
    assert date_time("fr", deadline - timedelta(hours=14), nairobi, ZoneInfo("America/New_York")) == (
        "25 janvier 2013 à 04:00 (heure de Nairobi\u00a0; le 24 janvier à 20:00 à New York)"
    )


def _definition(tmp_path: Path, contact: str) -> Path:
    """The shipped definition with its [contact] replaced by `contact` (TOML, possibly empty)."""
    text = DEFAULT_CONSULTATION_FILE.read_text(encoding="utf-8")
    start = text.index("[contact]\n")
    end = text.index("\n\n", text.index("[contact.name]"))
    path = tmp_path / "consultation.toml"
    path.write_text(text[:start] + contact + text[end:], encoding="utf-8")
    tomllib.loads(path.read_text(encoding="utf-8"))
    return path


def test_the_contact_is_checked_at_start_up_and_may_be_left_out(tmp_path: Path) -> None:
    shipped = load_consultation()
    assert shipped.contact is not None and shipped.contact.email == EMAIL
    assert load_consultation(_definition(tmp_path, "")).contact is None

    names = "\n".join(f'{language} = "{name}"' for language, name in shipped.contact.name.model_dump().items())
    for email, web, problem in (
        ("secretariat@", None, "contact.email"),
        ("not an address", None, "contact.email"),
        (EMAIL, "www.example.org", "contact.web"),
    ):
        web_line = f'web = "{web}"\n' if web else ""
        contact = f'[contact]\nemail = "{email}"\n{web_line}\n[contact.name]\n{names}'
        with pytest.raises(ConsultationFileError, match=problem):
            load_consultation(_definition(tmp_path, contact))
    with pytest.raises(ConsultationFileError, match=r"contact\.name"):
        load_consultation(_definition(tmp_path, f'[contact]\nemail = "{EMAIL}"\n\n[contact.name]\nen = "Secretariat"'))
