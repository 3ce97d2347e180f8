"""The cleaner removes page furniture with a reason and never loses a sentence of the article body."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from newsevents.clean import boilerplate
from newsevents.clean.language import detect

from conftest import shared_path


def test_furniture_lines_are_removed_with_reasons() -> None:
    text = "\n".join([
        "News", "Militants stormed a checkpoint", "By Jane Doe and John Roe", "Advertisement",
        "Gunmen killed two soldiers at a checkpoint on Monday, the army said.",
        "Image via Reuters", "— Some Analyst (@analyst) May 4, 2015", "Follow Jane Doe on Twitter: @janedoe",
        "COMMENTS", "Please let us know if you're having issues with commenting.",
        "This story is over 5 years old.", "Agence reporter Ann Lee contributed to this report.",
        "[This article was updated at 14:00 GMT with the death toll.]",
    ])
    cleaned = boilerplate.run(text)
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Advertisement"] == "advertisement"
    assert reasons["Image via Reuters"] == "photo credit"
    assert reasons["— Some Analyst (@analyst) May 4, 2015"] == "embedded social post"
    assert reasons["Follow Jane Doe on Twitter: @janedoe"] == "follow line"
    assert reasons["COMMENTS"] == "comment prompt"
    assert reasons["This story is over 5 years old."] == "age warning"
    assert reasons["By Jane Doe and John Roe"] == "byline"
    assert reasons["Agence reporter Ann Lee contributed to this report."] == "contributor line"
    assert reasons["[This article was updated at 14:00 GMT with the death toll.]"] == "editorial note"
    assert cleaned.authors == ["Jane Doe", "John Roe"]
    assert "Gunmen killed two soldiers" in cleaned.text and "Militants stormed a checkpoint" in cleaned.text


def test_body_sentences_that_resemble_furniture_are_kept() -> None:
    text = ("The group said comments by the minister were false.\n"
            "Police said the photo was taken by a witness near the mosque on Friday.\n"
            "Advertisement boards were torn down by protesters in the square.")
    assert boilerplate.run(text).text == text


@pytest.mark.shared
def test_seed_boilerplate_removed_and_body_kept(seeds: dict[str, str]) -> None:
    first = boilerplate.run(seeds["000_a40bf233122d9a9c.txt"])
    second = boilerplate.run(seeds["003_e67104e3034b70ac.txt"])
    removed_first = {r.text for r in first.removed}
    removed_second = {r.text for r in second.removed}
    assert {"COMMENTS", "Militant website via AP", "Please let us know if you're having issues with commenting."} \
        <= removed_first
    assert {"Advertisement", "This story is over 5 years old.", "Image via YouTube/Islamic State",
            "VICE News reporter Alec Luhn contributed to this article.",
            "Follow Meredith Hoffman on Twitter:@merhoffman",
            "— Extremist Russia (@ExtremistRussia)December 20, 2014"} <= removed_second
    for raw, cleaned in ((seeds["000_a40bf233122d9a9c.txt"], first), (seeds["003_e67104e3034b70ac.txt"], second)):
        for line in boilerplate.normalise(raw).splitlines():
            line = line.strip()
            if len(line) > 120 and "Read more here" not in line and "@" not in line:
                assert line in cleaned.text, f"body line lost: {line[:80]}"
    assert "An earlier version said the Caucasus Emirate militants were from Chechnya." in second.text
    assert "Caucasus Emirate's Dagestani Vilayyat emir appears to have sworn allegiance" in second.text


@pytest.mark.shared
def test_tr_news_body_is_never_lost() -> None:
    root = ET.parse(shared_path("data", "tr-news", "TR-News.xml")).getroot()
    total_removed = 0
    for article in root.iter("article"):
        raw = article.find("text").text or ""
        cleaned = boilerplate.run(raw)
        total_removed += len(cleaned.removed)
        removed = {r.text for r in cleaned.removed}
        for line in raw.splitlines():
            if line.strip() in removed:
                continue
            for sentence in re.split(r"(?<=[.!?])\s+", line):
                if len(sentence.strip()) > 30:
                    assert " ".join(sentence.split()) in " ".join(cleaned.text.split()), sentence[:100]
    assert total_removed < 20  # TR-News holds article text: almost nothing should be taken out


def test_language_check_accepts_english_and_names_others() -> None:
    assert detect("The army said militants attacked a checkpoint in the north of the country on Monday.")[0] == "en"
    assert "Cyrillic" in detect("Боевики атаковали полицейский пост в Грозном в понедельник.")[0]
    assert detect("Des militants ont attaqué un poste de police à Grozny lundi, tuant quatre policiers.")[0] != "en"


@pytest.mark.parametrize("text", [
    "Hamas fought Israel alongside Islamic Jihad in Khan Younis.",
    "AQAP's shura chose Khalid Batarfi as emir.",
    "Jaysh al-Islam fought Hayat Tahrir al-Sham in Ghouta together with Faylaq al-Rahman.",
])
def test_a_short_english_snippet_full_of_names_is_english(text):
    assert detect(text)[0] == "en"


@pytest.mark.parametrize("text", [
    "Les rebelles ont attaqué la ville de Goma lundi.",
    "Los rebeldes atacaron el cuartel de la policía en Cali.",
    "Die Rebellen griffen am Montag die Stadt an.",
    "Os rebeldes atacaram a cidade de Palma na quarta-feira.",
    "I ribelli hanno attaccato la città di Goma.",
])
def test_a_short_snippet_in_another_latin_script_language_is_not(text):
    assert detect(text)[0] != "en"
