"""PDF case reports at several sizes: time per allegation, ratio to a bare ReportLab document, peak memory.

Goals (issue 15, point 2), for cases of 1,000, 5,000 and 20,000 allegations with evidence links: the time per
allegation constant within 20 % across the sizes, the report within 2.5x the time of a bare ReportLab platypus
document holding the same text built in the same run, and the report's process under 400 MiB of peak RSS at
20,000 allegations. (Issue 4, item 9 set the 2.5x goal for 1,000 allegations, time and memory.)

Steps, for each size:

* generate (or reuse) an encrypted store holding one case (:mod:`benchmarks.generate`, seeded), each allegation
  with one source link and one account link, as real cases have (``--source-links``/``--account-links``).
  ``--shape scaled`` (the default): every kind of record grows with the allegations, in the proportions of the
  1,000-allegation case (400 incidents, 100 witnesses, 200 accounts, 300 sources per 1,000 allegations), so
  that a report linear in the case's size shows a constant time per allegation. ``--shape fixed``: 400
  incidents, 100 witnesses, 200 accounts and 300 sources at every size (the stores measured before). The
  generator makes no victims or evidence files;
* the report: ``ReportService(ctx).write`` for the audience (internal by default: the largest report) into a
  file, as ``hrdoc report -o FILE`` writes it (as it is made), timed end to end (store read, redaction, layout,
  PDF, audit entry) in a fresh subprocess, which also gives its peak RSS (``VmHWM``: the whole process, imports,
  fonts and the open store included) and the growth of that peak over the render;
* the baseline: the text of the report's PDF, extracted line by line with pypdf (not timed), laid out again as
  one ``Paragraph`` per line in a ``SimpleDocTemplate`` (single ``build``, no table of contents, no page
  templates, no tables, no drawings), with the same embedded Noto fonts hrdoc registers, in a fresh subprocess
  too. Its story is a list made whole before the layout, as platypus documents are;
* report and baseline alternate (report first in odd repeats, baseline first in even ones), so that both see
  the same state of a shared machine; ratios are of medians. ``--before TREE`` also runs the report of another
  copy of hrdoc (such as ``git archive`` of an older commit, with this ``benchmarks/out`` linked in), by its own
  ``benchmarks/report.py``, between the two: the code before a change, measured in the same run. Wall-clock
  and CPU time (of the subprocess) are both recorded: on a shared machine CPU time varies much less.

Usage (from the repository root)::

    .venv/bin/python -m benchmarks.report                          # 1,000 / 5,000 / 20,000: about an hour
    .venv/bin/python -m benchmarks.report --sizes 1000 --repeats 5
    .venv/bin/python -m benchmarks.report --sizes 1000 --profile   # also benchmarks/out/report-profile.txt
    git archive HEAD | tar -x -C /tmp/before && ln -s "$PWD/benchmarks/out" /tmp/before/benchmarks/out
    .venv/bin/python -m benchmarks.report --before /tmp/before     # HEAD's report beside the working tree's

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
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
from sqlalchemy import func, select

from benchmarks import generate as gen
from benchmarks.run import DEFAULT_OUT, Store, ensure_store, log, machine_info, open_store, table
from hrdoc.domain.vocabularies import VIOLATION_TYPE
from hrdoc.services.cases import CaseService
from hrdoc.services.context import StoreContext
from hrdoc.services.reporting import ReportService
from hrdoc.services.reporting.fonts import ARABIC, SANS, register_fonts
from hrdoc.services.vocab import VocabularyService
from hrdoc.storage import models as m

GOAL_RATIO = 2.5
GOAL_SPREAD = 0.20  # time per allegation: the largest at most 20 % above the smallest
GOAL_RSS_MIB = 400  # at 20,000 allegations
SIZES = (1_000, 5_000, 20_000)
STORE_NAME = "report-case"
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
_SCALED = ("incidents", "witnesses", "accounts", "sources")  # grow with the allegations in --shape scaled
_ARABIC_CHARS = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def case_sizes(allegations: int, shape: str, source_links: int, account_links: int) -> gen.Sizes:
    sizes = dataclasses.replace(
        CASE_SIZES, allegations=allegations, source_links=source_links, account_links=account_links
    )
    if shape == "scaled":
        factor = allegations / CASE_SIZES.allegations
        sizes = dataclasses.replace(sizes, **{k: round(getattr(CASE_SIZES, k) * factor) for k in _SCALED})
    return sizes


def store_name(sizes: gen.Sizes, shape: str) -> str:
    if sizes == CASE_SIZES:
        return STORE_NAME
    return f"{STORE_NAME}-{sizes.allegations}" + ("-scaled" if shape == "scaled" else "")


# ---------------------------------------------------------------------------------------------------------
# The two things measured
# ---------------------------------------------------------------------------------------------------------


def render_report(ctx: StoreContext, case_ref: str, audience: str, into: BinaryIO) -> int:
    """The report written into a file as ``hrdoc report -o FILE`` writes it (as it is made); its size."""
    return ReportService(ctx).write(case_ref, audience, into, organisation="Benchmark", author="benchmark")


def baseline_lines(pdf: Path) -> list[str]:
    """The report's text, one string per extracted line, pages in order (blank lines dropped)."""
    reader = PdfReader(pdf)
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
# One run in a fresh process
# ---------------------------------------------------------------------------------------------------------


def maxrss_kib() -> int:
    """This process's peak RSS (KiB). VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork + exec, so a
    child started by a large parent would report the parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(args: argparse.Namespace) -> int:
    """One render in this fresh process: print its wall and CPU time and the process's peak RSS, as JSON."""
    register_fonts()
    if args.child == "report":
        store = Store(STORE_NAME, args.store, True, {}, reused=True)
        ctx, _ = open_store(store)
        # The ORM, the connection and the vocabularies warmed up, without reading the case: a whole export here
        # would set the process's peak (VmHWM) before the report begins, and warm the store's page cache for it.
        CaseService(ctx).resolve(args.case)
        VocabularyService(ctx).labels(VIOLATION_TYPE)
        target = args.pdf or args.store.parent / f".report-{os.getpid()}.pdf"
        gc.collect()
        before = maxrss_kib()
        wall, cpu = time.perf_counter(), time.process_time()
        with target.open("wb") as fh:
            size = render_report(ctx, args.case, args.audience, fh)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        after = maxrss_kib()
        ctx.close()
        pages = len(PdfReader(target).pages)
        if args.pdf is None:
            target.unlink()
    else:
        lines = json.loads(args.lines.read_text(encoding="utf-8"))
        baseline_styles()
        gc.collect()
        before = maxrss_kib()
        wall, cpu = time.perf_counter(), time.process_time()
        pdf = render_baseline(lines)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        after = maxrss_kib()
        size, pages = len(pdf), len(PdfReader(io.BytesIO(pdf)).pages)
    result = {"wall_s": wall, "cpu_s": cpu, "before_kib": before, "peak_kib": after, "bytes": size, "pages": pages}
    print(json.dumps(result))
    return 0


def in_subprocess(extra: Sequence[str], tree: Path | None = None) -> dict[str, Any]:
    """One child run, of this tree's code or of ``tree``'s (another copy of hrdoc and its benchmarks)."""
    cmd = [sys.executable, "-m", "benchmarks.report", *extra]
    cwd = tree or Path(__file__).resolve().parent.parent
    env = os.environ | {"PYTHONPATH": str(cwd)}
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env)
    if out.returncode != 0:  # say why: the child's own error, not only its exit status
        raise RuntimeError(f"{' '.join(extra[:2])} failed ({out.returncode}): {out.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def profile_render(ctx: StoreContext, case_ref: str, audience: str, path: Path, top: int = 40) -> dict[str, Any]:
    """cProfile one render; write the cumulative and own-time listings, return hrdoc's heaviest functions."""
    profiler = cProfile.Profile()
    with path.with_suffix(".pdf").open("wb") as fh:
        profiler.enable()
        render_report(ctx, case_ref, audience, fh)
        profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    path.write_text(text.getvalue(), encoding="utf-8")
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    total = max(ct for (_, _, _, ct, _) in raw.values())
    hrdoc_funcs: list[dict[str, Any]] = []
    for (file, line, name), (_, ncalls, own, cum, _) in raw.items():
        if "/hrdoc/" in file:
            short = file[file.index("/hrdoc/") + 1 :]
            hrdoc_funcs.append({"function": f"{short}:{line}:{name}", "calls": ncalls, "cum_s": cum, "own_s": own})
    hrdoc_funcs.sort(key=lambda f: -float(f["cum_s"]))
    return {"total_s": total, "hrdoc_by_cumulative": hrdoc_funcs[:25], "file": str(path)}


# ---------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------


def _median(runs: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(r[key] for r in runs))


def summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "wall_s": [round(r["wall_s"], 2) for r in runs],
        "cpu_s": [round(r["cpu_s"], 2) for r in runs],
        "median_wall_s": round(_median(runs, "wall_s"), 2),
        "median_cpu_s": round(_median(runs, "cpu_s"), 2),
        "peak_rss_mib": round(_median(runs, "peak_kib") / 1024, 1),
        "rss_growth_mib": round(statistics.median((r["peak_kib"] - r["before_kib"]) / 1024 for r in runs), 1),
        "pages": runs[-1]["pages"],
        "pdf_mib": round(runs[-1]["bytes"] / 2**20, 2),
    }


def measure_size(args: argparse.Namespace, allegations: int) -> dict[str, Any]:
    out: Path = args.out
    sizes = case_sizes(allegations, args.shape, args.source_links, args.account_links)
    name = store_name(sizes, args.shape)
    store = ensure_store(
        out, name, encrypted=True, sizes=sizes, seed=args.seed, batch=gen.DEFAULT_BATCH, regenerate=args.regenerate
    )
    ctx, _ = open_store(store)
    with ctx.read() as session:
        case_ref = session.scalars(select(m.Case.reference)).one()
        counts = {
            str(model.__tablename__): session.scalar(select(func.count()).select_from(model))
            for model in (m.Incident, m.Allegation, m.Witness, m.Account, m.Source, m.Link)
        }
    ctx.close()
    log(f"{name}: case {case_ref}: {counts}")
    repeats = args.repeats if allegations < args.large else args.repeats_large
    pdf_path = out / f"report-{allegations}-{args.audience}.pdf"
    lines_path = out / f"report-baseline-{allegations}-{args.audience}.json"
    report_cmd = ["--child", "report", "--store", str(store.path), "--case", case_ref, "--audience", args.audience]
    base_cmd = ["--child", "baseline", "--lines", str(lines_path)]
    reports: list[dict[str, Any]] = []
    befores: list[dict[str, Any]] = []
    bases: list[dict[str, Any]] = []
    load = [os.getloadavg()[0]]
    for n in range(repeats):
        order = ("report", "baseline") if n % 2 == 0 else ("baseline", "report")
        if args.before:  # the code before, between the two
            order = (order[0], "before", order[1])
        for which in order:
            if which == "before":
                befores.append(in_subprocess(report_cmd, args.before))
            elif which == "report":
                reports.append(in_subprocess([*report_cmd, *(["--pdf", str(pdf_path)] if n == 0 else [])]))
                if n == 0:  # the baseline's text is this report's
                    lines = baseline_lines(pdf_path)
                    lines_path.write_text(json.dumps(lines, ensure_ascii=False), encoding="utf-8")
                    chars = sum(len(line) for line in lines)
                    log(f"{allegations}: the report has {len(lines)} lines of text ({chars} characters)")
            else:
                bases.append(in_subprocess(base_cmd))
            run = {"report": reports, "before": befores, "baseline": bases}[which][-1]
            log(
                f"{allegations} #{n + 1} {which}: {run['wall_s']:.1f} s ({run['cpu_s']:.1f} s CPU), "
                f"peak RSS {run['peak_kib'] / 1024:.0f} MiB"
            )
        load.append(os.getloadavg()[0])
    report, base = summary(reports), summary(bases)
    before: dict[str, Any] = {}
    if befores:
        before = {"before": summary(befores) | {"tree": str(args.before)}}
        before["before"]["ratio_cpu"] = round(before["before"]["median_cpu_s"] / base["median_cpu_s"], 2)
        before["before"]["ratio_wall"] = round(before["before"]["median_wall_s"] / base["median_wall_s"], 2)
    return {
        "store": {"path": str(store.path), "sizes": sizes.as_dict(), "rows": counts},
        "case": case_ref,
        "repeats": repeats,
        "report": report,
        **before,
        "baseline": base | {"lines": len(lines), "chars": chars},
        "ratio_wall": round(report["median_wall_s"] / base["median_wall_s"], 2),
        "ratio_cpu": round(report["median_cpu_s"] / base["median_cpu_s"], 2),
        "ms_per_allegation_wall": round(1000 * report["median_wall_s"] / allegations, 2),
        "ms_per_allegation_cpu": round(1000 * report["median_cpu_s"] / allegations, 2),
        "baseline_ms_per_allegation_cpu": round(1000 * base["median_cpu_s"] / allegations, 2),
        "load_average_1min": [round(x, 2) for x in load],
    }


def measure(args: argparse.Namespace) -> int:
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "machine": machine_info(),
        "shape": args.shape,
        "audience": args.audience,
        "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "sizes": {},
    }
    for allegations in args.sizes:
        results["sizes"][str(allegations)] = measure_size(args, allegations)
        # Written after each size too: a long run stopped part way keeps what it measured.
        (args.out / args.results).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    per = {size: r["ms_per_allegation_cpu"] for size, r in results["sizes"].items()}
    per_wall = {size: r["ms_per_allegation_wall"] for size, r in results["sizes"].items()}
    results["spread_cpu"] = round(max(per.values()) / min(per.values()) - 1, 3)
    results["spread_wall"] = round(max(per_wall.values()) / min(per_wall.values()) - 1, 3)
    if args.profile:
        smallest = results["sizes"][str(min(args.sizes))]
        log(f"profiling one render of {smallest['case']}")
        ctx, _ = open_store(Store(STORE_NAME, Path(smallest["store"]["path"]), True, {}, reused=True))
        results["profile"] = profile_render(ctx, smallest["case"], args.audience, args.out / "report-profile.txt")
        ctx.close()
    results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    (args.out / args.results).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print_report(results)
    return 0


def print_report(r: dict[str, Any]) -> None:
    rows = []
    for size, s in r["sizes"].items():
        rep, base = s["report"], s["baseline"]
        rows.append(
            [
                f"{int(size):,}",
                s["repeats"],
                f"{rep['median_wall_s']:.1f} / {base['median_wall_s']:.1f}",
                f"{s['ratio_wall']:.2f}",
                f"{rep['median_cpu_s']:.1f} / {base['median_cpu_s']:.1f}",
                f"{s['ratio_cpu']:.2f}",
                f"{s['ms_per_allegation_wall']:.1f} / {s['ms_per_allegation_cpu']:.1f}",
                f"{rep['peak_rss_mib']:.0f} ({rep['rss_growth_mib']:.0f})",
                f"{base['peak_rss_mib']:.0f} ({base['rss_growth_mib']:.0f})",
                f"{rep['pages']} / {base['pages']}",
                f"{s['load_average_1min'][0]:.1f}-{max(s['load_average_1min']):.1f}",
            ]
        )
    title = f"{r['audience']} report, {r['shape']} cases (report / baseline; medians)"
    header = [
        "allegations",
        "repeats",
        "wall s",
        "ratio",
        "CPU s",
        "ratio",
        "ms/allegation wall / CPU",
        "report peak RSS MiB (growth)",
        "baseline peak RSS MiB (growth)",
        "pages",
        "load",
    ]
    print(table(title, header, rows))
    for size, s in r["sizes"].items():
        if "before" in s:
            old = s["before"]
            print(
                f"{int(size):,}, the code before ({old['tree']}): {old['median_wall_s']:.1f} s wall "
                f"({old['ratio_wall']:.2f}x), {old['median_cpu_s']:.1f} s CPU ({old['ratio_cpu']:.2f}x), "
                f"{1000 * old['median_cpu_s'] / int(size):.1f} ms/allegation CPU, peak RSS "
                f"{old['peak_rss_mib']:.0f} MiB ({old['rss_growth_mib']:.0f}), {old['pages']} pages"
            )
    print(
        f"time per allegation, largest over smallest: {r['spread_cpu']:+.1%} CPU, {r['spread_wall']:+.1%} wall "
        f"(goal at most {GOAL_SPREAD:+.0%}); goal ratio at most {GOAL_RATIO}x; goal peak RSS under "
        f"{GOAL_RSS_MIB} MiB at 20,000"
    )
    if "profile" in r:
        p = r["profile"]
        print(f"\nProfile ({p['file']}): {p['total_s']:.1f} s profiled")
        for f in p["hrdoc_by_cumulative"][:15]:
            print(f"  {f['cum_s']:7.2f} s cum {f['own_s']:6.2f} s own {f['calls']:8d} x  {f['function']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--results", default="report-results.json", help="file name in --out")
    parser.add_argument("--seed", type=int, default=gen.DEFAULT_SEED)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="allegations")
    parser.add_argument("--shape", choices=("scaled", "fixed"), default="scaled")
    parser.add_argument("--source-links", type=int, default=CASE_SIZES.source_links, help="per allegation")
    parser.add_argument("--account-links", type=int, default=CASE_SIZES.account_links, help="per allegation")
    parser.add_argument("--audience", default="internal", choices=("internal", "partners", "public"))
    parser.add_argument("--repeats", type=int, default=3, help="report and baseline runs each, per size")
    parser.add_argument("--repeats-large", type=int, default=1, help="the same, from --large allegations up")
    parser.add_argument("--large", type=int, default=20_000, help="allegations from which --repeats-large applies")
    parser.add_argument("--regenerate", action="store_true", help="generate the stores even if one matches")
    parser.add_argument("--profile", action="store_true", help="cProfile one render at the smallest size")
    parser.add_argument(
        "--before", type=Path, help="another hrdoc tree (e.g. a git archive of an older commit): its report too"
    )
    # Internal: one run in a fresh process.
    parser.add_argument("--child", choices=("report", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--lines", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--pdf", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    return child(args) if args.child else measure(args)


if __name__ == "__main__":
    raise SystemExit(main())
