"""Plain-text rendering of a case for ``hrdoc show`` (the JSON form is the data itself), and what makes any
text safe to print: stored text comes from bundles, ACLED files, web captures and file metadata, and a
terminal obeys the control characters in it (an escape sequence can clear the screen, rewrite earlier lines,
retitle the window or, on some terminals, answer back as if typed)."""

from __future__ import annotations

import io
import itertools
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from hrdoc.cli.counts import BYTES, PEOPLE
from hrdoc.cli.messages import N_, day, language, moment, number, quoted, tr
from hrdoc.domain import countries, registry
from hrdoc.domain.enums import label, sense
from hrdoc.domain.registry import Kind, Widget

if TYPE_CHECKING:
    from hrdoc.services.cases import CaseExport, RecordRow

# C0 controls other than tab and line feed, DEL, and the C1 controls (U+009B is a one-character CSI on some
# terminals), shown the way Python writes them: ESC becomes the four characters \x1b.
_SHOWN = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0)) if c not in (0x09, 0x0A)}
_SHOWN_ON_ONE_LINE = _SHOWN | {0x09: " ", 0x0A: "\\n"}
# json.dumps escapes C0 controls itself, but writes DEL and C1 controls as they are.
_JSON_ESCAPED = {c: f"\\u{c:04x}" for c in range(0x7F, 0xA0)}


def _replacer(table: Mapping[int, str]) -> Callable[[str], str]:
    """``str.translate(table)`` for a table of a few characters, as a regular expression: translate looks up
    every character of a text in the table in Python's dict once the text holds one non-ASCII character (0.8 s
    for the 4 MB of a 1,000-allegation case), where a search for the few runs at C speed."""
    pattern = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")

    def replace(text: str) -> str:
        return pattern.sub(lambda found: table[ord(found.group())], text)

    return replace


_show = _replacer(_SHOWN)
_show_on_one_line = _replacer(_SHOWN_ON_ONE_LINE)
_json_escape = _replacer(_JSON_ESCAPED)


def printable(text: str) -> str:
    """``text`` with every control character but tab and line feed made visible (a Windows line end is one
    line end)."""
    return _show(text.replace("\r\n", "\n"))


def one_line(text: str) -> str:
    """``text`` as one line, safe to print (for error messages, which are one line whatever they quote)."""
    return _show_on_one_line(text.replace("\r\n", "\n"))


def json_text(data: object) -> str:
    """``data`` as indented JSON (UTF-8 characters as they are) with no control character left raw."""
    return "".join(json_pieces(data))


# What write_json gathers before each write: the output's own buffering may be off (PYTHONUNBUFFERED, python -u),
# and then each piece, a record, would be a system call of its own.
WRITE_CHARS = 1 << 16


def write_json(out: TextIO, data: object) -> None:
    """``data`` written to ``out`` as :func:`json_text` makes it, about :data:`WRITE_CHARS` characters at a
    time (never all in memory)."""
    gathered: list[str] = []
    size = 0
    for piece in json_pieces(data):
        gathered.append(piece)
        size += len(piece)
        if size >= WRITE_CHARS:
            out.write("".join(gathered))
            gathered, size = [], 0
    out.write("".join(gathered))


def json_pieces(data: object) -> Iterator[str]:
    """``data`` as ``json.dumps(data, ensure_ascii=False, indent=2)`` writes it, character for character, in
    pieces, with DEL and the C1 controls escaped.

    ``json.dumps`` with an indent cannot use the C encoder: its pure-Python one yields every key, value and
    comma as a string of its own (5.8 million for a case of 20,000 allegations) and joins them. Here a
    container holding no container (a record, mostly) is one call of the C encoder, told to put the line
    break and indentation of its depth between items; only the containers around them are walked in Python,
    one piece per record.
    """
    for piece in _pieces(data, 0):
        yield _json_escape(piece)


_CONTAINERS = (dict, list, tuple)
_flat_encoders: dict[int, json.JSONEncoder] = {}


def _flat(depth: int) -> json.JSONEncoder:
    """The C encoder putting the items of a container at ``depth`` one to a line, indented as json.dumps does."""
    encoder = _flat_encoders.get(depth)
    if encoder is None:
        encoder = json.JSONEncoder(ensure_ascii=False, separators=(",\n" + "  " * (depth + 1), ": "))
        _flat_encoders[depth] = encoder
    return encoder


def _pieces(value: object, depth: int, lead: str = "") -> Iterator[str]:
    """``value`` at ``depth`` in pieces, the first of them starting with ``lead`` (what comes before it)."""
    inner, close = "\n" + "  " * (depth + 1), "\n" + "  " * depth
    if isinstance(value, dict):
        if not value:
            yield lead + "{}"
        elif not any(isinstance(v, _CONTAINERS) for v in value.values()):  # a record, mostly
            yield lead + "{" + inner + _flat(depth).encode(value)[1:-1] + close + "}"
        else:
            # Items in runs: each run of items holding no container is one call of the C encoder.
            lead += "{"
            for holds, run in itertools.groupby(value.items(), _holds_container):
                if not holds:
                    lead += inner + _flat(depth).encode(dict(run))[1:-1] + ","
                    continue
                for key, item in run:
                    # the key as json writes it (a number or None as a string); ": null}" is 7 characters
                    yield from _pieces(item, depth + 1, lead + inner + _flat(depth).encode({key: None})[1:-7] + ": ")
                    lead = ","
            yield lead.removesuffix(",") + close + "}"
    elif isinstance(value, list | tuple):
        if not value:
            yield lead + "[]"
        elif not any(isinstance(v, _CONTAINERS) for v in value):
            yield lead + "[" + inner + _flat(depth).encode(value)[1:-1] + close + "]"
        else:
            lead += "["
            for item in value:
                if isinstance(item, _CONTAINERS):
                    yield from _pieces(item, depth + 1, lead + inner)
                    lead = ","
                else:
                    lead += inner + _flat(depth).encode(item) + ","
            yield lead.removesuffix(",") + close + "]"
    else:
        yield lead + _flat(depth).encode(value)


def _holds_container(item: tuple[object, object]) -> bool:
    return isinstance(item[1], _CONTAINERS)


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
# Each is marked for the catalogue here and put into the terminal's language where it is printed.
FATALITIES = N_("Fatalities")
IDENTITY = N_("Identity")
CONSENT = N_("Consent")
NO_CONSENT_RECORDED = N_("none recorded")
NO_CONSENT_GIVEN = N_("none given")
NONE_YET = N_("none")
YES, NO = N_("yes"), N_("no")
# The heading of each section of ``show``: its kind of record in the plural.
HEADINGS = {
    Kind.INCIDENT: N_("Incidents"),
    Kind.ACTOR: N_("Actors"),
    Kind.VICTIM: N_("Victims"),
    Kind.WITNESS: N_("Witnesses"),
    Kind.ACCOUNT: N_("Accounts"),
    Kind.SOURCE: N_("Sources"),
    Kind.EVIDENCE: N_("Evidence files"),
}
DEEPER = "      "  # what is shown under an allegation, itself under its incident


@dataclass(frozen=True)
class Words:
    """What the codes a case's records store mean in this store: each vocabulary's labels, its built-in terms
    and those added here (``{vocabulary: {code: label}}``). A choice's words are declared with its values
    (:func:`hrdoc.domain.enums.label`)."""

    vocabularies: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def term(self, vocabulary: str, code: str) -> str:
        return self.vocabularies.get(vocabulary, {}).get(code, code)


def inline(words: str) -> str:
    """A label within a sentence: its first letter in lower case, unless it starts an acronym ("NGO report")."""
    return words if words[1:2].isupper() else words[:1].lower() + words[1:]


def unknown() -> str:
    """ "unknown", said of a value (a count, a name), in the terminal's language."""
    return tr("unknown", "value")


def value_text(value: Any) -> str:
    """A stored value as people read it, in the terminal's language: yes or no, a number as the language writes
    it, a list joined by commas, "unknown" for nothing; never Python's ``True``, ``None`` or ``['a']``."""
    if value is None:
        return unknown()
    if isinstance(value, bool):
        return tr(YES) if value else tr(NO)
    if isinstance(value, int):
        return number(value)
    if isinstance(value, float):  # every decimal it was given (a latitude's six), with the language's signs
        written = repr(value)
        return number(value, 6 if "e" in written else len(written.partition(".")[2].rstrip("0")))
    if isinstance(value, list | tuple):
        return tr(", ").join(value_text(v) for v in value) or tr(NONE_YET)
    if isinstance(value, Mapping):
        return tr("; ").join(f"{k} {value_text(v)}" for k, v in value.items()) or tr(NONE_YET)
    return str(value)


def field_value(
    kind: str, name: str, value: Any, words: Words | None = None, names: Mapping[str, str] | None = None
) -> Any:
    """A field's value in words, in the terminal's language: a choice by its label, a vocabulary term by this
    store's label (``words``), a record it refers to by its name (``names``, by id), a date as the language writes
    it; ``None`` for nothing; other values as they are."""
    if value is None or value == "":
        return None
    of_kind = registry.KINDS.get(kind)
    if of_kind is None or name not in of_kind.names:
        return value
    declared = of_kind.field(name)
    if declared.widget is Widget.CHOICE:
        return tr(label(str(value), declared.choices), sense(declared.choices) or "")
    if declared.widget in (Widget.VOCAB, Widget.SUBVOCAB) and declared.vocabulary:
        return (words or Words()).term(declared.vocabulary, str(value))
    if declared.widget is Widget.PICK and names is not None:
        return names.get(str(value), str(value))
    if declared.widget is Widget.COUNTRY:
        return countries.name(str(value), language())
    if declared.widget is Widget.DATE:
        return day(value)
    if declared.widget is Widget.DATETIME:
        return moment(value)
    return value


def field_name(kind: str, name: str) -> str:
    """What the registry calls a field of ``kind`` (its name itself if it declares none)."""
    declared = registry.KINDS.get(kind)
    return tr(declared.field(name).label) if declared is not None and name in declared.names else name


def kind_name(kind: str) -> str:
    """What the registry calls a kind of record, capitalised ("Alleged perpetrator"), in the terminal's language."""
    declared = registry.KINDS.get(kind)
    words = tr(declared.label) if declared is not None else kind.replace("_", " ")
    return words[:1].upper() + words[1:]


def _label(kind: Kind, name: str) -> str:
    return tr(registry.kind(kind).field(name).label)


def _kind_label(kind: Kind) -> str:
    return kind_name(kind)


def _line(label: str, value: Any, indent: str = "  ") -> str:
    if value in (None, "", [], {}):
        return ""
    return f"{indent}{labelled(label, value_text(value))}\n"


def labelled(label: str, value: str) -> str:
    """ "Label: value", as the terminal's language writes it (French puts a space before the colon)."""
    return tr("{label}: {value}").format(label=label, value=value)


class CaseText:
    """A whole case in words (``hrdoc show``): every field by its registry label, every choice and
    vocabulary term by its label, every record by its name (a witness's pseudonym, "Account of W-01")."""

    def __init__(self, data: CaseExport, words: Words) -> None:
        self.data = data
        self.words = words
        self.names: dict[str, str] = {}  # record id -> what the case's text calls it
        for records, key in (
            (data["locations"], "name"),
            (data["incidents"], "title"),
            (data["actors"], "name"),
            (data["victims"], "label"),
            (data["witnesses"], "pseudonym"),
            (data["sources"], "title"),
            (data["evidence_files"], "original_filename"),
        ):
            self.names.update((rec["id"], str(rec[key])) for rec in records)
        self.names.update(_account_names(data["accounts"], self.names))
        self.by_id: dict[str, RecordRow] = {r["id"]: r for r in data["locations"]}

    def value(self, kind: Kind, name: str, value: Any) -> Any:
        """A field's value in words: a choice or vocabulary term by its label, a record by its name."""
        return field_value(kind, name, value, self.words, self.names)

    def fields(self, kind: Kind, record: Mapping[str, Any], *names: str, indent: str = "  ") -> str:
        """A line for each of the record's fields ``names`` that holds something, labelled by the registry."""
        return "".join(_line(_label(kind, name), self.value(kind, name, record.get(name)), indent) for name in names)

    def text(self) -> str:
        data, case = self.data, self.data["case"]
        out = [f"{case['reference']} — {case['title']}\n"]
        out.append(self.fields(Kind.CASE, case, "status", "visibility", "lead_investigator", "tags"))
        if case["summary"]:
            out.append(f"\n{case['summary']}\n")
        sections = (
            (Kind.INCIDENT, [self.incident(inc) for inc in data["incidents"]]),
            (Kind.ACTOR, [self.actor(a) for a in data["actors"]]),
            (Kind.VICTIM, [self.victim(v) for v in data["victims"]]),
            (Kind.WITNESS, [self.witness(w) for w in data["witnesses"]]),
            (Kind.ACCOUNT, [self.account(a) for a in data["accounts"]]),
            (Kind.SOURCE, [self.source(s) for s in data["sources"]]),
            (Kind.EVIDENCE, [self.evidence(e) for e in data["evidence_files"]]),
        )
        for kind, parts in sections:
            out.append(f"\n{tr(HEADINGS[kind])}\n" + ("".join(parts) or f"  {tr(NONE_YET)}\n"))
        return "".join(out)

    def incident(self, inc: RecordRow) -> str:
        loc = self.by_id.get(inc["location_id"] or "")
        place = ""
        if loc:
            place = loc["name"]
            if loc["alt_spellings"]:
                place += " " + tr("(also {names})").format(names=tr(", ").join(loc["alt_spellings"]))
            country = countries.name(loc["country_code"], language())
            place += tr(", ") + tr(", ").join(p for p in (loc["admin2"], loc["admin1"], country) if p)
        event_type = self.value(Kind.INCIDENT, "event_type", inc["event_type"])
        subtype = self.value(Kind.INCIDENT, "event_subtype", inc["event_subtype"])
        out = [
            f"- {inc['title']}\n",
            self.fields(Kind.INCIDENT, inc, "start_date", "end_date", "date_precision", "date_as_reported"),
            _line(_label(Kind.INCIDENT, "location_id"), place),
            _line(_label(Kind.INCIDENT, "event_type"), " — ".join(x for x in (event_type, subtype) if x)),
            _line(tr(FATALITIES), _fatalities(inc)),
            self.fields(Kind.INCIDENT, inc, "civilian_targeting", "visibility", "description"),
        ]
        out.extend(self.allegation(al) for al in self.data["allegations"] if al["incident_id"] == inc["id"])
        return "".join(out)

    def allegation(self, al: RecordRow) -> str:
        """An allegation under its incident: perpetrators, victims, the sources and accounts that bear on it."""
        data = self.data
        violation = self.value(Kind.ALLEGATION, "violation_type", al["violation_type"])
        out = [f"  * {labelled(_kind_label(Kind.ALLEGATION), violation)}\n"]
        out.append(self.fields(Kind.ALLEGATION, al, "status", "standard_of_proof", "description", indent=DEEPER))
        perpetrator = _kind_label(Kind.PERPETRATOR)
        involvement = _label(Kind.PERPETRATOR, "involvement").lower()
        for p in (p for p in data["allegation_perpetrators"] if p["allegation_id"] == al["id"]):
            how = self.value(Kind.PERPETRATOR, "involvement", p["involvement"])
            how_involved = labelled(involvement, inline(how))
            out.append(_line(perpetrator, f"{self.names[p['actor_id']]} ({how_involved})", DEEPER))
        victims = {v["id"]: v for v in data["victims"]}
        for av in (v for v in data["allegation_victims"] if v["allegation_id"] == al["id"]):
            out.append(_line(_kind_label(Kind.VICTIM), self._victim_of(victims[av["victim_id"]]), DEEPER))
        for ln in (ln for ln in data["links"] if ln["allegation_id"] == al["id"]):
            origin = ln["source_id"] or ln["account_id"] or ln["evidence_id"] or ""
            name = self.names.get(origin, _kind_label(Kind.EVIDENCE))
            quote = f" — {quoted(ln['excerpt'])}" if ln["excerpt"] else ""
            out.append(_line(self.value(Kind.LINK, "relation", ln["relation"]), name + quote, DEEPER))
        out.append(self.fields(Kind.ALLEGATION, al, "reasoning", indent=DEEPER))
        return "".join(out)

    def _victim_of(self, victim: RecordRow) -> str:
        """A victim named under an allegation, with how many and what happened to them."""
        details = []
        if victim["count_best"] is not None:
            details.append(PEOPLE(int(victim["count_best"])))
        status = self.value(Kind.VICTIM, "status", victim["status"])
        if status:
            details.append(labelled(inline(_label(Kind.VICTIM, "status")), inline(status)))
        return str(victim["label"]) + (f" ({tr('; ').join(details)})" if details else "")

    def actor(self, actor: RecordRow) -> str:
        return f"- {actor['name']}\n" + self.fields(Kind.ACTOR, actor, "aliases", "kind", "affiliation", "country_code")

    def victim(self, victim: RecordRow) -> str:
        out = f"- {victim['label']}\n" + self.fields(
            Kind.VICTIM, victim, "kind", "status", "count_low", "count_best", "count_high", "description"
        )
        if "identity" in victim:
            out += _identity(Kind.VICTIM_IDENTITY, victim["identity"])
        return out

    def witness(self, w: RecordRow) -> str:
        out = f"- {w['pseudonym']}\n" + self.fields(Kind.WITNESS, w, "relation", "risk_level", "visibility")
        return out + _identity(Kind.WITNESS_IDENTITY, w["identity"]) + self.consent(w.get("consent"))

    def consent(self, consent: RecordRow | None) -> str:
        """What the witness agreed to (the registry's consent flags that are set), and when and how."""
        if not consent:
            return _line(tr(CONSENT), tr(NO_CONSENT_RECORDED))
        flags = [f for f in registry.kind(Kind.CONSENT).fields if f.widget is Widget.CHECK]
        given = [tr(f.label) for f in flags if consent.get(f.name)]
        return _line(tr(CONSENT), tr(", ").join(given) or tr(NO_CONSENT_GIVEN)) + self.fields(
            Kind.CONSENT, consent, "given_on", "how_given"
        )

    def account(self, acc: RecordRow) -> str:
        current = acc["versions"][-1] if acc["versions"] else {}
        version = tr("version {number} of {count}").format(
            number=number(acc["current_version"]), count=number(len(acc["versions"]))
        )
        return f"- {self.names[acc['id']]} ({version})\n" + self.fields(
            Kind.ACCOUNT_VERSION, current, "interviewer", "interview_date", "method", "narrative", "quotable"
        )

    def source(self, s: RecordRow) -> str:
        return (
            f"- {s['title']}\n"
            + self.fields(Kind.SOURCE, s, "kind", "stance", "reliability", "credibility")
            + self.fields(Kind.SOURCE, s, "author", "publisher", "publication_date", "url", "access_date")
        )

    def evidence(self, e: RecordRow) -> str:
        return (
            f"- {e['original_filename']}\n"
            + _line(_label(Kind.EVIDENCE, "size"), BYTES(e["size"]))
            + self.fields(Kind.EVIDENCE, e, "mime_type", "sha256")
        )


def render_case(data: CaseExport, words: Words | None = None) -> str:
    """The case as ``hrdoc show`` prints it."""
    return CaseText(data, words or Words()).text()


def _account_names(accounts: list[RecordRow], names: Mapping[str, str]) -> dict[str, str]:
    """What each account is called: "Account of W-01", numbered when a witness gave more than one."""
    account = _kind_label(Kind.ACCOUNT)
    per_witness: dict[str, list[str]] = {}
    for acc in accounts:
        per_witness.setdefault(acc["witness_id"], []).append(acc["id"])
    out: dict[str, str] = {}
    for witness_id, ids in per_witness.items():
        who = names.get(witness_id) or unknown()
        for n, account_id in enumerate(ids, start=1):
            out[account_id] = tr("{account} of {witness}").format(account=account, witness=who)
            if len(ids) > 1:
                out[account_id] += " " + tr("({number} of {count})").format(number=number(n), count=number(len(ids)))
    return out


def _fatalities(inc: RecordRow) -> str:
    low, best, high = inc["fatalities_low"], inc["fatalities_best"], inc["fatalities_high"]
    if best is None and low is None and high is None:
        return ""
    return tr("best {best}, low {low}, high {high}").format(
        best=value_text(best), low=value_text(low), high=value_text(high)
    )


def _identity(kind: Kind, identity: Mapping[str, Any]) -> str:
    """A protected identity on one line (masked unless revealed), each detail by its registry label."""
    declared = registry.kind(kind)
    details = (f"{_label(kind, k) if k in declared.names else k} {_masked(v)}" for k, v in identity.items() if v)
    return _line(tr(IDENTITY), tr("; ").join(details))


def _masked(value: Any) -> Any:
    """A protected detail's value: the mask that stands for it, in the terminal's language (as the app shows it)."""
    from hrdoc.services.serialize import MASK

    return tr("[protected]") if value == MASK else value


def metadata_lines(metadata: dict[str, Any]) -> list[str]:
    """What was read from an evidence file at intake, one "label: value" per line."""
    from hrdoc.services.evidence.metadata import summary_lines

    return [f"{label}: {value}" for label, value in summary_lines(metadata)]
