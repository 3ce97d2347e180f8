"""Error analysis of event typing on a dev set: confusions, false and missed events.

    python eval/events_errors.py [--set dev|dev2|...|dev13|held5|...|held11] [--half tune|held|all]
                                 [--show acled,plover,false,missed,cas]

--set dev is the TR-News dev set (events_dev.jsonl), --set dev2 ... dev6 the written conflict snippets
(events_dev2.jsonl ... events_dev6.jsonl), --set held5 the third blind snippet set, demoted to tuning after it was
scored blind (events_held5.jsonl), --set held6 the fourth, demoted the same way in session 9 (events_held6.jsonl),
--set held7 the fifth, demoted in session 10 (events_held7.jsonl), --set held8 the sixth, demoted in session 11
(events_held8.jsonl), --set held9 the seventh, demoted in session 12 (events_held9.jsonl), --set held10 the eighth, demoted in
session 13 (events_held10.jsonl), --set held11 the ninth, demoted at the end of session 13, --set dev7 ... dev13 written sets without halves; the blind sets (held2, held3,
held4 and the newest) have no error listing on purpose.

Prints the ACLED sub-type confusion (gold -> predicted, counts), the PLOVER types added or missed per
sentence, sentences with no gold event that got one (false events), and event sentences that got none
(missed events), each with the frames found (trigger, type, mode, ACLED sub-type). Tune rules on the
'tune' half only (see eval/events.py, half_of).
"""

from __future__ import annotations

import argparse
import collections
import importlib
import sys
from pathlib import Path


def _events_module():  # type: ignore[no-untyped-def]
    """eval/events.py, imported from beside this script (as eval/geocode_errors.py does with geocode.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    return importlib.import_module("events")


def main(argv: list[str] | None = None) -> int:
    ev = _events_module()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="dataset", default="dev", choices=tuple(ev.READABLE))
    parser.add_argument("--half", choices=("tune", "held", "all"), default=None,
                        help="default: tune for the sets split in halves (dev-dev6), all for the sets scored whole")
    parser.add_argument("--show", default="acled,plover,false,missed,cas")
    args = parser.parse_args(argv)
    show = set(args.show.split(","))
    path = ev.READABLE[args.dataset]
    whole = {option for option, _, _, _ in ev.WHOLE}
    half = args.half or ("all" if args.dataset in whole else "tune")
    rows = [r for r in ev.read_dev(path) if half == "all" or ev.half_of(r) == half]
    preds = ev.predict_dev(rows, ev.acled_model_for(path))  # as eval/events.py scores the set

    def line(r: dict, p: dict) -> str:
        return f"  [{r['docid']}] {r['sentence'][:200]!r}\n      frames: {p['frames']}"

    if "acled" in show:
        conf = collections.Counter((r.get("acled_sub_event_type"), p["acled_sub"]) for r, p in zip(rows, preds))
        print("== ACLED sub-type confusion (gold -> predicted: count), errors only")
        for (g, pr), n in sorted(conf.items(), key=lambda kv: -kv[1]):
            if g != pr:
                print(f"  {g} -> {pr}: {n}")
        print("== ACLED sub-type errors")
        for r, p in zip(rows, preds):
            if r.get("acled_sub_event_type") != p["acled_sub"]:
                print(f"  gold {r.get('acled_sub_event_type')} / pred {p['acled_sub']} (gold PLOVER {r['event_type']})")
                print(line(r, p))
    if "plover" in show:
        extra, missing = collections.Counter(), collections.Counter()
        print("== PLOVER type errors (sentences with a gold event and a predicted one that differ)")
        for r, p in zip(rows, preds):
            g = {r["event_type"], *r.get("other_event_types", [])} - {None}
            if g and p["types"] and g != p["types"]:
                extra.update(p["types"] - g)
                missing.update(g - p["types"])
                print(f"  gold {sorted(g)} / pred {sorted(p['types'])}")
                print(line(r, p))
        print(f"  added: {dict(extra)}\n  missed: {dict(missing)}")
    if "false" in show:
        print("== false events (no gold event)")
        for r, p in zip(rows, preds):
            if r["event_type"] is None and p["types"]:
                print(line(r, p))
    if "missed" in show:
        print("== missed events (gold event, nothing found)")
        for r, p in zip(rows, preds):
            if r["event_type"] is not None and not p["types"]:
                print(f"  gold {r['event_type']} {r.get('other_event_types')} mode {r.get('mode')}")
                print(line(r, p))
    if "cas" in show:
        print("== casualty errors")
        for r, p in zip(rows, preds):
            stated = {k: r[k]["best"] for k in ("fatalities", "injured") if r.get(k)}
            if stated and any(p["counts"].get(k) != v for k, v in stated.items()):
                print(f"  gold {stated} / pred {p['counts']}")
                print(line(r, p))
    return 0


if __name__ == "__main__":
    sys.exit(main())
