"""The JSON Schema of a bundle's JSON members (``bundle.schema.json``, shipped in the package) and its validators.

The schema file is written for people and other tools (``$ref`` to shared definitions such as ``uuid``).
The validators use a copy with every ``$ref`` replaced by what it points to, and a nullable reference
(``anyOf: [X, null]``) folded into X, which also gives plainer error messages. ``format`` is checked for
dates and times (a pattern cannot tell that 2024-02-30 does not exist), and an integer must be written as
one (``1``, not ``1.0``).

``jsonschema`` takes about half a millisecond per record, seconds for a large case, so each schema is also
compiled into plain Python checks (:func:`_compile`) for the keywords this schema uses; a keyword it does
not know stops the compilation, so the fast checks cannot silently ignore part of the schema. The fast
checks decide; ``jsonschema`` then words the message for what they refused. A test holds the two to the
same verdicts.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final, cast

from jsonschema import Draft202012Validator, FormatChecker, ValidationError, validators
from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator

SCHEMA_FILE: Final = "bundle.schema.json"
_SHORT: Final = 60


def _is_integer(checker: object, instance: object) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


# Draft 2020-12, except that 1.0 is not an integer (the schemas given to it have no $ref left).
_StrictValidator = validators.create(
    meta_schema=Draft202012Validator.META_SCHEMA,
    validators=Draft202012Validator.VALIDATORS,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer),
)

_FORMATS = FormatChecker(formats=())


@_FORMATS.checks("date", raises=ValueError)
def _is_date(instance: object) -> bool:
    if isinstance(instance, str):
        dt.date.fromisoformat(instance)
    return True


@_FORMATS.checks("date-time", raises=ValueError)
def _is_datetime(instance: object) -> bool:
    if isinstance(instance, str):
        dt.datetime.fromisoformat(instance.removesuffix("Z") + "+00:00")
    return True


def _inline(node: Any, defs: dict[str, Any], depth: int = 0) -> Any:
    if depth > 50:
        raise ValueError("the bundle schema refers to itself")
    if isinstance(node, list):
        return [_inline(item, defs, depth) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        target: Any = {"$defs": defs}
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
        rest = {k: v for k, v in node.items() if k != "$ref"}
        inlined = _inline(target, defs, depth + 1)
        return {**inlined, **_inline(rest, defs, depth)} if rest else inlined
    out = {k: _inline(v, defs, depth) for k, v in node.items() if k not in ("$defs", "$schema", "$id")}
    variants = out.get("anyOf")
    if isinstance(variants, list) and len(variants) == 2 and variants[1] == {"type": "null"}:
        first = dict(variants[0])
        if isinstance(first.get("type"), str):  # {anyOf: [X, null]} → X with "null" added to its type
            first["type"] = [first["type"], "null"]
            del out["anyOf"]
            out.update(first)
    return out


Check = Callable[[Any], bool]
_PYTHON_TYPES: Final[dict[str, tuple[type, ...]]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list,),
    "object": (dict,),
}
_KEYWORDS: Final = frozenset(
    {
        "type", "enum", "const", "pattern", "maxLength", "minimum", "maximum", "format", "required",
        "properties", "additionalProperties", "items", "minItems", "propertyNames", "anyOf",
        "description", "title", "$comment",
    }
)  # fmt: skip
_FORMAT_CHECKS: Final[dict[str, Callable[[object], bool]]] = {"date": _is_date, "date-time": _is_datetime}


def _same(a: Any, b: Any) -> bool:
    """JSON equality: ``true`` is not ``1``."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return bool(a == b)


def _all_of(checks: list[Check]) -> Check:
    if not checks:
        return lambda v: True
    if len(checks) == 1:
        return checks[0]

    def check(value: Any) -> bool:
        for one in checks:  # noqa: SIM110 - a plain loop: this runs for every field of every record
            if not one(value):
                return False
        return True

    return check


def _type_check(names: list[str]) -> Check:
    python = tuple(t for name in names for t in _PYTHON_TYPES[name])
    if "boolean" in names or not {"integer", "number"} & set(names):
        return lambda v: isinstance(v, python)
    return lambda v: isinstance(v, python) and not isinstance(v, bool)


def _format_check(name: str) -> Check:
    checker = _FORMAT_CHECKS[name]

    def check(value: Any) -> bool:
        try:
            return checker(value)
        except ValueError:
            return False

    return check


def _compile(schema: Any) -> Check:
    """Plain Python checks equivalent to ``schema`` (an inlined schema); refuses keywords it does not know."""
    if schema is True or schema == {}:
        return lambda v: True
    if schema is False:
        return lambda v: False
    unknown = set(schema) - _KEYWORDS
    if unknown:
        raise ValueError(f"the fast bundle checks do not know the keyword(s) {', '.join(sorted(unknown))}")
    checks: list[Check] = []
    if "type" in schema:
        checks.append(_type_check([schema["type"]] if isinstance(schema["type"], str) else list(schema["type"])))
    if "enum" in schema:
        checks.append(_enum_check(list(schema["enum"])))
    if "const" in schema:
        constant = schema["const"]
        checks.append(lambda v: _same(v, constant))
    string_checks = _string_checks(schema)
    if string_checks:
        on_strings = _all_of(string_checks)
        checks.append(lambda v: not isinstance(v, str) or on_strings(v))
    if "minimum" in schema or "maximum" in schema:
        low = schema.get("minimum", -math.inf)
        high = schema.get("maximum", math.inf)
        checks.append(lambda v: not isinstance(v, int | float) or isinstance(v, bool) or low <= v <= high)
    if "minItems" in schema:
        fewest = int(schema["minItems"])
        checks.append(lambda v: not isinstance(v, list) or len(v) >= fewest)
    if "items" in schema:
        item = _compile(schema["items"])
        checks.append(lambda v: not isinstance(v, list) or all(map(item, v)))
    if "anyOf" in schema:
        variants = [_compile(variant) for variant in schema["anyOf"]]
        checks.append(lambda v: any(variant(v) for variant in variants))
    object_checks = _object_checks(schema)
    if object_checks:
        on_objects = _all_of(object_checks)
        checks.append(lambda v: not isinstance(v, dict) or on_objects(v))
    return _all_of(checks)


def _enum_check(values: list[Any]) -> Check:
    if all(isinstance(x, str) or x is None for x in values):
        allowed = frozenset(values)
        return lambda v: (v is None or isinstance(v, str)) and v in allowed
    return lambda v: any(_same(v, x) for x in values)


def _string_checks(schema: dict[str, Any]) -> list[Check]:
    """Checks of a string (called only with a str)."""
    checks: list[Check] = []
    if "pattern" in schema:
        search = re.compile(schema["pattern"]).search
        checks.append(lambda v: search(v) is not None)
    if "maxLength" in schema:
        longest = int(schema["maxLength"])
        checks.append(lambda v: len(v) <= longest)
    if schema.get("format") in _FORMAT_CHECKS:
        checks.append(_format_check(schema["format"]))
    return checks


def _object_checks(schema: dict[str, Any]) -> list[Check]:
    """Checks of a JSON object (called only with a dict)."""
    checks: list[Check] = []
    required = frozenset(schema.get("required", ()))
    if required:
        checks.append(lambda v: required <= v.keys())
    properties = [(key, _compile(sub)) for key, sub in schema.get("properties", {}).items()]
    if properties:

        def check_properties(value: dict[str, Any]) -> bool:
            for key, check in properties:  # noqa: SIM110 - as above
                if key in value and not check(value[key]):
                    return False
            return True

        checks.append(check_properties)
    extra = schema.get("additionalProperties", True)
    if extra is False:
        known = frozenset(key for key, _ in properties)
        checks.append(lambda v: v.keys() <= known)
    elif extra is not True:
        known_keys = frozenset(key for key, _ in properties)
        extra_check = _compile(extra)
        checks.append(lambda v: all(extra_check(v[key]) for key in v if key not in known_keys))
    if "propertyNames" in schema:
        name_check = _compile(schema["propertyNames"])
        checks.append(lambda v: all(map(name_check, v)))
    return checks


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def short(value: Any) -> str:
    """A value for a message: JSON, cut to a few dozen characters."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= _SHORT else text[: _SHORT - 1] + "…"


@dataclass(frozen=True)
class _Checker:
    fast: Check
    full: Validator


@dataclass(frozen=True)
class BundleSchema:
    """Validators for every JSON member of a bundle."""

    document: dict[str, Any]
    record_kinds: tuple[str, ...]
    member_pattern: re.Pattern[str]
    _pattern_names: dict[str, str]
    _manifest: _Checker
    _items: dict[str, _Checker]

    def is_json_member(self, name: str) -> bool:
        return name in self._items or name == "manifest.json"

    def manifest_problem(self, manifest: Any) -> str | None:
        """What is wrong with a manifest, or None."""
        return self._problem(self._manifest, manifest)

    def item_problem(self, member: str, item: Any) -> str | None:
        """What is wrong with one element of the array in ``member`` (e.g. ``records/incidents.json``), or None."""
        return self._problem(self._items[member], item)

    def _problem(self, checker: _Checker, instance: Any) -> str | None:
        try:
            if checker.fast(instance):
                return None
            error = best_match(checker.full.iter_errors(instance))
        except RecursionError:
            return "it nests too deeply"
        # The fast checks refused what jsonschema accepts: a difference the tests should have caught.
        return "it does not follow the bundle schema" if error is None else self.describe(error)

    def describe(self, error: ValidationError) -> str:
        path = "/".join(str(part) for part in error.absolute_path)
        field = f"field {path}" if path else "the value"
        kind = error.validator
        expected: Any = error.validator_value
        value = error.instance
        if kind == "required":
            missing = str(error.message).split("'")[1] if "'" in str(error.message) else str(error.message)
            return f"field {path + '/' if path else ''}{missing} is missing"
        if kind == "additionalProperties" and isinstance(value, dict):
            allowed = set(cast(dict[str, Any], error.schema).get("properties", {}))
            extra = sorted(str(key) for key in value if key not in allowed)
            return f"unexpected field {', '.join(extra)}" + (f" in {path}" if path else "")
        if kind == "type":
            wanted = expected if isinstance(expected, str) else " or ".join(expected)
            return f"{field} should be {wanted}, not {_json_type(value)}"
        if kind == "maxLength":
            return f"{field} is longer than {expected} characters"
        if kind == "enum":
            choices = ", ".join("null" if v is None else str(v) for v in expected)
            return f"{field} is {short(value)}, which is not one of: {choices}"
        if kind == "const":
            return f"{field} is {short(value)}, not {short(expected)}"
        if kind == "pattern":
            what = self._pattern_names.get(str(expected), f"value matching {expected}")
            return f"{field} is {short(value)}, which is not a {what}"
        if kind == "format":
            what = {"date": "date (YYYY-MM-DD)", "date-time": "UTC time (YYYY-MM-DDTHH:MM:SSZ)"}.get(expected, expected)
            return f"{field} is {short(value)}, which is not a real {what}"
        if kind in ("minimum", "maximum"):
            return f"{field} is {short(value)}, {'below' if kind == 'minimum' else 'above'} {expected}"
        if kind == "minItems":
            return f"{field} should have at least {expected} element(s)"
        if kind == "propertyNames":
            return f"{field} has an unexpected name: {error.message}"
        message = str(error.message)
        return f"{field}: {message if len(message) <= 200 else message[:199] + '…'}"


@functools.cache
def load() -> BundleSchema:
    """The bundle schema and its validators, built once."""
    text = resources.files("hrdoc.services.exchange.bundle").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    _StrictValidator.check_schema(document)
    defs: dict[str, Any] = document["$defs"]

    def build(schema: Any) -> _Checker:
        inlined = _inline(schema, defs)
        return _Checker(_compile(inlined), cast(Validator, _StrictValidator(inlined, format_checker=_FORMATS)))

    record_kinds = tuple(defs["records"])
    items = {f"records/{kind}.json": build(defs["records"][kind]) for kind in record_kinds}
    items["logs/audit.json"] = build(defs["audit_entry"])
    items["logs/custody.json"] = build(defs["custody_entry"])
    pattern_names = {
        defs["uuid"]["pattern"]: "UUID (lowercase, with hyphens)",
        defs["date"]["pattern"]: "date (YYYY-MM-DD)",
        defs["datetime"]["pattern"]: "UTC time (YYYY-MM-DDTHH:MM:SSZ)",
        defs["sha256"]["pattern"]: "SHA-256 (64 lowercase hexadecimal digits)",
        defs["version"]["pattern"]: "record version (32 lowercase hexadecimal digits, or t and 31)",
        defs["member_path"]["pattern"]: "member name of this format",
    }
    return BundleSchema(
        document=document,
        record_kinds=record_kinds,
        member_pattern=re.compile(defs["member_path"]["pattern"]),
        _pattern_names=pattern_names,
        _manifest=build(defs["manifest"]),
        _items=items,
    )
