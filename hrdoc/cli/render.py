"""Plain-text rendering of a case for ``hrdoc show`` (the JSON form is the data itself), and what makes any
text safe to print: stored text comes from bundles, ACLED files, web captures and file metadata, and a
terminal obeys the control characters in it (an escape sequence can clear the screen, rewrite earlier lines,
retitle the window or, on some terminals, answer back as if typed)."""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hrdoc.services.cases import CaseExport, SectionName

# C0 controls other than tab and line feed, DEL, and the C1 controls (U+009B is a one-character CSI on some
# terminals), shown the way Python writes them: ESC becomes the four characters \x1b.
_SHOWN = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0)) if c not in (0x09, 0x0A)}
_SHOWN_ON_ONE_LINE = _SHOWN | {0x09: " ", 0x0A: "\\n"}
# json.dumps escapes C0 controls itself, but writes DEL and C1 controls as they are.
_JSON_ESCAPED = {c: f"\\u{c:04x}" for c in range(0x7F, 0xA0)}


def printable(text: str) -> str:
    """``text`` with every control character but tab and line feed made visible (a Windows line end is one
    line end)."""
    return text.replace("\r\n", "\n").translate(_SHOWN)


def one_line(text: str) -> str:
    """``text`` as one line, safe to print (for error messages, which are one line whatever they quote)."""
    return text.replace("\r\n", "\n").translate(_SHOWN_ON_ONE_LINE)


def json_text(data: object) -> str:
    """``data`` as indented JSON (UTF-8 characters as they are) with no control character left raw."""
    return json.dumps(data, ensure_ascii=False, indent=2).translate(_JSON_ESCAPED)


class PrintableOutput(io.TextIOBase):
    """A text stream that passes everything written to it through :func:`printable`."""

    def __init__(self, stream: Any) -> None:
        super().__init__()
        self._stream = stream

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return bool(self._stream.isatty())


def _line(label: str, value: Any) -> str:
    if value in (None, "", [], {}):
        return ""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return f"  {label}: {value}\n"


def _fatalities(inc: dict[str, Any]) -> str:
    low, best, high = inc["fatalities_low"], inc["fatalities_best"], inc["fatalities_high"]
    if best is None and low is None and high is None:
        return ""
    return (
        f"best {best if best is not None else '?'} (low {low if low is not None else '?'}, "
        f"high {high if high is not None else '?'})"
    )


def render_case(data: CaseExport) -> str:
    case = data["case"]
    by_id: dict[str, dict[str, Any]] = {}
    named: tuple[SectionName, ...] = (
        "locations",
        "incidents",
        "allegations",
        "actors",
        "victims",
        "witnesses",
        "accounts",
        "sources",
    )
    for section in named:
        for rec in data[section]:
            by_id[rec["id"]] = rec
    out = [f"{case['reference']} — {case['title']}\n"]
    out.append(_line("status", case["status"]) + _line("visibility", case["visibility"]))
    out.append(_line("lead investigator", case["lead_investigator"]) + _line("tags", case["tags"]))
    if case["summary"]:
        out.append(f"\n{case['summary']}\n")

    out.append("\nIncidents\n")
    for inc in data["incidents"]:
        out.extend(_incident_lines(inc, by_id))
        for al in (a for a in data["allegations"] if a["incident_id"] == inc["id"]):
            out.extend(_allegation_lines(al, data, by_id))

    out.append("\nActors\n")
    for actor in data["actors"]:
        aliases = f" (also: {', '.join(actor['aliases'])})" if actor["aliases"] else ""
        out.append(f"- {actor['name']}{aliases} — {actor['kind']}\n" + _line("affiliation", actor["affiliation"]))

    out.append("\nVictims\n")
    for victim in data["victims"]:
        out.append(
            f"- {victim['label']} ({victim['kind']}, {victim['status']})\n"
            + _line("description", victim["description"])
        )
        if "identity" in victim:
            out.append(_line("identity", "; ".join(f"{k} {v}" for k, v in victim["identity"].items() if v)))

    out.append("\nWitnesses\n")
    for w in data["witnesses"]:
        out.append(f"- {w['pseudonym']} — {w['relation']}, risk {w['risk_level']} [{w['visibility']}]\n")
        out.append(_line("identity", "; ".join(f"{k} {v}" for k, v in w["identity"].items())))
        consent = w.get("consent") or {}
        given = [
            k.replace("_", " ")
            for k in ("to_be_recorded", "to_be_quoted", "to_be_named", "share_with_partners", "contact_again")
            if consent.get(k)
        ]
        out.append(
            _line("consents", ", ".join(given) or "none recorded") + _line("consent given", consent.get("how_given"))
        )

    out.append("\nAccounts\n")
    for acc in data["accounts"]:
        witness = by_id.get(acc["witness_id"], {})
        current = acc["versions"][-1] if acc["versions"] else {}
        version = f"version {acc['current_version']} of {len(acc['versions'])}"
        out.append(f"- account of {witness.get('pseudonym', '?')} ({version})\n")
        out.append(_line("interviewer", current.get("interviewer")) + _line("method", current.get("method")))
        out.append(_line("narrative", current.get("narrative")) + _line("quotable", current.get("quotable")))

    out.append("\nSources\n")
    for s in data["sources"]:
        grade = f"{s['reliability'] or '?'}{s['credibility'] or '?'}"
        out.append(f"- {s['title']} — {s['kind']}, {s['stance']}, grade {grade}\n")
        out.append(_line("author", s["author"]) + _line("publisher", s["publisher"]) + _line("url", s["url"]))
        out.append(_line("accessed", s["access_date"]))

    if data["evidence_files"]:
        out.append("\nEvidence files\n")
        for e in data["evidence_files"]:
            out.append(f"- {e['original_filename']} ({e['size']} bytes, {e['mime_type']})\n  sha256: {e['sha256']}\n")
    return "".join(out)


def _incident_lines(inc: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> list[str]:
    out: list[str] = []
    loc = by_id.get(inc["location_id"] or "")
    place = ""
    if loc:
        place = loc["name"] + (f" (also {', '.join(loc['alt_spellings'])})" if loc["alt_spellings"] else "")
        place += ", " + ", ".join(p for p in (loc["admin2"], loc["admin1"], loc["country_code"]) if p)
    when = inc["start_date"] or "date unknown"
    out.append(f"- {inc['title']} [{inc['visibility']}]\n")
    out.append(
        _line("when", f"{when} (precision: {inc['date_precision']})") + _line("as reported", inc["date_as_reported"])
    )
    out.append(
        _line("where", place)
        + _line("event type", " / ".join(x for x in (inc["event_type"], inc["event_subtype"]) if x))
    )
    out.append(_line("fatalities", _fatalities(inc)) + _line("civilian targeting", inc["civilian_targeting"]))
    out.append(_line("description", inc["description"]))
    return out


def _allegation_lines(al: dict[str, Any], data: CaseExport, by_id: dict[str, dict[str, Any]]) -> list[str]:
    """An allegation under its incident: perpetrators, victims, the sources and accounts that bear on it."""
    out: list[str] = []
    out.append(f"  * allegation: {al['violation_type']} — status {al['status']}, proof {al['standard_of_proof']}\n")
    if al["description"]:
        out.append(f"      {al['description']}\n")
    for p in (p for p in data["allegation_perpetrators"] if p["allegation_id"] == al["id"]):
        out.append(f"      alleged perpetrator: {by_id[p['actor_id']]['name']} ({p['involvement']})\n")
    for av in (v for v in data["allegation_victims"] if v["allegation_id"] == al["id"]):
        victim = by_id[av["victim_id"]]
        count = f", {victim['count_best']} {victim['status']}" if victim["count_best"] is not None else ""
        out.append(f"      victims: {victim['label']}{count}\n")
    for ln in (ln for ln in data["links"] if ln["allegation_id"] == al["id"]):
        origin = by_id.get(ln["source_id"] or ln["account_id"] or "", {})
        name = origin.get("title") or ("account " + origin.get("id", "")[:8] if origin else "evidence file")
        out.append(f"      {ln['relation']}: {name}" + (f" — “{ln['excerpt']}”" if ln["excerpt"] else "") + "\n")
    if al["reasoning"]:
        out.append(f"      reasoning: {al['reasoning']}\n")
    return out


def metadata_lines(metadata: dict[str, Any]) -> list[str]:
    """What was read from an evidence file at intake, one "label: value" per line."""
    from hrdoc.services.evidence.metadata import summary_lines

    return [f"{label}: {value}" for label, value in summary_lines(metadata)]
