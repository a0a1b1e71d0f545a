"""The report's witness accounts and the parties' claims and responses."""

from __future__ import annotations

import functools
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from hrdoc.domain.enums import AgeGroup, InterviewMethod, Sex, WitnessRelation
from hrdoc.services.reporting.audience import AccountView
from hrdoc.services.reporting.blocks import SECTION_TITLES, ReportBlocks, inline, words
from hrdoc.services.reporting.fonts import markup
from hrdoc.services.reporting.layout import FRAME_W
from hrdoc.services.reporting.story import Part


class AccountSections(ReportBlocks):
    """Witness accounts (as consent allows) and the parties' claims."""

    def account_parts(self) -> list[Part]:
        """The witness accounts section in parts (:mod:`.story`): its opening, then each account."""
        return [self.accounts_opening, *(functools.partial(self.account, view) for view in self.data.accounts)]

    def accounts_opening(self) -> list[Flowable]:
        data = self.data
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading(SECTION_TITLES["accounts"], 0)]
        if not data.accounts:
            out.append(
                self.fixed(
                    "No witness account can be included for this audience (visibility or the witnesses' consent).",
                    "Note",
                )
            )
            return out
        out.append(
            self.fixed(
                "Witnesses are identified by pseudonym only. Accounts are quoted only where the audience and the "
                "witness's consent allow it.",
                "Small",
            )
        )
        out += self.gap_note("accounts", (view.number for view in data.accounts))
        return out

    def account(self, view: AccountView) -> list[Flowable]:
        w, v = view.witness, view.version
        out: list[Flowable] = [self.heading(f"Account A{view.number} — witness {w['pseudonym']}", 1, user_text=True)]
        facts = [("Witness", f"{w['pseudonym']} ({inline(words(w['relation'], WitnessRelation))})")]
        profile_of = ((w["sex"], Sex), (w["age_group"], AgeGroup))
        known = [words(value, enum) for value, enum in profile_of if value and value != "unknown"]
        profile = ", ".join(known[:1] + [inline(k) for k in known[1:]])  # "Female, adult"
        if profile:
            facts.append(("Profile", profile))
        method = words(v.get("method"), InterviewMethod)
        if v.get("interview_date"):
            method += f", {v['interview_date']}"
        facts.append(("Interview", method))
        if v.get("language"):
            lang = v["language"] + (
                f" (translated into {v['translation_language']})" if v.get("translation_language") else ""
            )
            facts.append(("Language", lang))
        for key, title in (
            ("interviewer", "Interviewer"),
            ("interview_place", "Place of interview"),
            ("translator", "Translator"),
        ):
            if v.get(key):
                facts.append((title, v[key]))
        if v.get("version"):
            facts.append(("Version", str(v["version"])))
        out.append(self.facts_table(facts))
        if view.show_words:
            for para in str(v.get("narrative") or "").split("\n\n"):
                if para.strip():
                    out.append(self.p(para))
            for quote in v.get("key_quotes") or []:
                out.append(self.p(f"“{quote}”", "Quote"))
        else:
            out.append(self.fixed(f"Content withheld: {markup(view.withheld_reason)}.", "Note"))
        if self.data.show_notes and view.record.get("notes"):
            out.append(self.p("Note: " + view.record["notes"], "Note"))
        return out

    def claims(self) -> list[Flowable]:
        data = self.data
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading(SECTION_TITLES["claims"], 0)]
        accuse = [s for s in data.sources if s["stance"] == "accuses"]
        deny = [s for s in data.sources if s["stance"] == "denies"]
        if not accuse and not deny:
            return [*out, self.fixed("No accusations or denials are recorded for this audience.", "Note")]
        out.append(
            self.fixed(
                "Sources that accuse and sources that deny or respond, side by side. Inclusion does not endorse a "
                "claim; see each source's grade in Annex A.",
                "Small",
            )
        )

        def cell(src: dict[str, Any] | None) -> list[Paragraph]:
            if src is None:
                return []
            who = src["author"] or src["publisher"]
            parts = [
                self.fixed(
                    f"<b>[{self.source_ref(src)}]</b> {markup(src['title'])}"
                    + (f" — <i>{markup(who)}</i>" if who else ""),
                    "Cell",
                )
            ]
            seen: set[str] = set()
            for lk in data.links_from_source(src["id"]):
                if lk["excerpt"] and lk["excerpt"] not in seen:
                    seen.add(lk["excerpt"])
                    parts.append(self.p(f"“{lk['excerpt']}”", "Cell"))
            return parts

        rows: list[list[Any]] = [self.head_row("Accusations", "Denials and responses")]
        for i in range(max(len(accuse), len(deny))):
            rows.append([cell(accuse[i] if i < len(accuse) else None), cell(deny[i] if i < len(deny) else None)])
        out.append(self.table(rows, [FRAME_W / 2, FRAME_W / 2], zebra=False))
        return out
