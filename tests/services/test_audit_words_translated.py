"""The last service texts that stayed in English under French and Arabic (issue 16): the audit log's sentences
about exports, merge conflicts, merged custody entries, a team store's accepted log and its roles, the audit
chain's problems, and the accounts named in a CSV table, in both languages with the real catalogues."""

from __future__ import annotations

import io
from typing import Any

import pytest

from hrdoc.domain.errors import Phrase
from hrdoc.domain.registry import Kind
from hrdoc.services import audit
from hrdoc.services.audit_words import Names, shown
from hrdoc.services.catalogue import catalogue
from hrdoc.services.context import StoreContext
from hrdoc.services.demo import DEMO_REFERENCE
from hrdoc.services.tables import export_table_csv
from tests.storage.test_audit_tamper import attack

pytestmark = pytest.mark.usefixtures("real_catalogues")
NBSP = "\u00a0"
RLM = "\u200f"


class _Names(Names):
    """Names of a store holding none of the records named (they are named by what the entries hold)."""

    def record(self, kind: str, record_id: object) -> None:
        return None

    def violation(self, code: str) -> str:
        return code

    def reference(self, kind: str, case_id: object) -> str:
        return "ML-2025-004" if case_id else ""


# Entries as this version (and older ones) wrote them: (entity_type, case, summary as stored).
ENTRIES: list[tuple[str, bool, str]] = [
    (Kind.CASE, True, "exported the “Account” table of case ML-2025-004 as CSV for the partners audience"),
    (Kind.CASE, True, "exported the account table of case ML-2025-004 as CSV for the public audience"),
    (Kind.CASE, True, "exported the incidents of case ML-2025-004 as ACLED CSV for the internal audience"),
    (Kind.WITNESS, True, "Resolved a merge conflict on witness W-01 in ML-2025-004: kept the local version"),
    (Kind.WITNESS, False, "resolved a merge conflict on witness: kept the incoming version"),
    (Kind.EVIDENCE, False, "custody entry (intake by amina) merged from amina's store"),
    (
        "team_store",
        False,
        "accepted the audit log of the team store db.example as it now is, although its audit log was changed "
        "outside hrdoc: entry 7 does not follow on from the entries before it",
    ),
    ("team_store", False, "set the team store's database roles: amina as investigator; observer as reader"),
    (Kind.WITNESS, True, "revealed the protected identity of witness W-01 in a merge conflict (both versions)"),
]
EXPECTED = {
    "fr": [
        "Exportation en CSV du tableau « Témoignage » du dossier ML-2025-004, destinataires : partenaires",
        "Exportation en CSV du tableau « Témoignage » du dossier ML-2025-004, destinataires : public",
        "Exportation des incidents du dossier ML-2025-004 en CSV ACLED, destinataires : interne",
        "Conflit de fusion réglé : témoin W-01, dossier ML-2025-004, version locale conservée",
        "Conflit de fusion réglé : témoin, version reçue conservée",
        "Entrée de la chaîne de traçabilité (Entré dans le coffre, par amina) fusionnée depuis amina's store",
        "Journal d'audit de la base d'équipe db.example accepté en l'état, bien que son journal d'audit a été "
        "modifié en dehors de hrdoc : l'entrée 7 ne fait pas suite aux entrées qui la précèdent",
        "Rôles de la base de données de la base d'équipe définis : amina en tant que enquêteur ; observer en "
        "tant que lecteur",
        "Identité protégée révélée : témoin W-01, dans un conflit de fusion (les deux versions)",
    ],
    "ar": [
        "تصدير جدول «إفادة» من القضية ML-2025-004 بصيغة CSV، الجهة المستهدفة: الشركاء",
        "تصدير جدول «إفادة» من القضية ML-2025-004 بصيغة CSV، الجهة المستهدفة: عامة الجمهور",
        "تصدير حوادث القضية ML-2025-004 بصيغة CSV الخاصة بـACLED، الجهة المستهدفة: داخلي",
        "حسم تعارض في الدمج بشأن شاهد W-01 في القضية ML-2025-004: حُفظت النسخة المحلية",
        "حسم تعارض في الدمج بشأن شاهد: حُفظت النسخة الواردة",
        "قيد في سلسلة العهدة (أُدخل إلى الخزنة، بواسطة amina) دُمج من amina's store",
        "قبول سجل التدقيق في قاعدة بيانات الفريق db.example على حاله الراهنة، رغم أن غُيّر سجل التدقيق فيها خارج "
        "hrdoc: القيد 7 لا يلي القيود التي قبله",
        "تحديد أدوار قاعدة البيانات في قاعدة بيانات الفريق: amina بصفة محقق؛ observer بصفة قارئ",
        "كشف الهوية المحمية لـشاهد W-01 في تعارض في الدمج (النسختان كلتاهما)",
    ],
}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_last_english_audit_sentences_are_shown_in_the_readers_language(language: str) -> None:
    translate = catalogue(language).translate
    said = []
    for kind, in_case, summary in ENTRIES:
        entry: dict[str, Any] = {"summary": summary, "entity_type": kind, "case_id": "c" if in_case else None}
        sentence = shown(entry, _Names())
        assert isinstance(sentence, Phrase), summary
        said.append(sentence.words(translate).replace(NBSP, " ").replace(RLM, ""))  # read without its marks
    assert said == EXPECTED[language]


def test_the_audit_chains_problems_are_put_into_words(demo_ctx: StoreContext) -> None:
    attack(demo_ctx, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log WHERE seq = 3")
    with demo_ctx.read() as session:
        problems = audit.verify_chain(session).problems
    assert problems[0] == "audit entry 3 is missing (the next entry found is 4)"
    assert all(isinstance(p, Phrase) for p in problems)
    said = {lang: [p.words(catalogue(lang).translate).replace(NBSP, " ") for p in problems] for lang in ("fr", "ar")}
    assert said["fr"][:2] == [
        "l'entrée 3 du journal d'audit manque (l'entrée suivante trouvée est la 4)",
        "l'entrée 4 du journal d'audit ne fait pas suite à celle qui la précède (chaîne rompue)",
    ]
    assert said["ar"][:2] == [
        "القيد 3 في سجل التدقيق مفقود (القيد التالي الموجود هو 4)",
        "القيد 4 في سجل التدقيق لا يلي القيد الذي قبله (السلسلة منقطعة)",
    ]


def test_a_csv_table_names_accounts_in_the_language_it_is_exported_in(demo_ctx: StoreContext) -> None:
    written = {}
    for language in ("en", "fr", "ar"):
        out = io.StringIO(newline="")
        export_table_csv(demo_ctx, DEMO_REFERENCE, Kind.LINK, out, language=language)  # account_label
        written[language] = out.getvalue()
    assert "Account of W-01" in written["en"]
    assert "Témoignage de W-01" in written["fr"] and "Account of" not in written["fr"]
    assert "إفادة W-01" in written["ar"] and "Account of" not in written["ar"]


def test_an_altered_entry_is_named_by_its_action_and_kind_in_words(demo_ctx: StoreContext) -> None:
    attack(demo_ctx, "DROP TRIGGER audit_log_no_update", "UPDATE audit_log SET summary = 'nothing' WHERE seq = 3")
    with demo_ctx.read() as session:
        entry = session.get(audit.AuditEntry, 3)
        assert entry is not None
        action, kind = entry.action, entry.entity_type
        [problem] = audit.verify_chain(session).problems
    said = {lang: problem.words(catalogue(lang).translate).replace(NBSP, " ") for lang in ("en", "fr", "ar")}
    for lang, text in said.items():
        assert f"({action} " not in text and f" {kind})" not in text, (lang, text)  # never the stored codes
    assert said["fr"].startswith("l'entrée 3 du journal d'audit (") and said["fr"].endswith(") a été modifiée")
    assert said["ar"].startswith("عُدّل القيد 3 في سجل التدقيق (")
