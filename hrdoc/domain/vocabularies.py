"""Built-in controlled vocabularies: violation types, event types and actor kinds.

A vocabulary is an open-ended list of terms, unlike the closed sets in :mod:`hrdoc.domain.enums`. The terms
are *data*, not code: a migration seeds the terms below into the database, and users may add their own
terms afterwards. Each term is identified by its ``code``, which is what records store. Codes are stable
snake_case identifiers that never change once shipped, because cases travel between laptops and must mean
the same thing on every machine; only labels may be reworded.

The event types are ACLED's event types and sub-event types, with ACLED's English wording.
"""

from __future__ import annotations

from dataclasses import dataclass

VIOLATION_TYPE = "violation_type"
EVENT_TYPE = "event_type"
ACTOR_KIND = "actor_kind"
VOCABULARIES: tuple[str, ...] = (VIOLATION_TYPE, EVENT_TYPE, ACTOR_KIND)


@dataclass(frozen=True, slots=True)
class VocabTerm:
    """One term of a controlled vocabulary."""

    vocabulary: str
    """One of :data:`VOCABULARIES`."""
    code: str
    """Stable snake_case identifier, unique within its vocabulary; never changes once shipped."""
    label_en: str
    label_fr: str
    parent: str | None = None
    """Code of the parent term in the same vocabulary, or ``None`` for a top-level term."""


def _violation(code: str, label_en: str, label_fr: str) -> VocabTerm:
    return VocabTerm(VIOLATION_TYPE, code, label_en, label_fr)


def _event(code: str, label_en: str, label_fr: str, parent: str | None = None) -> VocabTerm:
    return VocabTerm(EVENT_TYPE, code, label_en, label_fr, parent)


def _actor(code: str, label_en: str, label_fr: str) -> VocabTerm:
    return VocabTerm(ACTOR_KIND, code, label_en, label_fr)


SEED_TERMS: tuple[VocabTerm, ...] = (
    # --- Violation types (international human-rights and humanitarian law) ---
    _violation(
        "extrajudicial_execution",
        "Extrajudicial or summary execution",
        "Exécution extrajudiciaire ou sommaire",
    ),
    _violation("attack_on_civilians", "Attack on civilians", "Attaque contre des civils"),
    _violation("enforced_disappearance", "Enforced disappearance", "Disparition forcée"),
    _violation("torture", "Torture or ill-treatment", "Torture ou mauvais traitements"),
    _violation("sexual_violence", "Sexual and gender-based violence", "Violences sexuelles et basées sur le genre"),
    _violation("arbitrary_detention", "Arbitrary detention", "Détention arbitraire"),
    _violation("arson_destruction", "Arson or destruction of property", "Incendie criminel ou destruction de biens"),
    _violation("forced_displacement", "Forced displacement", "Déplacement forcé"),
    _violation("pillage", "Pillage", "Pillage"),
    _violation("recruitment_of_children", "Recruitment or use of children", "Recrutement ou utilisation d'enfants"),
    _violation(
        "attack_on_protected_objects",
        "Attack on protected objects (schools, hospitals, places of worship)",
        "Attaque contre des biens protégés (écoles, hôpitaux, lieux de culte)",
    ),
    _violation("denial_of_humanitarian_access", "Denial of humanitarian access", "Refus d'accès humanitaire"),
    _violation("indiscriminate_attack", "Indiscriminate attack", "Attaque sans discrimination"),
    _violation("hostage_taking", "Hostage-taking", "Prise d'otages"),
    _violation("other", "Other", "Autre"),
    # --- Event types (ACLED event types, each followed by its sub-event types) ---
    _event("battles", "Battles", "Batailles"),
    _event("armed_clash", "Armed clash", "Affrontement armé", "battles"),
    _event(
        "government_regains_territory",
        "Government regains territory",
        "Reprise de territoire par le gouvernement",
        "battles",
    ),
    _event(
        "non_state_actor_overtakes_territory",
        "Non-state actor overtakes territory",
        "Prise de territoire par un acteur non étatique",
        "battles",
    ),
    _event("explosions_remote_violence", "Explosions/Remote violence", "Explosions/Violence à distance"),
    _event("chemical_weapon", "Chemical weapon", "Arme chimique", "explosions_remote_violence"),
    _event("air_drone_strike", "Air/drone strike", "Frappe aérienne/de drone", "explosions_remote_violence"),
    _event("suicide_bomb", "Suicide bomb", "Attentat-suicide", "explosions_remote_violence"),
    _event(
        "shelling_artillery_missile_attack",
        "Shelling/artillery/missile attack",
        "Bombardement/tir d'artillerie/de missile",
        "explosions_remote_violence",
    ),
    _event(
        "remote_explosive_landmine_ied",
        "Remote explosive/landmine/IED",
        "Explosif déclenché à distance/mine terrestre/EEI",
        "explosions_remote_violence",
    ),
    _event("grenade", "Grenade", "Grenade", "explosions_remote_violence"),
    _event("violence_against_civilians", "Violence against civilians", "Violence contre des civils"),
    _event("sexual_violence", "Sexual violence", "Violence sexuelle", "violence_against_civilians"),
    _event("attack", "Attack", "Attaque", "violence_against_civilians"),
    _event(
        "abduction_forced_disappearance",
        "Abduction/forced disappearance",
        "Enlèvement/disparition forcée",
        "violence_against_civilians",
    ),
    _event("protests", "Protests", "Manifestations"),
    _event("peaceful_protest", "Peaceful protest", "Manifestation pacifique", "protests"),
    _event(
        "protest_with_intervention",
        "Protest with intervention",
        "Manifestation avec intervention",
        "protests",
    ),
    _event(
        "excessive_force_against_protesters",
        "Excessive force against protesters",
        "Usage excessif de la force contre des manifestants",
        "protests",
    ),
    _event("riots", "Riots", "Émeutes"),
    _event("violent_demonstration", "Violent demonstration", "Manifestation violente", "riots"),
    _event("mob_violence", "Mob violence", "Violence de foule", "riots"),
    _event("strategic_developments", "Strategic developments", "Développements stratégiques"),
    _event("agreement", "Agreement", "Accord", "strategic_developments"),
    _event("arrests", "Arrests", "Arrestations", "strategic_developments"),
    _event(
        "change_to_group_activity",
        "Change to group/activity",
        "Changement de groupe/d'activité",
        "strategic_developments",
    ),
    _event(
        "disrupted_weapons_use",
        "Disrupted weapons use",
        "Utilisation d'armes déjouée",
        "strategic_developments",
    ),
    _event(
        "headquarters_or_base_established",
        "Headquarters or base established",
        "Établissement d'un quartier général ou d'une base",
        "strategic_developments",
    ),
    _event(
        "looting_property_destruction",
        "Looting/property destruction",
        "Pillage/destruction de biens",
        "strategic_developments",
    ),
    _event(
        "non_violent_transfer_of_territory",
        "Non-violent transfer of territory",
        "Transfert non violent de territoire",
        "strategic_developments",
    ),
    _event("other", "Other", "Autre", "strategic_developments"),
    # --- Actor kinds ---
    _actor("state_force", "State force", "Force étatique"),
    _actor("non_state_armed_group", "Non-state armed group", "Groupe armé non étatique"),
    _actor("foreign_military_or_mercenary", "Foreign military or mercenary", "Armée étrangère ou mercenaire"),
    _actor("militia", "Militia", "Milice"),
    _actor("civilian_group", "Civilian group", "Groupe de civils"),
    _actor("organisation", "Organisation", "Organisation"),
    _actor("individual", "Individual", "Individu"),
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
