"""Plain-text rendering of a case for ``hrdoc show`` (the JSON form is the data itself), and what makes any
text safe to print: stored text comes from bundles, ACLED files, web captures and file metadata, and a
terminal obeys the control characters in it (an escape sequence can clear the screen, rewrite earlier lines,
retitle the window or, on some terminals, answer back as if typed)."""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from hrdoc.domain import registry
from hrdoc.domain.registry import Kind, Widget

if TYPE_CHECKING:
    from hrdoc.services.cases import CaseExport, RecordRow, SectionName

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


# Lines of ``show`` that are not one field of a record (several fields read together, or what a record's
# relations add), with their labels, declared once; a line that shows one field is labelled as the registry
# declares the field, and a record that stands under another by the registry's name of its kind.
FATALITIES = "Fatalities"
IDENTITY = "Identity"
CONSENT = "Consent"
NO_CONSENT_RECORDED = "none recorded"
NO_CONSENT_GIVEN = "none given"
DEEPER = "      "  # what is shown under an allegation, itself under its incident


def _label(kind: Kind, field: str) -> str:
    return registry.kind(kind).field(field).label


def _kind_label(kind: Kind) -> str:
    label = registry.kind(kind).label
    return label[:1].upper() + label[1:]


def _line(label: str, value: Any, indent: str = "  ") -> str:
    if value in (None, "", [], {}):
        return ""
    if isinstance(value, bool):
        value = "yes" if value else "no"
    elif isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return f"{indent}{label}: {value}\n"


def _fields(kind: Kind, record: Mapping[str, Any], *names: str, indent: str = "  ") -> str:
    """A line for each of the record's fields ``names`` that holds something, labelled by the registry."""
    return "".join(_line(_label(kind, name), record.get(name), indent) for name in names)


def _fatalities(inc: RecordRow) -> str:
    low, best, high = inc["fatalities_low"], inc["fatalities_best"], inc["fatalities_high"]
    if best is None and low is None and high is None:
        return ""
    return (
        f"best {best if best is not None else '?'} (low {low if low is not None else '?'}, "
        f"high {high if high is not None else '?'})"
    )


def _identity(kind: Kind, identity: Mapping[str, Any]) -> str:
    """A protected identity on one line (masked unless revealed), each detail by its registry label."""
    declared = registry.kind(kind)
    details = (f"{_label(kind, k) if k in declared.names else k} {v}" for k, v in identity.items() if v)
    return _line(IDENTITY, "; ".join(details))


def _consent(consent: RecordRow | None) -> str:
    """What the witness agreed to (the registry's consent flags that are set), and when and how."""
    if not consent:
        return _line(CONSENT, NO_CONSENT_RECORDED)
    flags = [f for f in registry.kind(Kind.CONSENT).fields if f.widget is Widget.CHECK]
    given = [f.label for f in flags if consent.get(f.name)]
    return _line(CONSENT, ", ".join(given) or NO_CONSENT_GIVEN) + _fields(
        Kind.CONSENT, consent, "given_on", "how_given"
    )


def render_case(data: CaseExport) -> str:
    case = data["case"]
    by_id: dict[str, RecordRow] = {}
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
    out.append(_fields(Kind.CASE, case, "status", "visibility", "lead_investigator", "tags"))
    if case["summary"]:
        out.append(f"\n{case['summary']}\n")

    out.append("\nIncidents\n")
    for inc in data["incidents"]:
        out.append(_incident_text(inc, by_id))
        for al in (a for a in data["allegations"] if a["incident_id"] == inc["id"]):
            out.append(_allegation_text(al, data, by_id))

    out.append("\nActors\n")
    for actor in data["actors"]:
        out.append(f"- {actor['name']}\n" + _fields(Kind.ACTOR, actor, "aliases", "kind", "affiliation"))

    out.append("\nVictims\n")
    for victim in data["victims"]:
        out.append(f"- {victim['label']}\n" + _fields(Kind.VICTIM, victim, "kind", "status", "description"))
        if "identity" in victim:
            out.append(_identity(Kind.VICTIM_IDENTITY, victim["identity"]))

    out.append("\nWitnesses\n")
    for w in data["witnesses"]:
        out.append(f"- {w['pseudonym']}\n" + _fields(Kind.WITNESS, w, "relation", "risk_level", "visibility"))
        out.append(_identity(Kind.WITNESS_IDENTITY, w["identity"]) + _consent(w.get("consent")))

    out.append("\nAccounts\n")
    for acc in data["accounts"]:
        witness = by_id.get(acc["witness_id"], {})
        current = acc["versions"][-1] if acc["versions"] else {}
        version = f"version {acc['current_version']} of {len(acc['versions'])}"
        out.append(f"- {_kind_label(Kind.ACCOUNT)} of {witness.get('pseudonym', '?')} ({version})\n")
        out.append(_fields(Kind.ACCOUNT_VERSION, current, "interviewer", "method", "narrative", "quotable"))

    out.append("\nSources\n")
    for s in data["sources"]:
        out.append(f"- {s['title']}\n")
        out.append(_fields(Kind.SOURCE, s, "kind", "stance", "reliability", "credibility"))
        out.append(_fields(Kind.SOURCE, s, "author", "publisher", "url", "access_date"))

    if data["evidence_files"]:
        out.append("\nEvidence files\n")
        for e in data["evidence_files"]:
            out.append(f"- {e['original_filename']}\n" + _line(_label(Kind.EVIDENCE, "size"), f"{e['size']} bytes"))
            out.append(_fields(Kind.EVIDENCE, e, "mime_type", "sha256"))
    return "".join(out)


def _incident_text(inc: RecordRow, by_id: dict[str, RecordRow]) -> str:
    loc = by_id.get(inc["location_id"] or "")
    place = ""
    if loc:
        place = loc["name"] + (f" (also {', '.join(loc['alt_spellings'])})" if loc["alt_spellings"] else "")
        place += ", " + ", ".join(p for p in (loc["admin2"], loc["admin1"], loc["country_code"]) if p)
    event = " / ".join(x for x in (inc["event_type"], inc["event_subtype"]) if x)
    return (
        f"- {inc['title']}\n"
        + _fields(Kind.INCIDENT, inc, "start_date", "end_date", "date_precision", "date_as_reported")
        + _line(_label(Kind.INCIDENT, "location_id"), place)
        + _line(_label(Kind.INCIDENT, "event_type"), event)
        + _line(FATALITIES, _fatalities(inc))
        + _fields(Kind.INCIDENT, inc, "civilian_targeting", "visibility", "description")
    )


def _allegation_text(al: RecordRow, data: CaseExport, by_id: dict[str, RecordRow]) -> str:
    """An allegation under its incident: perpetrators, victims, the sources and accounts that bear on it."""
    out = [f"  * {_kind_label(Kind.ALLEGATION)}: {al['violation_type']}\n"]
    out.append(_fields(Kind.ALLEGATION, al, "status", "standard_of_proof", "description", indent=DEEPER))
    perpetrator = _kind_label(Kind.PERPETRATOR)
    for p in (p for p in data["allegation_perpetrators"] if p["allegation_id"] == al["id"]):
        out.append(_line(perpetrator, f"{by_id[p['actor_id']]['name']} ({p['involvement']})", DEEPER))
    for av in (v for v in data["allegation_victims"] if v["allegation_id"] == al["id"]):
        victim = by_id[av["victim_id"]]
        count = f", {victim['count_best']} {victim['status']}" if victim["count_best"] is not None else ""
        out.append(_line(_kind_label(Kind.VICTIM), f"{victim['label']}{count}", DEEPER))
    for ln in (ln for ln in data["links"] if ln["allegation_id"] == al["id"]):
        origin = by_id.get(ln["source_id"] or ln["account_id"] or "", {})
        if origin.get("title"):
            name = origin["title"]
        elif origin:
            name = f"{registry.kind(Kind.ACCOUNT).label} {origin['id'][:8]}"
        else:
            name = registry.kind(Kind.EVIDENCE).label
        out.append(_line(ln["relation"], name + (f" — “{ln['excerpt']}”" if ln["excerpt"] else ""), DEEPER))
    out.append(_fields(Kind.ALLEGATION, al, "reasoning", indent=DEEPER))
    return "".join(out)


def metadata_lines(metadata: dict[str, Any]) -> list[str]:
    """What was read from an evidence file at intake, one "label: value" per line."""
    from hrdoc.services.evidence.metadata import summary_lines

    return [f"{label}: {value}" for label, value in summary_lines(metadata)]
