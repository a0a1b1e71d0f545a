"""The report's witness accounts and the parties' claims and responses."""

from __future__ import annotations

import functools
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from hrdoc.domain.enums import AgeGroup, InterviewMethod, Sex, WitnessRelation
from hrdoc.domain.marks import N_
from hrdoc.services.reporting.audience import AccountView
from hrdoc.services.reporting.blocks import ReportBlocks, inline
from hrdoc.services.reporting.layout import FRAME_W
from hrdoc.services.reporting.story import Part


class AccountSections(ReportBlocks):
    """Witness accounts (as consent allows) and the parties' claims."""

    def account_parts(self) -> list[Part]:
        """The witness accounts section in parts (:mod:`.story`): its opening, then each account."""
        return [self.accounts_opening, *(functools.partial(self.account, view) for view in self.data.accounts)]

    def accounts_opening(self) -> list[Flowable]:
        data = self.data
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading(self.title("accounts"), 0)]
        numbers = [view.number for view in data.accounts]
        data.let_go_of_accounts()  # each account's part holds its own view
        if not numbers:
            out.append(
                self.fixed(
                    self.say(
                        N_(
                            "No witness account can be included for this audience (visibility or the witnesses' "
                            "consent)."
                        )
                    ),
                    "Note",
                )
            )
            return out
        out.append(
            self.fixed(
                self.say(
                    N_(
                        "Witnesses are identified by pseudonym only. Accounts are quoted only where the audience and "
                        "the witness's consent allow it."
                    )
                ),
                "Small",
            )
        )
        out += self.gap_note("accounts", numbers)
        return out

    def account(self, view: AccountView) -> list[Flowable]:
        w, v = view.witness, view.version
        say = self.say
        heading = say(N_("Account A{number} — witness {pseudonym}")).format(
            number=view.number, pseudonym=w["pseudonym"]
        )
        out: list[Flowable] = [self.heading(heading, 1, user_text=True)]
        facts = [(N_("Witness"), f"{w['pseudonym']} ({inline(self.words(w['relation'], WitnessRelation))})")]
        profile_of = ((w["sex"], Sex), (w["age_group"], AgeGroup))
        known = [self.words(value, enum) for value, enum in profile_of if value and value != "unknown"]
        profile = self.comma().join(known[:1] + [inline(k) for k in known[1:]])  # "Female, adult"
        if profile:
            facts.append((N_("Profile"), profile))
        method = self.words(v.get("method"), InterviewMethod)
        if v.get("interview_date"):
            method += f", {self.date(v['interview_date'])}"
        facts.append((N_("Interview"), method))
        if v.get("language"):
            lang = v["language"] + (
                " " + say(N_("(translated into {language})")).format(language=v["translation_language"])
                if v.get("translation_language")
                else ""
            )
            facts.append((N_("Language"), lang))
        for key, title in (
            ("interviewer", N_("Interviewer")),
            ("interview_place", N_("Place of interview")),
            ("translator", N_("Translator")),
        ):
            if v.get(key):
                facts.append((title, v[key]))
        if v.get("version"):
            facts.append((N_("Version"), self.number(v["version"])))
        out.append(self.facts_table(facts))
        if view.show_words:
            for para in str(v.get("narrative") or "").split("\n\n"):
                if para.strip():
                    out.append(self.p(para))
            for quote in v.get("key_quotes") or []:
                out.append(self.p(self.quote(quote), "Quote"))
        else:
            reason = self.user(say(view.withheld_reason))
            out.append(self.fixed(say(N_("Content withheld: {reason}.")).format(reason=reason), "Note"))
        if self.data.show_notes and view.record.get("notes"):
            out.append(self.p(say(N_("Note: {text}")).format(text=view.record["notes"]), "Note"))
        return out

    def claims(self) -> list[Flowable]:
        data = self.data
        out: list[Flowable] = [CondPageBreak(60 * mm), self.heading(self.title("claims"), 0)]
        accuse = [s for s in data.sources if s["stance"] == "accuses"]
        deny = [s for s in data.sources if s["stance"] == "denies"]
        if not accuse and not deny:
            return [*out, self.fixed(self.say(N_("No accusations or denials are recorded for this audience.")), "Note")]
        out.append(
            self.fixed(
                self.say(
                    N_(
                        "Sources that accuse and sources that deny or respond, side by side. Inclusion does not "
                        "endorse a claim; see each source's grade in Annex A."
                    )
                ),
                "Small",
            )
        )

        def cell(src: dict[str, Any] | None) -> list[Paragraph]:
            if src is None:
                return []
            who = src["author"] or src["publisher"]
            parts = [
                self.fixed(
                    f"<b>[{self.source_ref(src)}]</b> {self.user(src['title'])}"
                    + (f" — <i>{self.user(who)}</i>" if who else ""),
                    "Cell",
                )
            ]
            parts += [self.p(self.quote(excerpt), "Cell") for excerpt in data.excerpts_from(src["id"])]
            return parts

        rows: list[list[Any]] = [self.head_row(N_("Accusations"), N_("Denials and responses"))]
        for i in range(max(len(accuse), len(deny))):
            rows.append([cell(accuse[i] if i < len(accuse) else None), cell(deny[i] if i < len(deny) else None)])
        out.append(self.table(rows, [FRAME_W / 2, FRAME_W / 2], zebra=False))
        return out
