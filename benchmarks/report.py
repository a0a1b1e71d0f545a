"""PDF case reports: time and peak memory of ``ReportService.render`` against a bare ReportLab document.

Goal (issue 4, item 9): a case with 1,000 allegations is reported in at most 2.5x the time and peak memory of
a bare ReportLab platypus document holding the same text, built in the same run, whatever the report needs for
its table of contents and "Page X of Y" included (hrdoc lays the report out once and writes those page
numbers when the file is saved; it used three ``multiBuild`` passes before).

Steps:

* generate (or reuse) ``benchmarks/out/report-case.db``, an encrypted store holding one case of 1,000
  allegations, 400 incidents, 100 witnesses, 200 accounts and 300 sources (:mod:`benchmarks.generate`,
  seeded), each allegation with one source link and one account link, as real cases have
  (``--source-links``/``--account-links``; ``--allegations`` for other sizes, one store per size). The
  generator makes no victims or evidence files;
* for the internal audience (the largest report) and the public one: ``ReportService(ctx).render`` timed
  end to end (store read, redaction, layout, audit entry), plus ``CaseService.export`` alone (the store read
  inside it);
* the baseline: the text of that report's PDF, extracted line by line with pypdf (not timed), laid out
  again as one ``Paragraph`` per line in a ``SimpleDocTemplate`` (single ``build``, no table of contents,
  no page templates, no tables, no drawings), with the same embedded Noto fonts hrdoc registers;
* report and baseline alternate (report first in odd repeats, baseline first in even ones), so that both
  see the same state of a shared machine; the ratio is of the medians (``--repeats`` each);
* memory: tracemalloc peak (Python allocations, in this process) and the ``ru_maxrss`` growth of a fresh
  subprocess per variant (everything imported, the store open and the fonts registered before the mark);
* with ``--profile``, a cProfile of one internal render, summarised by hrdoc function.

Usage (from the repository root)::

    .venv/bin/python -m benchmarks.report                 # ~5 minutes on a 2-core machine
    .venv/bin/python -m benchmarks.report --profile       # also benchmarks/out/report-profile.txt

Results are printed and written to ``benchmarks/out/report-results.json``.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import gc
import io
import json
import os
import pstats
import re
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph, SimpleDocTemplate
from reportlab.platypus.doctemplate import LayoutError
from sqlalchemy import func, select

from benchmarks import generate as gen
from benchmarks.run import DEFAULT_OUT, Store, ensure_store, log, machine_info, open_store, table
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.reporting import CaseReportRenderer, ReportService
from hrdoc.services.reporting.fonts import ARABIC, SANS, register_fonts
from hrdoc.storage import models as m

GOAL_RATIO = 2.5
STORE_NAME = "report-case"
AUDIENCES = ("internal", "public")
CASE_SIZES = gen.Sizes(
    cases=1,
    locations=20,
    actors=12,
    incidents=400,
    allegations=1_000,
    witnesses=100,
    accounts=200,
    sources=300,
    source_links=1,
    account_links=1,
)
_ARABIC_CHARS = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


# ---------------------------------------------------------------------------------------------------------
# The two things measured
# ---------------------------------------------------------------------------------------------------------


def render_report(ctx: StoreContext, case_ref: str, audience: str) -> bytes:
    return ReportService(ctx).render(case_ref, audience, organisation="Benchmark", author="benchmark")


def drop_casualty_chart() -> None:
    """Work around a layout failure in this process only (hrdoc is not changed): no Figure 1.

    ``CaseReportRenderer.casualty_chart`` draws one bar chart 18 pt per incident with a fatality estimate,
    kept together with its caption; past ~37 such incidents it is taller than the frame and platypus raises
    ``LayoutError``, so the report of a large case cannot be made at all.
    """
    CaseReportRenderer.casualty_chart = lambda self: None  # type: ignore[method-assign]


def guard_set_rise() -> None:
    """Work around a ReportLab 5.1 crash in this process only: ``PDFTextObject.setRise`` reads
    ``self._code[-1]`` on a text object with no code yet, which happens when a shaped (HarfBuzz) line starts
    with a glyph that has a vertical offset, e.g. an Arabic kasra at the start of a right-to-left line."""
    original = PDFTextObject.setRise

    def set_rise(self: PDFTextObject, rise: float) -> None:
        if not self._code:
            self._code.append("")
        original(self, rise)

    PDFTextObject.setRise = set_rise  # type: ignore[method-assign]


def try_unpatched(ctx: StoreContext, case_ref: str, audience: str) -> str | None:
    """None if the unmodified renderer makes the report, else the error it raises."""
    try:
        render_report(ctx, case_ref, audience)
    except (LayoutError, IndexError) as exc:
        return f"{type(exc).__name__}: {str(exc)[:300]}"
    return None


def baseline_lines(pdf: bytes) -> list[str]:
    """The report's text, one string per extracted line, pages in order (blank lines dropped)."""
    reader = PdfReader(io.BytesIO(pdf))
    lines: list[str] = []
    for page in reader.pages:
        lines.extend(line.strip() for line in page.extract_text().splitlines() if line.strip())
    return lines


def baseline_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    register_fonts()
    body = getSampleStyleSheet()["BodyText"]
    return (
        ParagraphStyle("BaselineLatin", parent=body, fontName=SANS),
        ParagraphStyle("BaselineArabic", parent=body, fontName=ARABIC),
    )


def render_baseline(lines: Sequence[str]) -> bytes:
    """A bare platypus document: one Paragraph per line (Noto Sans, or Noto Sans Arabic for Arabic lines)."""
    latin, arabic = baseline_styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title="baseline")
    story = [Paragraph(escape(line), arabic if _ARABIC_CHARS.search(line) else latin) for line in lines]
    doc.build(story)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------------------


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def timed(fn: Callable[[], Any], repeats: int) -> tuple[list[float], Any]:
    """Seconds per call (garbage collected before each call) and the last result."""
    times: list[float] = []
    result: Any = None
    for _ in range(repeats):
        gc.collect()
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return times, result


def timed_pair(
    first: Callable[[], Any], second: Callable[[], Any], repeats: int
) -> tuple[tuple[list[float], Any], tuple[list[float], Any]]:
    """Like :func:`timed` for two functions, interleaved: first, second, then second, first, and so on."""
    a: list[float] = []
    b: list[float] = []
    results: list[Any] = [None, None]
    for n in range(repeats):
        order = ((first, a, 0), (second, b, 1)) if n % 2 == 0 else ((second, b, 1), (first, a, 0))
        for fn, times, slot in order:
            seconds, results[slot] = timed(fn, 1)
            times.extend(seconds)
    return (a, results[0]), (b, results[1])


def traced_peak(fn: Callable[[], Any]) -> int:
    """tracemalloc's peak (bytes) over one call, above what was allocated before it."""
    gc.collect()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - before


def maxrss_kib() -> int:
    """This process's peak RSS (KiB). VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork + exec, so a
    child started by a large parent would report the parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(args: argparse.Namespace) -> int:
    """One variant in a fresh process: print the growth of its peak RSS over one render, as JSON."""
    register_fonts()
    if args.workarounds:
        drop_casualty_chart()
        guard_set_rise()
    if args.child == "report":
        store = Store(STORE_NAME, args.store, True, {}, reused=True)
        ctx, _ = open_store(store)
        CaseService(ctx).export(args.case)  # the ORM, the vocabularies and the connection warmed up
        gc.collect()
        before = maxrss_kib()
        pdf = render_report(ctx, args.case, args.audience)
        after = maxrss_kib()
        ctx.close()
    else:
        lines = json.loads(args.lines.read_text(encoding="utf-8"))
        baseline_styles()
        gc.collect()
        before = maxrss_kib()
        pdf = render_baseline(lines)
        after = maxrss_kib()
    print(json.dumps({"before_kib": before, "after_kib": after, "delta_kib": after - before, "bytes": len(pdf)}))
    return 0


def rss_in_subprocess(extra: Sequence[str]) -> dict[str, int]:
    cmd = [sys.executable, "-m", "benchmarks.report", *extra]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    result: dict[str, int] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def profile_render(ctx: StoreContext, case_ref: str, audience: str, path: Path, top: int = 40) -> dict[str, Any]:
    """cProfile one render; write the cumulative and own-time listings, return hrdoc's heaviest functions."""
    profiler = cProfile.Profile()
    profiler.enable()
    render_report(ctx, case_ref, audience)
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    path.write_text(text.getvalue(), encoding="utf-8")
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    total = max(ct for (_, _, _, ct, _) in raw.values())
    hrdoc_funcs = []
    builds = 0
    for (file, line, name), (_, ncalls, own, cum, _) in raw.items():
        if name == "build" and file.endswith("doctemplate.py"):
            builds += ncalls
        if "/hrdoc/" in file:
            short = file[file.index("/hrdoc/") + 1 :]
            hrdoc_funcs.append({"function": f"{short}:{line}:{name}", "calls": ncalls, "cum_s": cum, "own_s": own})
    hrdoc_funcs.sort(key=lambda f: -f["cum_s"])
    return {"total_s": total, "doc_builds": builds, "hrdoc_by_cumulative": hrdoc_funcs[:25], "file": str(path)}


# ---------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class Variant:
    name: str
    seconds: list[float]
    pdf_bytes: int
    pages: int
    traced_peak: int
    rss_delta_kib: int

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def as_json(self) -> dict[str, Any]:
        return {
            "seconds": [round(s, 3) for s in self.seconds],
            "median_s": round(self.median, 3),
            "pdf_bytes": self.pdf_bytes,
            "pages": self.pages,
            "tracemalloc_peak_mib": round(self.traced_peak / 2**20, 1),
            "rss_delta_mib": round(self.rss_delta_kib / 2**10, 1),
        }


def measure(args: argparse.Namespace) -> int:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    sizes = dataclasses.replace(
        CASE_SIZES, allegations=args.allegations, source_links=args.source_links, account_links=args.account_links
    )
    store = ensure_store(
        out,
        STORE_NAME if sizes == CASE_SIZES else f"{STORE_NAME}-{sizes.allegations}",
        encrypted=True,
        sizes=sizes,
        seed=args.seed,
        batch=gen.DEFAULT_BATCH,
        regenerate=args.regenerate,
    )
    ctx, _ = open_store(store)
    with ctx.read() as session:
        case_ref = session.scalars(select(m.Case.reference)).one()
        counts = {
            str(model.__tablename__): session.scalar(select(func.count()).select_from(model))
            for model in (m.Incident, m.Allegation, m.Witness, m.Account, m.Source, m.Link)
        }
    log(f"case {case_ref}: {counts}")
    results: dict[str, Any] = {
        "machine": machine_info(),
        "load_average_1_5_15": {"start": [round(x, 2) for x in os.getloadavg()]},  # a shared machine: how busy
        "store": {"path": str(store.path), "reused": store.reused, "sizes": sizes.as_dict(), "rows": counts},
        "case": case_ref,
        "repeats": args.repeats,
        "audiences": {},
    }
    errors = {a: try_unpatched(ctx, case_ref, a) for a in args.audiences}
    results["unpatched_errors"] = errors
    no_chart = any(errors.values())
    if no_chart:
        log(f"the unmodified renderer fails: {errors}; measuring with workarounds")
        drop_casualty_chart()
        results["errors_without_the_chart"] = {a: try_unpatched(ctx, case_ref, a) for a in args.audiences}
        guard_set_rise()
    results["workarounds"] = no_chart
    export_s, _ = timed(lambda: CaseService(ctx).export(case_ref), args.repeats)
    results["export_median_s"] = round(statistics.median(export_s), 3)
    for audience in args.audiences:
        pdf = render_report(ctx, case_ref, audience)  # warm-up: fonts, vocabularies, imports
        lines = baseline_lines(pdf)
        lines_path = out / f"report-baseline-{audience}.json"
        lines_path.write_text(json.dumps(lines, ensure_ascii=False), encoding="utf-8")
        render_baseline(lines)  # warm-up
        log(f"{audience}: the report and a baseline of {len(lines)} lines, x{args.repeats} each, interleaved")
        (seconds, pdf), (b_seconds, b_pdf) = timed_pair(
            lambda a=audience: render_report(ctx, case_ref, a), lambda ls=lines: render_baseline(ls), args.repeats
        )
        report_peak = traced_peak(lambda a=audience: render_report(ctx, case_ref, a))
        base_peak = traced_peak(lambda ls=lines: render_baseline(ls))
        log(f"{audience}: peak RSS in fresh subprocesses")
        report_rss = rss_in_subprocess(
            ["--child", "report", "--store", str(store.path), "--case", case_ref, "--audience", audience]
            + (["--workarounds"] if no_chart else [])
        )
        base_rss = rss_in_subprocess(["--child", "baseline", "--lines", str(lines_path)])
        report = Variant("report", seconds, len(pdf), pages(pdf), report_peak, report_rss["delta_kib"])
        base = Variant("baseline", b_seconds, len(b_pdf), pages(b_pdf), base_peak, base_rss["delta_kib"])
        results["audiences"][audience] = {
            "report": report.as_json(),
            "baseline": base.as_json() | {"lines": len(lines), "chars": sum(len(line) for line in lines)},
            "ratio_time": round(report.median / base.median, 2),
            "report_ms_per_allegation": round(1000 * report.median / sizes.allegations, 2),
            "ratio_tracemalloc": round(report.traced_peak / base.traced_peak, 2),
            "ratio_rss": round(report_rss["delta_kib"] / base_rss["delta_kib"], 2) if base_rss["delta_kib"] else None,
            "rss_raw": {"report": report_rss, "baseline": base_rss},
        }
    if args.profile:
        log("profiling one internal render")
        results["profile"] = profile_render(ctx, case_ref, "internal", out / "report-profile.txt")
    ctx.close()
    results["load_average_1_5_15"]["end"] = [round(x, 2) for x in os.getloadavg()]
    (out / f"report-results{'' if sizes == CASE_SIZES else '-' + str(sizes.allegations)}.json").write_text(
        json.dumps(results, indent=2) + "\n", encoding="utf-8"
    )
    print_report(results)
    return 0


def print_report(r: dict[str, Any]) -> None:
    rows = []
    for audience, a in r["audiences"].items():
        for name in ("report", "baseline"):
            v = a[name]
            rows.append(
                [
                    f"{audience}: {name}",
                    f"{v['median_s']:.2f}",
                    v["pages"],
                    f"{v['pdf_bytes'] / 2**20:.2f}",
                    f"{v['tracemalloc_peak_mib']:.1f}",
                    f"{v['rss_delta_mib']:.1f}",
                ]
            )
        rows.append([f"{audience}: ratio", f"{a['ratio_time']:.2f}", "", "", a["ratio_tracemalloc"], a["ratio_rss"]])
    print(
        table(
            f"Case {r['case']} {r['store']['rows']}",
            ["variant", "median s", "pages", "MiB", "traced MiB", "RSS delta MiB"],
            rows,
        )
    )
    print(f"CaseService.export alone: {r['export_median_s']:.2f} s (median)")
    for audience, a in r["audiences"].items():
        print(f"{audience}: {a['report_ms_per_allegation']:.1f} ms per allegation")
    load = r["load_average_1_5_15"]
    print(f"load average (1, 5, 15 min): {load['start']} at the start, {load['end']} at the end")
    if "profile" in r:
        p = r["profile"]
        print(f"\nProfile ({p['file']}): {p['total_s']:.1f} s profiled, {p['doc_builds']} document build passes")
        for f in p["hrdoc_by_cumulative"][:15]:
            print(f"  {f['cum_s']:7.2f} s cum {f['own_s']:6.2f} s own {f['calls']:8d} x  {f['function']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=gen.DEFAULT_SEED)
    parser.add_argument("--allegations", type=int, default=CASE_SIZES.allegations)
    parser.add_argument("--source-links", type=int, default=CASE_SIZES.source_links, help="per allegation")
    parser.add_argument("--account-links", type=int, default=CASE_SIZES.account_links, help="per allegation")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--audiences", nargs="+", default=list(AUDIENCES), choices=("internal", "partners", "public"))
    parser.add_argument("--regenerate", action="store_true", help="generate the store even if one matches")
    parser.add_argument("--profile", action="store_true", help="cProfile one internal render")
    # Internal: one variant in a fresh process, for its peak RSS.
    parser.add_argument("--child", choices=("report", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--audience", help=argparse.SUPPRESS)
    parser.add_argument("--lines", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workarounds", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    return child(args) if args.child else measure(args)


if __name__ == "__main__":
    raise SystemExit(main())
