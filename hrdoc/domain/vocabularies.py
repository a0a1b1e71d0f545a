"""Built-in controlled vocabularies: violation types, event types, actor kinds and what a reported figure counts.

A vocabulary is an open-ended list of terms, unlike the closed sets in :mod:`hrdoc.domain.enums`. The terms
are *data*, not code: a migration seeds the terms below into the database, and users may add their own
terms afterwards. Each term is identified by its ``code``, which is what records store. Codes are stable
snake_case identifiers that never change once shipped, because cases travel between laptops and must mean
the same thing on every machine; only labels may be reworded.

The event types are ACLED's event types and sub-event types, with ACLED's English wording. Every term has a
label in each language of the interface (:data:`LANGUAGES`), in the words of ``docs/glossary.md``: French as
in UN human-rights reporting, Arabic as in OHCHR's Arabic documents. Migration 0002 seeded the English and
French labels, 0010 the Arabic ones (and reworded one French label); a store made today gets them by the same
migrations.
"""

from __future__ import annotations

from dataclasses import dataclass

VIOLATION_TYPE = "violation_type"
EVENT_TYPE = "event_type"
ACTOR_KIND = "actor_kind"
FIGURE_COUNT = "figure_count"  # what a reported figure counts (killed, injured, buildings destroyed...)
VOCABULARIES: tuple[str, ...] = (VIOLATION_TYPE, EVENT_TYPE, ACTOR_KIND, FIGURE_COUNT)
LANGUAGES: tuple[str, ...] = ("en", "fr", "ar")
"""The languages a term has labels in (its columns ``label_en``, ``label_fr``, ``label_ar``)."""


@dataclass(frozen=True, slots=True)
class VocabTerm:
    """One term of a controlled vocabulary."""

    vocabulary: str
    """One of :data:`VOCABULARIES`."""
    code: str
    """Stable snake_case identifier, unique within its vocabulary; never changes once shipped."""
    label_en: str
    label_fr: str
    label_ar: str
    parent: str | None = None
    """Code of the parent term in the same vocabulary, or ``None`` for a top-level term."""

    def label(self, language: str) -> str:
        """The term's label in ``language`` (one of :data:`LANGUAGES`; English for any other)."""
        return label_in(language, self.label_en, self.label_fr, self.label_ar)


def label_in(language: str, label_en: str, label_fr: str = "", label_ar: str = "") -> str:
    """A term's label in ``language`` ("en", "fr" or "ar"; any other is English), from its labels as stored:
    its English label where it has none in that language (a term users added may have no Arabic label)."""
    chosen = {"fr": label_fr, "ar": label_ar}.get(language, "")
    return chosen if chosen and chosen.strip() else label_en


def _violation(code: str, label_en: str, label_fr: str, label_ar: str) -> VocabTerm:
    return VocabTerm(VIOLATION_TYPE, code, label_en, label_fr, label_ar)


def _event(code: str, label_en: str, label_fr: str, label_ar: str, parent: str | None = None) -> VocabTerm:
    return VocabTerm(EVENT_TYPE, code, label_en, label_fr, label_ar, parent)


def _actor(code: str, label_en: str, label_fr: str, label_ar: str) -> VocabTerm:
    return VocabTerm(ACTOR_KIND, code, label_en, label_fr, label_ar)


def _counted(code: str, label_en: str, label_fr: str, label_ar: str) -> VocabTerm:
    return VocabTerm(FIGURE_COUNT, code, label_en, label_fr, label_ar)


SEED_TERMS: tuple[VocabTerm, ...] = (
    # --- Violation types (international human-rights and humanitarian law) ---
    _violation(
        "extrajudicial_execution",
        "Extrajudicial or summary execution",
        "Exécution extrajudiciaire ou sommaire",
        "الإعدام خارج نطاق القضاء أو بإجراءات موجزة",
    ),
    _violation("attack_on_civilians", "Attack on civilians", "Attaque contre des civils", "الهجوم على المدنيين"),
    _violation("enforced_disappearance", "Enforced disappearance", "Disparition forcée", "الاختفاء القسري"),
    _violation("torture", "Torture or ill-treatment", "Torture ou mauvais traitements", "التعذيب أو سوء المعاملة"),
    _violation(
        "sexual_violence",
        "Sexual and gender-based violence",
        "Violences sexuelles et fondées sur le genre",
        "العنف الجنسي والجنساني",
    ),
    _violation("arbitrary_detention", "Arbitrary detention", "Détention arbitraire", "الاحتجاز التعسفي"),
    _violation(
        "arson_destruction",
        "Arson or destruction of property",
        "Incendie criminel ou destruction de biens",
        "الحرق العمد أو تدمير الممتلكات",
    ),
    _violation("forced_displacement", "Forced displacement", "Déplacement forcé", "التهجير القسري"),
    _violation("pillage", "Pillage", "Pillage", "النهب"),
    _violation(
        "recruitment_of_children",
        "Recruitment or use of children",
        "Recrutement ou utilisation d'enfants",
        "تجنيد الأطفال أو استخدامهم",
    ),
    _violation(
        "attack_on_protected_objects",
        "Attack on protected objects (schools, hospitals, places of worship)",
        "Attaque contre des biens protégés (écoles, hôpitaux, lieux de culte)",
        "الهجوم على الأعيان المحمية (المدارس والمستشفيات ودور العبادة)",
    ),
    _violation(
        "denial_of_humanitarian_access",
        "Denial of humanitarian access",
        "Refus d'accès humanitaire",
        "منع وصول المساعدات الإنسانية",
    ),
    _violation("indiscriminate_attack", "Indiscriminate attack", "Attaque sans discrimination", "الهجوم العشوائي"),
    _violation("hostage_taking", "Hostage-taking", "Prise d'otages", "أخذ الرهائن"),
    _violation("other", "Other", "Autre", "انتهاك آخر"),
    # --- Event types (ACLED event types, each followed by its sub-event types) ---
    _event("battles", "Battles", "Batailles", "المعارك"),
    _event("armed_clash", "Armed clash", "Affrontement armé", "اشتباك مسلح", "battles"),
    _event(
        "government_regains_territory",
        "Government regains territory",
        "Reprise de territoire par le gouvernement",
        "استعادة الحكومة السيطرة على أراضٍ",
        "battles",
    ),
    _event(
        "non_state_actor_overtakes_territory",
        "Non-state actor overtakes territory",
        "Prise de territoire par un acteur non étatique",
        "سيطرة جهة فاعلة من غير الدول على أراضٍ",
        "battles",
    ),
    _event(
        "explosions_remote_violence",
        "Explosions/Remote violence",
        "Explosions/Violence à distance",
        "التفجيرات/العنف عن بُعد",
    ),
    _event("chemical_weapon", "Chemical weapon", "Arme chimique", "سلاح كيميائي", "explosions_remote_violence"),
    _event(
        "air_drone_strike",
        "Air/drone strike",
        "Frappe aérienne/de drone",
        "غارة جوية/بطائرة مسيّرة",
        "explosions_remote_violence",
    ),
    _event("suicide_bomb", "Suicide bomb", "Attentat-suicide", "تفجير انتحاري", "explosions_remote_violence"),
    _event(
        "shelling_artillery_missile_attack",
        "Shelling/artillery/missile attack",
        "Bombardement/tir d'artillerie/de missile",
        "قصف/هجوم بالمدفعية أو الصواريخ",
        "explosions_remote_violence",
    ),
    _event(
        "remote_explosive_landmine_ied",
        "Remote explosive/landmine/IED",
        "Explosif déclenché à distance/mine terrestre/EEI",
        "عبوة متفجرة عن بُعد/لغم أرضي/عبوة ناسفة يدوية الصنع",
        "explosions_remote_violence",
    ),
    _event("grenade", "Grenade", "Grenade", "قنبلة يدوية", "explosions_remote_violence"),
    _event(
        "violence_against_civilians", "Violence against civilians", "Violence contre des civils", "العنف ضد المدنيين"
    ),
    _event("sexual_violence", "Sexual violence", "Violence sexuelle", "العنف الجنسي", "violence_against_civilians"),
    _event("attack", "Attack", "Attaque", "هجوم", "violence_against_civilians"),
    _event(
        "abduction_forced_disappearance",
        "Abduction/forced disappearance",
        "Enlèvement/disparition forcée",
        "الاختطاف/الاختفاء القسري",
        "violence_against_civilians",
    ),
    _event("protests", "Protests", "Manifestations", "الاحتجاجات"),
    _event("peaceful_protest", "Peaceful protest", "Manifestation pacifique", "احتجاج سلمي", "protests"),
    _event(
        "protest_with_intervention",
        "Protest with intervention",
        "Manifestation avec intervention",
        "احتجاج تعرّض للتدخل",
        "protests",
    ),
    _event(
        "excessive_force_against_protesters",
        "Excessive force against protesters",
        "Usage excessif de la force contre des manifestants",
        "الاستخدام المفرط للقوة ضد المحتجين",
        "protests",
    ),
    _event("riots", "Riots", "Émeutes", "أعمال الشغب"),
    _event("violent_demonstration", "Violent demonstration", "Manifestation violente", "مظاهرة عنيفة", "riots"),
    _event("mob_violence", "Mob violence", "Violence de foule", "عنف الحشود", "riots"),
    _event("strategic_developments", "Strategic developments", "Développements stratégiques", "التطورات الاستراتيجية"),
    _event("agreement", "Agreement", "Accord", "اتفاق", "strategic_developments"),
    _event("arrests", "Arrests", "Arrestations", "الاعتقالات", "strategic_developments"),
    _event(
        "change_to_group_activity",
        "Change to group/activity",
        "Changement de groupe/d'activité",
        "تغيير في الجماعة/النشاط",
        "strategic_developments",
    ),
    _event(
        "disrupted_weapons_use",
        "Disrupted weapons use",
        "Utilisation d'armes déjouée",
        "إحباط استخدام أسلحة",
        "strategic_developments",
    ),
    _event(
        "headquarters_or_base_established",
        "Headquarters or base established",
        "Établissement d'un quartier général ou d'une base",
        "إنشاء مقر أو قاعدة",
        "strategic_developments",
    ),
    _event(
        "looting_property_destruction",
        "Looting/property destruction",
        "Pillage/destruction de biens",
        "النهب/تدمير الممتلكات",
        "strategic_developments",
    ),
    _event(
        "non_violent_transfer_of_territory",
        "Non-violent transfer of territory",
        "Transfert non violent de territoire",
        "انتقال السيطرة على أراضٍ دون عنف",
        "strategic_developments",
    ),
    _event("other", "Other", "Autre", "أخرى", "strategic_developments"),
    # --- Actor kinds ---
    _actor("state_force", "State force", "Force étatique", "قوة تابعة للدولة"),
    _actor("non_state_armed_group", "Non-state armed group", "Groupe armé non étatique", "جماعة مسلحة من غير الدول"),
    _actor(
        "foreign_military_or_mercenary",
        "Foreign military or mercenary",
        "Armée étrangère ou mercenaire",
        "قوات عسكرية أجنبية أو مرتزقة",
    ),
    _actor("militia", "Militia", "Milice", "ميليشيا"),
    _actor("civilian_group", "Civilian group", "Groupe de civils", "مجموعة من المدنيين"),
    _actor("organisation", "Organisation", "Organisation", "منظمة"),
    _actor("individual", "Individual", "Individu", "فرد"),
    # --- What a reported figure counts (migration 0011) ---
    _counted("killed", "Killed", "Personnes tuées", "القتلى"),
    _counted("injured", "Injured", "Personnes blessées", "الجرحى"),
    _counted("missing", "Missing", "Personnes disparues", "المفقودون"),
    _counted("detained", "Detained", "Personnes détenues", "المحتجزون"),
    _counted("displaced", "Displaced", "Personnes déplacées", "النازحون"),
    _counted(
        "sexual_violence_victims",
        "Victims of sexual violence",
        "Victimes de violences sexuelles",
        "ضحايا العنف الجنسي",
    ),
    _counted("buildings_destroyed", "Buildings destroyed", "Bâtiments détruits", "المباني المدمرة"),
)

_BY_VOCABULARY: dict[str, tuple[VocabTerm, ...]] = {
    vocabulary: tuple(t for t in SEED_TERMS if t.vocabulary == vocabulary) for vocabulary in VOCABULARIES
}
_BY_KEY: dict[tuple[str, str], VocabTerm] = {(t.vocabulary, t.code): t for t in SEED_TERMS}


def terms(vocabulary: str) -> tuple[VocabTerm, ...]:
    """Return the seed terms of one vocabulary, in order.

    Raises :class:`ValueError` if ``vocabulary`` is not one of :data:`VOCABULARIES`.
    """
    try:
        return _BY_VOCABULARY[vocabulary]
    except KeyError:
        raise ValueError(f"unknown vocabulary: {vocabulary!r}") from None


def term(vocabulary: str, code: str) -> VocabTerm | None:
    """Return the seed term with this code in this vocabulary, or ``None`` if there is none."""
    return _BY_KEY.get((vocabulary, code))
