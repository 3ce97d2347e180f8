"""Page furniture in plain text: find boilerplate lines, take them out, say why, keep every body sentence."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from newsevents.models import Removed

_I = re.IGNORECASE

# (reason, pattern) pairs; a line is removed when a pattern matches the whole stripped line.
_LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("comment prompt", re.compile(r"(comments?|\d+\s+comments?|view comments|show comments|leave a comment"
                                  r"|comments are closed\.?|join the (conversation|discussion)\.?"
                                  r"|add (a|your) comment\.?)", _I)),
    ("comment prompt", re.compile(r"please let us know if you.?re having (issues|trouble|problems) with commenting\.?"
                                  r"|.*\bcommenting (guidelines|policy)\b.*", _I)),
    ("advertisement", re.compile(r"(advertisement|advertising|sponsored( content)?|ad|story continues below"
                                 r"( advertisement)?|scroll to continue( with content)?)\.?", _I)),
    ("embedded social post", re.compile(r".{0,300}[—–-]{1,2}\s*[^()\n]{1,80}\(@\w{1,30}\)\s*\w+ \d{1,2},? \d{4}.*")),
    ("embedded social post", re.compile(r".*\bpic\.twitter\.com/\w+.*", _I)),
    ("follow line", re.compile(r"follow (us|[\w.'\- ]{1,60}) on (twitter|facebook|instagram|x|telegram)\b.*", _I)),
    ("share line", re.compile(r"(share( this( article| story)?)?( on)?|tweet|email|print|whatsapp|facebook|twitter"
                              r"|linkedin|reddit|copy link)(\s*[|·/,]\s*\w+)*:?", _I)),
    ("photo credit", re.compile(r"((image|photo|picture|video|footage|screenshot)s?( credit)?:?\s*(via|by|courtesy"
                                r" of|:)\s*.{1,120})", _I)),
    ("photo credit", re.compile(r"[\w ,.'/\-]{1,80}\s+via\s+(AP|Reuters|AFP|Getty( Images)?|EPA|YouTube|Twitter"
                                r"|Facebook|Telegram)[\w/ .]{0,60}")),
    ("photo credit", re.compile(r"\(?(AP|AFP|Reuters|EPA|Getty Images)\s*(Photo|Images)?\s*/\s*[\w .'\-]{1,60}\)?\.?")),
    ("photo caption", re.compile(r"(in )?this (photo|image|picture|handout photo|file photo|video (grab|still)"
                                 r"|still image)\b.{0,200}", _I)),
    ("age warning", re.compile(r"this (story|article) is (over|more than) \w+ years? old\.?", _I)),
    ("related link", re.compile(r"(read more|related|see also|more on this( story)?|watch|listen)\s*[:|].{0,200}", _I)),
    ("related link", re.compile(r".{0,300}\bread more here\.?", _I)),
    ("byline", re.compile(r"[Bb][Yy]\s+[A-Z][\w.'\-]+(\s+[A-Z][\w.'\-]+){0,3}((\s*,\s*|\s+and\s+)[A-Z][\w.'\-]+"
                          r"(\s+[A-Z][\w.'\-]+){0,3})*(\s*[,|]\s*[\w .]{1,40})?")),
    ("contributor line", re.compile(r".{0,160}\b(contributed (reporting )?to this (article|report|story)"
                                    r"|contributed reporting)\.?", _I)),
    ("contributor line", re.compile(r"\(?(reporting|additional reporting|writing|editing) by .{1,200}", _I)),
    ("update notice", re.compile(r"(updated|last updated|published|posted):?\s+.{0,60}\d{1,2}:\d{2}.{0,30}", _I)),
    ("editorial note", re.compile(r"\[[^\[\]\n]{3,300}\]")),  # a whole line in brackets: "[Updated 14:00 GMT]"
    ("newsletter prompt", re.compile(r"(sign up|subscribe)( now)? (for|to) (our|the) .{0,80}", _I)),
)

# A piece of text some rules cannot match without (found in the lower-cased line): the rules that scan a whole
# line (".{0,300}...") are only tried on lines holding it. No needle holds i, s or k, which IGNORECASE also
# matches to non-ASCII letters (dotless i, long s, the Kelvin sign) that lower() leaves alone.
_NEEDLES: dict[re.Pattern[str], str] = {
    _LINE_RULES[1][1]: "comment", _LINE_RULES[3][1]: "(@", _LINE_RULES[4][1]: "tter.com/", _LINE_RULES[8][1]: "via",
    _LINE_RULES[13][1]: "read more here", _LINE_RULES[15][1]: "contr",
}

# Section labels that pages print above a headline; only removed near the top of the text.
_SECTION_LABELS = {
    "news", "world", "world news", "politics", "fyi", "fyi.", "opinion", "europe", "middle east", "africa",
    "asia", "americas", "breaking", "breaking news", "video", "live", "analysis", "exclusive", "home", "menu",
}

_BYLINE_NAME = re.compile(r"^by\s+(.+?)(\s*[,|]\s*[\w .]{1,40})?$", _I)


@dataclass(frozen=True)
class Cleaned:
    """Clean text, the lines taken out, and authors found in bylines."""

    text: str
    removed: list[Removed]
    authors: list[str]


def normalise(text: str) -> str:
    """NFC, unix newlines, no trailing blanks, no runs of blank lines, no control characters."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]", " ", text)  # odd spaces to plain spaces
    control = {ch for ch in set(text) if ch not in "\n\t" and unicodedata.category(ch)[0] == "C"}
    if control:  # each distinct character is classified once, not each occurrence
        text = text.translate(dict.fromkeys(map(ord, control)))
    lines = [line.strip() for line in text.split("\n")]  # indentation carries nothing in plain-text news
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def classify_line(line: str, *, position: int) -> str | None:
    """The reason a line is page furniture, or None when it belongs to the article."""
    stripped = line.strip().strip("\u200b")
    if not stripped:
        return None
    if position < 6 and stripped.lower().rstrip(":") in _SECTION_LABELS:
        return "section label"
    if len(stripped) > 400:
        return None  # a paragraph of body text is never furniture
    lower = stripped.lower()
    for reason, pattern in _LINE_RULES:
        needle = _NEEDLES.get(pattern)
        if (needle is None or needle in lower) and pattern.fullmatch(stripped):
            return reason
    return None


_TERMINAL = (".", "!", "?", ":", ";", '"', "\u201d", "\u2019", ")", "]", "\u2026")


def _hard_wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width: many long lines that stop mid-sentence."""
    body = [line for line in lines if line.strip()]
    if len(body) < 4:
        return False
    long_lines = [line for line in body if len(line) >= 40]
    open_ended = sum(1 for line in long_lines if not line.endswith(_TERMINAL))
    return len(long_lines) >= 0.6 * len(body) and open_ended >= 0.3 * len(long_lines)


def unwrap(lines: list[str]) -> list[str]:
    """Join lines that a fixed-width layout broke mid-sentence; paragraph ends (final punctuation) stay.

    Always joined: a line that stops without final punctuation followed by one that starts in lower case.
    In hard-wrapped text also: any line that stops without final punctuation and has a next line.
    """
    wrapped = _hard_wrapped(lines)
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line and not out[-1].endswith(_TERMINAL) and len(out[-1]) >= 30 \
                and (line[0].islower() or (wrapped and len(out[-1]) >= 40)):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def run(text: str) -> Cleaned:
    """Remove boilerplate lines; every line not matched is kept verbatim."""
    text = normalise(text)
    kept: list[str] = []
    removed: list[Removed] = []
    authors: list[str] = []
    position = 0
    for line in text.split("\n"):
        reason = classify_line(line, position=position) if line.strip() else None
        if line.strip():
            position += 1
        if reason is None:
            kept.append(line)
            continue
        removed.append(Removed(text=line.strip(), reason=reason))
        if reason == "byline" and (m := _BYLINE_NAME.match(line.strip())):
            authors.extend(a.strip() for a in re.split(r",| and ", m.group(1)) if a.strip())
    clean = re.sub(r"\n{3,}", "\n\n", "\n".join(unwrap(kept))).strip()
    return Cleaned(text=clean, removed=removed, authors=authors)
