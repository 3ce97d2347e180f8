"""Is this English? A function-word test that needs no model, and a script guess for the message."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# The most frequent English function words: in English news they are 35-50% of all words.
_ENGLISH = frozenset(
    "the of and to a in that is was he for it with as his on be at by i this had not are but from or have an "
    "they which one you were her all she there would their we him been has when who will more no if out so "
    "said what up its about into than them can only other new some could time these two may then do first "
    "any my now such like our over man me even most made after also did many before must through back years "
    "where much your way well down should because each just those people how too little state good very make "
    "world still own see men work long get here between both life being under never day same another know while "
    "last might us great old year off come since against go came right used take three".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Function words of the other languages most often written in Latin script in news feeds: a short snippet with few
# English function words is English only if none of these outnumbers them (words shared with English are left out,
# and 'al', which opens Arabic names in English text)
_OTHER_LATIN = {language: frozenset(words.split()) - _ENGLISH for language, words in {
    "French": "le la les des du de un une et est sont dans pour par sur avec qui que pas au aux ce cette il elle ils "
              "ont été lundi mardi mercredi jeudi vendredi samedi dimanche selon",
    "Spanish": "el la los las del de un una y es son en para por con que se su sus lo fue han este esta lunes martes "
               "miércoles jueves viernes sábado domingo según",
    "Portuguese": "o os as do da dos das de um uma e em para por com que se seu sua ao foi são não segunda terça "
                  "quarta quinta sexta sábado domingo segundo",
    "German": "der die das den dem des ein eine und ist sind mit für von zu auf im nicht sich auch wurde wurden nach "
              "bei aus montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "Italian": "il lo la gli le del della dei di un una e è sono per con che non si alla nel lunedì martedì "
               "mercoledì giovedì venerdì sabato domenica secondo",
    "Dutch": "de het een en van is zijn met voor op te niet ook werd werden bij uit maandag dinsdag woensdag "
             "donderdag vrijdag zaterdag zondag volgens",
}.items()}
SHORT_WORDS = 40  # below this many words the English share alone is too noisy to judge a text


def script_of(text: str) -> str:
    """The dominant Unicode script of the letters (LATIN, CYRILLIC, ARABIC, CJK, ...)."""
    counts: Counter[str] = Counter()
    for ch in text[:5000]:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            counts[name.split(" ")[0] if name else "UNKNOWN"] += 1
    return counts.most_common(1)[0][0] if counts else "NONE"


def detect(text: str) -> tuple[str, float]:
    """('en', share of English function words) or (a description of the language, share)."""
    words = list(map(str.lower, _WORD.findall(text[:20000])))
    if not words:
        return "an unknown language (no words)", 0.0
    share = sum(map(_ENGLISH.__contains__, words)) / len(words)
    if share >= 0.15:
        return "en", share
    script = script_of(text)
    if script == "LATIN" and len(words) < SHORT_WORDS and share > 0 and all(
            sum(map(other.__contains__, words)) / len(words) < share for other in _OTHER_LATIN.values()):
        return "en", share  # "Hamas fought Israel alongside Islamic Jihad in Khan Younis.": names, one 'in'
    names = {"CYRILLIC": "a Cyrillic-script language (e.g. Russian)", "ARABIC": "an Arabic-script language",
             "CJK": "Chinese or Japanese", "HANGUL": "Korean", "HEBREW": "Hebrew", "GREEK": "Greek",
             "DEVANAGARI": "a Devanagari-script language (e.g. Hindi)", "THAI": "Thai"}
    return names.get(script, "a language other than English" + (" (Latin script)" if script == "LATIN" else "")), share
