"""Vocabulary terms get an Arabic label (issue 16): ``vocabulary_terms.label_ar``.

The interface and reports show a term in the reader's language: English, French or Arabic. This revision adds
the column and fills it for the built-in terms (violation types, ACLED's event types and sub-types, kinds of
actor), in the words of docs/glossary.md. A term added by users gets an empty Arabic label; hrdoc shows its
English label until someone gives it one. One French label is reworded to the UN's wording ("fondées sur le
genre", not "basées sur"), only where it is still the one 0002 seeded: a label a team edited stays as it is.

The labels are written here as of this revision (a migration imports no hrdoc code); they are the ones of
hrdoc.domain.vocabularies at this revision, which tests/storage/test_migration_0010.py keeps equal.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (vocabulary, code, Arabic label) of every built-in term.
LABELS_AR: tuple[tuple[str, str, str], ...] = (
    ("violation_type", "extrajudicial_execution", "الإعدام خارج نطاق القضاء أو بإجراءات موجزة"),
    ("violation_type", "attack_on_civilians", "الهجوم على المدنيين"),
    ("violation_type", "enforced_disappearance", "الاختفاء القسري"),
    ("violation_type", "torture", "التعذيب أو سوء المعاملة"),
    ("violation_type", "sexual_violence", "العنف الجنسي والجنساني"),
    ("violation_type", "arbitrary_detention", "الاحتجاز التعسفي"),
    ("violation_type", "arson_destruction", "الحرق العمد أو تدمير الممتلكات"),
    ("violation_type", "forced_displacement", "التهجير القسري"),
    ("violation_type", "pillage", "النهب"),
    ("violation_type", "recruitment_of_children", "تجنيد الأطفال أو استخدامهم"),
    ("violation_type", "attack_on_protected_objects", "الهجوم على الأعيان المحمية (المدارس والمستشفيات ودور العبادة)"),
    ("violation_type", "denial_of_humanitarian_access", "منع وصول المساعدات الإنسانية"),
    ("violation_type", "indiscriminate_attack", "الهجوم العشوائي"),
    ("violation_type", "hostage_taking", "أخذ الرهائن"),
    ("violation_type", "other", "انتهاك آخر"),
    ("event_type", "battles", "المعارك"),
    ("event_type", "armed_clash", "اشتباك مسلح"),
    ("event_type", "government_regains_territory", "استعادة الحكومة السيطرة على أراضٍ"),
    ("event_type", "non_state_actor_overtakes_territory", "سيطرة جهة فاعلة من غير الدول على أراضٍ"),
    ("event_type", "explosions_remote_violence", "التفجيرات/العنف عن بُعد"),
    ("event_type", "chemical_weapon", "سلاح كيميائي"),
    ("event_type", "air_drone_strike", "غارة جوية/بطائرة مسيّرة"),
    ("event_type", "suicide_bomb", "تفجير انتحاري"),
    ("event_type", "shelling_artillery_missile_attack", "قصف/هجوم بالمدفعية أو الصواريخ"),
    ("event_type", "remote_explosive_landmine_ied", "عبوة متفجرة عن بُعد/لغم أرضي/عبوة ناسفة يدوية الصنع"),
    ("event_type", "grenade", "قنبلة يدوية"),
    ("event_type", "violence_against_civilians", "العنف ضد المدنيين"),
    ("event_type", "sexual_violence", "العنف الجنسي"),
    ("event_type", "attack", "هجوم"),
    ("event_type", "abduction_forced_disappearance", "الاختطاف/الاختفاء القسري"),
    ("event_type", "protests", "الاحتجاجات"),
    ("event_type", "peaceful_protest", "احتجاج سلمي"),
    ("event_type", "protest_with_intervention", "احتجاج تعرّض للتدخل"),
    ("event_type", "excessive_force_against_protesters", "الاستخدام المفرط للقوة ضد المحتجين"),
    ("event_type", "riots", "أعمال الشغب"),
    ("event_type", "violent_demonstration", "مظاهرة عنيفة"),
    ("event_type", "mob_violence", "عنف الحشود"),
    ("event_type", "strategic_developments", "التطورات الاستراتيجية"),
    ("event_type", "agreement", "اتفاق"),
    ("event_type", "arrests", "الاعتقالات"),
    ("event_type", "change_to_group_activity", "تغيير في الجماعة/النشاط"),
    ("event_type", "disrupted_weapons_use", "إحباط استخدام أسلحة"),
    ("event_type", "headquarters_or_base_established", "إنشاء مقر أو قاعدة"),
    ("event_type", "looting_property_destruction", "النهب/تدمير الممتلكات"),
    ("event_type", "non_violent_transfer_of_territory", "انتقال السيطرة على أراضٍ دون عنف"),
    ("event_type", "other", "أخرى"),
    ("actor_kind", "state_force", "قوة تابعة للدولة"),
    ("actor_kind", "non_state_armed_group", "جماعة مسلحة من غير الدول"),
    ("actor_kind", "foreign_military_or_mercenary", "قوات عسكرية أجنبية أو مرتزقة"),
    ("actor_kind", "militia", "ميليشيا"),
    ("actor_kind", "civilian_group", "مجموعة من المدنيين"),
    ("actor_kind", "organisation", "منظمة"),
    ("actor_kind", "individual", "فرد"),
)

# (vocabulary, code, French label seeded by 0002, French label from this revision).
FRENCH_REWORDED: tuple[tuple[str, str, str, str], ...] = (
    (
        "violation_type",
        "sexual_violence",
        "Violences sexuelles et basées sur le genre",
        "Violences sexuelles et fondées sur le genre",
    ),
)

_TERMS = sa.table(
    "vocabulary_terms",
    sa.column("vocabulary", sa.String()),
    sa.column("code", sa.String()),
    sa.column("label_fr", sa.String()),
    sa.column("label_ar", sa.String()),
    sa.column("builtin", sa.Boolean()),
)


def _term(vocabulary: str, code: str) -> sa.ColumnElement[bool]:
    return sa.and_(_TERMS.c.vocabulary == vocabulary, _TERMS.c.code == code, _TERMS.c.builtin.is_(True))


# Plain ALTER TABLE, not a batch (as 0007: a batch would copy and drop the table).


def upgrade() -> None:
    op.add_column(
        "vocabulary_terms", sa.Column("label_ar", sa.String(200), server_default=sa.text("''"), nullable=False)
    )
    for vocabulary, code, label_ar in LABELS_AR:
        op.execute(_TERMS.update().where(_term(vocabulary, code)).values(label_ar=label_ar))
    for vocabulary, code, before, after in FRENCH_REWORDED:
        op.execute(_TERMS.update().where(_term(vocabulary, code), _TERMS.c.label_fr == before).values(label_fr=after))


def downgrade() -> None:
    for vocabulary, code, before, after in FRENCH_REWORDED:
        op.execute(_TERMS.update().where(_term(vocabulary, code), _TERMS.c.label_fr == after).values(label_fr=before))
    op.drop_column("vocabulary_terms", "label_ar")
