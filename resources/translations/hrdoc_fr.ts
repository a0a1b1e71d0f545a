<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../hrdoc/domain/registry/base.py" line="+150"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="+92"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/evidence/table.py" line="+77"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="+55"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../hrdoc/gui/evidence/capture_dialogs.py" line="+62"/>
        <location line="+78"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="+223"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="+325"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="+173"/>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="+2"/>
        <location filename="../../hrdoc/services/reporting/accounts.py" line="+90"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="+1"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="+1"/>
        <location filename="../../hrdoc/gui/exchange/conflict_views.py" line="+269"/>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../hrdoc/gui/exchange/conflict_views.py" line="-163"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+61"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Nom à l&apos;état civil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence</source>
        <translation>Lieu de résidence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty if unknown</source>
        <translation>vide si inconnu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/registry/case.py" line="+26"/>
        <source>its name in English, French or Arabic, or its two-letter code: Mali or ML</source>
        <translation>son nom en anglais, en français ou en arabe, ou son code à deux lettres&#xa0;: Mali ou ML</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example ML-2025-004</source>
        <translation>par exemple ML-2025-004</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <location filename="../../hrdoc/domain/registry/sources.py" line="+28"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-30"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="+126"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="-1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="+2"/>
        <source>Lead investigator</source>
        <translation>Responsable de l&apos;enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Other spellings</source>
        <translation>Autres graphies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region (admin 1)</source>
        <translation>Région (niveau administratif 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District (admin 2)</source>
        <translation>District (niveau administratif 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>degrees, for example 16.27</source>
        <translation>degrés, par exemple 16,27</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>degrees, for example -0.04</source>
        <translation>degrés, par exemple -0,04</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision of the place</source>
        <translation>Précision de la localisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <location line="+33"/>
        <location filename="../../hrdoc/domain/registry/sources.py" line="+42"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="-4"/>
        <location line="+73"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="-14"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date precision</source>
        <translation>Précision de la date</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+132"/>
        <source>Date as reported</source>
        <translation>Date telle que rapportée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the words of the source</source>
        <translation>les termes mêmes de la source</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-49"/>
        <location line="+51"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+5"/>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-type</source>
        <translation>Sous-type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fatalities (low)</source>
        <translation>Décès (estimation basse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fatalities (best estimate)</source>
        <translation>Décès (estimation la plus probable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fatalities (high)</source>
        <translation>Décès (estimation haute)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reasoning for the estimate</source>
        <translation>Raisonnement de l&apos;estimation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why these numbers; mark the reported figures the estimate rests on</source>
        <translation>pourquoi ces chiffres ; cochez les chiffres rapportés sur lesquels repose l&apos;estimation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+2"/>
        <source>Civilians targeted</source>
        <translation>Civils pris pour cible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also known as</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of actor</source>
        <translation>Type d&apos;acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>allegation</source>
        <translation>allégation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <location filename="../../hrdoc/domain/registry/sources.py" line="+29"/>
        <location filename="../../hrdoc/gui/evidence/gps_dialog.py" line="+54"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-58"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="-64"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+77"/>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+1"/>
        <source>Assessment</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard of proof met</source>
        <translation>Niveau de preuve atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+18"/>
        <source>Reasoning</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>alleged perpetrator</source>
        <translation>auteur présumé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <location line="+12"/>
        <location filename="../../hrdoc/domain/registry/sources.py" line="-1"/>
        <source>Allegation</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvement</source>
        <translation>Implication</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>victim</source>
        <translation>victime</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual or group</source>
        <translation>Individu ou groupe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>how the victim is referred to, not a legal name</source>
        <translation>la façon dont la victime est désignée, jamais son nom à l&apos;état civil</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="-58"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="+1"/>
        <source>Age group</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened to them</source>
        <translation>Sort de la victime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count (low)</source>
        <translation>Nombre (estimation basse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count (best estimate)</source>
        <translation>Nombre (estimation la plus probable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count (high)</source>
        <translation>Nombre (estimation haute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of whom women</source>
        <translation>Dont femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of whom men</source>
        <translation>Dont hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of whom children</source>
        <translation>Dont enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of whom unknown</source>
        <translation>Dont inconnus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>victim&apos;s identity</source>
        <translation>identité de la victime</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>victim of an allegation</source>
        <translation>victime visée par l&apos;allégation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/gui/forms/related.py" line="+71"/>
        <source>Victim</source>
        <translation>Victime</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reported figure</source>
        <translation>chiffre rapporté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What it counts</source>
        <translation>Ce qui est dénombré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of whom, as the source says</source>
        <translation>De qui, selon la source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the source&apos;s words</source>
        <translation>Selon les termes de la source</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>how the source describes them, for example “terrorists neutralised”</source>
        <translation>comment la source les désigne, par exemple « terroristes neutralisés »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure given as</source>
        <translation>Chiffre donné comme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/reporting/by_source.py" line="+110"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper figure</source>
        <translation>Chiffre supérieur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>only for a range</source>
        <translation>seulement pour une fourchette</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/reporting/by_source.py" line="+0"/>
        <source>Claimed on</source>
        <translation>Avancé le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where in the source</source>
        <translation>Où dans la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analyst&apos;s estimate rests on it</source>
        <translation>L&apos;estimation de l&apos;analyste repose sur ce chiffre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/registry/housekeeping.py" line="+21"/>
        <source>vocabulary term</source>
        <translation>terme de vocabulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent term</source>
        <translation>Terme parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (English)</source>
        <translation>Libellé (anglais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (French)</source>
        <translation>Libellé (français)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (Arabic)</source>
        <translation>Libellé (arabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>chain-of-custody entry</source>
        <translation>entrée de la chaîne de traçabilité</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>audit entry</source>
        <translation>entrée du journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>audit entry waiting to be chained</source>
        <translation>entrée d&apos;audit en attente de chaînage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>deletion</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>earlier version</source>
        <translation>version antérieure</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>merge conflict</source>
        <translation>conflit de fusion</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>part of an evidence file</source>
        <translation>fragment d&apos;un élément de preuve</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>store setting</source>
        <translation>paramètre de la base</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/registry/sources.py" line="-73"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of source</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessed on</source>
        <translation>Consulté le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archived copy (URL)</source>
        <translation>Copie archivée (URL)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="+1"/>
        <location line="+78"/>
        <location filename="../../hrdoc/services/reporting/accounts.py" line="-9"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reliability of the source</source>
        <translation>Fiabilité de la source</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credibility of the information</source>
        <translation>Crédibilité de l&apos;information</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence file</source>
        <translation>élément de preuve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original file name</source>
        <translation>Nom du fichier d&apos;origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/reporting/annexes.py" line="+112"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="+3"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="-2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="-72"/>
        <source>Acquired on</source>
        <translation>Obtenu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="+1"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="+10"/>
        <source>Acquired by</source>
        <translation>Obtenu par</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="+1"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="+1"/>
        <source>Acquired from</source>
        <translation>Obtenu auprès de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy of</source>
        <translation>Copie de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was changed in this copy</source>
        <translation>Modifications apportées à cette copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the vault</source>
        <translation>Conservé dans le coffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed under (kind)</source>
        <translation>Classé sous (type)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="-3"/>
        <source>Filed under</source>
        <translation>Classé sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File metadata</source>
        <translation>Métadonnées du fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence link</source>
        <translation>lien de preuve</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/registry/case.py" line="-3"/>
        <location filename="../../hrdoc/domain/registry/sources.py" line="+3"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/domain/registry/sources.py" line="+1"/>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="-25"/>
        <source>Account</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/registry/sources.py" line="+1"/>
        <source>Evidence file</source>
        <translation>Élément de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bears on it by</source>
        <translation>Nature du lien</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+16"/>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where in the evidence</source>
        <translation>Emplacement dans la pièce</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/registry/base.py" line="-3"/>
        <source>page, paragraph or timestamp</source>
        <translation>page, paragraphe ou horodatage</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/registry/witnesses.py" line="-67"/>
        <source>witness</source>
        <translation>témoin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example W-07; never the real name</source>
        <translation>par exemple W-07&#xa0;; jamais le vrai nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How they know</source>
        <translation>Lien avec les faits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk to the witness</source>
        <translation>Risque pour le témoin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferred interview language</source>
        <translation>Langue d&apos;entretien souhaitée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>if not their own language: an interpreter is needed</source>
        <translation>si ce n&apos;est pas sa propre langue&#xa0;: un interprète est nécessaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>witness&apos;s identity</source>
        <translation>identité du témoin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <location filename="../../hrdoc/services/reporting/accounts.py" line="-16"/>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Agrees to be recorded</source>
        <translation>Accepte l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to be quoted</source>
        <translation>Accepte d&apos;être cité(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to be named</source>
        <translation>Accepte que son nom soit cité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to sharing</source>
        <translation>Accepte le partage avec les partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be contacted again</source>
        <translation>Accepte d&apos;être recontacté(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How consent was given</source>
        <translation>Forme du consentement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: oral, recorded</source>
        <translation>par exemple&#xa0;: oral, enregistré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>account</source>
        <translation>témoignage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current version</source>
        <translation>Version en vigueur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>version of an account</source>
        <translation>version du témoignage</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../hrdoc/services/reporting/accounts.py" line="+18"/>
        <source>Interviewer</source>
        <translation>Entretien mené par</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interview date</source>
        <translation>Date de l&apos;entretien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interview place</source>
        <translation>Lieu de l&apos;entretien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Method</source>
        <translation>Mode d&apos;entretien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translated into</source>
        <translation>Traduit en</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/reporting/accounts.py" line="+2"/>
        <source>Translator</source>
        <translation>Traduction par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key quotes</source>
        <translation>Citations clés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>May be quoted</source>
        <translation>Peut être cité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correction note</source>
        <translation>Note de correction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>why the account is corrected; the previous version is kept</source>
        <translation>pourquoi le témoignage est corrigé&#xa0;; la version précédente est conservée</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/accessibility.py" line="+231"/>
        <source>More actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/app.py" line="+94"/>
        <source>Unsaved forms</source>
        <translation>Formulaires non enregistrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A form was not saved when hrdoc last stopped or locked. Restore it now?</source>
        <translation>Un formulaire n&apos;avait pas été enregistré lors de la dernière fermeture ou du dernier verrouillage de hrdoc. Le restaurer maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} forms were not saved when hrdoc last stopped or locked. Restore them now?</source>
        <translation>{count} formulaires n&apos;avaient pas été enregistrés lors de la dernière fermeture ou du dernier verrouillage de hrdoc. Les restaurer maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/background.py" line="+37"/>
        <source>Reading the case…</source>
        <translation>Lecture du dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every part of the bundle…</source>
        <translation>Vérification de chaque partie du paquet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the evidence files…</source>
        <translation>Ajout des éléments de preuve…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging the case into this store…</source>
        <translation>Fusion du dossier dans cette base…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the team&apos;s copy of the case…</source>
        <translation>Lecture de la copie du dossier de l&apos;équipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging the team&apos;s changes into this store…</source>
        <translation>Fusion des modifications de l&apos;équipe dans cette base…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this laptop&apos;s copy…</source>
        <translation>Lecture de la copie de cet ordinateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the changes to the team store…</source>
        <translation>Envoi des modifications vers la base d&apos;équipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/items.py" line="+99"/>
        <source>Writing the copy…</source>
        <translation>Écriture de la copie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-hashing the vault&apos;s files…</source>
        <translation>Recalcul des empreintes des fichiers du coffre…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding {what}…</source>
        <translation>Ajout de {what}…</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/case_list.py" line="+45"/>
        <location line="+1"/>
        <source>Filter cases</source>
        <translation>Filtrer les dossiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show cases of status</source>
        <translation>Afficher les dossiers au statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../hrdoc/gui/search_results.py" line="+70"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/crash.py" line="+37"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside hrdoc (a bug). What you saved before is safe: every change is saved whole or not at all. The action you were doing may not have completed.</source>
        <translation>Un problème est survenu dans hrdoc (un bogue). Ce que vous aviez enregistré est intact&#xa0;: chaque modification est enregistrée entièrement ou pas du tout. L&apos;action en cours n&apos;a peut-être pas abouti.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/capture_dialogs.py" line="-121"/>
        <source>The site sees this computer&apos;s network address (IP) and the time of the visit, and may log them. If that could put you, a witness or your organisation at risk, do not capture from here: use a safer connection, or save the page elsewhere and use Import capture.</source>
        <translation>Le site voit l&apos;adresse réseau (IP) de cet ordinateur et l&apos;heure de la visite, et peut les consigner. Si cela peut vous mettre en danger, vous, un témoin ou votre organisation, ne capturez pas d&apos;ici&#xa0;: utilisez une connexion plus sûre, ou enregistrez la page ailleurs et utilisez Importer une capture.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A new source for the page</source>
        <translation>Une nouvelle source pour la page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capture a web page</source>
        <translation>Capturer une page web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capture now</source>
        <translation>Capturer maintenant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hrdoc fetches the page now and keeps everything it received (each redirect, the headers, the HTML and its text) in one web archive (WARC), with its hash and the time of capture. Nothing is stored if the capture fails.</source>
        <translation>hrdoc télécharge la page maintenant et conserve tout ce qu&apos;il a reçu (chaque redirection, les en-têtes, le HTML et son texte) dans une archive web (WARC), avec son empreinte et l&apos;heure de la capture. Rien n&apos;est conservé si la capture échoue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+74"/>
        <source>Address (URL)</source>
        <translation>Adresse (URL)</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+78"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="-4"/>
        <source>File under</source>
        <translation>Classer sous</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Give the address of the page (http:// or https://).</source>
        <translation>Indiquez l&apos;adresse de la page (http:// ou https://).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a web address starting with http:// or https://.</source>
        <translation>Indiquez une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Captures (*.html *.htm *.mhtml *.mht *.pdf *.warc *.warc.gz *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Captures (*.html *.htm *.mhtml *.mht *.pdf *.warc *.warc.gz *.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a capture made elsewhere</source>
        <translation>Importer une capture réalisée ailleurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/exchange/acled.py" line="+55"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="-12"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A saved page (HTML, MHTML), a PDF, a web archive (WARC) or a screenshot, captured with another tool or on another computer. It is kept exactly as it is and marked as captured elsewhere.</source>
        <translation>Une page enregistrée (HTML, MHTML), un PDF, une archive web (WARC) ou une capture d&apos;écran, réalisés avec un autre outil ou sur un autre ordinateur. Le fichier est conservé tel quel et signalé comme capturé ailleurs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the saved capture</source>
        <translation>Choisir la capture enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://… (read from a WARC or MHTML file when left empty)</source>
        <translation>https://… (lue dans le fichier WARC ou MHTML si vide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="-10"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="-8"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="+1"/>
        <source>unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>browser, extension or archiving service</source>
        <translation>navigateur, extension ou service d&apos;archivage</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="+80"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="+11"/>
        <location filename="../../hrdoc/services/reporting/annexes.py" line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Captured on</source>
        <translation>Capturé le</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/evidence.py" line="+212"/>
        <location filename="../../hrdoc/gui/evidence/capture_dialogs.py" line="+1"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="+1"/>
        <source>Captured by</source>
        <translation>Capturé par</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../hrdoc/gui/evidence/capture_dialogs.py" line="+1"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="+0"/>
        <location line="+14"/>
        <source>With</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../../hrdoc/gui/evidence/capture_dialogs.py" line="+1"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="-10"/>
        <location line="+15"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/capture_dialogs.py" line="+6"/>
        <source>Choose the file of the capture.</source>
        <translation>Choisissez le fichier de la capture.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/common.py" line="-110"/>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>for the {audience} audience; copy SHA-256 {sha256}</source>
        <translation>destinataires&#xa0;: {audience}&#xa0;; SHA-256 de la copie {sha256}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>removed: {removed}</source>
        <translation>retiré&#xa0;: {removed}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason: {reason}</source>
        <translation>motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copy SHA-256 {sha256}: {note}</source>
        <translation>copie SHA-256 {sha256}&#xa0;: {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>altered: {note}</source>
        <translation>modifié&#xa0;: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decrypted in memory for a preview</source>
        <translation>déchiffré en mémoire pour un aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, {size}</source>
        <translation>{name}, {size}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in the bundle {bundle}, for the {audience} audience</source>
        <translation>dans le paquet {bundle}, destinataires&#xa0;: {audience}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the bundle {bundle}</source>
        <translation>reçu dans le paquet {bundle}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>elsewhere, then imported</source>
        <translation>ailleurs, puis importée</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/evidence.py" line="+4"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="-14"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="+2"/>
        <location line="+14"/>
        <source>Captured</source>
        <translation>Capturée le</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/common.py" line="-13"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requested</source>
        <translation>Adresse demandée</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/evidence.py" line="+7"/>
        <location filename="../../hrdoc/gui/evidence/common.py" line="+2"/>
        <source>Final address</source>
        <translation>Adresse finale</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/common.py" line="+4"/>
        <source>Redirects</source>
        <translation>Redirections</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/dialogs.py" line="-245"/>
        <source>Public — may appear in public reports</source>
        <translation>Public — peut figurer dans les rapports publics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted — the team and partners</source>
        <translation>Restreint — l&apos;équipe et les partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential — the team only</source>
        <translation>Confidentiel — l&apos;équipe uniquement</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>this computer&apos;s time ({offset})</source>
        <translation>heure de cet ordinateur ({offset})</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no file at {path}.</source>
        <translation>Aucun fichier à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../hrdoc/gui/evidence/items.py" line="+100"/>
        <source>Evidence file details</source>
        <translation>Détails de l&apos;élément de preuve</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/evidence/intake.py" line="+42"/>
        <location line="+14"/>
        <location line="+65"/>
        <location line="+5"/>
        <source>Add evidence files</source>
        <translation>Ajouter des éléments de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/shortcuts.py" line="+101"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to the vault</source>
        <translation>Ajouter au coffre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and {count} more</source>
        <translation> et {count} autres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file itself, its name and its hash are fixed; make a working copy to change the file.</source>
        <translation>Le fichier lui-même, son nom et son empreinte sont figés&#xa0;; créez une copie de travail pour modifier le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each file is hashed (SHA-256) and kept encrypted in the case&apos;s vault exactly as it is; your copy is not changed.</source>
        <translation>L&apos;empreinte (SHA-256) de chaque fichier est calculée et le fichier est conservé chiffré, tel quel, dans le coffre du dossier&#xa0;; votre exemplaire n&apos;est pas modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{count} file(s)&lt;/b&gt;: {names}</source>
        <translation>&lt;b&gt;{count} fichier(s)&lt;/b&gt;&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>what the file shows, in a few words</source>
        <translation>ce que montre le fichier, en quelques mots</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a person (by pseudonym), an organisation, a device, a web site…</source>
        <translation>une personne (par son pseudonyme), une organisation, un appareil, un site web…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Do not write a protected witness&apos;s name here: use the pseudonym.</source>
        <translation>N&apos;inscrivez pas ici le nom d&apos;un témoin protégé&#xa0;: utilisez son pseudonyme.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Add a working copy</source>
        <translation>Ajouter une copie de travail</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/evidence/intake.py" line="+31"/>
        <source>Add working copy</source>
        <translation>Ajouter la copie de travail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A working copy (a cropped photo, a redacted PDF, a transcript) is kept as a separate item linked to “{name}”, with its own hash. The original stays untouched.</source>
        <translation>Une copie de travail (photo recadrée, PDF expurgé, transcription) est conservée comme un élément distinct lié à «&#xa0;{name}&#xa0;», avec sa propre empreinte. L&apos;original reste intact.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the working copy</source>
        <translation>Choisir la copie de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cropped to the vehicle; faces blurred; transcript of 0:00–4:10…</source>
        <translation>recadrée sur le véhicule&#xa0;; visages floutés&#xa0;; transcription de 0:00 à 4:10…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="+11"/>
        <location line="+4"/>
        <source>What was altered</source>
        <translation>Modifications apportées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the file of the working copy.</source>
        <translation>Choisissez le fichier de la copie de travail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what was altered in this working copy (cropped, redacted, transcribed…).</source>
        <translation>Indiquez ce qui a été modifié dans cette copie de travail (recadrage, expurgation, transcription…).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/gps_dialog.py" line="-20"/>
        <location filename="../../hrdoc/gui/evidence/items.py" line="+57"/>
        <location line="+31"/>
        <source>Use the photo&apos;s GPS position</source>
        <translation>Utiliser la position GPS de la photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use as the incident&apos;s place</source>
        <translation>Utiliser comme lieu de l&apos;incident</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” carries the GPS position {latitude:.6f}, {longitude:.6f}. A camera records where it was, which is not always where the event happened, and a position can be edited: use it only if other evidence agrees.</source>
        <translation>«&#xa0;{name}&#xa0;» porte la position GPS {latitude:.6f}, {longitude:.6f}. Un appareil photo enregistre l&apos;endroit où il se trouvait, qui n&apos;est pas toujours celui où l&apos;événement s&apos;est produit, et une position peut être modifiée&#xa0;: ne l&apos;utilisez que si d&apos;autres éléments de preuve concordent.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GPS position of {name}</source>
        <translation>Position GPS de {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the new place</source>
        <translation>Nom du nouveau lieu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new place is marked as an exact position. Undo takes it back.</source>
        <translation>Le nouveau lieu est marqué comme position exacte. «&#xa0;Annuler&#xa0;» revient en arrière.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It replaces the incident&apos;s place now: {place}.</source>
        <translation>Il remplace le lieu actuel de l&apos;incident&#xa0;: {place}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the incident.</source>
        <translation>Choisissez l&apos;incident.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the new place a name.</source>
        <translation>Donnez un nom au nouveau lieu.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/intake.py" line="-115"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Folders cannot be added as one item; add the files in them: {folders}</source>
        <translation>Un répertoire ne peut pas être ajouté comme un seul élément&#xa0;; ajoutez les fichiers qu&apos;il contient&#xa0;: {folders}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Added {name} to the vault (SHA-256 {sha256}).</source>
        <translation>{name} ajouté au coffre (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added {count} files to the vault.</source>
        <translation>{count} fichiers ajoutés au coffre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: {count} file(s) added; the file being added when you cancelled was not kept.</source>
        <translation>Annulé&#xa0;: {count} fichier(s) ajouté(s)&#xa0;; le fichier en cours d&apos;ajout au moment de l&apos;annulation n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These files were not added:

{problems}</source>
        <translation>Ces fichiers n&apos;ont pas été ajoutés&#xa0;:

{problems}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding files to the vault…</source>
        <translation>Ajout des fichiers au coffre…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Added the working copy {name} (SHA-256 {sha256}) of {original}.</source>
        <translation>Copie de travail {name} (SHA-256 {sha256}) de {original} ajoutée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adding the working copy…</source>
        <translation>Ajout de la copie de travail…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Fetching {url}…</source>
        <translation>Téléchargement de {url}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keeping the capture in the vault…</source>
        <translation>Conservation de la capture dans le coffre…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Captured {url} (HTTP {status} {reason}) at {time}; SHA-256 {sha256}.</source>
        <translation>{url} capturée (HTTP {status} {reason}) le {time}&#xa0;; SHA-256 {sha256}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The site answered {status} {reason}: that answer is what was kept.</source>
        <translation>Le site a répondu {status} {reason}&#xa0;: c&apos;est cette réponse qui a été conservée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new source was made for the page: check its kind, author and date.</source>
        <translation>Une nouvelle source a été créée pour la page&#xa0;: vérifiez son type, son auteur et sa date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Capturing the page…</source>
        <translation>Capture de la page…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capture URL</source>
        <translation>Capturer une URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The page was not captured; nothing was stored.</source>
        <translation>La page n&apos;a pas été capturée&#xa0;; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Imported {name} as a capture made elsewhere (SHA-256 {sha256}).</source>
        <translation>{name} importé comme capture réalisée ailleurs (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing the capture…</source>
        <translation>Importation de la capture…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import capture</source>
        <translation>Importer une capture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The capture was not imported; nothing was stored.</source>
        <translation>La capture n&apos;a pas été importée&#xa0;; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/items.py" line="-238"/>
        <source>{name} is described here but its file is kept elsewhere.</source>
        <translation>{name} est décrit ici, mais son fichier est conservé ailleurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location filename="../../hrdoc/gui/evidence/page.py" line="+120"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Decrypting {name} in memory…</source>
        <translation>Déchiffrement de {name} en mémoire…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export “{name}” as</source>
        <translation>Exporter «&#xa0;{name}&#xa0;» sous</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export cancelled: no copy was written.</source>
        <translation>Exportation annulée&#xa0;: aucune copie n&apos;a été écrite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported a copy of {name} for the {audience} audience to:
{path}</source>
        <translation>Une copie de {name} (destinataires&#xa0;: {audience}) a été exportée vers&#xa0;:
{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 of the copy: {sha256}</source>
        <translation>SHA-256 de la copie&#xa0;: {sha256}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed from the copy:</source>
        <translation>Retiré de la copie&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needed removing from this file.</source>
        <translation>Rien n&apos;était à retirer de ce fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy is identical to the original (same SHA-256).</source>
        <translation>La copie est identique à l&apos;original (même SHA-256).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/exchange/transfers.py" line="+212"/>
        <source>Exported {what} to {path}.</source>
        <translation>{what} exporté vers {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was exported.</source>
        <translation>Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied the SHA-256 of {name}.</source>
        <translation>SHA-256 de {name} copiée.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location filename="../../hrdoc/gui/evidence/sharing_dialogs.py" line="+90"/>
        <source>Remove evidence file</source>
        <translation>Retirer l&apos;élément de preuve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was removed.</source>
        <translation>Rien n&apos;a été retiré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed {name}. Its chain of custody keeps the reason.</source>
        <translation>{name} retiré. Sa chaîne de traçabilité conserve le motif.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This case has no incident yet; add one first.</source>
        <translation>Ce dossier ne comporte encore aucun incident&#xa0;; ajoutez-en un d&apos;abord.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>GPS position read from the photo {name} (SHA-256 {sha256}).</source>
        <translation>Position GPS lue dans la photo {name} (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The incident was not changed.</source>
        <translation>L&apos;incident n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use the photo&apos;s GPS position as the incident&apos;s place</source>
        <translation>utiliser la position GPS de la photo comme lieu de l&apos;incident</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The incident “{title}” now takes place at {place} ({latitude:.6f}, {longitude:.6f}).</source>
        <translation>L&apos;incident «&#xa0;{title}&#xa0;» a désormais pour lieu {place} ({latitude:.6f}, {longitude:.6f}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Problems found:</source>
        <translation>Problèmes détectés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Verify evidence files</source>
        <translation>Vérifier les éléments de preuve</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No problem found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verifying the evidence files…</source>
        <translation>Vérification des éléments de preuve…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/page.py" line="-78"/>
        <location filename="../../hrdoc/gui/forms/specs.py" line="+93"/>
        <location filename="../../hrdoc/gui/search_results.py" line="-3"/>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files to the case&apos;s evidence vault (or drop them on the window)</source>
        <translation>Ajouter des fichiers au coffre des éléments de preuve du dossier (ou les déposer sur la fenêtre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;working copy…</source>
        <translation>Ajouter une &amp;copie de travail…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working copy…</source>
        <translation>Copie de travail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a cropped, redacted or transcribed copy of the selected file, linked to it</source>
        <translation>Ajouter une copie recadrée, expurgée ou transcrite du fichier sélectionné, liée à celui-ci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Capture URL…</source>
        <translation>Capturer une &amp;URL…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capture URL…</source>
        <translation>Capturer une URL…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch a web page now and keep it as evidence (the site sees this computer&apos;s address)</source>
        <translation>Télécharger une page web maintenant et la conserver comme élément de preuve (le site voit l&apos;adresse de cet ordinateur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import capture…</source>
        <translation>&amp;Importer une capture…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import capture…</source>
        <translation>Importer une capture…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a page saved elsewhere (HTML, MHTML, PDF, WARC or screenshot) as evidence</source>
        <translation>Conserver comme élément de preuve une page enregistrée ailleurs (HTML, MHTML, PDF, WARC ou capture d&apos;écran)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the selected file, decrypted in memory only (Enter or double-click)</source>
        <translation>Afficher le fichier sélectionné, déchiffré uniquement en mémoire (Entrée ou double-clic)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a copy of the selected file for an audience; for the public, without identifying metadata</source>
        <translation>Écrire une copie du fichier sélectionné pour des destinataires&#xa0;; pour le public, sans les métadonnées identifiantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use photo&apos;s &amp;GPS as incident location…</source>
        <translation>Utiliser la position &amp;GPS de la photo comme lieu de l&apos;incident…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPS → incident…</source>
        <translation>GPS → incident…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the GPS position in the selected photo the place of an incident (asks first)</source>
        <translation>Faire de la position GPS de la photo sélectionnée le lieu d&apos;un incident (après confirmation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit &amp;details…</source>
        <translation>Modifier les &amp;détails…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change what the selected file is filed under, its description, origin and visibility</source>
        <translation>Modifier le classement du fichier sélectionné, sa description, son origine et sa visibilité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;SHA-256</source>
        <translation>Copier l&apos;empreinte &amp;SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected file&apos;s full SHA-256 to the clipboard</source>
        <translation>Copier l&apos;empreinte SHA-256 complète du fichier sélectionné dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected file from the vault (asks for a reason, kept in its chain of custody)</source>
        <translation>Retirer le fichier sélectionné du coffre (un motif est demandé et conservé dans sa chaîne de traçabilité)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify all files…</source>
        <translation>&amp;Vérifier tous les fichiers…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-hash every file in the vault and check every chain of custody</source>
        <translation>Recalculer l&apos;empreinte de chaque fichier du coffre et vérifier chaque chaîne de traçabilité</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/preview.py" line="+136"/>
        <source>This image could not be decoded for a preview.</source>
        <translation>Cette image n&apos;a pas pu être décodée pour l&apos;aperçu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This PDF cannot be shown here (it may be damaged or protected by a password).</source>
        <translation>Ce PDF ne peut pas être affiché ici (il est peut-être endommagé ou protégé par un mot de passe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview shows the first {shown} of {total} pages.</source>
        <translation>L&apos;aperçu montre les {shown} premières pages sur {total}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This compressed web archive could not be unpacked for a preview.</source>
        <translation>Cette archive web compressée n&apos;a pas pu être décompressée pour l&apos;aperçu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview shows the beginning of the text only.</source>
        <translation>L&apos;aperçu ne montre que le début du texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hrdoc cannot show a {kind} here. Export a copy to open it with another program.</source>
        <translation>hrdoc ne peut pas afficher ce type de fichier ({kind}) ici. Exportez-en une copie pour l&apos;ouvrir avec un autre programme.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Preview — {name}</source>
        <translation>Aperçu — {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decrypted in memory only: nothing is written to disk. This viewing is recorded in the file&apos;s chain of custody.</source>
        <translation>Déchiffré uniquement en mémoire&#xa0;: rien n&apos;est écrit sur le disque. Cette consultation est consignée dans la chaîne de traçabilité du fichier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/chronology_page.py" line="+64"/>
        <location filename="../../hrdoc/gui/workspace/map_page.py" line="+134"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/chronology_page.py" line="-1"/>
        <location filename="../../hrdoc/gui/workspace/map_page.py" line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../hrdoc/gui/report_dialog.py" line="+434"/>
        <location filename="../../hrdoc/services/reporting/renderer.py" line="+171"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} page(s)</source>
        <translation>{count} page(s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The page&apos;s source is shown as text; it is not opened as a web page.</source>
        <translation>Le code source de la page est affiché sous forme de texte&#xa0;; il n&apos;est pas ouvert comme une page web.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/sharing_dialogs.py" line="-59"/>
        <source>A copy cleaned of whatever identifies a place, a person, a device or a time (GPS position, camera, authors, dates): pictures are re-encoded, PDFs rewritten. Files hrdoc cannot clean (saved web pages, e-mails, text, recordings, office documents) are refused, saying what to export instead. Only files marked public.</source>
        <translation>Une copie débarrassée de tout ce qui permet d&apos;identifier un lieu, une personne, un appareil ou un moment (position GPS, appareil photo, auteurs, dates)&#xa0;: les images sont réencodées, les PDF réécrits. Les fichiers que hrdoc ne sait pas nettoyer (pages web enregistrées, courriels, texte, enregistrements, documents bureautiques) sont refusés, avec l&apos;indication de ce qu&apos;il faut exporter à la place. Uniquement les fichiers marqués publics.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An exact copy of the file (public and restricted files).</source>
        <translation>Une copie exacte du fichier (fichiers publics et restreints).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An exact copy of the file, whatever its visibility.</source>
        <translation>Une copie exacte du fichier, quelle que soit sa visibilité.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export “{name}”</source>
        <translation>Exporter «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose where…</source>
        <translation>Choisir l&apos;emplacement…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is {visibility}. Who is the copy for? The original in the vault is never changed.</source>
        <translation>Visibilité de ce fichier&#xa0;: {visibility}. À qui la copie est-elle destinée&#xa0;? L&apos;original conservé dans le coffre n&apos;est jamais modifié.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/evidence.py" line="-9"/>
        <location filename="../../hrdoc/gui/evidence/sharing_dialogs.py" line="+4"/>
        <location filename="../../hrdoc/gui/exchange/export_dialog.py" line="+55"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="+6"/>
        <location filename="../../hrdoc/gui/report_dialog.py" line="-219"/>
        <location filename="../../hrdoc/gui/user_guide.py" line="+103"/>
        <location filename="../../hrdoc/services/reporting/front.py" line="+49"/>
        <source>Audience</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/sharing_dialogs.py" line="+34"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove “{name}” from the case? Its file is deleted from the vault. Its chain of custody stays, ending with who removed it, when and why. This cannot be undone.</source>
        <translation>Retirer «&#xa0;{name}&#xa0;» du dossier&#xa0;? Son fichier est supprimé du coffre. Sa chaîne de traçabilité est conservée et se termine par l&apos;auteur, la date et le motif du retrait. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why is it removed? (required; kept in the chain of custody)</source>
        <translation>Motif du retrait (obligatoire&#xa0;; conservé dans la chaîne de traçabilité)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/evidence.py" line="+13"/>
        <location filename="../../hrdoc/gui/evidence/sharing_dialogs.py" line="+1"/>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/sharing_dialogs.py" line="+6"/>
        <source>Say why the file is removed.</source>
        <translation>Indiquez pourquoi le fichier est retiré.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/table.py" line="-34"/>
        <source>SHA-256 recorded at intake: {sha256}</source>
        <translation>SHA-256 consignée à l&apos;entrée&#xa0;: {sha256}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="+179"/>
        <source>Fatalities</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none recorded</source>
        <translation>aucun consentement consigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none given</source>
        <translation>aucun consentement donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/evidence/table.py" line="+19"/>
        <location filename="../../hrdoc/gui/exchange/conflict_views.py" line="+176"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="+3"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/evidence/table.py" line="+0"/>
        <location filename="../../hrdoc/gui/exchange/conflict_views.py" line="+0"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../hrdoc/gui/evidence/table.py" line="+4"/>
        <location filename="../../hrdoc/gui/evidence/view.py" line="-251"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="+2"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="-18"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+64"/>
        <source>Evidence files</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown</source>
        <comment>value</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+78"/>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="-37"/>
        <location line="+33"/>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="+337"/>
        <location filename="../../hrdoc/services/evidence/store.py" line="+101"/>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(also {names})</source>
        <translation>(aussi {names})</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>version {number} of {count}</source>
        <translation>version {number} sur {count}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{account} of {witness}</source>
        <translation>{account} de {witness}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({number} of {count})</source>
        <translation>({number} sur {count})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>best {best}, low {low}, high {high}</source>
        <translation>estimation la plus probable&#xa0;: {best}&#xa0;; basse&#xa0;: {low}&#xa0;; haute&#xa0;: {high}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/table.py" line="+14"/>
        <location filename="../../hrdoc/services/evidence/store.py" line="-1"/>
        <source>{kind} (deleted)</source>
        <translation>{kind} (supprimé)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/evidence/view.py" line="-20"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-69"/>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+1"/>
        <source>Arrived here (UTC)</source>
        <translation>Arrivée ici (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+1"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+4"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 then</source>
        <translation>SHA-256 à ce moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a file to see its metadata and chain of custody.</source>
        <translation>Sélectionnez un fichier pour voir ses métadonnées et sa chaîne de traçabilité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of the selected file</source>
        <translation>Détails du fichier sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <location line="+50"/>
        <location line="+71"/>
        <source>Chain of custody</source>
        <translation>Chaîne de traçabilité</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The case itself</source>
        <translation>Le dossier lui-même</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Chain of custody: cannot be read ({error})</source>
        <translation>Chaîne de traçabilité&#xa0;: lecture impossible ({error})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} entries</source>
        <translation>{count} entrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain of custody of {name}: {entries}, each sealed with the hash of the one before</source>
        <translation>Chaîne de traçabilité de {name}&#xa0;: {entries}, chacune scellée par l&apos;empreinte de la précédente</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SHA-256 of the file at that moment: {sha256}</source>
        <translation>SHA-256 du fichier à ce moment&#xa0;: {sha256}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry hash {hash}</source>
        <translation>Empreinte de l&apos;entrée {hash}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>in the vault, encrypted</source>
        <translation>dans le coffre, chiffré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held elsewhere (only described here; its hash is as entered)</source>
        <translation>conservé ailleurs (seulement décrit ici&#xa0;; son empreinte est celle qui a été saisie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{size} ({bytes} bytes)</source>
        <translation>{size} ({bytes} octets)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/reporting/annexes.py" line="+0"/>
        <source>Acquired</source>
        <translation>Obtenu le</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a removed item</source>
        <translation>un élément retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Working copy of</source>
        <translation>Copie de travail de</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>an original not in this store (withheld from the copy of the case it came in)</source>
        <translation>un original absent de cette base (non communiqué dans la copie du dossier d&apos;où provient cet élément)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capture of an online page</source>
        <translation>Capture d&apos;une page en ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metadata read from the file</source>
        <translation>Métadonnées lues dans le fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None found: no capture time, position or device is recorded in the file.</source>
        <translation>Aucune&#xa0;: le fichier n&apos;indique ni heure de prise de vue, ni position, ni appareil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working copies</source>
        <translation>Copies de travail</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/acled.py" line="-16"/>
        <source>Restricted: the team and partners (recommended)</source>
        <translation>Restreint&#xa0;: l&apos;équipe et les partenaires (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: may appear in public reports</source>
        <translation>Public&#xa0;: peut figurer dans les rapports publics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential: the team only</source>
        <translation>Confidentiel&#xa0;: l&apos;équipe uniquement</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+141"/>
        <location line="+10"/>
        <location line="+4"/>
        <source>Import ACLED CSV</source>
        <translation>Importer un CSV ACLED</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Import the events of {file} as incidents of {case}, with their places, actors and sources. Rows that cannot be read are listed by line number afterwards; the import cannot be undone with Edit → Undo.</source>
        <translation>Importer les événements de {file} comme incidents de {case}, avec leurs lieux, acteurs et sources. Les lignes illisibles sont ensuite listées par numéro de ligne&#xa0;; l&apos;importation ne peut pas être annulée par Édition → Annuler.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New records are:</source>
        <translation>Visibilité des nouvelles fiches&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing if any row is rejected</source>
        <translation>Ne rien importer si une ligne est rejetée</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+145"/>
        <location line="+8"/>
        <source>Export incidents as ACLED CSV</source>
        <translation>Exporter les incidents en CSV ACLED</translation>
    </message>
    <message>
        <location line="-153"/>
        <location filename="../../hrdoc/gui/exchange/export_dialog.py" line="-13"/>
        <location filename="../../hrdoc/gui/exchange/sync_dialog.py" line="+72"/>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+102"/>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the incidents of {case} as an ACLED-style CSV file, with their places, actors and sources. Witnesses and victims are never included.</source>
        <translation>Écrire les incidents de {case} dans un fichier CSV au format ACLED, avec leurs lieux, acteurs et sources. Les témoins et les victimes n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="-2"/>
        <source>For:</source>
        <translation>Destinataires&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file} has no rows to import: only its first line, the column names.</source>
        <translation>{file} ne contient aucune ligne à importer&#xa0;: seulement sa première ligne, les noms des colonnes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported from {file}: {rejected} of {rows} rows were rejected.</source>
        <translation>Rien n&apos;a été importé de {file}&#xa0;: {rejected} lignes sur {rows} ont été rejetées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You asked for nothing to be imported while any row is rejected.</source>
        <translation>Vous avez demandé de ne rien importer si une ligne est rejetée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {imported} of {rows} rows from {file} as incidents of {case}, with {places} new places, {actors} new actors, {sources} new sources and {links} source links.</source>
        <translation>{imported} lignes sur {rows} importées de {file} comme incidents de {case}, avec {places} nouveaux lieux, {actors} nouveaux acteurs, {sources} nouvelles sources et {links} liens vers des sources.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ignored columns (not ACLED columns): {columns}</source>
        <translation>Colonnes ignorées (qui ne sont pas des colonnes ACLED)&#xa0;: {columns}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/acled_read.py" line="+189"/>
        <source>line {line}: {message}</source>
        <translation>ligne {line}&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/acled_read.py" line="+1"/>
        <source>line {line}: {message} (skipped)</source>
        <translation>ligne {line}&#xa0;: {message} (ignorée)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import an ACLED CSV file</source>
        <translation>Importer un fichier CSV ACLED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading and checking the rows of {file}…</source>
        <translation>Lecture et vérification des lignes de {file}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importation annulée&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} rows were rejected and not imported; each is listed below with its line number. Correct them in a copy of the file holding only those rows, and import that copy.</source>
        <translation>{count} lignes ont été rejetées et non importées&#xa0;; chacune est listée ci-dessous avec son numéro de ligne. Corrigez-les dans une copie du fichier ne contenant que ces lignes, puis importez cette copie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the incidents as</source>
        <translation>Enregistrer les incidents sous</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+25"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrote {count} incidents for the {audience} audience to {path}.</source>
        <translation>{count} incidents écrits (destinataires&#xa0;: {audience}) dans {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the incidents…</source>
        <translation>Écriture des incidents…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/common.py" line="+44"/>
        <location filename="../../hrdoc/services/sharing.py" line="+73"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only records marked public, without working notes; evidence files are described, not included.</source>
        <translation>Uniquement les fiches marquées publiques, sans les notes de travail&#xa0;; les éléments de preuve sont décrits, non inclus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public and restricted records with their evidence files; accounts only where the witness agreed to sharing with partners. No identities, no working notes.</source>
        <translation>Les fiches publiques et restreintes avec leurs éléments de preuve&#xa0;; les témoignages uniquement si le témoin a accepté le partage avec les partenaires. Ni identités ni notes de travail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything, to move the case to a colleague: every record, working notes, logs and evidence files.</source>
        <translation>Tout, pour transmettre le dossier à un collègue&#xa0;: toutes les fiches, les notes de travail, les journaux et les éléments de preuve.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It holds the legal names, contacts and residences of witnesses and victims: encrypt it and hand it only to your own team.</source>
        <translation>Il contient les noms à l&apos;état civil, les coordonnées et les lieux de résidence des témoins et des victimes&#xa0;: chiffrez-le et ne le remettez qu&apos;à votre propre équipe.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/exchange.py" line="+139"/>
        <location filename="../../hrdoc/gui/exchange/common.py" line="+40"/>
        <source>Records added: {records}</source>
        <translation>Fiches ajoutées&#xa0;: {records}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/exchange/common.py" line="+1"/>
        <source>Records updated: {records}</source>
        <translation>Fiches modifiées&#xa0;: {records}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/exchange/common.py" line="+1"/>
        <source>Unchanged: {unchanged}; newer here, kept: {kept}; deleted: {deleted}</source>
        <translation>Inchangées&#xa0;: {unchanged}&#xa0;; plus récentes ici, conservées&#xa0;: {kept}&#xa0;; supprimées&#xa0;: {deleted}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/gui/exchange/common.py" line="+3"/>
        <source>Account versions added: {versions}; evidence files added: {files}</source>
        <translation>Versions de témoignage ajoutées&#xa0;: {versions}&#xa0;; éléments de preuve ajoutés&#xa0;: {files}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/gui/exchange/common.py" line="+3"/>
        <source>Audit log entries added: {audit_entries}; custody log entries added: {custody_entries}</source>
        <translation>Entrées du journal d&apos;audit ajoutées&#xa0;: {audit_entries}&#xa0;; entrées de la chaîne de traçabilité ajoutées&#xa0;: {custody_entries}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/common.py" line="+6"/>
        <source>Conflicts (changed on both sides, both versions kept): {count}</source>
        <translation>Conflits (modifiées des deux côtés, les deux versions sont conservées)&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From the team store, into this store:</source>
        <translation>De la base d&apos;équipe vers cette base&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing: the team store did not have this case yet</source>
        <translation>rien&#xa0;: la base d&apos;équipe ne contenait pas encore ce dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From this store, into the team store:</source>
        <translation>De cette base vers la base d&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Took the team store&apos;s audit log as it is now (recorded in this store&apos;s audit log), although {problem}.</source>
        <translation>Le journal d&apos;audit de la base d&apos;équipe a été repris dans son état actuel (ce qui est consigné dans le journal d&apos;audit de cette base), bien que {problem}.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/conflict_views.py" line="-225"/>
        <source>changed on both sides</source>
        <translation>modifiée des deux côtés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted here, changed there</source>
        <translation>supprimée ici, modifiée ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed here, deleted there</source>
        <translation>modifiée ici, supprimée ailleurs</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other version from</source>
        <translation>Origine de l&apos;autre version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Détecté le</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+21"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+17"/>
        <source>This laptop</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>Other version</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source> — deleted</source>
        <translation> — fiche supprimée</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(none recorded)</source>
        <translation>(aucune donnée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[protected — reveal to see]</source>
        <translation>[protégé — révéler pour afficher]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted with it</source>
        <translation>Fiches supprimées avec elle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comes back with it</source>
        <translation>Fiches rétablies avec elle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes with it</source>
        <translation>Fiches liées</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Last saved</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{record} (not in this store)</source>
        <translation>{record} (absent de cette base)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(deleted)</source>
        <translation>(fiche supprimée)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Differs between the two versions</source>
        <translation>Diffère entre les deux versions</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/conflicts.py" line="+70"/>
        <source>Conflicts — {case}</source>
        <translation>Conflits — {case}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+141"/>
        <location line="+76"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Open conflicts</source>
        <translation>Conflits en suspens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These records were changed both on this laptop and in another copy of the case (an imported bundle or the team store). Both versions are kept until you choose one; your choice travels with the next sync or bundle.</source>
        <translation>Ces fiches ont été modifiées à la fois sur cet ordinateur et dans une autre copie du dossier (un paquet importé ou la base d&apos;équipe). Les deux versions sont conservées jusqu&apos;à ce que vous en choisissiez une&#xa0;; votre choix sera transmis lors de la prochaine synchronisation ou du prochain paquet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Keep this laptop&apos;s version</source>
        <translation>Garder la version de cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the other version</source>
        <translation>Prendre l&apos;autre version</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/gui/workspace/witnesses.py" line="+92"/>
        <source>Reveal identity…</source>
        <translation>Révéler l&apos;identité…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the protected identity on both sides (recorded in the audit log)</source>
        <translation>Afficher l&apos;identité protégée des deux côtés (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location line="+103"/>
        <location filename="../../hrdoc/gui/forms/form.py" line="+511"/>
        <location filename="../../hrdoc/gui/workspace/witnesses.py" line="+25"/>
        <location line="+4"/>
        <source>Reveal identity</source>
        <translation>Révéler l&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revealing the identity in “{record}” is recorded in the audit log. Why do you need it?</source>
        <translation>La révélation de l&apos;identité figurant dans «&#xa0;{record}&#xa0;» est consignée dans le journal d&apos;audit. Pourquoi en avez-vous besoin&#xa0;?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No open conflicts in this case.</source>
        <translation>Aucun conflit en suspens dans ce dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} “{name}”</source>
        <translation>{kind} «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{record} was &lt;b&gt;deleted on this laptop&lt;/b&gt; but changed in the other version (from {origin}). Keeping this laptop&apos;s version keeps it deleted; taking the other version brings it back, with the records that come back with it.</source>
        <translation>{record}&#xa0;: fiche &lt;b&gt;supprimée sur cet ordinateur&lt;/b&gt;, mais modifiée dans l&apos;autre version (provenant de {origin}). Garder la version de cet ordinateur la maintient supprimée&#xa0;; prendre l&apos;autre version la rétablit, avec les fiches qui sont rétablies avec elle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{record} was changed on this laptop but &lt;b&gt;deleted in the other version&lt;/b&gt; (from {origin}). Keeping this laptop&apos;s version keeps it, and what the other version deleted with it; taking the other version deletes it here too, with what depends on it.</source>
        <translation>{record}&#xa0;: fiche modifiée sur cet ordinateur, mais &lt;b&gt;supprimée dans l&apos;autre version&lt;/b&gt; (provenant de {origin}). Garder la version de cet ordinateur la conserve, ainsi que ce que l&apos;autre version a supprimé avec elle&#xa0;; prendre l&apos;autre version la supprime ici aussi, avec ce qui en dépend.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{record} was changed on this laptop and in the other version (from {origin}).</source>
        <translation>{record}&#xa0;: fiche modifiée sur cet ordinateur et dans l&apos;autre version (provenant de {origin}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} field(s) differ; they are highlighted below.</source>
        <translation>{count} champ(s) diffèrent&#xa0;; ils sont mis en évidence ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two versions differ only in when they were saved.</source>
        <translation>Les deux versions ne diffèrent que par leur date d&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kept this laptop&apos;s version of “{record}”.</source>
        <translation>Version de cet ordinateur conservée pour «&#xa0;{record}&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took the other version of “{record}”.</source>
        <translation>Autre version retenue pour «&#xa0;{record}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/export_dialog.py" line="+0"/>
        <location filename="../../hrdoc/gui/exchange/transfers.py" line="-22"/>
        <location line="+23"/>
        <location line="+4"/>
        <source>Export case</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A bundle is one file holding the case as the chosen audience may receive it. Another hrdoc imports it with File → Import case, merging it with any copy of the case it already has.</source>
        <translation>Un paquet est un fichier unique contenant le dossier tel que les destinataires choisis peuvent le recevoir. Une autre installation de hrdoc l&apos;importe par Fichier → Importer un dossier, en le fusionnant avec toute copie du dossier qu&apos;elle possède déjà.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Encrypt with a bundle passphrase</source>
        <translation>Chiffrer avec une phrase secrète de paquet</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+84"/>
        <source>Bundle passphrase:</source>
        <translation>Phrase secrète du paquet&#xa0;:</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Repeat it:</source>
        <translation>Confirmer&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tell the recipient the passphrase another way than the file travels: in person or by phone. It cannot be recovered.</source>
        <translation>Communiquez la phrase secrète au destinataire par un autre moyen que celui qu&apos;emprunte le fichier&#xa0;: en personne ou par téléphone. Elle ne peut pas être récupérée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A sentence of four or more unrelated words is easy to say and hard to guess.</source>
        <translation>Une phrase de quatre mots ou plus, sans lien entre eux, est facile à dire et difficile à deviner.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Without a passphrase anyone who gets the file can read everything in it, identities included.</source>
        <translation>Sans phrase secrète, toute personne qui obtient le fichier peut en lire tout le contenu, identités comprises.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a passphrase anyone who gets the file can read it.</source>
        <translation>Sans phrase secrète, toute personne qui obtient le fichier peut le lire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a bundle passphrase, or leave the bundle unencrypted.</source>
        <translation>Saisissez une phrase secrète de paquet, ou laissez le paquet non chiffré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/gui/unlock.py" line="+150"/>
        <source>The passphrase is too short: use at least {count} characters.</source>
        <translation>La phrase secrète est trop courte&#xa0;: utilisez au moins {count} caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/gui/unlock.py" line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Encrypted bundle</source>
        <translation>Paquet chiffré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <comment>button</comment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{file}” is encrypted. Enter its bundle passphrase.</source>
        <translation>«&#xa0;{file}&#xa0;» est chiffré. Saisissez sa phrase secrète de paquet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the bundle passphrase.</source>
        <translation>Saisissez la phrase secrète du paquet.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/import_dialog.py" line="-25"/>
        <source>no records besides the case</source>
        <translation>aucune fiche en dehors du dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../hrdoc/gui/exchange/transfers.py" line="+29"/>
        <location line="+31"/>
        <location line="+38"/>
        <location line="+15"/>
        <source>Import case</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle passed every check. It says:</source>
        <translation>Le paquet a passé toutes les vérifications. Il indique&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported by</source>
        <translation>Exporté par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not named in this copy</source>
        <translation>non nommé dans cette copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported on</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/user_guide.py" line="+1"/>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle holds identities of witnesses or victims.</source>
        <translation>Ce paquet contient des identités de témoins ou de victimes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This store already has this case: the bundle is merged into it. A record changed in both copies keeps both versions, as a conflict for you to resolve; nothing is overwritten.</source>
        <translation>Cette base contient déjà ce dossier&#xa0;: le paquet y est fusionné. Une fiche modifiée dans les deux copies conserve ses deux versions, sous forme de conflit à résoudre&#xa0;; rien n&apos;est écrasé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This store does not have this case yet: it will be added.</source>
        <translation>Cette base ne contient pas encore ce dossier&#xa0;: il sera ajouté.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/result.py" line="+57"/>
        <source>{count} record(s) were changed both here and in the other copy. Both versions are kept until you choose one.</source>
        <translation>{count} fiche(s) modifiée(s) à la fois ici et dans l&apos;autre copie. Les deux versions sont conservées jusqu&apos;à ce que vous en choisissiez une.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open conflicts…</source>
        <translation>Ouvrir les conflits…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/sync_dialog.py" line="-20"/>
        <location line="+112"/>
        <location filename="../../hrdoc/gui/exchange/transfers.py" line="+66"/>
        <location line="+34"/>
        <source>Sync with team store</source>
        <translation>Synchroniser avec la base d&apos;équipe</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync brings this laptop&apos;s copy of the case and the team store&apos;s copy together, in both. A change made on one side is taken; a record changed on both sides keeps both versions, as a conflict for you to resolve.</source>
        <translation>La synchronisation réunit la copie du dossier de cet ordinateur et celle de la base d&apos;équipe, des deux côtés. Une modification faite d&apos;un côté est reprise&#xa0;; une fiche modifiée des deux côtés conserve ses deux versions, sous forme de conflit à résoudre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>postgresql://user@server/hrdoc, or a store file</source>
        <translation>postgresql://utilisateur@serveur/hrdoc, ou un fichier de base</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team store:</source>
        <translation>Base d&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A store on a server takes your database password (left empty: the one in ~/.pgpass or PGPASSWORD); a store file, its passphrase. Neither is ever remembered.</source>
        <translation>Une base sur un serveur demande votre mot de passe de base de données (si le champ est vide&#xa0;: celui de ~/.pgpass ou de PGPASSWORD)&#xa0;; un fichier de base, sa phrase secrète. Ni l&apos;un ni l&apos;autre n&apos;est jamais mémorisé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your password:</source>
        <translation>Votre mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>if the server asks for one</source>
        <translation>si le serveur en demande un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its passphrase:</source>
        <translation>Sa phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the team store file</source>
        <translation>Choisir le fichier de la base d&apos;équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hrdoc stores (*.db);;All files (*)</source>
        <translation>Bases hrdoc (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the team store: a postgresql:// URL or a store file.</source>
        <translation>Indiquez la base d&apos;équipe&#xa0;: une URL postgresql:// ou un fichier de base.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is this laptop&apos;s own store; give the team&apos;s store.</source>
        <translation>Il s&apos;agit de la base de cet ordinateur&#xa0;; indiquez la base de l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no store file at {path}.</source>
        <translation>Aucun fichier de base à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the passphrase of the team store file.</source>
        <translation>Saisissez la phrase secrète du fichier de la base d&apos;équipe.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nothing was synced: the team store {store} is not as this laptop last saw it.</source>
        <translation>Rien n&apos;a été synchronisé&#xa0;: la base d&apos;équipe {store} n&apos;est plus dans l&apos;état où cet ordinateur l&apos;a vue la dernière fois.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tell your team and whoever runs its server, and compare with the other laptops before trusting it. Once you know why (a restore from an older backup, say), you can take its log as it is now.</source>
        <translation>Prévenez votre équipe et la personne qui administre son serveur, et comparez avec les autres ordinateurs avant de vous y fier. Une fois la cause connue (par exemple une restauration à partir d&apos;une sauvegarde plus ancienne), vous pourrez reprendre son journal dans son état actuel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept the team&apos;s log as it is now…</source>
        <translation>Accepter le journal de l&apos;équipe dans son état actuel…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accept the team&apos;s log</source>
        <translation>Accepter le journal de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the team store&apos;s audit log as it is now, and sync?</source>
        <translation>Reprendre le journal d&apos;audit de la base d&apos;équipe dans son état actuel, puis synchroniser&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop stops comparing it with what it saw at its last sync. That you accepted it, and what was wrong, are recorded in this store&apos;s audit log, under your name.</source>
        <translation>Cet ordinateur cessera de le comparer avec ce qu&apos;il avait vu lors de sa dernière synchronisation. Votre acceptation et l&apos;anomalie constatée sont consignées dans le journal d&apos;audit de cette base, sous votre nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept and sync</source>
        <translation>Accepter et synchroniser</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="-288"/>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="-88"/>
        <location filename="../../hrdoc/gui/models/case_table.py" line="+48"/>
        <location filename="../../hrdoc/gui/search_results.py" line="-8"/>
        <location filename="../../hrdoc/gui/workspace/map_page.py" line="+52"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="-7"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+77"/>
        <location filename="../../hrdoc/services/reporting/front.py" line="+88"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+1"/>
        <location filename="../../hrdoc/gui/search_results.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+21"/>
        <location filename="../../hrdoc/gui/workspace/related_list.py" line="+63"/>
        <location filename="../../hrdoc/services/reporting/front.py" line="+1"/>
        <source>Allegations</source>
        <translation>Allégations</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/map_page.py" line="-1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-47"/>
        <location line="+63"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="+1"/>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+1"/>
        <location filename="../../hrdoc/gui/search_results.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="+2"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-62"/>
        <location line="+77"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+1"/>
        <source>Alleged perpetrators (allegation × actor)</source>
        <translation>Auteurs présumés (allégation × acteur)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="+1"/>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+1"/>
        <location filename="../../hrdoc/gui/forms/related.py" line="+0"/>
        <location filename="../../hrdoc/gui/search_results.py" line="+5"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-76"/>
        <location line="+90"/>
        <location filename="../../hrdoc/gui/workspace/related_list.py" line="+3"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-27"/>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+30"/>
        <source>Victims of allegations</source>
        <translation>Victimes visées par les allégations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses (pseudonyms only)</source>
        <translation>Témoins (pseudonymes uniquement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts (current versions)</source>
        <translation>Témoignages (versions en vigueur)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="+3"/>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+1"/>
        <location filename="../../hrdoc/gui/search_results.py" line="-2"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="+3"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-112"/>
        <location line="+124"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/table_export.py" line="+1"/>
        <source>Evidence files (descriptions and hashes)</source>
        <translation>Éléments de preuve (descriptions et empreintes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/matrix.py" line="+234"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-122"/>
        <source>Evidence links</source>
        <translation>Liens de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported figures (who reports how many of whom)</source>
        <translation>Chiffres rapportés (qui rapporte combien de personnes, et lesquelles)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internal: everything the team may see</source>
        <translation>Interne : tout ce que l&apos;équipe peut voir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partners: public and restricted records, accounts with consent to share</source>
        <translation>Partenaires : fiches publiques et restreintes, témoignages dont le partage est consenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: public records only</source>
        <translation>Public : fiches publiques uniquement</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+62"/>
        <source>Export table as CSV</source>
        <translation>Exporter un tableau en CSV</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Write one table of {case} as a CSV file for a spreadsheet. Witness identities are never included.</source>
        <translation>Écrire un tableau de {case} dans un fichier CSV pour un tableur. Les identités des témoins n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table:</source>
        <translation>Tableau&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save the table as</source>
        <translation>Enregistrer le tableau sous</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Table exported</source>
        <translation>Tableau exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {rows} rows of {table} for the {audience} audience to {path}.</source>
        <translation>{rows} lignes de «&#xa0;{table}&#xa0;» écrites (destinataires&#xa0;: {audience}) dans {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the table…</source>
        <translation>Écriture du tableau…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/exchange/transfers.py" line="-267"/>
        <source>Save the bundle as</source>
        <translation>Enregistrer le paquet sous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hrdoc case bundles (*.hrdoc)</source>
        <translation>Paquets de dossier hrdoc (*.hrdoc)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exporting {case}…</source>
        <translation>Exportation de {case}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case was not exported; no file was written.</source>
        <translation>Le dossier n&apos;a pas été exporté&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote {path}: case {case} for the {audience} audience, {records} records and {files} evidence file(s), {encryption}.</source>
        <translation>{path} écrit&#xa0;: dossier {case} (destinataires&#xa0;: {audience}), {records} fiches et {files} élément(s) de preuve, {encryption}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT encrypted</source>
        <translation>NON chiffré</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../hrdoc/gui/report_dialog.py" line="+274"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import a case bundle</source>
        <translation>Importer un paquet de dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hrdoc case bundles (*.hrdoc);;All files (*)</source>
        <translation>Paquets de dossier hrdoc (*.hrdoc);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bundle cannot be read.</source>
        <translation>Le paquet est illisible.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This bundle is encrypted: enter its passphrase.</source>
        <translation>Ce paquet est chiffré&#xa0;: saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>The bundle was not imported; nothing was changed.</source>
        <translation>Le paquet n&apos;a pas été importé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importation annulée&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{case} was added to this store from {file}.</source>
        <translation>{case} a été ajouté à cette base à partir de {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} was merged into this store&apos;s copy of {case}.</source>
        <translation>{file} a été fusionné dans la copie de {case} que contient cette base.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {name}.</source>
        <translation>{name} importé.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Opening the team store…</source>
        <translation>Ouverture de la base d&apos;équipe…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrong passphrase for the team store file, or it is not an hrdoc store.</source>
        <translation>Phrase secrète erronée pour le fichier de la base d&apos;équipe, ou ce fichier n&apos;est pas une base hrdoc.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sync did not complete. What it had already merged into this store is kept; sync again.</source>
        <translation>La synchronisation n&apos;a pas abouti. Ce qui avait déjà été fusionné dans cette base est conservé&#xa0;; relancez la synchronisation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncing {case} with the team store…</source>
        <translation>Synchronisation de {case} avec la base d&apos;équipe…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync cancelled. Anything already merged into this store is kept; sync again to finish.</source>
        <translation>Synchronisation annulée. Ce qui a déjà été fusionné dans cette base est conservé&#xa0;; relancez la synchronisation pour terminer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not synced: the team store&apos;s audit log is not as this laptop last saw it.</source>
        <translation>Non synchronisé&#xa0;: le journal d&apos;audit de la base d&apos;équipe n&apos;est plus dans l&apos;état où cet ordinateur l&apos;a vu la dernière fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Synced {case} with the team store.</source>
        <translation>{case} synchronisé avec la base d&apos;équipe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case} was synced with the team store at {store}.</source>
        <translation>{case} a été synchronisé avec la base d&apos;équipe ({store}).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/adopt.py" line="+50"/>
        <source>Actor not added</source>
        <translation>Acteur non ajouté</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/country.py" line="+30"/>
        <location filename="../../hrdoc/gui/forms/fields.py" line="+111"/>
        <location line="+31"/>
        <location line="+70"/>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a country&apos;s name in English, French or Arabic, or its two-letter code</source>
        <translation>Saisissez le nom d&apos;un pays en anglais, en français ou en arabe, ou son code à deux lettres</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/dialog.py" line="+75"/>
        <source>New {kind}</source>
        <translation>Nouvelle fiche&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit {kind}</source>
        <translation>Modifier la fiche&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the {kind}</source>
        <translation>Enregistrer la fiche&#xa0;: {kind}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/fields.py" line="-121"/>
        <source>for example {date}, or empty if unknown</source>
        <translation>par exemple {date}, ou vide si inconnue</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="+299"/>
        <location filename="../../hrdoc/gui/forms/fields.py" line="+5"/>
        <location filename="../../hrdoc/gui/workspace/witnesses.py" line="+11"/>
        <source>[protected]</source>
        <translation>[protégé]</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/fields.py" line="+15"/>
        <location line="+20"/>
        <location line="+11"/>
        <location filename="../../hrdoc/gui/forms/related_table.py" line="+177"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>— not graded —</source>
        <translation>— non évalué —</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../build/translations/computed_strings.py" line="+63"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-27"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+77"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>— a record not in this case —</source>
        <translation>— une fiche extérieure à ce dossier —</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“{text}” is not a date: write it as {date} or as YYYY-MM-DD</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la sous la forme {date} ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/validation.py" line="+149"/>
        <location filename="../../hrdoc/gui/forms/fields.py" line="+11"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/fields.py" line="+0"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text!r} is not {what}; leave it empty if unknown</source>
        <translation>{text!r} n&apos;est pas {what}&#xa0;; laissez vide si la valeur est inconnue</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/form.py" line="-244"/>
        <source>What the witness said</source>
        <translation>Ce que le témoin a dit</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="-311"/>
        <location filename="../../hrdoc/gui/forms/form.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+95"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/form.py" line="+1"/>
        <source>Protected identity (never shown in reports or exports)</source>
        <translation>Identité protégée (jamais affichée dans les rapports ni les exportations)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Masked. Revealing them is recorded in the audit log.</source>
        <translation>Masquée. Sa révélation est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reveal to edit…</source>
        <translation>Révéler pour modifier…</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Discard the changes to this {kind}?</source>
        <translation>Abandonner les modifications de cette fiche ({kind})&#xa0;?</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Undo of the correction: {note}</source>
        <translation>Annulation de la correction&#xa0;: {note}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revealing this {kind}&apos;s identity is recorded in the audit log. Why do you need it?</source>
        <translation>La révélation de l&apos;identité (fiche&#xa0;: {kind}) est consignée dans le journal d&apos;audit. Pourquoi en avez-vous besoin&#xa0;?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This is version {version}. Changing what the witness said saves a new version beside the old one: say why in the correction note.</source>
        <translation>Ceci est la version {version}. Modifier ce que le témoin a dit enregistre une nouvelle version à côté de l&apos;ancienne&#xa0;: indiquez pourquoi dans la note de correction.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/keys.py" line="+52"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you typed in this form is lost if you discard it.</source>
        <translation>Ce que vous avez saisi dans ce formulaire sera perdu si vous l&apos;abandonnez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="+108"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Discard the changes to this form?</source>
        <translation>Abandonner les modifications de ce formulaire&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/picker.py" line="+305"/>
        <source>record</source>
        <translation>fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for a {kind}</source>
        <translation>Rechercher&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or another spelling</source>
        <translation>Saisissez un nom ou une autre graphie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching records</source>
        <translation>Fiches correspondantes</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{name} (also {also})</source>
        <translation>{name} (aussi {also})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label} — from {source}</source>
        <translation>{label} — provenant de {source}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New {kind} “{typed}”…</source>
        <translation>Nouvelle fiche {kind} «&#xa0;{typed}&#xa0;»…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New {kind}…</source>
        <translation>Nouvelle fiche {kind}…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/related.py" line="-3"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="+97"/>
        <location filename="../../hrdoc/gui/workspace/related_list.py" line="-1"/>
        <location filename="../../hrdoc/services/reporting/front.py" line="+27"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+33"/>
        <source>Alleged perpetrators</source>
        <translation>Auteurs présumés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;perpetrator</source>
        <translation>Ajouter un auteur &amp;présumé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Perpetrator</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;victim</source>
        <translation>Ajouter une &amp;victime</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Saved with the {kind}.</source>
        <translation>Enregistré avec la fiche ({kind}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A row is saved as soon as you leave it; Undo (Ctrl+Z in the main window) takes it back.</source>
        <translation>Une ligne est enregistrée dès que vous la quittez&#xa0;; Annuler (Ctrl+Z dans la fenêtre principale) revient en arrière.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>choose a {kind}, or remove the row with Ctrl+Delete</source>
        <translation>choisissez&#xa0;: {kind}, ou retirez la ligne avec Ctrl+Suppr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is named in {row} already; remove one of the rows</source>
        <translation>{name} figure déjà dans {row}&#xa0;; retirez l&apos;une des lignes</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../../hrdoc/gui/undo.py" line="+103"/>
        <source>create {kind}</source>
        <translation>création&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>add {kind}</source>
        <translation>ajout&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/undo.py" line="+38"/>
        <source>edit {kind}</source>
        <translation>modification&#xa0;: {kind}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/related_table.py" line="-40"/>
        <source>Add a row (Insert in a row); Ctrl+Delete removes the row you are in</source>
        <translation>Ajouter une ligne (Inser dans une ligne)&#xa0;; Ctrl+Suppr retire la ligne où vous vous trouvez</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None yet.</source>
        <translation>Aucune ligne pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} (new)</source>
        <translation>{name} (nouvelle fiche)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Remove {row} {number}</source>
        <translation>Retirer&#xa0;: {row} {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this row (Ctrl+Delete)</source>
        <translation>Retirer cette ligne (Ctrl+Suppr)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/related_undo.py" line="+39"/>
        <source>remove {kind}</source>
        <translation>retrait&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../hrdoc/gui/undo.py" line="-26"/>
        <location line="+38"/>
        <source>undo</source>
        <translation>annulation</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../hrdoc/gui/undo.py" line="-24"/>
        <location line="+33"/>
        <source>redo</source>
        <translation>rétablissement</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/forms/specs.py" line="+1"/>
        <source>Allegation or incident</source>
        <translation>Allégation ou incident</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>Account of {witness} (version {version})</source>
        <translation>Témoignage de {witness} (version {version})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_menus.py" line="+52"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock hrdoc now; open forms are kept as drafts</source>
        <translation>Verrouiller hrdoc maintenant&#xa0;; les formulaires ouverts sont conservés comme brouillons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/shortcuts.py" line="-25"/>
        <source>Read the case list and the open case again</source>
        <translation>Relire la liste des dossiers et le dossier ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter cases</source>
        <translation>&amp;Filtrer les dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Case list</source>
        <translation>&amp;Liste des dossiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the case list</source>
        <translation>Afficher ou masquer la liste des dossiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../hrdoc/gui/preferences.py" line="+276"/>
        <location filename="../../hrdoc/gui/unlock.py" line="-97"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search all cases…</source>
        <translation>&amp;Rechercher dans tous les dossiers…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search every case&apos;s records</source>
        <translation>Rechercher dans les fiches de tous les dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About hrdoc</source>
        <translation>À &amp;propos de hrdoc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User &amp;guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to enter a case, who sees what, the keys</source>
        <translation>Comment saisir un dossier, qui voit quoi, les raccourcis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a PDF report of the selected case for an audience</source>
        <translation>Produire un rapport PDF du dossier sélectionné pour des destinataires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export case…</source>
        <translation>&amp;Exporter le dossier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the selected case to a bundle file for a colleague or partner</source>
        <translation>Écrire le dossier sélectionné dans un fichier paquet pour un collègue ou un partenaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import case…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or merge a case from a bundle file</source>
        <translation>Ajouter ou fusionner un dossier à partir d&apos;un fichier paquet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ync with team store…</source>
        <translation>S&amp;ynchroniser avec la base d&apos;équipe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring the selected case and the team store&apos;s copy together</source>
        <translation>Réunir le dossier sélectionné et sa copie dans la base d&apos;équipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;table as CSV…</source>
        <translation>Exporter un &amp;tableau en CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write one table of the selected case for a spreadsheet</source>
        <translation>Écrire un tableau du dossier sélectionné pour un tableur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;ACLED CSV…</source>
        <translation>Importer un CSV &amp;ACLED…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the events of an ACLED-style CSV file to the selected case as incidents</source>
        <translation>Ajouter au dossier sélectionné, comme incidents, les événements d&apos;un fichier CSV au format ACLED</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export incidents as ACLE&amp;D CSV…</source>
        <translation>Exporter les incidents en CSV ACLE&amp;D…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected case&apos;s incidents as an ACLED-style CSV file</source>
        <translation>Écrire les incidents du dossier sélectionné dans un fichier CSV au format ACLED</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records of the selected case changed both here and in another copy: choose a version</source>
        <translation>Fiches du dossier sélectionné modifiées à la fois ici et dans une autre copie&#xa0;: choisir une version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New &amp;case…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a new case</source>
        <translation>Ouvrir un nouveau dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New record…</source>
        <translation>&amp;Nouvelle fiche…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a record of the kind shown on the current page</source>
        <translation>Ajouter une fiche du type affiché sur la page en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Modifier la sélection…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected record</source>
        <translation>Modifier la fiche sélectionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete selected…</source>
        <translation>&amp;Supprimer la sélection…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/gui/shortcuts.py" line="+3"/>
        <source>Delete the selected record (asks first)</source>
        <translation>Supprimer la fiche sélectionnée (après confirmation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;xt page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/shortcuts.py" line="+5"/>
        <source>Next page of the open case</source>
        <translation>Page suivante du dossier ouvert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;vious page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/gui/shortcuts.py" line="+1"/>
        <source>Previous page of the open case</source>
        <translation>Page précédente du dossier ouvert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About hrdoc</source>
        <translation>À propos de hrdoc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;hrdoc {version}&lt;/b&gt;&lt;p&gt;An offline case manager for human-rights investigators: incidents, allegations, witnesses, sources and evidence, kept encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;hrdoc {version}&lt;/b&gt;&lt;p&gt;Un gestionnaire de dossiers hors ligne pour les enquêteurs en droits de l&apos;homme&#xa0;: incidents, allégations, témoins, sources et éléments de preuve, conservés chiffrés sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/keyboard.py" line="+183"/>
        <location filename="../../hrdoc/gui/main_menus.py" line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/main_menus.py" line="+17"/>
        <source>&amp;Edit</source>
        <translation>Éd&amp;ition</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/main_menus.py" line="+8"/>
        <source>&amp;Case</source>
        <translation>Dossi&amp;er</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/main_menus.py" line="+3"/>
        <source>Ev&amp;idence</source>
        <translation>Éléments de preu&amp;ve</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/main_menus.py" line="+1"/>
        <source>&amp;View</source>
        <translation>Affi&amp;chage</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../hrdoc/gui/main_menus.py" line="+6"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_menus.py" line="+40"/>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/main_window.py" line="+159"/>
        <source>hrdoc — {store}</source>
        <translation>hrdoc — {store}</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>hrdoc is locked. Enter the passphrase to continue.</source>
        <translation>hrdoc est verrouillé. Saisissez la phrase secrète pour continuer.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>1 case</source>
        <translation>1 dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} cases</source>
        <translation>{count} dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{cases} · store: {store} · working as {user}</source>
        <translation>{cases} · base&#xa0;: {store} · utilisateur&#xa0;: {user}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/preferences.py" line="-236"/>
        <source>Your choice takes effect when hrdoc next starts.</source>
        <translation>Votre choix prendra effet au prochain démarrage de hrdoc.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../hrdoc/gui/shortcuts.py" line="+5"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+216"/>
        <source>for example A. Diallo, or a handle</source>
        <translation>par exemple A. Diallo, ou un identifiant</translation>
    </message>
    <message>
        <location line="-210"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+188"/>
        <source>&amp;Investigator name:</source>
        <translation>Nom ou &amp;identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Minutes without input before hrdoc locks ({minimum}–{maximum}).</source>
        <translation>Minutes d&apos;inactivité avant le verrouillage de hrdoc ({minimum}–{maximum}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock after idle:</source>
        <translation>Verrouil&amp;ler après&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on report covers.</source>
        <translation>Figure sur la couverture des rapports.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Enter a whole number of minutes from {minimum} to {maximum}.</source>
        <translation>Saisissez un nombre entier de minutes entre {minimum} et {maximum}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <source>At most {count} characters.</source>
        <translation>{count} caractères au maximum.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Recorded as who acts in the audit log and the chain of custody, who acquired evidence, and the author of what you create.</source>
        <translation>Consigné comme auteur des actions dans le journal d&apos;audit et la chaîne de traçabilité, comme personne ayant obtenu les éléments de preuve, et comme auteur de ce que vous créez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter your name or handle.</source>
        <translation>Saisissez votre nom ou votre identifiant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who is working?</source>
        <translation>Qui travaille&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your name or the handle your team knows you by.</source>
        <translation>Saisissez votre nom ou l&apos;identifiant sous lequel votre équipe vous connaît.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You can change it later in Preferences.</source>
        <translation>Vous pourrez le modifier plus tard dans les Préférences.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/provenance.py" line="+40"/>
        <source>this store</source>
        <translation>cette base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another store ({store})</source>
        <translation>une autre base ({store})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written in this store</source>
        <translation>Écrite dans cette base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First written in {where}</source>
        <translation>Écrite d&apos;abord dans {where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arrived here {time} UTC</source>
        <translation>arrivée ici le {time} UTC</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/logs.py" line="+45"/>
        <location filename="../../hrdoc/gui/provenance.py" line="+2"/>
        <source>from {origin}</source>
        <translation>via {origin}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/report_dialog.py" line="-426"/>
        <source>Only records marked public. Witnesses by pseudonym; their words only where they consented to be quoted.</source>
        <translation>Uniquement les fiches marquées publiques. Les témoins sous pseudonyme&#xa0;; leurs propos uniquement s&apos;ils ont consenti à être cités.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public and restricted records; accounts where the witness agreed to sharing with partners. Marked RESTRICTED.</source>
        <translation>Les fiches publiques et restreintes&#xa0;; les témoignages dont le témoin a accepté le partage avec les partenaires. Marqué DIFFUSION RESTREINTE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every record, with interview details and working notes. Marked CONFIDENTIAL on every page.</source>
        <translation>Toutes les fiches, avec les détails des entretiens et les notes de travail. Marqué CONFIDENTIEL sur chaque page.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Preparing the preview: page {page} of {pages}…</source>
        <translation>Préparation de l&apos;aperçu&#xa0;: page {page} sur {pages}…</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Report — {case}</source>
        <translation>Rapport — {case}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Legal names, contacts and residences of witnesses and victims are never in a report.</source>
        <translation>Les noms à l&apos;état civil, coordonnées et lieux de résidence des témoins et des victimes ne figurent jamais dans un rapport.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who the report is for, then Generate.</source>
        <translation>Choisissez les destinataires du rapport, puis cliquez sur Générer.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The report&apos;s language changed: Generate the report again.</source>
        <translation>La langue du rapport a changé&#xa0;: générez de nouveau le rapport.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The audience changed: Generate the report again.</source>
        <translation>Les destinataires ont changé&#xa0;: générez de nouveau le rapport.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../hrdoc/gui/report_scope.py" line="+47"/>
        <source>Counting what the report will hold…</source>
        <translation>Décompte du contenu du rapport…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generating the {audience} report…</source>
        <translation>Génération du rapport ({audience})…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Generating…</source>
        <translation>Génération en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating the report…</source>
        <translation>Génération du rapport…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No report was made.</source>
        <translation>Aucun rapport n&apos;a été produit.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{audience} report: {pages} page(s), {size} KB. Nothing has been saved yet.</source>
        <translation>Rapport ({audience})&#xa0;: {pages} page(s), {size} Ko. Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview shows the first {count} pages; Save as… writes them all.</source>
        <translation>L&apos;aperçu montre les {count} premières pages&#xa0;; Enregistrer sous… les écrit toutes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report could not be made.</source>
        <translation>Le rapport n&apos;a pas pu être produit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+9"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The report could not be made:
{error}</source>
        <translation>Le rapport n&apos;a pas pu être produit&#xa0;:
{error}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report could not be saved to {path}:
{error}</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans {path}&#xa0;:
{error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/report_scope.py" line="-19"/>
        <location line="+8"/>
        <source>What the report will hold</source>
        <translation>Contenu du rapport</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the report will hold could not be counted: {error}</source>
        <translation>Le contenu du rapport n&apos;a pas pu être décompté&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This report will hold no incident.</source>
        <translation>Ce rapport ne contiendra aucun incident.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report with no incident</source>
        <translation>Rapport sans incident</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The public report would hold {contents}.

Make it anyway?</source>
        <translation>Le rapport public ne contiendrait {contents}.

Le produire quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partners&apos; report would hold {contents}.

Make it anyway?</source>
        <translation>Le rapport destiné aux partenaires ne contiendrait {contents}.

Le produire quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The internal report would hold {contents}.

Make it anyway?</source>
        <translation>Le rapport interne ne contiendrait {contents}.

Le produire quand même&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/scope_words.py" line="+26"/>
        <source>Incidents:</source>
        <translation>Incidents&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allegations:</source>
        <translation>Allégations&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses:</source>
        <translation>Témoins&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts:</source>
        <translation>Témoignages&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files:</source>
        <translation>Éléments de preuve&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} public</source>
        <translation>{count} public(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} restricted</source>
        <translation>{count} à diffusion restreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} confidential</source>
        <translation>{count} confidentiel(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} with no consent to share</source>
        <translation>{count} sans consentement au partage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} with no account in the report</source>
        <translation>{count} sans témoignage dans le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} left out by the sharing rules</source>
        <translation>{count} écarté(s) par les règles de partage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} with no consent to be quoted</source>
        <translation>{count} sans consentement à être cité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} not marked quotable</source>
        <translation>{count} non marqué(s) comme citable(s)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} whose {field} is left out</source>
        <translation>{count} dont la fiche «&#xa0;{field}&#xa0;» est écartée</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/exchange.py" line="-14"/>
        <location filename="../../hrdoc/cli/render.py" line="+53"/>
        <location line="+119"/>
        <location line="+2"/>
        <location line="+68"/>
        <location filename="../../hrdoc/cli/store.py" line="+119"/>
        <location filename="../../hrdoc/gui/exchange/common.py" line="-35"/>
        <location filename="../../hrdoc/services/reporting/blocks.py" line="+75"/>
        <location filename="../../hrdoc/services/reporting/scope_words.py" line="+6"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/scope_words.py" line="+8"/>
        <source>left out: {reasons}</source>
        <translation>écartés&#xa0;: {reasons}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>without the witness&apos;s words: {reasons}</source>
        <translation>sans les propos du témoin&#xa0;: {reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{included} of {total}</source>
        <translation>{included} sur {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none in the case</source>
        <translation>aucun dans le dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case is {visibility}: its {fields} is left out; its reference and title name the report.</source>
        <translation>Le dossier est {visibility}&#xa0;: son champ «&#xa0;{fields}&#xa0;» est écarté&#xa0;; sa référence et son titre nomment le rapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case is {visibility}: its {fields} are left out; its reference and title name the report.</source>
        <translation>Le dossier est {visibility}&#xa0;: ses champs «&#xa0;{fields}&#xa0;» sont écartés&#xa0;; sa référence et son titre nomment le rapport.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no incidents: the case has none yet</source>
        <translation>aucun incident&#xa0;: le dossier n&apos;en a pas encore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of the case&apos;s incident (left out: {reasons})</source>
        <translation>pas l&apos;incident du dossier (écarté&#xa0;: {reasons})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none of the case&apos;s {count} incidents (left out: {reasons})</source>
        <translation>aucun des {count} incidents du dossier (écartés&#xa0;: {reasons})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/search_dialog.py" line="+57"/>
        <source>Search all cases</source>
        <translation>Rechercher dans tous les dossiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search incidents, actors, witnesses, sources… in every case</source>
        <translation>Rechercher des incidents, acteurs, témoins, sources… dans tous les dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show results as seen by:</source>
        <translation>Afficher les résultats tels que les voient&#xa0;:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type to search every case. Enter opens the chosen record; Esc closes.</source>
        <translation>Saisissez du texte pour rechercher dans tous les dossiers. Entrée ouvre la fiche choisie&#xa0;; Échap ferme.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the team (internal)</source>
        <translation>l&apos;équipe (interne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every record and every searchable field. Identities are never searched.</source>
        <translation>Toutes les fiches et tous les champs consultables. Les identités ne font jamais l&apos;objet de recherche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+42"/>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public and restricted records, accounts whose witness agreed to sharing; no working notes.</source>
        <translation>Les fiches publiques et restreintes, les témoignages dont le témoin a accepté le partage&#xa0;; pas de notes de travail.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/exchange.py" line="-71"/>
        <location filename="../../hrdoc/gui/search_dialog.py" line="+4"/>
        <source>the public</source>
        <translation>le public</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/search_dialog.py" line="+1"/>
        <source>Public records only, and a witness&apos;s words only where they agreed to be quoted.</source>
        <translation>Uniquement les fiches publiques, et les propos d&apos;un témoin seulement s&apos;il a accepté d&apos;être cité.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type a word to search every case.</source>
        <translation>Saisissez un mot pour rechercher dans tous les dossiers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The best {count} matches; add words to narrow the search.</source>
        <translation>Les {count} meilleurs résultats&#xa0;; ajoutez des mots pour affiner la recherche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} match(es).</source>
        <translation>{count} résultat(s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only what {audience} may see is searched and shown.</source>
        <translation>La recherche et l&apos;affichage se limitent à ce que peuvent voir les destinataires&#xa0;: {audience}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search failed: {error}</source>
        <translation>Échec de la recherche&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="-232"/>
        <location filename="../../hrdoc/gui/search_results.py" line="-2"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="-2"/>
        <location filename="../../hrdoc/gui/workspace/witnesses.py" line="-73"/>
        <source>Witnesses</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/gui/search_results.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/related_list.py" line="+3"/>
        <location filename="../../hrdoc/gui/workspace/witnesses.py" line="+5"/>
        <location line="+36"/>
        <source>Accounts</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/search_results.py" line="+2"/>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../build/translations/computed_strings.py" line="-47"/>
        <source>Reported figures</source>
        <translation>Chiffres rapportés</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(untitled {kind})</source>
        <translation>({kind} sans titre)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/shortcuts.py" line="-17"/>
        <source>Lock now, also with a form open: what it holds is kept as an encrypted draft</source>
        <translation>Verrouiller maintenant, même avec un formulaire ouvert&#xa0;: son contenu est conservé comme brouillon chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every case</source>
        <translation>Rechercher dans tous les dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the case list</source>
        <translation>Filtrer la liste des dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New record of the kind the page shows (a case on the Overview)</source>
        <translation>Nouvelle fiche du type affiché sur la page (un dossier sur la Vue d&apos;ensemble)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected record (also a double-click)</source>
        <translation>Modifier la fiche sélectionnée (ou double-clic)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo what was undone</source>
        <translation>Rétablir ce qui a été annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the case list, leaving its room to the open case</source>
        <translation>Afficher ou masquer la liste des dossiers, pour laisser sa place au dossier ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a page of the open case (the first ten)</source>
        <translation>Aller à une page du dossier ouvert (les dix premières)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+1 … Alt+9, Alt+0</source>
        <translation>Alt+1 … Alt+9, Alt+0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report of the selected case</source>
        <translation>Rapport sur le dossier sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected case to a bundle file</source>
        <translation>Exporter le dossier sélectionné dans un fichier paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a case from a bundle file</source>
        <translation>Importer un dossier à partir d&apos;un fichier paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync the selected case with the team store</source>
        <translation>Synchroniser le dossier sélectionné avec la base d&apos;équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user guide</source>
        <translation>Ce guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list of keyboard shortcuts</source>
        <translation>La liste des raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit hrdoc</source>
        <translation>Quitter hrdoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The menu, button or field whose letter is underlined</source>
        <translation>Le menu, le bouton ou le champ dont la lettre est soulignée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+letter</source>
        <translation>Alt+lettre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first field has the keyboard as soon as the form opens</source>
        <translation>Le premier champ reçoit la saisie dès l&apos;ouverture du formulaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>typing</source>
        <translation>saisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next, previous field</source>
        <translation>Champ suivant, précédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next field; in a field of several lines, a new line. Enter never saves</source>
        <translation>Champ suivant&#xa0;; dans un champ de plusieurs lignes, nouvelle ligne. Entrée n&apos;enregistre jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel; a form with changes asks first, keeping on editing by default</source>
        <translation>Annuler&#xa0;; un formulaire modifié demande d&apos;abord confirmation, la poursuite de la saisie étant le choix par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scrolls the form; changes a list or number only once it has the focus</source>
        <translation>Fait défiler le formulaire&#xa0;; ne modifie une liste ou un nombre qu&apos;une fois le focus sur celui-ci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mouse wheel</source>
        <translation>molette de la souris</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the list, into the form of the record shown beside it</source>
        <translation>De la liste vers le formulaire de la fiche affichée à côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the record shown, staying in its form</source>
        <translation>Enregistrer la fiche affichée, en restant dans son formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert what was typed (asks first); with nothing to revert, back to the list</source>
        <translation>Annuler la saisie (après confirmation)&#xa0;; s&apos;il n&apos;y a rien à annuler, retour à la liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom the timeline in or out</source>
        <translation>Zoomer sur la frise chronologique ou la réduire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ and -, or the mouse wheel</source>
        <translation>+ et -, ou la molette de la souris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every dated incident on the timeline</source>
        <translation>Tous les incidents datés sur la frise chronologique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier or later on the timeline</source>
        <translation>Plus tôt ou plus tard sur la frise chronologique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left and Right arrows, or Shift and the wheel</source>
        <translation>Flèches gauche et droite, ou Maj et la molette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous or next incident on the timeline</source>
        <translation>L&apos;incident précédent ou suivant sur la frise chronologique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up and Down arrows</source>
        <translation>Flèches haut et bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the dates of that incident</source>
        <translation>N&apos;afficher que les dates de cet incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter or Space</source>
        <translation>Entrée ou Espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only a period</source>
        <translation>N&apos;afficher qu&apos;une période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>drag across the timeline</source>
        <translation>faire glisser la souris sur la frise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the incidents of every date again</source>
        <translation>Afficher de nouveau les incidents de toutes les dates</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages of the open case</source>
        <translation>Pages du dossier ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a form</source>
        <translation>Dans un formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record shown beside a list</source>
        <translation>La fiche affichée à côté d&apos;une liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timeline (Chronology page)</source>
        <translation>La frise chronologique (page Chronologie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files and help</source>
        <translation>Fichiers et aide</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>In the menus</source>
        <translation>Dans les menus</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <location filename="../../build/translations/computed_strings.py" line="+26"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/undo.py" line="-67"/>
        <source>Could not {step} “{name}”: {error}</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: {step} impossible ({error})</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Redo of the correction: {note}</source>
        <translation>Rétablissement de la correction&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/unlock.py" line="-18"/>
        <source>Too short: use at least {count} characters.</source>
        <translation>Trop courte&#xa0;: utilisez au moins {count} caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak: a sentence of four or more unrelated words is stronger.</source>
        <translation>Faible&#xa0;: une phrase de quatre mots ou plus, sans lien entre eux, est plus robuste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: longer is better.</source>
        <translation>Moyenne&#xa0;: plus longue, elle serait meilleure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit hrdoc?</source>
        <translation>Quitter hrdoc&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit hrdoc instead of unlocking it?</source>
        <translation>Quitter hrdoc au lieu de le déverrouiller&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forms that were open are kept as encrypted drafts and offered back when you next unlock.</source>
        <translation>Les formulaires ouverts sont conservés comme brouillons chiffrés et vous seront proposés au prochain déverrouillage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stay locked</source>
        <translation>&amp;Rester verrouillé</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Create a new store</source>
        <translation>Créer une nouvelle base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock store</source>
        <translation>Déverrouiller la base</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No store exists at {store} yet. Choose a passphrase to encrypt the new store.</source>
        <translation>Aucune base n&apos;existe encore à l&apos;emplacement {store}. Choisissez une phrase secrète pour chiffrer la nouvelle base.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password for the team store at {store}.</source>
        <translation>Saisissez votre mot de passe pour la base d&apos;équipe {store}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the passphrase of the store at {store}.</source>
        <translation>Saisissez la phrase secrète de la base {store}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Repeat it:</source>
        <translation>Confi&amp;rmer&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Keep this passphrase safe.&lt;/b&gt; It cannot be recovered: if it is lost, so is everything in the store.</source>
        <translation>&lt;b&gt;Conservez cette phrase secrète en lieu sûr.&lt;/b&gt; Elle ne peut pas être récupérée&#xa0;: si elle est perdue, tout le contenu de la base l&apos;est aussi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit hrdoc…</source>
        <translation>&amp;Quitter hrdoc…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/user_guide.py" line="-63"/>
        <source>The user guide cannot be read: {error}</source>
        <translation>Le guide de l&apos;utilisateur ne peut pas être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every record</source>
        <translation>Toutes les fiches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} or {last}</source>
        <translation>{first} ou {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records marked {visibility}</source>
        <translation>Fiches de visibilité {visibility}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every account, the witness&apos;s words included</source>
        <translation>Tous les témoignages, y compris les propos du témoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts whose witness agreed to sharing beyond the team, their words included</source>
        <translation>Les témoignages dont le témoin a accepté le partage au-delà de l&apos;équipe, y compris ses propos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts whose witness agreed to sharing beyond the team; their words only where the witness also agreed to be quoted and the account is marked quotable</source>
        <translation>Les témoignages dont le témoin a accepté le partage au-delà de l&apos;équipe&#xa0;; ses propos seulement si le témoin a aussi accepté d&apos;être cité et que le témoignage est marqué comme pouvant être cité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never in a report or table; in an internal bundle, which the app offers to encrypt</source>
        <translation>Jamais dans un rapport ni un tableau&#xa0;; dans un paquet interne, que l&apos;application propose de chiffrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As recorded</source>
        <translation>Telle qu&apos;enregistrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rounded to {degrees}° (about {km} km)</source>
        <translation>Arrondie à {degrees}° (environ {km}&#xa0;km)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounded to {degrees}° (about {km} km); a position is never said to be finer than “{precision}”</source>
        <translation>Arrondie à {degrees}° (environ {km}&#xa0;km)&#xa0;; une position n&apos;est jamais dite plus précise que «&#xa0;{precision}&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Witnesses&apos; accounts</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal names and contacts</source>
        <translation>Noms à l&apos;état civil et coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places&apos; positions</source>
        <translation>Position des lieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked</source>
        <translation>Mention</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing: a public report carries no banner</source>
        <translation>Aucune&#xa0;: un rapport public ne porte aucune mention</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new record starts as {start}: a public report holds only what someone marked {public}.</source>
        <translation>Une nouvelle fiche est d&apos;abord de visibilité «&#xa0;{start}&#xa0;»&#xa0;: un rapport public ne contient que ce qu&apos;une personne a marqué «&#xa0;{public}&#xa0;».</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../build/translations/computed_strings.py" line="-39"/>
        <source>hrdoc user guide</source>
        <translation>Guide de l&apos;utilisateur de hrdoc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="-314"/>
        <source>Select a record in the list to see it here and edit it.</source>
        <translation>Sélectionnez une fiche dans la liste pour l&apos;afficher ici et la modifier.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/keyboard.py" line="+17"/>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="+4"/>
        <location line="+308"/>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="-306"/>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/keyboard.py" line="+0"/>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="+2"/>
        <source>Rever&amp;t</source>
        <translation>Annuler les modifica&amp;tions</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/detail.py" line="+3"/>
        <source>Go back to the record as saved; asks first</source>
        <translation>Revenir à la fiche telle qu&apos;enregistrée&#xa0;; après confirmation</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your unsaved changes to this {kind} are back. Save or revert them.</source>
        <translation>Vos modifications non enregistrées de cette fiche ({kind}) ont été restaurées. Enregistrez-les ou annulez-les.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Selected {kind}</source>
        <translation>Fiche sélectionnée&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this {kind}</source>
        <translation>Enregistrer les modifications de cette fiche ({kind})</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Save changes?</source>
        <translation>Enregistrer les modifications&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this {kind} before leaving it?</source>
        <translation>Enregistrer les modifications de cette fiche ({kind}) avant de la quitter&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/matrix.py" line="+5"/>
        <source>Corroboration matrix</source>
        <translation>Matrice de corroboration</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All links</source>
        <translation>Tous les liens</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Each cell: how the source or account bears on the allegation, and the source&apos;s grade. Double-click a cell, or press Enter on it, to add or edit its link.</source>
        <translation>Chaque cellule&#xa0;: la nature du lien entre la source ou le témoignage et l&apos;allégation, et la cotation de la source. Double-cliquez sur une cellule, ou appuyez sur Entrée, pour ajouter ou modifier son lien.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../hrdoc/services/record_pages.py" line="+333"/>
        <location filename="../../hrdoc/services/table_columns.py" line="+116"/>
        <source>Account of {witness}</source>
        <translation>Témoignage de {witness}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="-106"/>
        <source>Add the first incident: what happened, where and when (Ctrl+N on Incidents &amp; allegations).</source>
        <translation>Ajoutez le premier incident&#xa0;: ce qui s&apos;est passé, où et quand (Ctrl+N sur la page Incidents et allégations).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an incident…</source>
        <translation>Ajouter un incident…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say which violation an incident is alleged to be: add an allegation, with its perpetrators and victims.</source>
        <translation>Indiquez quelle violation un incident constituerait selon les allégations&#xa0;: ajoutez une allégation, avec ses auteurs présumés et ses victimes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an allegation…</source>
        <translation>Ajouter une allégation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record a witness, with their consent; their identity stays protected (Witnesses &amp; accounts).</source>
        <translation>Enregistrez un témoin, avec son consentement&#xa0;; son identité reste protégée (Témoins et témoignages).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a witness…</source>
        <translation>Ajouter un témoin…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write down what a witness said: add their account.</source>
        <translation>Consignez ce qu&apos;un témoin a dit&#xa0;: ajoutez son témoignage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an account…</source>
        <translation>Ajouter un témoignage…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a source (a report, an article, a document) and grade how reliable it is.</source>
        <translation>Ajoutez une source (un rapport, un article, un document) et cotez sa fiabilité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a source…</source>
        <translation>Ajouter une source…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say which evidence supports which allegation: add a link (Links, the corroboration matrix).</source>
        <translation>Indiquez quels éléments de preuve étayent quelle allégation&#xa0;: ajoutez un lien (Liens de preuve, la matrice de corroboration).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a link…</source>
        <translation>Ajouter un lien…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-116"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case overview</source>
        <translation>Vue d&apos;ensemble du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit case details…</source>
        <translation>Modifier les détails du dossier…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do next</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reported deaths, all incidents (best estimates)</source>
        <translation>Décès signalés, tous incidents confondus (estimations les plus probables)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Allegations by status</source>
        <translation>Allégations par statut</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/page.py" line="-44"/>
        <location filename="../../hrdoc/services/reporting/front.py" line="-115"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-91"/>
        <location line="+47"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/reporting/by_source.py" line="+0"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+65"/>
        <source>Grade</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no consent recorded</source>
        <translation>aucun consentement consigné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record</source>
        <comment>consent</comment>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recontact</source>
        <translation>recontact</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (approx.)</source>
        <translation> (approx.)</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter: {filter}</source>
        <translation>Filtre&#xa0;: {filter}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/keyboard.py" line="+1"/>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+33"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+4"/>
        <source>Add a new {kind}</source>
        <translation>Ajouter une fiche&#xa0;: {kind}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/keyboard.py" line="+0"/>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+2"/>
        <source>Edit the selected {kind}, or double-click it</source>
        <translation>Modifier la fiche sélectionnée ({kind}), ou double-cliquer dessus</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/keyboard.py" line="+0"/>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+2"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/page.py" line="+2"/>
        <source>Delete the selected {kind}; asks first, cannot be undone</source>
        <translation>Supprimer la fiche sélectionnée ({kind})&#xa0;; après confirmation, irréversible</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-47"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+66"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+212"/>
        <source>Incidents &amp; allegations</source>
        <translation>Incidents et allégations</translation>
    </message>
    <message>
        <location line="-203"/>
        <location line="+3"/>
        <source>Responsibility</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/gui/workspace/witnesses.py" line="-41"/>
        <source>Witnesses &amp; accounts</source>
        <translation>Témoins et témoignages</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+140"/>
        <location filename="../../hrdoc/services/reporting/blocks.py" line="-10"/>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/related_list.py" line="-10"/>
        <source>Add {kind}…</source>
        <translation>Ajouter&#xa0;: {kind}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add allegation…</source>
        <translation>Ajouter une allégation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence bearing on the incident</source>
        <translation>Preuves portant sur l&apos;incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add evidence link…</source>
        <translation>Ajouter un lien de preuve…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add perpetrator…</source>
        <translation>Ajouter un auteur présumé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add victim…</source>
        <translation>Ajouter une victime…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corroborating sources, accounts and files</source>
        <translation>Sources, témoignages et éléments de preuve corroborants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add corroboration…</source>
        <translation>Ajouter une corroboration…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account…</source>
        <translation>Ajouter un témoignage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the account bears on</source>
        <translation>Ce sur quoi porte le témoignage</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Add link…</source>
        <translation>Ajouter un lien…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the source bears on</source>
        <translation>Ce sur quoi porte la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents here</source>
        <translation>Incidents en ce lieu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add incident here…</source>
        <translation>Ajouter un incident en ce lieu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleged perpetrator in</source>
        <translation>Auteur présumé dans</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Add to an allegation…</source>
        <translation>Ajouter à une allégation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Victim in</source>
        <translation>Victime dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Figures reported by sources</source>
        <translation>Chiffres rapportés par les sources</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add reported figure…</source>
        <translation>Ajouter un chiffre rapporté…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Figures the source reports</source>
        <translation>Chiffres rapportés par la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures the account reports</source>
        <translation>Chiffres rapportés dans le témoignage</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Related records</source>
        <translation>Fiches liées</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A new {kind} for this {parent}</source>
        <translation>Nouvelle fiche ({kind}) liée à cette fiche ({parent})</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter or double-click to go to it</source>
        <translation>Entrée ou double-clic pour y accéder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and {count} more</source>
        <translation>… et {count} autres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The others are in the list of all of them</source>
        <translation>Les autres figurent dans la liste complète</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/shell.py" line="+100"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open Case → Conflicts to choose which version of each record to keep</source>
        <translation>Ouvrez Dossier → Conflits pour choisir la version à garder de chaque fiche</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Opening the case…</source>
        <translation>Ouverture du dossier…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>⚠ {count} record(s) in this case were changed both here and in another copy. Review the conflicts…</source>
        <translation>⚠ {count} fiche(s) de ce dossier modifiée(s) à la fois ici et dans une autre copie. Examiner les conflits…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot open the case</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+25"/>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Delete the {kind} “{name}”?

This cannot be undone (Undo does not bring deleted records back). Records that depend on it are deleted with it.</source>
        <translation>Supprimer la fiche {kind} «&#xa0;{name}&#xa0;»&#xa0;?

Cette action est irréversible (Annuler ne rétablit pas les fiches supprimées). Les fiches qui en dépendent sont supprimées avec elle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the whole case “{case}” with every record in it?

This cannot be undone (Undo does not bring deleted records back).</source>
        <translation>Supprimer l&apos;ensemble du dossier «&#xa0;{case}&#xa0;» avec toutes ses fiches&#xa0;?

Cette action est irréversible (Annuler ne rétablit pas les fiches supprimées).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete {kind}</source>
        <translation>Supprimer&#xa0;: {kind}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Protected identity (access recorded)</source>
        <translation>Identité protégée (accès consigné)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/witnesses.py" line="+35"/>
        <source>Show the selected witness&apos;s legal name, contact and residence (audited)</source>
        <translation>Afficher le nom à l&apos;état civil, les coordonnées et le lieu de résidence du témoin sélectionné (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a witness first.</source>
        <translation>Sélectionnez d&apos;abord un témoin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revealing {witness}&apos;s identity is recorded in the audit log. Why do you need it?</source>
        <translation>La révélation de l&apos;identité de {witness} est consignée dans le journal d&apos;audit. Pourquoi en avez-vous besoin&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../build/translations/computed_strings.py" line="+1"/>
        <source>hrdoc keeps the records of an investigation — incidents, the violations alleged in them, actors, victims, witnesses and their accounts, sources and evidence files — encrypted on this computer, with every change written to the case&apos;s audit log.</source>
        <translation>hrdoc conserve les fiches d&apos;une enquête — incidents, violations alléguées, acteurs, victimes, témoins et leurs témoignages, sources et éléments de preuve — chiffrées sur cet ordinateur, chaque modification étant inscrite dans le journal d&apos;audit du dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entering a case</source>
        <translation>Saisir un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case list is on the left; the open case&apos;s pages are beside it. Each page lists one kind of record: select one to see it, &lt;b&gt;Ctrl+N&lt;/b&gt; makes a new one, &lt;b&gt;F2&lt;/b&gt; or &lt;b&gt;Enter&lt;/b&gt; edits it. A form starts with the keyboard in its first field: &lt;b&gt;Enter&lt;/b&gt; moves to the next field and &lt;b&gt;Ctrl+Enter&lt;/b&gt; saves.</source>
        <translation>La liste des dossiers est à gauche&#xa0;; les pages du dossier ouvert sont à côté. Chaque page liste un type de fiche&#xa0;: sélectionnez-en une pour l&apos;afficher, &lt;b&gt;Ctrl+N&lt;/b&gt; en crée une nouvelle, &lt;b&gt;F2&lt;/b&gt; ou &lt;b&gt;Entrée&lt;/b&gt; la modifie. À l&apos;ouverture d&apos;un formulaire, la saisie commence dans son premier champ&#xa0;: &lt;b&gt;Entrée&lt;/b&gt; passe au champ suivant et &lt;b&gt;Ctrl+Entrée&lt;/b&gt; enregistre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The case.&lt;/b&gt; On the Overview, Ctrl+N opens a new case form: a reference (such as ML-2025-004), a title and a summary. Once saved, the case opens at once.</source>
        <translation>&lt;b&gt;Le dossier.&lt;/b&gt; Sur la Vue d&apos;ensemble, Ctrl+N ouvre le formulaire d&apos;un nouveau dossier&#xa0;: une référence (par exemple ML-2025-004), un titre et un résumé. Une fois enregistré, le dossier s&apos;ouvre aussitôt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Incidents.&lt;/b&gt; On Incidents &amp;amp; allegations, Ctrl+N. Give the dates as precisely as they are known and say how precise they are. For the place, type its name: choose it from the list, or choose &lt;i&gt;New place&lt;/i&gt; to make it without leaving the form.</source>
        <translation>&lt;b&gt;Incidents.&lt;/b&gt; Sur Incidents et allégations, Ctrl+N. Indiquez les dates aussi précisément qu&apos;elles sont connues, et leur degré de précision. Pour le lieu, saisissez son nom&#xa0;: choisissez-le dans la liste, ou choisissez &lt;i&gt;Nouvelle fiche lieu&lt;/i&gt; pour le créer sans quitter le formulaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Allegations.&lt;/b&gt; With the incident selected, add each violation alleged in it: its type, how far it is established, and in the same form the alleged perpetrators (with their degree of involvement) and the victims (a person, or a group with a count).</source>
        <translation>&lt;b&gt;Allégations.&lt;/b&gt; L&apos;incident étant sélectionné, ajoutez chaque violation alléguée&#xa0;: son type, le degré auquel elle est établie et, dans le même formulaire, les auteurs présumés (avec leur degré d&apos;implication) et les victimes (une personne, ou un groupe avec un nombre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Witnesses and accounts.&lt;/b&gt; On Witnesses &amp;amp; accounts, a witness gets a pseudonym; the legal name, contact and residence are kept apart, protected, and shown only when someone reveals them deliberately (which the audit log records). Record the witness&apos;s consent as they gave it, then add their accounts.</source>
        <translation>&lt;b&gt;Témoins et témoignages.&lt;/b&gt; Sur Témoins et témoignages, chaque témoin reçoit un pseudonyme&#xa0;; le nom à l&apos;état civil, les coordonnées et le lieu de résidence sont conservés à part, protégés, et ne s&apos;affichent que lorsqu&apos;une personne les révèle délibérément (ce que le journal d&apos;audit consigne). Consignez le consentement du témoin tel qu&apos;il l&apos;a donné, puis ajoutez ses témoignages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Sources.&lt;/b&gt; On Sources, each source is graded on the Admiralty scale: how reliable the source is (A to F) and how credible this piece of information is (1 to 6).</source>
        <translation>&lt;b&gt;Sources.&lt;/b&gt; Sur Sources, chaque source est cotée selon le code de l&apos;Amirauté&#xa0;: la fiabilité de la source (de A à F) et la crédibilité de l&apos;information (de 1 à 6).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Links.&lt;/b&gt; On Evidence links, each row is an allegation and each column a source, account or evidence file: choose a cell to say whether it supports, contradicts or gives context to the allegation.</source>
        <translation>&lt;b&gt;Liens.&lt;/b&gt; Sur Liens de preuve, chaque ligne est une allégation et chaque colonne une source, un témoignage ou un élément de preuve&#xa0;: choisissez une cellule pour indiquer si cet élément étaye l&apos;allégation, la contredit ou lui donne un contexte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Evidence files.&lt;/b&gt; On Evidence files, add files or drop them on the window: each is hashed, encrypted in the store&apos;s vault and given a chain of custody.</source>
        <translation>&lt;b&gt;Éléments de preuve.&lt;/b&gt; Sur Éléments de preuve, ajoutez des fichiers ou déposez-les sur la fenêtre&#xa0;: l&apos;empreinte de chacun est calculée, il est chiffré dans le coffre de la base et reçoit une chaîne de traçabilité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing typed is lost: Esc on a changed form asks first, Ctrl+Z undoes a save, and a form left open when hrdoc locks or stops is kept as an encrypted draft and offered back.</source>
        <translation>Rien de ce qui est saisi n&apos;est perdu&#xa0;: Échap sur un formulaire modifié demande d&apos;abord confirmation, Ctrl+Z annule un enregistrement, et un formulaire resté ouvert lorsque hrdoc se verrouille ou s&apos;arrête est conservé comme brouillon chiffré et proposé de nouveau.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Who sees what</source>
        <translation>Qui voit quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every record has a &lt;b&gt;visibility&lt;/b&gt;: &lt;i&gt;public&lt;/i&gt;, &lt;i&gt;restricted&lt;/i&gt; or &lt;i&gt;confidential&lt;/i&gt;. A report, a bundle for a partner, a CSV table or a search shown &quot;as seen by&quot; an audience holds only what that audience may see:</source>
        <translation>Chaque fiche a une &lt;b&gt;visibilité&lt;/b&gt;&#xa0;: &lt;i&gt;publique&lt;/i&gt;, &lt;i&gt;restreinte&lt;/i&gt; ou &lt;i&gt;confidentielle&lt;/i&gt;. Un rapport, un paquet destiné à un partenaire, un tableau CSV ou une recherche affichée «&#xa0;tels que les voient&#xa0;» des destinataires ne contient que ce que ces destinataires peuvent voir&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record goes only with the records it depends on: an allegation with its incident, a link with both its ends (an incident goes without a place that is withheld).</source>
        <translation>Une fiche n&apos;est transmise qu&apos;avec les fiches dont elle dépend&#xa0;: une allégation avec son incident, un lien avec ses deux extrémités (un incident est transmis sans le lieu non communiqué).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case that its own visibility hides from an audience goes only by its reference and title, which name the report; its summary stays out.</source>
        <translation>Un dossier que sa propre visibilité cache à des destinataires n&apos;apparaît que par sa référence et son titre, qui désignent le rapport&#xa0;; son résumé n&apos;y figure pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before making a report, the report dialog (Ctrl+P) says for the audience chosen how many incidents, allegations, witnesses, accounts, sources and evidence files it will hold, and why each of the others is left out. It asks before making a report with no incident.</source>
        <translation>Avant de produire un rapport, la fenêtre du rapport (Ctrl+P) indique, pour les destinataires choisis, combien d&apos;incidents, d&apos;allégations, de témoins, de témoignages, de sources et d&apos;éléments de preuve il contiendra, et pourquoi chacun des autres est écarté. Elle demande confirmation avant de produire un rapport sans incident.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything can be done without the mouse. Every menu, button and field has an underlined letter: hold Alt and press it.</source>
        <translation>Tout peut se faire sans la souris. Chaque menu, bouton et champ a une lettre soulignée&#xa0;: maintenez Alt et appuyez sur cette lettre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exact</source>
        <translation>Exacte</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Public</source>
        <comment>Visibility</comment>
        <translation>Public</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&lt;a href=&quot;#case&quot;&gt;Entering a case&lt;/a&gt; · &lt;a href=&quot;#figures&quot;&gt;Reported figures&lt;/a&gt; · &lt;a href=&quot;#map&quot;&gt;The map&lt;/a&gt; · &lt;a href=&quot;#timeline&quot;&gt;The timeline&lt;/a&gt; · &lt;a href=&quot;#audiences&quot;&gt;Who sees what&lt;/a&gt; · &lt;a href=&quot;#keys&quot;&gt;Keyboard shortcuts&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;#case&quot;&gt;Saisir un dossier&lt;/a&gt; · &lt;a href=&quot;#figures&quot;&gt;Chiffres rapportés&lt;/a&gt; · &lt;a href=&quot;#map&quot;&gt;La carte&lt;/a&gt; · &lt;a href=&quot;#timeline&quot;&gt;La frise chronologique&lt;/a&gt; · &lt;a href=&quot;#audiences&quot;&gt;Qui voit quoi&lt;/a&gt; · &lt;a href=&quot;#keys&quot;&gt;Raccourcis clavier&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sources seldom agree on how many people were killed, injured or detained. Record each figure as its source gives it: with an incident or an allegation selected, &lt;b&gt;Add reported figure…&lt;/b&gt; in the pane beside it (a source or an account has the same button). A figure says what it counts, of whom in the source&apos;s own words (such as “terrorists neutralised”), the figure as given (exactly, at least, about, up to, or a range), when it was claimed and where in the source.</source>
        <translation>Les sources s&apos;accordent rarement sur le nombre de personnes tuées, blessées ou détenues. Enregistrez chaque chiffre tel que sa source le donne&#xa0;: après avoir sélectionné un incident ou une allégation, &lt;b&gt;Ajouter un chiffre rapporté…&lt;/b&gt; dans le volet à côté (une source ou un témoignage a le même bouton). Un chiffre indique ce qui est dénombré, de qui il s&apos;agit selon les termes de la source (par exemple «&#xa0;terroristes neutralisés&#xa0;»), le chiffre tel qu&apos;il est donné (exactement, au moins, environ, jusqu&apos;à, ou une fourchette), la date à laquelle il a été avancé et où il figure dans la source.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analyst&apos;s estimate (the incident&apos;s fatalities: low, best estimate and high, with the reasoning for the estimate) is kept apart from the sources&apos; figures: it is the team&apos;s judgement, not what a source says. Tick &lt;b&gt;The analyst&apos;s estimate rests on it&lt;/b&gt; on each figure the estimate rests on.</source>
        <translation>L&apos;estimation de l&apos;analyste (les décès de l&apos;incident&#xa0;: estimation basse, la plus probable et haute, avec le raisonnement de l&apos;estimation) est tenue à part des chiffres des sources&#xa0;: c&apos;est le jugement de l&apos;équipe, non ce que dit une source. Cochez &lt;b&gt;L&apos;estimation de l&apos;analyste repose sur ce chiffre&lt;/b&gt; sur chaque chiffre sur lequel l&apos;estimation repose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A report prints under each incident a table of who reports how many, with each source&apos;s grade, and the analyst&apos;s estimate apart, under its own heading. It also prints a locator map of the case&apos;s places and a timeline of its incidents that shows how uncertain each date is.</source>
        <translation>Un rapport imprime sous chaque incident un tableau indiquant qui rapporte combien, avec la cote de chaque source, et l&apos;estimation de l&apos;analyste à part, sous son propre titre. Il imprime aussi une carte de situation des lieux du dossier et une frise chronologique de ses incidents qui montre l&apos;incertitude de chaque date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map</source>
        <translation>La carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Map page draws the open case&apos;s places on its countries and their regions, from an atlas that comes with the app: nothing is fetched from the network. A place is drawn only as precisely as it is known:</source>
        <translation>La page Carte représente les lieux du dossier ouvert sur ses pays et leurs régions, à partir d&apos;un atlas fourni avec l&apos;application&#xa0;: rien n&apos;est téléchargé sur le réseau. Un lieu n&apos;est représenté qu&apos;avec la précision avec laquelle il est connu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A small dot&lt;/b&gt;: its exact position.</source>
        <translation>&lt;b&gt;Un petit point&lt;/b&gt;&#xa0;: sa position exacte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A larger circle&lt;/b&gt;: a position near the place, not the spot itself.</source>
        <translation>&lt;b&gt;Un cercle plus grand&lt;/b&gt;&#xa0;: une position à proximité du lieu, et non l&apos;endroit lui-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A region&apos;s outline, highlighted&lt;/b&gt;: a place known only to its region, or without a position. Point at the region to read the places known only to it.</source>
        <translation>&lt;b&gt;Le contour d&apos;une région, mis en évidence&lt;/b&gt;&#xa0;: un lieu connu seulement à l&apos;échelle de sa région, ou sans position. Placez le pointeur sur la région pour lire les lieux connus seulement à son échelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;From:&lt;/b&gt;, &lt;b&gt;To:&lt;/b&gt; and &lt;b&gt;Violation:&lt;/b&gt; show only the places with an incident of those dates or of that violation; &lt;b&gt;All incidents&lt;/b&gt; shows them all again. The line under the map counts the places and incidents shown, and the places with neither a position nor a known region, which cannot be drawn.</source>
        <translation>&lt;b&gt;Du&#xa0;:&lt;/b&gt;, &lt;b&gt;Au&#xa0;:&lt;/b&gt; et &lt;b&gt;Violation&#xa0;:&lt;/b&gt; n&apos;affichent que les lieux où s&apos;est produit un incident de ces dates ou de cette violation&#xa0;; &lt;b&gt;Tous les incidents&lt;/b&gt; les affiche tous de nouveau. La ligne sous la carte compte les lieux et les incidents affichés, ainsi que les lieux qui n&apos;ont ni position ni région connue et ne peuvent donc pas être représentés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a place, or choose it in the &lt;b&gt;Places&lt;/b&gt; list under the map, to list its incidents beside it; double-click the place, or press Enter on one of its incidents, to open the incident. The mouse wheel, + and − zoom; &lt;b&gt;Whole case&lt;/b&gt; (Ctrl+0) shows every place again.</source>
        <translation>Cliquez sur un lieu, ou choisissez-le dans la liste &lt;b&gt;Lieux&lt;/b&gt; sous la carte, pour afficher ses incidents à côté&#xa0;; double-cliquez sur le lieu, ou appuyez sur Entrée sur l&apos;un de ses incidents, pour ouvrir l&apos;incident. La molette de la souris, + et − changent le zoom&#xa0;; &lt;b&gt;Toute l&apos;affaire&lt;/b&gt; (Ctrl+0) affiche de nouveau tous les lieux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo among the evidence files whose GPS position says where it was taken is drawn as a small square, joined by a line to the place of the incident it bears on; point at it to read how far apart they are. A photo taken far from its incident&apos;s place is a question to answer, not a proof either way: the place may be recorded wrongly, the phone&apos;s position may be wrong or altered, or the photo may show another event.</source>
        <translation>Une photo parmi les éléments de preuve dont la position GPS indique où elle a été prise est représentée par un petit carré, relié par un trait au lieu de l&apos;incident qu&apos;elle concerne&#xa0;; placez le pointeur dessus pour lire la distance qui les sépare. Une photo prise loin du lieu de son incident est une question à élucider, et non une preuve dans un sens ou dans l&apos;autre&#xa0;: le lieu peut avoir été mal enregistré, la position du téléphone peut être erronée ou modifiée, ou la photo peut montrer un autre événement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line under the map says where its boundaries and names come from: Natural Earth, in the public domain. Countries are named in the interface&apos;s language; regions keep the names in use locally. The map is drawn with north up and east to the right, in every language.</source>
        <translation>La ligne sous la carte indique d&apos;où viennent ses frontières et ses noms&#xa0;: Natural Earth, domaine public. Les pays sont nommés dans la langue de l&apos;interface&#xa0;; les régions gardent les noms en usage sur place. La carte est dessinée le nord en haut et l&apos;est à droite, dans toutes les langues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timeline</source>
        <translation>La frise chronologique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Chronology page draws the case&apos;s incidents on a timeline, above their list, each over the span its date allows:</source>
        <translation>La page Chronologie représente les incidents du dossier sur une frise chronologique, au-dessus de leur liste, chacun sur la durée que permet sa date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A day&lt;/b&gt;: a short bar on that day; an approximate day has lighter ends over the days either side it may have been.</source>
        <translation>&lt;b&gt;Un jour&lt;/b&gt;&#xa0;: une courte barre sur ce jour&#xa0;; un jour approximatif a des extrémités plus claires sur les jours alentour où l&apos;incident a pu avoir lieu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A month or a year&lt;/b&gt;: a bar over the whole month or year, never a day that was not given.</source>
        <translation>&lt;b&gt;Un mois ou une année&lt;/b&gt;&#xa0;: une barre sur tout le mois ou toute l&apos;année, jamais un jour qui n&apos;a pas été donné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;A start and an end date&lt;/b&gt;: one bar from the first to the last.</source>
        <translation>&lt;b&gt;Une date de début et une date de fin&lt;/b&gt;&#xa0;: une seule barre de la première à la dernière.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents with no date, or whose date&apos;s precision is unknown, are not drawn: they are listed apart under the timeline. Say how precise an incident&apos;s date is in its form to bring it onto the timeline.</source>
        <translation>Les incidents sans date, ou dont la précision de la date est inconnue, ne sont pas représentés&#xa0;: ils sont listés à part sous la frise. Indiquez la précision de la date d&apos;un incident dans son formulaire pour le faire figurer sur la frise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mouse wheel, + and − zoom, from centuries to hours; Shift with the wheel, or the Left and Right arrow keys, move along it; &lt;b&gt;All dates&lt;/b&gt; (Home) shows every dated incident. Point at a bar to read its dates.</source>
        <translation>La molette de la souris, + et − changent le zoom, des siècles aux heures&#xa0;; Maj avec la molette, ou les flèches gauche et droite, font défiler la frise&#xa0;; &lt;b&gt;Toutes les dates&lt;/b&gt; (Début) affiche tous les incidents datés. Placez le pointeur sur une barre pour lire ses dates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across the timeline to choose a period, or click an incident to choose the days it may have happened on; &lt;b&gt;Only these dates&lt;/b&gt; chooses the dates in view. The Chronology, Incidents &amp;amp; allegations and the Map then show only the incidents of that period, and a bar above them says so: its &lt;b&gt;Clear&lt;/b&gt; button, or Esc, shows the whole case again.</source>
        <translation>Faites glisser la souris sur la frise pour choisir une période, ou cliquez sur un incident pour choisir les jours où il a pu avoir lieu&#xa0;; &lt;b&gt;Ces dates seulement&lt;/b&gt; choisit les dates visibles. La Chronologie, Incidents et allégations et la Carte n&apos;affichent alors que les incidents de cette période, et une barre au-dessus le signale&#xa0;: son bouton &lt;b&gt;Effacer&lt;/b&gt;, ou Échap, affiche de nouveau tout le dossier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restricted</source>
        <comment>Visibility</comment>
        <translation>Restreint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <comment>Visibility</comment>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>CaseStatus</comment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <comment>CaseStatus</comment>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>CaseStatus</comment>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <comment>CaseStatus</comment>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <comment>DatePrecision</comment>
        <translation>Date exacte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate day</source>
        <comment>DatePrecision</comment>
        <translation>Jour approximatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <comment>DatePrecision</comment>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <comment>DatePrecision</comment>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <comment>DatePrecision</comment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Near</source>
        <translation>À proximité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlikely</source>
        <translation>Peu probable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not met</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasonable suspicion</source>
        <translation>Soupçons raisonnables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasonable grounds</source>
        <translation>Motifs raisonnables de croire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance of probabilities</source>
        <translation>Prépondérance des probabilités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear and convincing</source>
        <translation>Preuves claires et convaincantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beyond reasonable doubt</source>
        <translation>Au-delà de tout doute raisonnable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct</source>
        <translation>Auteur direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>Donneur d&apos;ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complicit</source>
        <translation>Complice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual</source>
        <translation>Individu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <translation>Tuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injured</source>
        <translation>Blessée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disappeared</source>
        <translation>Disparue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detained</source>
        <translation>Détenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displaced</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adult</source>
        <translation>Adulte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elderly</source>
        <translation>Personne âgée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyewitness</source>
        <translation>Témoin oculaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative of victim</source>
        <translation>Proche d&apos;une victime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survivor</source>
        <translation>Survivant(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearsay</source>
        <translation>Ouï-dire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official</source>
        <translation>Représentant officiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extreme</source>
        <translation>Extrême</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation>Par écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Rapporté par un tiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News article</source>
        <translation>Article de presse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO report</source>
        <translation>Rapport d&apos;ONG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN document</source>
        <translation>Document des Nations Unies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official statement</source>
        <translation>Déclaration officielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party claim</source>
        <translation>Affirmation d&apos;une partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media post</source>
        <translation>Publication sur les réseaux sociaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satellite imagery</source>
        <translation>Imagerie satellitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio or video</source>
        <translation>Audio ou vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A — completely reliable</source>
        <translation>A — entièrement fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B — usually reliable</source>
        <translation>B — habituellement fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C — fairly reliable</source>
        <translation>C — assez fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D — not usually reliable</source>
        <translation>D — habituellement peu fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E — unreliable</source>
        <translation>E — non fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F — reliability cannot be judged</source>
        <translation>F — fiabilité impossible à évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 — confirmed</source>
        <translation>1 — confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — probably true</source>
        <translation>2 — probablement vraie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — possibly true</source>
        <translation>3 — possiblement vraie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 — doubtful</source>
        <translation>4 — douteuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 — improbable</source>
        <translation>5 — improbable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 — truth cannot be judged</source>
        <translation>6 — véracité impossible à évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuses</source>
        <translation>Accuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denies</source>
        <translation>Dément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corroborates</source>
        <translation>Corrobore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supports</source>
        <translation>Étaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contradicts</source>
        <translation>Contredit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <comment>FigureQualifier</comment>
        <translation>Exact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least</source>
        <comment>FigureQualifier</comment>
        <translation>Au moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <comment>FigureQualifier</comment>
        <translation>Environ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to</source>
        <comment>FigureQualifier</comment>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range</source>
        <comment>FigureQualifier</comment>
        <translation>Fourchette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civilians</source>
        <comment>FigureGroup</comment>
        <translation>Civils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combatants</source>
        <comment>FigureGroup</comment>
        <translation>Combattants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Terrorists”, as claimed</source>
        <comment>FigureGroup</comment>
        <translation>« Terroristes », selon l&apos;affirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <comment>FigureGroup</comment>
        <translation>Inconnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered the vault</source>
        <translation>Entré dans le coffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured into the vault</source>
        <translation>Capturé dans le coffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed (preview)</source>
        <translation>Consulté (aperçu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy exported</source>
        <translation>Copie exportée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working copy made from it</source>
        <translation>Copie de travail réalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered as a working copy</source>
        <translation>Entré comme copie de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent in a bundle</source>
        <translation>Envoyé dans un paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received in a bundle</source>
        <translation>Reçu dans un paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified intact</source>
        <translation>Intégrité vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <comment>AuditAction</comment>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <comment>AuditAction</comment>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <comment>AuditAction</comment>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <comment>AuditAction</comment>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <comment>AuditAction</comment>
        <translation>Exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <comment>AuditAction</comment>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <comment>AuditAction</comment>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal</source>
        <comment>AuditAction</comment>
        <translation>Révélation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create store</source>
        <comment>AuditAction</comment>
        <translation>Création de la base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrate</source>
        <comment>AuditAction</comment>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody</source>
        <comment>AuditAction</comment>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/__init__.py" line="+104"/>
        <source>interrupted; nothing was saved</source>
        <translation>interrompu&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted while or after saving: the change is kept whole or not at all; look before redoing it</source>
        <translation>interrompu pendant ou après l&apos;enregistrement&#xa0;: la modification est conservée entièrement ou pas du tout&#xa0;; vérifiez avant de la refaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted; the new store may be incomplete: delete it and run the command again</source>
        <translation>interrompu&#xa0;; la nouvelle base est peut-être incomplète&#xa0;: supprimez-la et relancez la commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted; each store holds either all of a merge or none of it (pull here, then push to the team): run sync again to finish</source>
        <translation>interrompu&#xa0;; chaque base contient soit toute une fusion, soit rien de celle-ci (réception ici, puis envoi vers l&apos;équipe)&#xa0;: relancez sync pour terminer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>error: </source>
        <translation>erreur&#xa0;: </translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../hrdoc/storage/errors.py" line="+55"/>
        <source>the disk is full: free some space; nothing was saved</source>
        <translation>le disque est plein&#xa0;: libérez de l&apos;espace&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot use {file}: {reason}</source>
        <translation>impossible d&apos;utiliser {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source> (run it again with --debug or {variable}=1 for the details, which may quote your data)</source>
        <translation> (relancez avec --debug ou {variable}=1 pour les détails, qui peuvent citer vos données)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected {error}: this is a bug: please report it</source>
        <translation>erreur inattendue ({error})&#xa0;: il s&apos;agit d&apos;un bogue&#xa0;; merci de le signaler</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/common.py" line="+45"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an error you can put right; the message on stderr says what</source>
        <translation>une erreur que vous pouvez corriger&#xa0;; le message sur stderr dit laquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the command line is wrong: an unknown option, a missing or malformed argument</source>
        <translation>la ligne de commande est erronée&#xa0;: option inconnue, argument manquant ou mal formé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify found damage or tampering (each problem is a FAILED line)</source>
        <translation>verify a trouvé une altération ou une falsification (chaque problème est une ligne ÉCHEC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acled-import rejected some rows (each listed by line; the valid rows were imported)</source>
        <translation>acled-import a rejeté des lignes (chacune indiquée par son numéro&#xa0;; les lignes valides ont été importées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found: no such case, record, evidence item, conflict or file</source>
        <translation>introuvable&#xa0;: dossier, fiche, élément de preuve, conflit ou fichier inexistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no store at --db (create one with init or demo)</source>
        <translation>aucune base à --db (créez-en une avec init ou demo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong passphrase (of the store, a bundle or a team store), or not an hrdoc store</source>
        <translation>phrase secrète erronée (de la base, d&apos;un paquet ou d&apos;une base d&apos;équipe), ou base qui n&apos;est pas une base hrdoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the store is busy with another hrdoc process: nothing was saved; try again</source>
        <translation>la base est occupée par un autre processus hrdoc&#xa0;: rien n&apos;a été enregistré&#xa0;; réessayez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the desktop app cannot open a window here: no display, or X libraries missing (it says which)</source>
        <translation>l&apos;application ne peut pas ouvrir de fenêtre ici&#xa0;: pas d&apos;écran, ou des bibliothèques X manquent (elle dit lesquelles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unexpected error: a bug (--debug shows its details)</source>
        <translation>une erreur inattendue&#xa0;: un bogue (--debug en montre le détail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted (Ctrl-C); the message says whether anything was saved</source>
        <translation>interrompu (Ctrl-C)&#xa0;; le message indique si quelque chose a été enregistré</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../hrdoc/services/evidence/intake.py" line="+307"/>
        <source>no file at {path}</source>
        <translation>aucun fichier à l&apos;emplacement {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/storage/engine.py" line="+243"/>
        <source>{path} is not a file</source>
        <translation>{path} n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the {what} file {path} is a folder: give the file holding the {what}</source>
        <translation>le fichier de {what} {path} est un répertoire&#xa0;: indiquez le fichier qui contient la {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the {what} file {path}: {value}</source>
        <translation>impossible de lire le fichier de {what} {path}&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the {what} file {path} is not UTF-8 text: save it as UTF-8, the {what} on one line</source>
        <translation>le fichier de {what} {path} n&apos;est pas du texte UTF-8&#xa0;: enregistrez-le en UTF-8, la {what} sur une seule ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the {what} file {path} is empty</source>
        <translation>le fichier de {what} {path} est vide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{no_terminal} (no terminal to ask on)</source>
        <translation>{no_terminal} (aucun terminal où la demander)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{no_terminal} (the terminal closed)</source>
        <translation>{no_terminal} (le terminal a été fermé)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>passphrase</source>
        <translation>phrase secrète</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no passphrase: set {passphrase_env} or use --passphrase-file</source>
        <translation>aucune phrase secrète&#xa0;: définissez {passphrase_env} ou utilisez --passphrase-file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store passphrase: </source>
        <translation>Phrase secrète de la base&#xa0;: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat the passphrase: </source>
        <translation>Confirmez la phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passphrases differ; nothing was created</source>
        <translation>les deux phrases secrètes diffèrent&#xa0;; rien n&apos;a été créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no passphrase given</source>
        <translation>aucune phrase secrète indiquée</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{folder} should be the folder of this store&apos;s evidence files, but it is a file: move it aside (keep it: it may matter) and run the command again</source>
        <translation>{folder} devrait être le répertoire des fichiers de preuve de cette base, mais c&apos;est un fichier&#xa0;: déplacez-le ailleurs (conservez-le&#xa0;: il peut être important) et relancez la commande</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../hrdoc/cli/evidence.py" line="-96"/>
        <location line="+2"/>
        <location line="+175"/>
        <source>note: </source>
        <translation>remarque&#xa0;: </translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../hrdoc/storage/store.py" line="+67"/>
        <source>{path} already exists; hrdoc never creates a new store over an existing file</source>
        <translation>{path} existe déjà&#xa0;; hrdoc ne crée jamais une nouvelle base par-dessus un fichier existant</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{option} {text} is not a date and time (ISO 8601, e.g. 2025-07-28T14:30Z)</source>
        <translation>{option} {text} n&apos;est pas une date et une heure (ISO 8601, par exemple 2025-07-28T14:30Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{option} {text} has no time zone; add Z for UTC or an offset such as +01:00</source>
        <translation>{option} {text} n&apos;a pas de fuseau horaire&#xa0;; ajoutez Z pour UTC ou un décalage tel que +01:00</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{text} is not {what} (a UUID; `hrdoc evidence CASE` lists them)</source>
        <translation>{text} n&apos;est pas {what} (un UUID&#xa0;; `hrdoc evidence CASE` les énumère)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/messages.py" line="+42"/>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré&#xa0;: %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir «&#xa0;%(filename)s&#xa0;»&#xa0;: %(error)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{date}, {time} UTC</source>
        <translation>{date}, {time} UTC</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“{text}”</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/accounts.py" line="-49"/>
        <source>No witness account can be included for this audience (visibility or the witnesses&apos; consent).</source>
        <translation>Aucun témoignage ne peut figurer dans la version destinée à ces destinataires (visibilité ou consentement des témoins).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Witnesses are identified by pseudonym only. Accounts are quoted only where the audience and the witness&apos;s consent allow it.</source>
        <translation>Les témoins ne sont désignés que par un pseudonyme. Les témoignages ne sont cités que lorsque les destinataires et le consentement du témoin le permettent.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account A{number} — witness {pseudonym}</source>
        <translation>Témoignage A{number} — témoin {pseudonym}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(translated into {language})</source>
        <translation>(traduit en {language})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place of interview</source>
        <translation>Lieu de l&apos;entretien</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Content withheld: {reason}.</source>
        <translation>Contenu non communiqué&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/reporting/annexes.py" line="-21"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-48"/>
        <location line="+36"/>
        <source>Note: {text}</source>
        <translation>Note&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No accusations or denials are recorded for this audience.</source>
        <translation>Aucune accusation ni aucun démenti n&apos;est consigné pour ces destinataires.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources that accuse and sources that deny or respond, side by side. Inclusion does not endorse a claim; see each source&apos;s grade in Annex A.</source>
        <translation>Les sources qui accusent et celles qui démentent ou répondent, côte à côte. La mention d&apos;une affirmation ne vaut pas adhésion&#xa0;; voir la cotation de chaque source à l&apos;annexe A.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Accusations</source>
        <translation>Accusations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Denials and responses</source>
        <translation>Démentis et réponses</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/annexes.py" line="-48"/>
        <source>No sources are cited for this audience.</source>
        <translation>Aucune source n&apos;est citée pour ces destinataires.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grades follow the Admiralty scale: a letter for the source&apos;s reliability (A–F) and a digit for the information&apos;s credibility (1–6).</source>
        <translation>Les cotations suivent l&apos;échelle de l&apos;Amirauté&#xa0;: une lettre pour la fiabilité de la source (A–F) et un chiffre pour la crédibilité de l&apos;information (1–6).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Accessed {date}</source>
        <translation>Consulté le {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archived at {address}</source>
        <translation>archivé à l&apos;adresse {address}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stance: {stance}</source>
        <translation>position&#xa0;: {stance}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language: {language}</source>
        <translation>langue&#xa0;: {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grade {grade}</source>
        <translation>cotation {grade}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No evidence files are listed for this audience.</source>
        <translation>Aucun élément de preuve n&apos;est répertorié pour ces destinataires.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each file is identified by its SHA-256 hash, computed when it was added: a copy whose hash matches is bit-for-bit the file described.</source>
        <translation>Chaque fichier est identifié par son empreinte SHA-256, calculée lors de son ajout&#xa0;: une copie dont l&apos;empreinte concorde est, bit pour bit, le fichier décrit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-100"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/exchange.py" line="+220"/>
        <location filename="../../hrdoc/services/reporting/annexes.py" line="+4"/>
        <source>(from {origin})</source>
        <translation>(auprès de {origin})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/annexes.py" line="+5"/>
        <source>Working copy: {note}</source>
        <translation>Copie de travail&#xa0;: {note}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only records marked public are included; witness accounts are included only where the witness consented to sharing beyond the team, and their words are quoted only where the witness consented to be quoted and the account is marked quotable</source>
        <translation>seules les fiches marquées publiques y figurent&#xa0;; les témoignages n&apos;y figurent que si le témoin a consenti à leur partage au-delà de l&apos;équipe, et ses propos ne sont cités que s&apos;il a consenti à être cité et que le témoignage est marqué comme pouvant être cité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>public and restricted records are included; witness accounts are included only where the witness consented to sharing with partners</source>
        <translation>les fiches publiques et restreintes y figurent&#xa0;; les témoignages n&apos;y figurent que si le témoin a consenti à leur partage avec les partenaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all records are included, with the team&apos;s working notes</source>
        <translation>toutes les fiches y figurent, avec les notes de travail de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incidents, allegations, sources, witness accounts and evidence are recorded in hrdoc, an offline case manager, and linked to one another: each link says whether a source or account supports, contradicts or gives context to an allegation, with the passage relied on.</source>
        <translation>Les incidents, allégations, sources, témoignages et éléments de preuve sont consignés dans hrdoc, un gestionnaire de dossiers hors ligne, et reliés les uns aux autres&#xa0;: chaque lien indique si une source ou un témoignage étaye une allégation, la contredit ou l&apos;éclaire, avec le passage sur lequel il s&apos;appuie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sources are graded on the Admiralty scale (reliability A–F, credibility 1–6). Each allegation carries the analyst&apos;s assessment (confirmed, likely, possible, unlikely, unknown) and the standard of proof it reaches, from reasonable suspicion to beyond reasonable doubt, with the reasoning.</source>
        <translation>Les sources sont cotées selon l&apos;échelle de l&apos;Amirauté (fiabilité A–F, crédibilité 1–6). Chaque allégation porte l&apos;appréciation de l&apos;analyste (confirmée, probable, possible, peu probable, inconnue) et le niveau de preuve atteint, des soupçons raisonnables jusqu&apos;au-delà de tout doute raisonnable, avec sa motivation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redaction for this report ({audience}): {rules}. Redaction is structural: what this audience may not see was never written into this file. Legal names, contacts and residences of witnesses and victims are never included in any report.</source>
        <translation>Expurgation de ce rapport ({audience})&#xa0;: {rules}. L&apos;expurgation est structurelle&#xa0;: ce que ces destinataires ne peuvent pas voir n&apos;a jamais été écrit dans ce fichier. Les noms à l&apos;état civil, coordonnées et lieux de résidence des témoins et des victimes ne figurent dans aucun rapport.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figures are those reported by the sources cited; where sources differ, the best estimate is given with the low and high figures beside it.</source>
        <translation>Les chiffres sont ceux rapportés par les sources citées&#xa0;; lorsque les sources divergent, l&apos;estimation la plus probable est donnée, accompagnée des estimations basse et haute.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents (I1…), witness accounts (A1…), sources (S1…) and evidence items (E1…) are numbered in the order they were recorded, counting every record of the case whatever the audience, and each allegation by its incident&apos;s number and its own within that incident (1.2); so a number means the same entry in every version of this report. Where a number is missing, the entry is withheld from this audience; nothing else about it is given. Numbers are those of the case as it stood when the report was made: deleting a record renumbers those recorded after it.</source>
        <translation>Les incidents (I1…), témoignages (A1…), sources (S1…) et éléments de preuve (E1…) sont numérotés dans l&apos;ordre de leur consignation, en comptant toutes les fiches du dossier quels qu&apos;en soient les destinataires, et chaque allégation par le numéro de son incident suivi du sien propre au sein de cet incident (1.2)&#xa0;; un numéro désigne donc la même entrée dans toutes les versions de ce rapport. Lorsqu&apos;un numéro manque, l&apos;entrée n&apos;est pas communiquée à ces destinataires&#xa0;; rien d&apos;autre n&apos;en est dit. Les numéros sont ceux du dossier tel qu&apos;il était lorsque le rapport a été établi&#xa0;: la suppression d&apos;une fiche renumérote celles consignées après elle.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/audience.py" line="+326"/>
        <source>the witness has not consented to be quoted</source>
        <translation>le témoin n&apos;a pas consenti à être cité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this version of the account is not marked quotable</source>
        <translation>cette version du témoignage n&apos;est pas marquée comme pouvant être citée</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/blocks.py" line="-2"/>
        <source>Contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive summary</source>
        <translation>Résumé analytique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents and allegations</source>
        <translation>Incidents et allégations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness accounts</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties&apos; claims and responses</source>
        <translation>Affirmations et réponses des parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex A — Sources</source>
        <translation>Annexe A — Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annex B — Evidence</source>
        <translation>Annexe B — Éléments de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/render.py" line="+44"/>
        <location line="+249"/>
        <location filename="../../hrdoc/services/reporting/blocks.py" line="+4"/>
        <location filename="../../hrdoc/services/reporting/scope_words.py" line="-30"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/blocks.py" line="+3"/>
        <source>{number} {status}</source>
        <translation>{status} ({number})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} killed</source>
        <translation>tuées ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} injured</source>
        <translation>blessées ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} disappeared</source>
        <translation>disparues ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} detained</source>
        <translation>détenues ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} displaced</source>
        <translation>déplacées ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} other</source>
        <translation>autre sort ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} unknown</source>
        <translation>sort inconnu ({number})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Numbers missing here are incidents withheld from this audience.</source>
        <translation>Les numéros manquants correspondent à des incidents non communiqués à ces destinataires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers missing here are incidents or allegations withheld from this audience.</source>
        <translation>Les numéros manquants correspondent à des incidents ou allégations non communiqués à ces destinataires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers missing here are accounts withheld from this audience.</source>
        <translation>Les numéros manquants correspondent à des témoignages non communiqués à ces destinataires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers missing here are sources withheld from this audience.</source>
        <translation>Les numéros manquants correspondent à des sources non communiquées à ces destinataires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers missing here are evidence items withheld from this audience.</source>
        <translation>Les numéros manquants correspondent à des éléments de preuve non communiqués à ces destinataires.</translation>
    </message>
    <message>
        <location line="+323"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date not known</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(also spelled {names})</source>
        <translation>(également orthographié {names})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/front.py" line="-23"/>
        <source>Reference numbers (incidents I1, allegations 1.1, accounts A1, sources S1, evidence E1) are the same in every version of this report, whatever its audience, so versions can be read side by side. A missing number is an entry withheld from this audience.</source>
        <translation>Les numéros de référence (incidents I1, allégations 1.1, témoignages A1, sources S1, éléments de preuve E1) sont les mêmes dans toutes les versions de ce rapport, quels qu&apos;en soient les destinataires, afin que les versions puissent être lues en parallèle. Un numéro manquant correspond à une entrée non communiquée à ces destinataires.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference numbers (incidents I1, allegations 1.1, accounts A1, sources S1, evidence E1) are the same in every version of this report, whatever its audience, so versions can be read side by side. Versions for partners and the public leave gaps where entries are withheld from them.</source>
        <translation>Les numéros de référence (incidents I1, allégations 1.1, témoignages A1, sources S1, éléments de preuve E1) sont les mêmes dans toutes les versions de ce rapport, quels qu&apos;en soient les destinataires, afin que les versions puissent être lues en parallèle. Les versions destinées aux partenaires et au public présentent des lacunes là où des entrées ne leur sont pas communiquées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This report was prepared for the &lt;b&gt;public&lt;/b&gt;. It contains only records marked public; witnesses are identified by pseudonym only and are quoted only with their consent.</source>
        <translation>Ce rapport a été établi à l&apos;intention du &lt;b&gt;public&lt;/b&gt;. Il ne contient que des fiches marquées publiques&#xa0;; les témoins n&apos;y sont désignés que par un pseudonyme et ne sont cités qu&apos;avec leur consentement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This report was prepared for &lt;b&gt;partner organisations&lt;/b&gt;. It contains public and restricted records; witness accounts appear only where the witness consented to sharing with partners. Do not publish or forward it.</source>
        <translation>Ce rapport a été établi à l&apos;intention des &lt;b&gt;organisations partenaires&lt;/b&gt;. Il contient des fiches publiques et restreintes&#xa0;; les témoignages n&apos;y figurent que si le témoin a consenti à leur partage avec les partenaires. Ne pas le publier ni le transmettre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This report was prepared for &lt;b&gt;internal use&lt;/b&gt; by the investigation team. It contains confidential records. Do not share it outside the team.</source>
        <translation>Ce rapport a été établi pour un &lt;b&gt;usage interne&lt;/b&gt; par l&apos;équipe d&apos;enquête. Il contient des fiches confidentielles. Ne pas le communiquer en dehors de l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HUMAN RIGHTS CASE REPORT</source>
        <translation>RAPPORT SUR UN DOSSIER RELATIF AUX DROITS DE L&apos;HOMME</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../hrdoc/services/reporting/renderer.py" line="-42"/>
        <source>Prepared for: {audience}</source>
        <translation>Destinataires&#xa0;: {audience}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protected identities (legal names, contacts and residences of witnesses and victims) are never included in reports.</source>
        <translation>Les identités protégées (noms à l&apos;état civil, coordonnées et lieux de résidence des témoins et des victimes) ne figurent jamais dans les rapports.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Fatalities, our best estimates (all incidents)</source>
        <translation>Décès, nos estimations les plus probables (tous incidents)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Victims in groups</source>
        <translation>Victimes collectives</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Individual victims recorded</source>
        <translation>Victimes individuelles consignées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources cited</source>
        <translation>Sources citées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness accounts included</source>
        <translation>Témoignages inclus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence items listed</source>
        <translation>Éléments de preuve répertoriés</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Figure 1. Fatalities per incident, our best estimate (bars labelled by incident number; by source in each incident&apos;s section).</source>
        <translation>Figure 1. Décès par incident, notre estimation la plus probable (barres désignées par le numéro de l&apos;incident&#xa0;; chiffres par source dans la section de chaque incident).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figure 1. Fatalities in the {count} deadliest incidents, our best estimate (bars labelled by incident number; by source in each incident&apos;s section).</source>
        <translation>Figure 1. Décès lors des {count} incidents les plus meurtriers, notre estimation la plus probable (barres désignées par le numéro de l&apos;incident&#xa0;; chiffres par source dans la section de chaque incident).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/overview.py" line="-1"/>
        <location filename="../../hrdoc/services/reporting/front.py" line="-21"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/by_source.py" line="-67"/>
        <source>exactly {number}</source>
        <translation>exactement {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least {number}</source>
        <translation>au moins {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {number}</source>
        <translation>environ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to {number}</source>
        <translation>jusqu&apos;à {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{low} to {high}</source>
        <translation>de {low} à {high}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>low {number}</source>
        <translation>estimation basse {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high {number}</source>
        <translation>estimation haute {number}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Counted, of whom</source>
        <translation>Ce qui est compté, et qui</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Who reports how many of whom</source>
        <translation>Qui avance quels chiffres, et sur qui</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Figures by source ({counted}): a dot marks a figure given exactly, a ring one given as about, a bar a range, an arrow the open end of “at least” or “up to”.</source>
        <translation>Chiffres par source ({counted})&#xa0;: un point marque un chiffre donné exactement, un cercle un chiffre approximatif, une barre une fourchette, une flèche l&apos;extrémité ouverte d&apos;un «&#xa0;au moins&#xa0;» ou d&apos;un «&#xa0;jusqu&apos;à&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Our estimate is drawn apart, below the line.</source>
        <translation>Notre estimation est tracée à part, sous le trait.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Our estimate</source>
        <translation>Notre estimation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An estimate made for this report, not a figure given by any source.</source>
        <translation>Estimation établie pour le présent rapport, et non chiffre avancé par une source.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fatalities: {estimate}</source>
        <translation>Décès&#xa0;: {estimate}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rests on the figures of {references}.</source>
        <translation>Repose sur les chiffres de {references}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Fatalities in incident {number}, by source</source>
        <translation>Décès lors de l&apos;incident {number}, par source</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{figure} {whom}</source>
        <translation>{figure} {whom}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{figure} ({source}, graded {grade})</source>
        <translation>{figure} ({source}, cotation {grade})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{figure} ({source})</source>
        <translation>{figure} ({source})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} more in incident {number}</source>
        <translation>{count} autres chiffres à l&apos;incident {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>our estimate {estimate}</source>
        <translation>notre estimation&#xa0;: {estimate}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="-55"/>
        <source>also known as {names}</source>
        <translation>également connu sous le nom de {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{involvement} involvement</source>
        <translation>implication&#xa0;: {involvement}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} women</source>
        <translation>{number} femmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{number} men</source>
        <translation>{number} hommes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{number} children</source>
        <translation>{number} enfants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (individual victim; {status})</source>
        <translation>{name} (victime individuelle&#xa0;; {status})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label}: {fate}</source>
        <translation>{label}&#xa0;: {fate}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+45"/>
        <source>No incidents are recorded for this audience.</source>
        <translation>Aucun incident n&apos;est consigné pour ces destinataires.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Incidents are listed by date; their numbers follow the order in which they were recorded.</source>
        <translation>Les incidents sont présentés par date&#xa0;; leurs numéros suivent l&apos;ordre dans lequel ils ont été consignés.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Incident {number}: {title}</source>
        <translation>Incident {number}&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sources bearing on the incident as a whole</source>
        <translation>Sources portant sur l&apos;ensemble de l&apos;incident</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allegation {number}: {violation}</source>
        <translation>Allégation {number}&#xa0;: {violation}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Standard of proof</source>
        <translation>Niveau de preuve</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Corroboration</source>
        <translation>Corroboration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No source or account linked for this audience.</source>
        <translation>Aucune source ni aucun témoignage n&apos;est lié pour ces destinataires.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/by_source.py" line="-144"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+6"/>
        <source>Source or account</source>
        <translation>Source ou témoignage</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+0"/>
        <source>Relation</source>
        <translation>Nature du lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locator</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/by_source.py" line="-20"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+11"/>
        <source>Account of {pseudonym}</source>
        <translation>Témoignage de {pseudonym}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../hrdoc/services/reporting/incidents.py" line="+10"/>
        <source>Not quoted (no consent to quote)</source>
        <translation>Non cité (pas de consentement à la citation)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/renderer.py" line="+3"/>
        <source>Case report — {audience}</source>
        <translation>Rapport sur le dossier — {audience}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/sharing.py" line="-6"/>
        <source>choose one of {names}</source>
        <translation>choisissez parmi&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partners (restricted)</source>
        <translation>Partenaires (diffusion restreinte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal (confidential)</source>
        <translation>Interne (confidentiel)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RESTRICTED — PARTNERS</source>
        <translation>DIFFUSION RESTREINTE — PARTENAIRES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONFIDENTIAL — INTERNAL</source>
        <translation>CONFIDENTIEL — USAGE INTERNE</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/evidence.py" line="-266"/>
        <source>--alteration describes a working copy: give --copy-of ITEM too</source>
        <translation>--alteration décrit une copie de travail&#xa0;: indiquez aussi --copy-of ITEM</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>evidence item {copy_of} belongs to another case</source>
        <translation>l&apos;élément de preuve {copy_of} appartient à un autre dossier</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>added {file} to {reference} as evidence {item}</source>
        <translation>{file} ajouté à {reference} comme élément de preuve {item}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--timeout must be more than 0 seconds</source>
        <translation>--timeout doit être supérieur à 0 seconde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>captured {url} into {reference} as evidence {item}</source>
        <translation>{url} capturée dans {reference} comme élément de preuve {item}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>captured at {when} with {tool}</source>
        <translation>capturée le {when} avec {tool}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the site answered {answer}; that answer is what was kept</source>
        <translation>le site a répondu {answer}&#xa0;; c&apos;est cette réponse qui a été conservée</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>imported {file} into {reference} as evidence {item} (captured elsewhere)</source>
        <translation>{file} importé dans {reference} comme élément de preuve {item} (capturé ailleurs)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{reference} has no evidence files</source>
        <translation>{reference} n&apos;a aucun élément de preuve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vault</source>
        <translation>coffre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held elsewhere</source>
        <translation>conservé ailleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(working copy of {item})</source>
        <translation>(copie de travail de {item})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filed under {record}</source>
        <translation>classé sous {record}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyed digest of where it was obtained</source>
        <translation>Empreinte à clé de la provenance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the capture time comes from</source>
        <translation>Origine de l&apos;heure de capture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metadata removed from the copy</source>
        <translation>Métadonnées retirées de la copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working copy</source>
        <translation>Copie de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the copy</source>
        <translation>SHA-256 de la copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of the copy</source>
        <translation>Taille de la copie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Came from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from the copy</source>
        <translation>Retiré de la copie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the address comes from</source>
        <translation>Origine de l&apos;adresse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no chain of custody for {item_id}: no evidence item with that id was ever in the vault</source>
        <translation>aucune chaîne de traçabilité pour {item_id}&#xa0;: aucun élément de preuve portant cet identifiant n&apos;a jamais été dans le coffre</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../hrdoc/cli/exchange.py" line="-209"/>
        <location filename="../../hrdoc/cli/report.py" line="+60"/>
        <location filename="../../hrdoc/cli/tables.py" line="+17"/>
        <source>{target} already exists; use --force to replace it</source>
        <translation>{target} existe déjà&#xa0;; utilisez --force pour le remplacer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>wrote {target} ({size}, sha256 {sha256})</source>
        <translation>{target} écrit ({size}, sha256 {sha256})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>removed: {what}</source>
        <translation>retiré&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/exchange.py" line="-32"/>
        <source>bundle passphrase</source>
        <translation>phrase secrète du paquet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--encrypt needs a bundle passphrase</source>
        <translation>--encrypt exige une phrase secrète de paquet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bundle is encrypted and no passphrase given</source>
        <translation>le paquet est chiffré et aucune phrase secrète n&apos;a été indiquée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{why}: use --bundle-passphrase-file FILE or set {bundle_env}</source>
        <translation>{why}&#xa0;: utilisez --bundle-passphrase-file FICHIER ou définissez {bundle_env}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle passphrase: </source>
        <translation>Phrase secrète du paquet&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle passphrase again: </source>
        <translation>Phrase secrète du paquet, de nouveau&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two bundle passphrases differ; nothing was written</source>
        <translation>les deux phrases secrètes du paquet diffèrent&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/exchange/bundle/crypto.py" line="+74"/>
        <source>the bundle passphrase is empty</source>
        <translation>la phrase secrète du paquet est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the partners</source>
        <translation>les partenaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>internal use</source>
        <translation>un usage interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote {target}: case {reference} for {audience}, {records}, {files}</source>
        <translation>{target} écrit&#xa0;: dossier {reference} pour {audience}, {records}, {files}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote {target}: case {reference} for {audience}, {records}, {files}, encrypted</source>
        <translation>{target} écrit&#xa0;: dossier {reference} pour {audience}, {records}, {files}, chiffré</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../hrdoc/cli/report.py" line="+2"/>
        <location filename="../../hrdoc/cli/tables.py" line="+2"/>
        <location filename="../../hrdoc/services/evidence/export.py" line="+124"/>
        <location filename="../../hrdoc/services/tables.py" line="+154"/>
        <source>the folder {parent} does not exist</source>
        <translation>le répertoire {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it holds witness identities: keep it encrypted and hand it over only to your team</source>
        <translation>il contient l&apos;identité de témoins&#xa0;: gardez-le chiffré et ne le remettez qu&apos;à votre équipe</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>created case {case}</source>
        <translation>dossier {case} créé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>merged into case {case}</source>
        <translation>fusionné dans le dossier {case}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>merged as a copy for {audience}: the store it came from holds only what they may see of this case, so its empty fields, deletions and log changed nothing here</source>
        <translation>fusionné comme copie pour {audience}&#xa0;: la base d&apos;où elle vient ne contient que ce que ces destinataires peuvent voir du dossier&#xa0;; ses champs vides, ses suppressions et son journal n&apos;ont donc rien changé ici</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts settled by a decision made elsewhere: {count}</source>
        <translation>Conflits réglés par une décision prise ailleurs&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CONFLICTS: {records} changed on both sides; both versions are kept: resolve them in the app (Case → Conflicts) or with `hrdoc conflicts`</source>
        <translation>CONFLITS&#xa0;: {records} avec des modifications des deux côtés&#xa0;; les deux versions sont conservées&#xa0;: réglez-les dans l&apos;application (Dossier → Conflits) ou avec `hrdoc conflicts`</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from the team store:</source>
        <translation>depuis la base d&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the team store did not have it)</source>
        <translation>(la base d&apos;équipe ne l&apos;avait pas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the team store:</source>
        <translation>vers la base d&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accepted the team store&apos;s audit log as it now is, although {problem}</source>
        <translation>journal d&apos;audit de la base d&apos;équipe accepté tel qu&apos;il est, bien que {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>team store passphrase</source>
        <translation>phrase secrète de la base d&apos;équipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team store passphrase: </source>
        <translation>Phrase secrète de la base d&apos;équipe&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no passphrase for the team store {path}: use --team-passphrase-file FILE or set {env}</source>
        <translation>aucune phrase secrète pour la base d&apos;équipe {path}&#xa0;: utilisez --team-passphrase-file FICHIER ou définissez {env}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>kept the local version</source>
        <translation>version locale conservée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept the incoming version</source>
        <translation>version reçue conservée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--resolve CONFLICT and --keep local|incoming go together</source>
        <translation>--resolve CONFLICT et --keep local|incoming vont ensemble</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{reference} has no open conflicts</source>
        <translation>{reference} n&apos;a aucun conflit ouvert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>deleted here; changed there</source>
        <translation>supprimé ici&#xa0;; modifié là-bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed here; deleted there</source>
        <translation>modifié ici&#xa0;; supprimé là-bas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>here {here}  |  there {there}</source>
        <translation>ici {here}  |  là-bas {there}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/store.py" line="-81"/>
        <source>{file} is not a file: give the path of a case bundle (.hrdoc)</source>
        <translation>{file} n&apos;est pas un fichier : indiquez le chemin d&apos;un paquet de dossier (.hrdoc)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>wrote {file}</source>
        <translation>{file} écrit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>made {store} an empty hrdoc team store</source>
        <translation>{store} est maintenant une base d&apos;équipe hrdoc vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hrdoc does not encrypt it: the server alone protects it (docs/team-store.md). Next, give each investigator a login of their own: hrdoc team-roles --db URL --investigator NAME</source>
        <translation>hrdoc ne la chiffre pas&#xa0;: seul le serveur la protège (docs/team-store.md). Ensuite, donnez à chaque enquêteur son propre identifiant&#xa0;: hrdoc team-roles --db URL --investigator NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>created an empty store at {store}</source>
        <translation>base vide créée à {store}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the passphrase safe: a lost passphrase cannot be recovered, and neither can the data</source>
        <translation>gardez la phrase secrète en lieu sûr&#xa0;: une phrase secrète perdue ne peut être récupérée, et les données non plus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>created {store} holding the demo case {reference}</source>
        <translation>{store} créée, avec le dossier de démonstration {reference}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no cases yet</source>
        <translation>aucun dossier pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no matches</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no matches the partners may see</source>
        <translation>aucun résultat que les partenaires peuvent voir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no matches the public may see</source>
        <translation>aucun résultat que le public peut voir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--limit must be at least 1</source>
        <translation>--limit doit valoir au moins 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--kind {kind_name} is not searchable; choose from: {names}</source>
        <translation>--kind {kind_name} ne peut pas faire l&apos;objet d&apos;une recherche&#xa0;; choisissez parmi&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>rebuilt the search index: {documents}</source>
        <translation>index de recherche reconstruit&#xa0;: {documents}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ok: {check}</source>
        <translation>ok&#xa0;: {check}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED: {problem}</source>
        <translation>ÉCHEC&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/tables.py" line="+9"/>
        <source>no table of {kind_name} records; choose from: {names}</source>
        <translation>aucune table de fiches {kind_name}&#xa0;; choisissez parmi&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>wrote {rows} ({kind}) of {case} for {audience} to {target}</source>
        <translation>{rows} ({kind}) de {case} pour {audience} écrites dans {target}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>wrote {incidents} of {case} as ACLED CSV for {audience} to {target}</source>
        <translation>{incidents} de {case} écrits en CSV ACLED pour {audience} dans {target}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/team.py" line="+18"/>
        <source>name at least one role: --investigator NAME or --reader NAME (each may be repeated)</source>
        <translation>nommez au moins un rôle&#xa0;: --investigator NOM ou --reader NOM (chacun peut être répété)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/team_roles.py" line="+94"/>
        <source>team-roles is for a team store on PostgreSQL: give its postgresql:// URL with --db</source>
        <translation>team-roles concerne une base d&apos;équipe sur PostgreSQL&#xa0;: indiquez son URL postgresql:// avec --db</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/validation.py" line="-97"/>
        <source>{label}: {message}</source>
        <translation>{label}&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+376"/>
        <source>is required and cannot be empty</source>
        <translation>est obligatoire et ne peut pas être vide</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>is {count} characters long; at most {limit} are allowed</source>
        <translation>compte {count} caractères&#xa0;; {limit} au plus sont autorisés</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>must be {words}</source>
        <translation>doit être {words}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot be negative</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be between the low and high estimates ({lo} and {hi})</source>
        <translation>doit être compris entre l&apos;estimation basse et l&apos;estimation haute ({lo} et {hi})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be below the low estimate ({lo})</source>
        <translation>ne peut pas être inférieur à l&apos;estimation basse ({lo})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>cannot be above the high estimate ({hi})</source>
        <translation>ne peut pas être supérieur à l&apos;estimation haute ({hi})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a date (YYYY-MM-DD), not a date and time</source>
        <translation>doit être une date (AAAA-MM-JJ), et non une date et une heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../hrdoc/services/records_kinds.py" line="+193"/>
        <source>a date (YYYY-MM-DD)</source>
        <translation>une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../../hrdoc/services/evidence/sniff.py" line="+471"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>may contain only letters, digits and . _ / - (for example ML-2025-004)</source>
        <translation>ne peut contenir que des lettres, des chiffres et . _ / - (par exemple ML-2025-004)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a list of words</source>
        <translation>doit être une liste de mots</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>a number of degrees</source>
        <translation>un nombre de degrés</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>must be between -90 and 90 degrees</source>
        <translation>doit être compris entre -90 et 90 degrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between -180 and 180 degrees</source>
        <translation>doit être compris entre -180 et 180 degrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give both latitude and longitude, or neither</source>
        <translation>indiquez à la fois la latitude et la longitude, ou aucune des deux</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+45"/>
        <source>must be a list of names</source>
        <translation>doit être une liste de noms</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>is required when an end date is given</source>
        <translation>est obligatoire lorsqu&apos;une date de fin est indiquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when the date is known exactly</source>
        <translation>est obligatoire lorsque la date est connue avec précision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes, no or unknown</source>
        <translation>oui, non ou inconnu</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the breakdown (women, men, children, unknown) adds up to {total}, more than the high estimate of the count ({high})</source>
        <translation>la ventilation (femmes, hommes, enfants, inconnus) totalise {total}, soit plus que l&apos;estimation haute du nombre ({high})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the breakdown (women, men, children, unknown) adds up to {total}, more than the best estimate of the count ({high})</source>
        <translation>la ventilation (femmes, hommes, enfants, inconnus) totalise {total}, soit plus que l&apos;estimation la plus probable du nombre ({high})</translation>
    </message>
    <message>
        <location line="-234"/>
        <location filename="../../hrdoc/services/records_rules.py" line="+341"/>
        <source>{given} is not one of: {names}</source>
        <translation>{given} ne fait pas partie des valeurs suivantes&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{given} is not a well-formed URL: it must start with http:// or https:// and name a host, with no spaces</source>
        <translation>{given} n&apos;est pas une URL bien formée&#xa0;: elle doit commencer par http:// ou https:// et nommer un hôte, sans espaces</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{given} is not an ISO 3166-1 alpha-2 country code (two capital letters naming a country, e.g. ML for Mali)</source>
        <translation>{given} n&apos;est pas un code de pays ISO 3166-1 alpha-2 (deux majuscules désignant un pays, par exemple ML pour le Mali)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{end} is before the start date {start}; the end date cannot be before the start date</source>
        <translation>{end} est antérieure à la date de début {start}&#xa0;; la date de fin ne peut pas précéder la date de début</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>an individual victim counts as one; record several people as a group</source>
        <translation>une victime individuelle compte pour une personne&#xa0;; enregistrez plusieurs personnes comme un groupe</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+35"/>
        <location line="+86"/>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>say how consent was given (for example: oral, recorded at the start of the interview)</source>
        <translation>indiquez comment le consentement a été donné (par exemple&#xa0;: oralement, enregistré au début de l&apos;entretien)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the witness has not consented to be quoted; record that consent before marking the account quotable</source>
        <translation>le témoin n&apos;a pas consenti à être cité&#xa0;; enregistrez ce consentement avant de marquer le témoignage comme citable</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a list of quotations</source>
        <translation>doit être une liste de citations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required: an account must say what the witness said</source>
        <translation>est obligatoire&#xa0;: un témoignage doit rapporter ce que le témoin a dit</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot be before the publication date</source>
        <translation>ne peut pas être antérieure à la date de publication</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be 64 lowercase hexadecimal digits</source>
        <translation>doit compter 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../hrdoc/services/acled_values.py" line="+264"/>
        <location line="+31"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a link starts from exactly one source, account or evidence file</source>
        <translation>un lien part d&apos;une seule source, d&apos;un seul témoignage ou d&apos;un seul fichier de preuve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link points to exactly one allegation or incident</source>
        <translation>un lien renvoie à une seule allégation ou à un seul incident</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is required for a range</source>
        <translation>est obligatoire pour une fourchette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be below the figure ({low})</source>
        <translation>ne peut pas être inférieur au chiffre ({low})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is given only for a range</source>
        <translation>ne s&apos;indique que pour une fourchette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a figure is given by exactly one source or account</source>
        <translation>un chiffre est donné par une seule source ou un seul témoignage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a figure is on exactly one incident or allegation</source>
        <translation>un chiffre porte sur un seul incident ou une seule allégation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be lowercase letters, digits and underscores, starting with a letter</source>
        <translation>ne peut contenir que des lettres minuscules, des chiffres et des traits de soulignement, et doit commencer par une lettre</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/acled_read.py" line="-130"/>
        <source>{name} is not UTF-8 text (first bad character on line {line}); save it as UTF-8 CSV (Excel: &apos;CSV UTF-8&apos;; LibreOffice: character set &apos;Unicode (UTF-8)&apos;) and import it again</source>
        <translation>{name} n&apos;est pas du texte UTF-8 (premier caractère erroné à la ligne {line})&#xa0;; enregistrez-le au format CSV UTF-8 (Excel&#xa0;: «&#xa0;CSV UTF-8&#xa0;»&#xa0;; LibreOffice&#xa0;: jeu de caractères «&#xa0;Unicode (UTF-8)&#xa0;») et importez-le de nouveau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is {encoding} text; save it as UTF-8 CSV (Excel: &apos;CSV UTF-8&apos;) and import it again</source>
        <translation>{name} est du texte {encoding}&#xa0;; enregistrez-le au format CSV UTF-8 (Excel&#xa0;: «&#xa0;CSV UTF-8&#xa0;») et importez-le de nouveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not a CSV file: it holds binary data</source>
        <translation>{name} n&apos;est pas un fichier CSV&#xa0;: il contient des données binaires</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{name} has no rows to import (only its first line, the column names)</source>
        <translation>{name} ne contient aucune ligne à importer (seulement sa première ligne, les noms des colonnes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>imported nothing from {name}: {rejected} of {rows} rows rejected (--strict: nothing is imported while any row is rejected)</source>
        <translation>rien n&apos;a été importé de {name}&#xa0;: {rejected} lignes sur {rows} rejetées (--strict&#xa0;: rien n&apos;est importé tant qu&apos;une ligne est rejetée)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>imported nothing from {name}: {rejected} of {rows} rows rejected</source>
        <translation>rien n&apos;a été importé de {name}&#xa0;: {rejected} lignes sur {rows} rejetées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>imported {imported} of {rows} rows from {name} as incidents; created {places} places, {actors} actors, {sources} sources, {links} source links; {rejected} rows rejected</source>
        <translation>{imported} lignes sur {rows} importées de {name} comme incidents&#xa0;; créés&#xa0;: {places} lieux, {actors} acteurs, {sources} sources, {links} liens de source&#xa0;; {rejected} lignes rejetées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>imported {imported} of {rows} rows from {name} as incidents; created {places} places, {actors} actors, {sources} sources, {links} source links</source>
        <translation>{imported} lignes sur {rows} importées de {name} comme incidents&#xa0;; créés&#xa0;: {places} lieux, {actors} acteurs, {sources} sources, {links} liens de source</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ignored columns (not ACLED columns): {names}</source>
        <translation>colonnes ignorées (qui ne sont pas des colonnes ACLED)&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../hrdoc/services/exchange/bundle/container.py" line="+109"/>
        <location filename="../../hrdoc/services/exchange/bundle/reader.py" line="+431"/>
        <location filename="../../hrdoc/storage/store_key.py" line="+80"/>
        <source>cannot read {path}: {cause}</source>
        <translation>impossible de lire {path}&#xa0;: {cause}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name} is not a CSV file: it holds binary data (a NUL byte on line {number})</source>
        <translation>{name} n&apos;est pas un fichier CSV&#xa0;: il contient des données binaires (un octet NUL à la ligne {number})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} is not an ACLED CSV file: its first line must name the columns, and it lacks {names} (it begins with {shown})</source>
        <translation>{name} n&apos;est pas un fichier CSV ACLED&#xa0;: sa première ligne doit nommer les colonnes, et {names} y manque (il commence par {shown})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>empty row</source>
        <translation>ligne vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} cells but the first line names {width} columns (a comma or quote out of place?)</source>
        <translation>{count} cellules alors que la première ligne nomme {width} colonnes (une virgule ou un guillemet mal placé&#xa0;?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}, line {line_num}: a cell longer than {limit} characters (a quote opened and never closed?)</source>
        <translation>{name}, ligne {line_num}&#xa0;: une cellule de plus de {limit} caractères (un guillemet ouvert et jamais fermé&#xa0;?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, line {line_num}: not readable as CSV ({err})</source>
        <translation>{name}, ligne {line_num}&#xa0;: illisible en tant que CSV ({err})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/acled_rows.py" line="+221"/>
        <source>{event_id} is already in this case (imported before)</source>
        <translation>{event_id} figure déjà dans ce dossier (importé précédemment)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{event_id} appears twice in the file (first on line {first})</source>
        <translation>{event_id} apparaît deux fois dans le fichier (la première fois à la ligne {first})</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>no place: give location, or latitude and longitude</source>
        <translation>aucun lieu&#xa0;: indiquez location, ou latitude et longitude</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{precision_text} is not 1 (exact), 2 (near) or 3 (region)</source>
        <translation>{precision_text} n&apos;est pas 1 (exact), 2 (proche) ou 3 (région)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is at most {limit} characters long</source>
        <translation>compte au plus {limit} caractères</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{column}: {message}</source>
        <translation>{column}&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/validation.py" line="-441"/>
        <location filename="../../hrdoc/services/acled_rows.py" line="+99"/>
        <location filename="../../hrdoc/services/verify.py" line="+180"/>
        <source>{first}; {second}</source>
        <translation>{first}&#xa0;; {second}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/acled_values.py" line="-26"/>
        <source>{event} is not an ACLED event type ({known})</source>
        <translation>{event} n&apos;est pas un type d&apos;événement ACLED ({known})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{sub} is not a sub-event type of {labels} ({known})</source>
        <translation>{sub} n&apos;est pas un sous-type d&apos;événement de {labels} ({known})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{text} is not 1 (day), 2 (week) or 3 (month)</source>
        <translation>{text} n&apos;est pas 1 (jour), 2 (semaine) ou 3 (mois)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{given} is not a whole number of deaths (0 or more)</source>
        <translation>{given} n&apos;est pas un nombre entier de décès (0 ou plus)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{text} is not &apos;Civilian targeting&apos; or empty</source>
        <translation>{text} n&apos;est ni «&#xa0;Civilian targeting&#xa0;» ni vide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a name is at most {limit} characters long</source>
        <translation>un nom compte au plus {limit} caractères</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{iso} is not an ISO 3166 numeric country code (Mali is 466)</source>
        <translation>{iso} n&apos;est pas un code numérique de pays ISO 3166 (celui du Mali est 466)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is not a country name hrdoc knows; give iso too</source>
        <translation>{name} n&apos;est pas un nom de pays connu de hrdoc&#xa0;; indiquez aussi iso</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/acled_worker.py" line="+212"/>
        <source>the import of {file_name} stopped: the process reading it ended unexpectedly ({how}); nothing was imported. Try again; if it happens again, split the file</source>
        <translation>l&apos;importation de {file_name} s&apos;est arrêtée&#xa0;: le processus qui le lisait s&apos;est terminé de façon inattendue ({how})&#xa0;; rien n&apos;a été importé. Réessayez&#xa0;; si cela se reproduit, divisez le fichier</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/actors_shared.py" line="+89"/>
        <location line="+38"/>
        <source>no case with id {into_case}</source>
        <translation>aucun dossier portant l&apos;identifiant {into_case}</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no actor with id {actor_id}</source>
        <translation>aucun acteur portant l&apos;identifiant {actor_id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is already an actor of {reference}; choose it there</source>
        <translation>{name} est déjà un acteur de {reference}&#xa0;; choisissez-le là</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reference} already has the actor {name}; choose it there</source>
        <translation>{reference} compte déjà l&apos;acteur {name}&#xa0;; choisissez-le là</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} of {reference} is not offered to the {audience} audience: the case or the actor is hidden from it</source>
        <translation>{name} de {reference} n&apos;est pas proposé aux destinataires {audience}&#xa0;: le dossier ou l&apos;acteur leur est caché</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/cases.py" line="+190"/>
        <source>no case with reference or id {ref_or_id} (list them with `hrdoc cases`)</source>
        <translation>aucun dossier ayant pour référence ou identifiant {ref_or_id} (énumérez-les avec `hrdoc cases`)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/context.py" line="+42"/>
        <source>all of this program&apos;s connections to the store stayed in use (a large sync, or evidence moving?): wait for it to finish and try again; nothing was saved by the failed operation.</source>
        <translation>toutes les connexions de ce programme à la base sont restées occupées (une longue synchronisation, ou des éléments de preuve en cours de déplacement&#xa0;?)&#xa0;: attendez la fin et réessayez&#xa0;; rien n&apos;a été enregistré par l&apos;opération qui a échoué.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/capture.py" line="+52"/>
        <source>a saved web page (HTML or MHTML), a PDF, a web archive (WARC) or a PNG or JPEG screenshot</source>
        <translation>une page web enregistrée (HTML ou MHTML), un PDF, une archive web (WARC) ou une capture d&apos;écran PNG ou JPEG</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>too many redirects: {url} was still being redirected after {max_redirects} redirects (last to {location}). Nothing was captured; try the address it ends up at.</source>
        <translation>trop de redirections&#xa0;: {url} était encore redirigée après {max_redirects} redirections (la dernière vers {location}). Rien n&apos;a été capturé&#xa0;; essayez l&apos;adresse à laquelle elle aboutit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>redirect loop: {url} redirects to {location}, which was already visited. The site keeps sending the browser in a circle (it may want cookies, which hrdoc does not keep); nothing was captured.</source>
        <translation>boucle de redirection&#xa0;: {url} redirige vers {location}, déjà visitée. Le site renvoie le navigateur en rond (il attend peut-être des cookies, que hrdoc ne conserve pas)&#xa0;; rien n&apos;a été capturé.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the file is empty; there is nothing to import</source>
        <translation>le fichier est vide&#xa0;; il n&apos;y a rien à importer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>give the address (URL) of the page this capture shows: the Berkeley Protocol asks to keep at least the URL of online content, and this file does not say it</source>
        <translation>indiquez l&apos;adresse (URL) de la page que montre cette capture&#xa0;: le Protocole de Berkeley demande de conserver au moins l&apos;URL d&apos;un contenu en ligne, et ce fichier ne l&apos;indique pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{final_url} is not a web address; give the http:// or https:// address</source>
        <translation>{final_url} n&apos;est pas une adresse web&#xa0;; indiquez l&apos;adresse http:// ou https://</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the time of capture needs a time zone (for example UTC); without one it could be hours off</source>
        <translation>l&apos;heure de la capture doit comporter un fuseau horaire (par exemple UTC)&#xa0;; sans cela, elle pourrait être décalée de plusieurs heures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the time of capture {when} is in the future; check the date</source>
        <translation>l&apos;heure de la capture {when} est dans le futur&#xa0;; vérifiez la date</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this web archive (WARC) is damaged and was not imported: {err}. Import the original file as it was saved, or capture the page again.</source>
        <translation>cette archive web (WARC) est endommagée et n&apos;a pas été importée&#xa0;: {err}. Importez le fichier original tel qu&apos;il a été enregistré, ou capturez de nouveau la page.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>this file is a {label}, not a capture of a web page; unpack it and import the capture inside. hrdoc imports {importable_text}.</source>
        <translation>ce fichier est un {label}, et non une capture d&apos;une page web&#xa0;; décompressez-le et importez la capture qu&apos;il contient. hrdoc importe {importable_text}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this file was not recognised as a capture of a web page. hrdoc imports {importable_text}.</source>
        <translation>ce fichier n&apos;a pas été reconnu comme une capture d&apos;une page web. hrdoc importe {importable_text}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this file is a {label}, not a capture of a web page. hrdoc imports {importable_text}.</source>
        <translation>ce fichier est un {label}, et non une capture d&apos;une page web. hrdoc importe {importable_text}.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/capture_http.py" line="+298"/>
        <source>could not fetch {url}: unexpected response object</source>
        <translation>impossible de récupérer {url}&#xa0;: objet de réponse inattendu</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the proxy refused to connect to {host} ({err}) — check the proxy settings</source>
        <translation>le proxy a refusé de se connecter à {host} ({err}) — vérifiez les paramètres du proxy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not fetch {url}: {detail} — check that this computer is online</source>
        <translation>impossible de récupérer {url}&#xa0;: {detail} — vérifiez que cet ordinateur est en ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not fetch {url}: {cause}</source>
        <translation>impossible de récupérer {url}&#xa0;: {cause}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not fetch {url}: {err} — check the address</source>
        <translation>impossible de récupérer {url}&#xa0;: {err} — vérifiez l&apos;adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not find the server {host} (the name lookup failed) — check the address is spelled correctly, or that this computer is online</source>
        <translation>serveur {host} introuvable (la résolution du nom a échoué) — vérifiez l&apos;orthographe de l&apos;adresse, ou que cet ordinateur est en ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not connect to {host}: connection refused — check the address, or that this computer is online</source>
        <translation>impossible de se connecter à {host}&#xa0;: connexion refusée — vérifiez l&apos;adresse, ou que cet ordinateur est en ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{host} did not answer in full within 1 second, the time allowed for the whole capture (timed out); nothing was kept — try again later, or allow more time</source>
        <translation>{host} n&apos;a pas répondu entièrement dans le délai d&apos;une seconde accordé à toute la capture (délai dépassé)&#xa0;; rien n&apos;a été conservé — réessayez plus tard, ou accordez plus de temps</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{host} did not answer in full within {timeout} seconds, the time allowed for the whole capture (timed out); nothing was kept — try again later, or allow more time</source>
        <translation>{host} n&apos;a pas répondu entièrement dans le délai de {timeout} secondes accordé à toute la capture (délai dépassé)&#xa0;; rien n&apos;a été conservé — réessayez plus tard, ou accordez plus de temps</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>{url} is larger than the limit of {limit}{size}; hrdoc stopped downloading and kept nothing. Raise the size limit if this file is needed, or save it another way.</source>
        <translation>{url} dépasse la limite de {limit}{size}&#xa0;; hrdoc a arrêté le téléchargement et n&apos;a rien conservé. Relevez la limite de taille si ce fichier est nécessaire, ou enregistrez-le autrement.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the secure connection to {host} could not be verified: {reason}. The site&apos;s certificate is not trusted, so what arrived might not come from that site; nothing was captured. Check the address and this computer&apos;s date and time.</source>
        <translation>la connexion sécurisée à {host} n&apos;a pas pu être vérifiée&#xa0;: {reason}. Le certificat du site n&apos;est pas reconnu comme fiable, si bien que ce qui a été reçu pourrait ne pas provenir de ce site&#xa0;; rien n&apos;a été capturé. Vérifiez l&apos;adresse ainsi que la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the secure (TLS) connection to {host} failed ({reason}) — try again later; if it persists, the site or a filter on this network is interfering</source>
        <translation>la connexion sécurisée (TLS) à {host} a échoué ({reason}) — réessayez plus tard&#xa0;; si le problème persiste, le site ou un filtre de ce réseau interfère</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{host} closed the connection without answering — try again later</source>
        <translation>{host} a fermé la connexion sans répondre — réessayez plus tard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection to {host} ended before the whole response arrived — nothing was kept; try again</source>
        <translation>la connexion à {host} s&apos;est terminée avant la réception de toute la réponse — rien n&apos;a été conservé&#xa0;; réessayez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} sent a response hrdoc cannot read ({error_type}: {err}); nothing was kept</source>
        <translation>{host} a envoyé une réponse que hrdoc ne peut pas lire ({error_type}&#xa0;: {err})&#xa0;; rien n&apos;a été conservé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the connection to {host} was cut off — try again; nothing was kept</source>
        <translation>la connexion à {host} a été coupée — réessayez&#xa0;; rien n&apos;a été conservé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no address given: type or paste the full address of the page, starting with https://</source>
        <translation>aucune adresse indiquée&#xa0;: tapez ou collez l&apos;adresse complète de la page, commençant par https://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address {text} contains control characters; paste it again</source>
        <translation>l&apos;adresse {text} contient des caractères de contrôle&#xa0;; collez-la de nouveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not a valid web address ({err})</source>
        <translation>{text} n&apos;est pas une adresse web valide ({err})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not a full web address: start it with https:// (or http://)</source>
        <translation>{text} n&apos;est pas une adresse web complète&#xa0;: faites-la commencer par https:// (ou http://)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hrdoc captures only web pages (http: and https: addresses); {text} is a {scheme}: address and was refused</source>
        <translation>hrdoc ne capture que des pages web (adresses http: et https:)&#xa0;; {text} est une adresse {scheme}: et a été refusée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text} has no server name; check the address</source>
        <translation>{text} ne comporte pas de nom de serveur&#xa0;; vérifiez l&apos;adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address {hostname} contains a user name or password; remove it (hrdoc does not send credentials, and would store them in the evidence)</source>
        <translation>l&apos;adresse {hostname} contient un nom d&apos;utilisateur ou un mot de passe&#xa0;; retirez-le (hrdoc n&apos;envoie pas d&apos;identifiants, et les conserverait dans l&apos;élément de preuve)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the server name {host} is not a valid internationalised domain name</source>
        <translation>le nom de serveur {host} n&apos;est pas un nom de domaine internationalisé valide</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{current} redirects to {target}, a {scheme}: address; hrdoc follows redirects only to http and https addresses, so nothing was captured</source>
        <translation>{current} redirige vers {target}, une adresse {scheme}:&#xa0;; hrdoc ne suit les redirections que vers des adresses http et https, donc rien n&apos;a été capturé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{current} redirects to an address hrdoc cannot follow: {err}</source>
        <translation>{current} redirige vers une adresse que hrdoc ne peut pas suivre&#xa0;: {err}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/export.py" line="-82"/>
        <source>no file at {source}</source>
        <translation>aucun fichier à l&apos;emplacement {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source} is a folder; attach the files in it one by one</source>
        <translation>{source} est un répertoire&#xa0;; joignez-en les fichiers un par un</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{source} cannot be read (permission denied)</source>
        <translation>{source} ne peut pas être lu (permission refusée)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{original_filename} is described here but its file is kept elsewhere</source>
        <translation>{original_filename} est décrit ici, mais son fichier est conservé ailleurs</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{original_filename} is {visibility}: it may not be exported for the {audience} audience</source>
        <translation>{original_filename} est {visibility}&#xa0;: il ne peut pas être exporté pour les destinataires {audience}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>cannot make a clean public copy of {name}: it is larger than {limit} MiB, more than hrdoc cleans in memory; attach a smaller working copy (a still, an excerpt, a PDF of the pages that matter) and export that instead</source>
        <translation>impossible de faire une copie publique nettoyée de {name}&#xa0;: il dépasse {limit} Mio, plus que ce que hrdoc nettoie en mémoire&#xa0;; joignez une copie de travail plus petite (une image fixe, un extrait, un PDF des pages utiles) et exportez-la à la place</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot make a clean public copy of {name}, {err}</source>
        <translation>impossible de faire une copie publique nettoyée de {name}, {err}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot make a clean public copy of {name}: {err}; attach a screenshot or a re-saved copy of it as a working copy and export that instead</source>
        <translation>impossible de faire une copie publique nettoyée de {name}&#xa0;: {err}&#xa0;; joignez une capture d&apos;écran ou une copie réenregistrée comme copie de travail et exportez-la à la place</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/intake.py" line="-187"/>
        <source>say what was altered in this working copy (cropped, redacted, transcribed…)</source>
        <translation>indiquez ce qui a été modifié dans cette copie de travail (recadrée, expurgée, transcrite…)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the file&apos;s original name</source>
        <translation>indiquez le nom d&apos;origine du fichier</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>not enough free disk space for this file: it needs {needed} MiB, {free} MiB are free where the vault is ({root}); free some space and try again</source>
        <translation>pas assez d&apos;espace disque libre pour ce fichier&#xa0;: il faut {needed} Mio, {free} Mio sont libres à l&apos;emplacement du coffre ({root})&#xa0;; libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{name} is over {limit} MiB; attach it as a plain evidence file</source>
        <translation>{name} dépasse {limit} Mio&#xa0;; joignez-le comme simple fichier de preuve</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a capture is filed under a source; that record is not one</source>
        <translation>une capture est classée sous une source&#xa0;; cette fiche n&apos;en est pas une</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/sanitize.py" line="+82"/>
        <source>a saved web page: the pictures, addresses and scripts it can embed cannot all be cleaned with certainty; export a screenshot or a PDF made from it instead</source>
        <translation>une page web enregistrée&#xa0;: les images, adresses et scripts qu&apos;elle peut contenir ne peuvent pas tous être nettoyés avec certitude&#xa0;; exportez plutôt une capture d&apos;écran ou un PDF réalisé à partir de celle-ci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a web capture (WARC): it holds the page with everything embedded in it and the capture&apos;s network details; export a screenshot or a PDF made from the page instead</source>
        <translation>une capture web (WARC)&#xa0;: elle contient la page avec tout ce qui y est incorporé ainsi que les détails réseau de la capture&#xa0;; exportez plutôt une capture d&apos;écran ou un PDF réalisé à partir de la page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a text or e-mail ({label}): names, addresses, places and times in a text, or in an e-mail&apos;s headers and attachments, cannot be told from the rest; export a PDF or a screenshot of what may be published instead</source>
        <translation>un texte ou un courriel ({label})&#xa0;: les noms, adresses, lieux et heures figurant dans un texte, ou dans les en-têtes et pièces jointes d&apos;un courriel, ne peuvent pas être distingués du reste&#xa0;; exportez plutôt un PDF ou une capture d&apos;écran de ce qui peut être publié</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a recording ({label}): the recording device, time and place it may carry are not removed by hrdoc; attach a still, an excerpt or a transcript made from it as a working copy and export that instead</source>
        <translation>un enregistrement ({label})&#xa0;: l&apos;appareil d&apos;enregistrement, l&apos;heure et le lieu qu&apos;il peut contenir ne sont pas retirés par hrdoc&#xa0;; joignez comme copie de travail une image fixe, un extrait ou une transcription réalisés à partir de celui-ci et exportez-la à la place</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an office document ({label}): its authors, revisions, comments and embedded pictures cannot be cleaned with certainty; export a PDF made from it instead</source>
        <translation>un document bureautique ({label})&#xa0;: ses auteurs, révisions, commentaires et images incorporées ne peuvent pas être nettoyés avec certitude&#xa0;; exportez plutôt un PDF réalisé à partir de celui-ci</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a picture of a kind hrdoc cannot re-encode ({label}): it re-encodes JPEG, PNG, WebP, TIFF, GIF and BMP only; attach a JPEG or PNG made from it (a screenshot will do) as a working copy and export that instead</source>
        <translation>une image d&apos;un type que hrdoc ne peut pas réencoder ({label})&#xa0;: seuls les formats JPEG, PNG, WebP, TIFF, GIF et BMP sont réencodés&#xa0;; joignez comme copie de travail un JPEG ou un PNG réalisé à partir de celle-ci (une capture d&apos;écran suffit) et exportez-le à la place</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a file of a kind hrdoc cannot clean ({label}): attach a copy in a format it cleans (JPEG, PNG, WebP, TIFF, GIF, BMP or PDF) as a working copy and export that instead</source>
        <translation>un fichier d&apos;un type que hrdoc ne peut pas nettoyer ({label})&#xa0;: joignez comme copie de travail une copie dans un format qu&apos;il nettoie (JPEG, PNG, WebP, TIFF, GIF, BMP ou PDF) et exportez-la à la place</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>an animated or multi-page {label}: hrdoc re-encodes still pictures only; attach a still of each page or frame (a screenshot will do) as a working copy and export that instead</source>
        <translation>un {label} animé ou de plusieurs pages&#xa0;: hrdoc ne réencode que les images fixes&#xa0;; joignez comme copie de travail une image fixe de chaque page ou image (une capture d&apos;écran suffit) et exportez-la à la place</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the {label} is too large to re-encode safely</source>
        <translation>le {label} est trop volumineux pour être réencodé sans risque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>damaged {label}: its picture could not be decoded ({error_type})</source>
        <translation>{label} endommagé&#xa0;: son image n&apos;a pas pu être décodée ({error_type})</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>its colour profile cannot be read ({error_type})</source>
        <translation>son profil colorimétrique est illisible ({error_type})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its colour profile cannot be applied ({exc})</source>
        <translation>son profil colorimétrique ne peut pas être appliqué ({exc})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/sanitize_pdf.py" line="+70"/>
        <source>an encrypted PDF: hrdoc cannot read all of it to clean it; export a PDF made from it without encryption (print it to PDF) instead</source>
        <translation>un PDF chiffré&#xa0;: hrdoc ne peut pas le lire entièrement pour le nettoyer&#xa0;; exportez plutôt un PDF non chiffré réalisé à partir de celui-ci (imprimez-le en PDF)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>damaged PDF: it could not be read and rewritten ({error_type})</source>
        <translation>PDF endommagé&#xa0;: il n&apos;a pas pu être lu et réécrit ({error_type})</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>a PDF with JPEG 2000 images: their containers can carry metadata hrdoc does not read; export a PDF made from it with another image format (print it to PDF) instead</source>
        <translation>un PDF contenant des images JPEG 2000&#xa0;: leurs conteneurs peuvent porter des métadonnées que hrdoc ne lit pas&#xa0;; exportez plutôt un PDF réalisé à partir de celui-ci avec un autre format d&apos;image (imprimez-le en PDF)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not a JPEG image: it does not start with the JPEG start-of-image marker</source>
        <translation>pas une image JPEG&#xa0;: elle ne commence pas par le marqueur de début d&apos;image JPEG</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>damaged JPEG: it ends inside a segment header</source>
        <translation>JPEG endommagé&#xa0;: il se termine au milieu d&apos;un en-tête de segment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damaged JPEG: segment at byte {offset} runs past the end of the file</source>
        <translation>JPEG endommagé&#xa0;: le segment à l&apos;octet {offset} dépasse la fin du fichier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>damaged JPEG: expected a marker at byte {pos}</source>
        <translation>JPEG endommagé&#xa0;: un marqueur était attendu à l&apos;octet {pos}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>damaged JPEG: it ends inside a marker</source>
        <translation>JPEG endommagé&#xa0;: il se termine au milieu d&apos;un marqueur</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/service.py" line="+61"/>
        <source>no evidence file with id {evidence_id}</source>
        <translation>aucun fichier de preuve portant l&apos;identifiant {evidence_id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{original_filename} holds no GPS position</source>
        <translation>{original_filename} ne contient aucune position GPS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no incident with id {incident_id} in this file&apos;s case</source>
        <translation>aucun incident portant l&apos;identifiant {incident_id} dans le dossier de ce fichier</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>say why the file is removed; the reason stays in its custody log</source>
        <translation>indiquez pourquoi le fichier est retiré&#xa0;; le motif reste dans son journal de traçabilité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this file has working copies; remove those first</source>
        <translation>ce fichier a des copies de travail&#xa0;; retirez-les d&apos;abord</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{file} (case {case})</source>
        <translation>{file} (dossier {case})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>evidence {item}: {problem}</source>
        <translation>élément de preuve {item}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>evidence {item}: content does not match the SHA-256 recorded at intake</source>
        <translation>élément de preuve {item}&#xa0;: le contenu ne correspond pas à la SHA-256 consignée à l&apos;entrée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence vault: file {file} belongs to no evidence item</source>
        <translation>coffre des éléments de preuve&#xa0;: le fichier {file} n&apos;appartient à aucun élément de preuve</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence vault: {count} file(s) whose upload to the team store was interrupted before their case was saved are kept for the next sync of that case to complete (nothing was deleted)</source>
        <translation>coffre des éléments de preuve&#xa0;: {count} fichier(s) dont l&apos;envoi vers la base de l&apos;équipe a été interrompu avant l&apos;enregistrement de leur dossier sont conservés pour que la prochaine synchronisation de ce dossier l&apos;achève (rien n&apos;a été supprimé)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>evidence vault: {intact} of {files} files intact</source>
        <translation>coffre des éléments de preuve&#xa0;: {intact} fichier(s) intact(s) sur {files}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>chains of custody: {items} items, {entries} entries</source>
        <translation>chaînes de traçabilité&#xa0;: {items} élément(s), {entries} entrée(s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence vault: removed {count} file(s) left by an interrupted intake</source>
        <translation>coffre des éléments de preuve&#xa0;: {count} fichier(s) laissé(s) par une entrée interrompue supprimé(s)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/store.py" line="+12"/>
        <location filename="../../hrdoc/services/records_rules.py" line="-93"/>
        <source>that {kind_name} belongs to another case</source>
        <translation>cette fiche {kind_name} appartient à un autre dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no incident, allegation, source or account with id {rid} in this case</source>
        <translation>aucun incident, allégation, source ou témoignage portant l&apos;identifiant {rid} dans ce dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../hrdoc/services/records.py" line="+527"/>
        <source>{text} is not a record id (UUID)</source>
        <translation>{text} n&apos;est pas un identifiant de fiche (UUID)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/bundle/archive.py" line="+38"/>
        <source>unsafe or unexpected member name {name}: {fault}</source>
        <translation>nom de membre dangereux ou inattendu {name}&#xa0;: {fault}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{message} ({detail})</source>
        <translation>{message} ({detail})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the bundle: {cause}</source>
        <translation>impossible de lire le paquet&#xa0;: {cause}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{truncated_message}: its end-of-archive record is missing</source>
        <translation>{truncated_message}&#xa0;: son enregistrement de fin d&apos;archive manque</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>{truncated_message}: its zip64 end record is missing</source>
        <translation>{truncated_message}&#xa0;: son enregistrement de fin zip64 manque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle is a multi-part archive, which hrdoc does not read</source>
        <translation>le paquet est une archive en plusieurs parties, que hrdoc ne lit pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle has {entries} members; at most {max_entries} are allowed</source>
        <translation>le paquet compte {entries} membres&#xa0;; {max_entries} au plus sont autorisés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{truncated_message}: its directory is not where its end record says</source>
        <translation>{truncated_message}&#xa0;: son répertoire n&apos;est pas à l&apos;endroit qu&apos;indique son enregistrement de fin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the bundle&apos;s directory is {size} bytes for {entries} members, far more than names need</source>
        <translation>le répertoire du paquet fait {size} octets pour {entries} membres, bien plus que ne l&apos;exigent les noms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the bundle has {count} members; at most {max_entries} are allowed</source>
        <translation>le paquet compte {count} membres&#xa0;; {max_entries} au plus sont autorisés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the member {name} appears twice in the bundle</source>
        <translation>le membre {name} apparaît deux fois dans le paquet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the member {name} is a symbolic link; a bundle holds only plain files</source>
        <translation>le membre {name} est un lien symbolique&#xa0;; un paquet ne contient que des fichiers ordinaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the member {name} is a folder or a special file; a bundle holds only plain files</source>
        <translation>le membre {name} est un répertoire ou un fichier spécial&#xa0;; un paquet ne contient que des fichiers ordinaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the member {name} uses zip encryption, which hrdoc bundles never use</source>
        <translation>le membre {name} utilise le chiffrement zip, que les paquets hrdoc n&apos;utilisent jamais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the member {name} uses compression method {compress_type}, which hrdoc bundles never use</source>
        <translation>le membre {name} utilise la méthode de compression {compress_type}, que les paquets hrdoc n&apos;utilisent jamais</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the member {name} is too large ({file_size} bytes; the limit is {max_member_size})</source>
        <translation>le membre {name} est trop volumineux ({file_size} octets&#xa0;; la limite est de {max_member_size})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the bundle&apos;s members add up to more than the limit of {max_total_size} bytes</source>
        <translation>les membres du paquet dépassent au total la limite de {max_total_size} octets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{truncated_message}: the member {name} has two different sizes</source>
        <translation>{truncated_message}&#xa0;: le membre {name} a deux tailles différentes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the member {name} would expand {ratio} times ({compress_size} bytes to {file_size}); refusing what looks like a zip bomb</source>
        <translation>le membre {name} se décompresserait {ratio} fois ({compress_size} octets pour {file_size})&#xa0;; refus de ce qui ressemble à une bombe zip</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{truncated_message}: the member {filename} has no local header</source>
        <translation>{truncated_message}&#xa0;: le membre {filename} n&apos;a pas d&apos;en-tête local</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the members {first} and {second} overlap in the archive (a zip bomb, or a damaged archive)</source>
        <translation>les membres {first} et {second} se chevauchent dans l&apos;archive (une bombe zip, ou une archive endommagée)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the member {spans} runs into the archive&apos;s directory (a zip bomb, or a damaged archive)</source>
        <translation>le membre {spans} empiète sur le répertoire de l&apos;archive (une bombe zip, ou une archive endommagée)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{truncated_message}: the member {filename} has another name in its local header</source>
        <translation>{truncated_message}&#xa0;: le membre {filename} porte un autre nom dans son en-tête local</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/bundle/container.py" line="+7"/>
        <location line="+117"/>
        <source>cannot write the bundle {path}: {cause}</source>
        <translation>impossible d&apos;écrire le paquet {path}&#xa0;: {cause}</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>{name} is larger than the {limit} bytes a bundle member of its kind may have</source>
        <translation>{name} dépasse les {limit} octets autorisés pour un membre de paquet de ce type</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/bundle/crypto.py" line="+100"/>
        <source>{truncated_message}: the encryption header is cut short</source>
        <translation>{truncated_message}&#xa0;: l&apos;en-tête de chiffrement est tronqué</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this bundle was encrypted by a newer hrdoc (encryption version {version}); install the newer hrdoc to import it</source>
        <translation>ce paquet a été chiffré par une version plus récente de hrdoc (version de chiffrement {version})&#xa0;; installez cette version pour l&apos;importer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown bundle encryption (version {version}, key derivation {kdf})</source>
        <translation>chiffrement de paquet inconnu (version {version}, dérivation de clé {kdf})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle&apos;s key derivation settings are out of range (n=2**{log2n}, r={r}, p={p})</source>
        <translation>les paramètres de dérivation de clé du paquet sont hors limites (n=2**{log2n}, r={r}, p={p})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the bundle&apos;s chunk size is out of range ({chunk_size})</source>
        <translation>la taille des blocs du paquet est hors limites ({chunk_size})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{truncated_message}: the encrypted bundle ends in the middle of a chunk</source>
        <translation>{truncated_message}&#xa0;: le paquet chiffré se termine au milieu d&apos;un bloc</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{truncated_message}: the last part ({part} of {chunks}) of the encrypted bundle fails authentication (it was cut short, or altered)</source>
        <translation>{truncated_message}&#xa0;: la dernière partie ({part} sur {chunks}) du paquet chiffré échoue à l&apos;authentification (elle a été tronquée ou modifiée)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the encrypted bundle is damaged: part {part} of {chunks} fails authentication (it was altered)</source>
        <translation>le paquet chiffré est endommagé&#xa0;: la partie {part} sur {chunks} échoue à l&apos;authentification (elle a été modifiée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the encrypted bundle is damaged: part {part} has the wrong length</source>
        <translation>le paquet chiffré est endommagé&#xa0;: la partie {part} n&apos;a pas la bonne longueur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{truncated_message}: the encrypted bundle changed while it was read</source>
        <translation>{truncated_message}&#xa0;: le paquet chiffré a changé pendant sa lecture</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/bundle/errors.py" line="+13"/>
        <source>this bundle is encrypted; give its passphrase (--bundle-passphrase-file or HRDOC_BUNDLE_PASSPHRASE)</source>
        <translation>ce paquet est chiffré&#xa0;; indiquez sa phrase secrète (--bundle-passphrase-file ou HRDOC_BUNDLE_PASSPHRASE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong bundle passphrase, or the bundle is damaged</source>
        <translation>phrase secrète du paquet erronée, ou paquet endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle is incomplete or damaged (truncated?)</source>
        <translation>le paquet est incomplet ou endommagé (tronqué&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/bundle/reader.py" line="-350"/>
        <source>{name} is not UTF-8 JSON</source>
        <translation>{name} n&apos;est pas du JSON UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not UTF-8 text (byte {start})</source>
        <translation>{name} n&apos;est pas du texte UTF-8 (octet {start})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not valid JSON (line {lineno}, column {colno}: {msg})</source>
        <translation>{name} n&apos;est pas du JSON valide (ligne {lineno}, colonne {colno}&#xa0;: {msg})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not valid JSON for hrdoc: {err}</source>
        <translation>{name} n&apos;est pas du JSON valide pour hrdoc&#xa0;: {err}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} nests too deeply to be read</source>
        <translation>{name} est trop profondément imbriqué pour être lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not valid JSON ({err})</source>
        <translation>{name} n&apos;est pas du JSON valide ({err})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} is longer than the manifest says (altered or damaged)</source>
        <translation>{name} est plus long que ne l&apos;indique le manifeste (modifié ou endommagé)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is shorter than the manifest says ({truncated_message})</source>
        <translation>{name} est plus court que ne l&apos;indique le manifeste ({truncated_message})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} does not match its SHA-256 in the manifest (altered or damaged)</source>
        <translation>{name} ne correspond pas à son empreinte SHA-256 dans le manifeste (modifié ou endommagé)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>this is not an hrdoc bundle: it has no {name}</source>
        <translation>ce n&apos;est pas un paquet hrdoc&#xa0;: {name} y manque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is too large ({file_size} bytes; the limit is {max_json_size})</source>
        <translation>{name} est trop volumineux ({file_size} octets&#xa0;; la limite est de {max_json_size})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} does not have the size the archive says ({truncated_message})</source>
        <translation>{name} n&apos;a pas la taille qu&apos;indique l&apos;archive ({truncated_message})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the member {name} is in the bundle but not in its manifest</source>
        <translation>le membre {name} figure dans le paquet mais pas dans son manifeste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the manifest lists {name}, which is not in the bundle</source>
        <translation>le manifeste énumère {name}, qui ne figure pas dans le paquet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the member {name} is {file_size} bytes in the archive but {size} in the manifest</source>
        <translation>le membre {name} fait {file_size} octets dans l&apos;archive mais {size} dans le manifeste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is too large ({size} bytes; the limit is {max_json_size})</source>
        <translation>{name} est trop volumineux ({size} octets&#xa0;; la limite est de {max_json_size})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the manifest counts {counted} record(s) of {kind_name}, but the bundle has no records/{kind_name}.json</source>
        <translation>le manifeste compte {counted} fiche(s) {kind_name}, mais le paquet ne contient pas records/{kind_name}.json</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this is not an hrdoc bundle: its manifest.json is not that of an hrdoc bundle</source>
        <translation>ce n&apos;est pas un paquet hrdoc&#xa0;: son manifest.json n&apos;est pas celui d&apos;un paquet hrdoc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this bundle&apos;s format version {version} is not one hrdoc knows</source>
        <translation>la version de format {version} de ce paquet n&apos;est pas connue de hrdoc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this bundle was made by a newer hrdoc (format {version}; this hrdoc reads format {format_version}); install the newer hrdoc to import it</source>
        <translation>ce paquet a été créé par une version plus récente de hrdoc (format {version}&#xa0;; cette version lit le format {format_version})&#xa0;; installez la version plus récente pour l&apos;importer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>manifest.json: {fault}</source>
        <translation>manifest.json&#xa0;: {fault}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the bundle has no {sums}</source>
        <translation>le paquet ne contient pas de {sums}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{sums} is not plain text</source>
        <translation>{sums} n&apos;est pas du texte brut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{sums}, line {number}, is not of the form &apos;&lt;sha256&gt;  &lt;name&gt;&apos;</source>
        <translation>{sums}, ligne {number}, n&apos;est pas de la forme &apos;&lt;sha256&gt;  &lt;name&gt;&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sums} lists {name} twice</source>
        <translation>{sums} énumère {name} deux fois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{sums} and the manifest do not list the same members ({names})</source>
        <translation>{sums} et le manifeste n&apos;énumèrent pas les mêmes membres ({names})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{sums} gives {name} another SHA-256 than {what}</source>
        <translation>{sums} donne à {name} une empreinte SHA-256 différente de celle de {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} should hold a JSON array</source>
        <translation>{name} devrait contenir un tableau JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}, {which}: {fault}</source>
        <translation>{name}, {which}&#xa0;: {fault}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} has two records with {key_field} {key}</source>
        <translation>{name} contient deux fiches avec {key_field} {key}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the manifest counts {counted} record(s) of {kind_name}, but {name} holds {count}</source>
        <translation>le manifeste compte {counted} fiche(s) {kind_name}, mais {name} en contient {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} holds {count} cases; a bundle holds exactly one</source>
        <translation>{name} contient {count} dossiers&#xa0;; un paquet en contient exactement un</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the manifest names case {id}, but {name} holds another</source>
        <translation>le manifeste nomme le dossier {id}, mais {name} en contient un autre</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} is empty: it is not an hrdoc bundle</source>
        <translation>{name} est vide&#xa0;: ce n&apos;est pas un paquet hrdoc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not an hrdoc bundle (neither a zip archive nor an encrypted bundle)</source>
        <translation>{name} n&apos;est pas un paquet hrdoc (ni une archive zip ni un paquet chiffré)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{truncated_message}: its directory does not agree with its end record</source>
        <translation>{truncated_message}&#xa0;: son répertoire ne concorde pas avec son enregistrement de fin</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/bundles.py" line="+170"/>
        <source>the bundle does not hold exactly one case</source>
        <translation>le paquet ne contient pas exactement un dossier</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the bundle carries a file that none of its records describes ({stray}{more})</source>
        <translation>le paquet contient un fichier qu&apos;aucune de ses fiches ne décrit ({stray}{more})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/checks.py" line="+47"/>
        <source>{what} has no valid id</source>
        <translation>{what} n&apos;a pas d&apos;identifiant valide</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the copy does not hold exactly its one case</source>
        <translation>la copie ne contient pas exactement son dossier unique</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the copy holds records of an unknown kind {kind_name}</source>
        <translation>la copie contient des fiches d&apos;un type inconnu {kind_name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the copy holds the record {rid} twice</source>
        <translation>la copie contient deux fois la fiche {rid}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the copy deletes a {kind_name} ({rid}); a copy of a case can only delete records inside it</source>
        <translation>la copie supprime une fiche {kind_name} ({rid})&#xa0;; une copie de dossier ne peut supprimer que des fiches qu&apos;il contient</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the copy&apos;s deletion of {kind_name} {rid} belongs to another case</source>
        <translation>la suppression par la copie de la fiche {kind_name} {rid} concerne un autre dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the copy both holds and deletes the record {rid}</source>
        <translation>la copie contient et supprime à la fois la fiche {rid}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the copy&apos;s {kind_name} {rid} is a {found_kind} in this store</source>
        <translation>la fiche {kind_name} {rid} de la copie est une fiche {found_kind} dans cette base</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>the copy&apos;s audit entry {number} belongs to another case</source>
        <translation>l&apos;entrée d&apos;audit {number} de la copie appartient à un autre dossier</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the copy&apos;s {kind_name} {rid} belongs to {case} of this store</source>
        <translation>la fiche {kind_name} {rid} de la copie appartient à {case} de cette base</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the copy&apos;s audit log speaks of a record of {case} of this store</source>
        <translation>le journal d&apos;audit de la copie mentionne une fiche de {case} de cette base</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the copy holds the {what} of a {owner_kind} ({owner}) that it does not carry</source>
        <translation>la copie contient les données {what} d&apos;une fiche {owner_kind} ({owner}) qu&apos;elle ne contient pas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the copy holds two {what} records for the {owner_kind} {owner}</source>
        <translation>la copie contient deux fiches {what} pour la fiche {owner_kind} {owner}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the copy holds a version ({vid}) of an account ({account}) that it does not carry</source>
        <translation>la copie contient une version ({vid}) d&apos;un témoignage ({account}) qu&apos;elle ne contient pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the copy holds the account version {vid} twice</source>
        <translation>la copie contient deux fois la version de témoignage {vid}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the copy&apos;s account version {vid} belongs to another account in this store</source>
        <translation>la version de témoignage {vid} de la copie appartient à un autre témoignage dans cette base</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>two witnesses of the case would share the pseudonym {pseudonym}; rename one of them (here or where the copy comes from), then try again</source>
        <translation>deux témoins du dossier auraient le même pseudonyme {pseudonym}&#xa0;; renommez l&apos;un d&apos;eux (ici ou à l&apos;origine de la copie), puis réessayez</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the copy&apos;s {kind_name} {record_id} refers to a {target} of another case</source>
        <translation>la fiche {kind_name} {record_id} de la copie renvoie à une fiche {target} d&apos;un autre dossier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the copy&apos;s {kind_name} {record_id} refers to a {target} ({tid}) that is neither in it nor here</source>
        <translation>la fiche {kind_name} {record_id} de la copie renvoie à une fiche {target} ({tid}) qui ne figure ni dans la copie ni ici</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the copy&apos;s {kind_name} {record_id} uses the {words} {row} ({fld}), which neither this store&apos;s {words} vocabulary nor the copy holds; add that term here (same code), then import again</source>
        <translation>la fiche {kind_name} {record_id} de la copie utilise le terme {words} {row} ({fld}), que ne contiennent ni le vocabulaire {words} de cette base ni la copie&#xa0;; ajoutez ce terme ici (même code), puis importez de nouveau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the copy&apos;s {kind_name} {record_id} breaks a rule: {errors}</source>
        <translation>la fiche {kind_name} {record_id} de la copie enfreint une règle&#xa0;: {errors}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the copy&apos;s account {account_id} breaks a rule: {err}</source>
        <translation>le témoignage {account_id} de la copie enfreint une règle&#xa0;: {err}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the copy&apos;s consent of witness {witness} breaks a rule here: {err}</source>
        <translation>le consentement du témoin {witness} dans la copie enfreint une règle ici&#xa0;: {err}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the copy changes the {fld} of the evidence item {id}; what an evidentiary file is never changes once recorded</source>
        <translation>la copie modifie le champ {fld} de l&apos;élément de preuve {id}&#xa0;; ce qu&apos;est un fichier de preuve ne change jamais une fois enregistré</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the copy&apos;s chain of custody has an entry for an item ({item}) that it does not carry</source>
        <translation>la chaîne de traçabilité de la copie comporte une entrée pour un élément ({item}) qu&apos;elle ne contient pas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>chain of custody of evidence item {evidence_id}, entry {seq} (from another store)</source>
        <translation>chaîne de traçabilité de l&apos;élément de preuve {evidence_id}, entrée {seq} (provenant d&apos;une autre base)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: was altered after it was first written</source>
        <translation>{where} : a été modifiée après sa première écriture</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chain of custody of evidence item {evidence_id} as written by store {store}: entry {seq} does not follow entry {previous}</source>
        <translation>chaîne de traçabilité de l&apos;élément de preuve {evidence_id} telle que la base {store} l&apos;a écrite : l&apos;entrée {seq} ne fait pas suite à l&apos;entrée {previous}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>audit entry {seq} (from another store): was altered after it was first written</source>
        <translation>entrée {seq} du journal d&apos;audit (provenant d&apos;une autre base) : a été modifiée après sa première écriture</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/checks_logs.py" line="+94"/>
        <source>the chain of custody of evidence item {item} in the copy, entry {number}</source>
        <translation>la chaîne de traçabilité de l&apos;élément de preuve {item} dans la copie, entrée {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>{place} is malformed</source>
        <translation>{place} est mal formée</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{place} does not follow the entry before it</source>
        <translation>{place} ne fait pas suite à l&apos;entrée précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>{place} was altered after it was written</source>
        <translation>{place} a été modifiée après avoir été écrite</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>the copy&apos;s audit entry {number}</source>
        <translation>l&apos;entrée d&apos;audit {number} de la copie</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the copy&apos;s log entry {entry_hash} is malformed</source>
        <translation>l&apos;entrée de journal {entry_hash} de la copie est mal formée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the copy&apos;s log entry {entry_hash} says something other than this store&apos;s record of the same entry: it was altered</source>
        <translation>l&apos;entrée de journal {entry_hash} de la copie diffère de l&apos;enregistrement que cette base a de la même entrée&#xa0;: elle a été modifiée</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/conflicts.py" line="+156"/>
        <location filename="../../hrdoc/services/exchange/conflicts_decide.py" line="+51"/>
        <source>no conflict with id {conflict_id}</source>
        <translation>aucun conflit portant l&apos;identifiant {conflict_id}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/conflicts_decide.py" line="-5"/>
        <source>choose {names}</source>
        <translation>choisissez {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this conflict was already resolved</source>
        <translation>ce conflit a déjà été résolu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>that decision would break a rule of the store ({first}); nothing was changed</source>
        <translation>cette décision enfreindrait une règle de la base ({first})&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the other version of this {kind} cannot come back: the {owner} it belongs to is deleted here (decide that one first, or keep this laptop&apos;s version)</source>
        <translation>l&apos;autre version de ce {kind} ne peut pas revenir&#xa0;: le {owner} auquel elle appartient est supprimé ici (tranchez d&apos;abord celui-ci, ou gardez la version de cet ordinateur)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>this item has working copies here that the other side did not delete; remove those first (Evidence → Remove), or keep this laptop&apos;s version</source>
        <translation>cet élément a ici des copies de travail que l&apos;autre partie n&apos;a pas supprimées&#xa0;; retirez-les d&apos;abord (Éléments de preuve → Retirer), ou gardez la version de cet ordinateur</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>taking the incoming version would move a record between cases; keep the local version instead</source>
        <translation>retenir la version entrante déplacerait une fiche d&apos;un dossier à un autre&#xa0;; gardez plutôt la version locale</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/merge.py" line="+265"/>
        <source>{kind_name} {record_id}</source>
        <translation>{kind_name} {record_id}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>version {version} of account {account_id}</source>
        <translation>version {version} du témoignage {account_id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the case&apos;s records are not valid: {shown}</source>
        <translation>les fiches du dossier ne sont pas valides&#xa0;: {shown}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>this store already has a different case with the reference {reference}; change that case&apos;s reference, then import again</source>
        <translation>cette base contient déjà un autre dossier portant la référence {reference}&#xa0;; modifiez la référence de ce dossier, puis importez de nouveau</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the file of {original_filename} does not match its recorded SHA-256</source>
        <translation>le fichier de {original_filename} ne correspond pas à son empreinte SHA-256 enregistrée</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/refusal.py" line="+30"/>
        <source>the copy breaks a rule of the store ({first_line})</source>
        <translation>la copie enfreint une règle de la base ({first_line})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text}; nothing was merged</source>
        <translation>{text}&#xa0;; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/snapshot.py" line="+164"/>
        <source>{given} is not a valid value: {err}</source>
        <translation>{given} n&apos;est pas une valeur valide&#xa0;: {err}</translation>
    </message>
    <message>
        <location line="+116"/>
        <location filename="../../hrdoc/services/records_rules.py" line="+19"/>
        <source>no case with id {case_id}</source>
        <translation>aucun dossier portant l&apos;identifiant {case_id}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/audit_words.py" line="+656"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+155"/>
        <source>its log now ends at entry {end}</source>
        <translation>son journal s&apos;arrête désormais à l&apos;entrée {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+2"/>
        <source>its log is now empty</source>
        <translation>son journal est désormais vide</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+2"/>
        <source>entry {start_seq} is gone ({now})</source>
        <translation>l&apos;entrée {start_seq} a disparu ({now})</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Exported the “{table}” table of case {case} as CSV for the internal audience</source>
        <translation>Exportation en CSV du tableau « {table} » du dossier {case}, destinataires : interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the “{table}” table of case {case} as CSV for the partners audience</source>
        <translation>Exportation en CSV du tableau « {table} » du dossier {case}, destinataires : partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the “{table}” table of case {case} as CSV for the public audience</source>
        <translation>Exportation en CSV du tableau « {table} » du dossier {case}, destinataires : public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the incidents of case {case} as ACLED CSV for the internal audience</source>
        <translation>Exportation des incidents du dossier {case} en CSV ACLED, destinataires : interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the incidents of case {case} as ACLED CSV for the partners audience</source>
        <translation>Exportation des incidents du dossier {case} en CSV ACLED, destinataires : partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported the incidents of case {case} as ACLED CSV for the public audience</source>
        <translation>Exportation des incidents du dossier {case} en CSV ACLED, destinataires : public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custody entry ({action} by {actor}) merged from {origin}</source>
        <translation>Entrée de la chaîne de traçabilité ({action}, par {actor}) fusionnée depuis {origin}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted the audit log of the team store {where} as it now is, although {problem}</source>
        <translation>Journal d&apos;audit de la base d&apos;équipe {where} accepté en l&apos;état, bien que {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+3"/>
        <source>entry {start_seq} is no longer the entry this store saw</source>
        <translation>l&apos;entrée {start_seq} n&apos;est plus celle que cette base a vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+12"/>
        <source>entry {expected_seq} is missing (the next is {seq})</source>
        <translation>l&apos;entrée {expected_seq} manque (la suivante est la {seq})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+5"/>
        <source>entry {seq} does not follow on from the entries before it</source>
        <translation>l&apos;entrée {seq} ne fait pas suite aux entrées qui la précèdent</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="-82"/>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>team store {store}: this store has not synced with it yet (no earlier head to compare)</source>
        <translation>base d&apos;équipe {store} : cette base ne s&apos;est pas encore synchronisée avec elle (aucune tête antérieure à comparer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>team store {store}: its audit log still holds entry {entry} as this store saw it at its last sync ({seen}), and the entries after it ({count}) follow on from it</source>
        <translation>base d&apos;équipe {store} : son journal d&apos;audit contient toujours l&apos;entrée {entry} telle que cette base l&apos;a vue lors de sa dernière synchronisation ({seen}), et les entrées suivantes ({count}) en découlent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing was synced. </source>
        <translation>rien n&apos;a été synchronisé. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team store {place}: {what}; {consequence}Tell your team and whoever runs its server, and compare with the other laptops before trusting it; once you know why (a restore from an older backup, say), `hrdoc sync CASE --team DB --accept-team-log` takes its log as it now is (recorded in this store&apos;s audit log)</source>
        <translation>la base d&apos;équipe {place}&#xa0;: {what}&#xa0;; {consequence}Prévenez votre équipe et la personne qui gère son serveur, et comparez avec les autres ordinateurs avant de vous y fier&#xa0;; une fois la cause connue (une restauration à partir d&apos;une sauvegarde plus ancienne, par exemple), `hrdoc sync CASE --team DB --accept-team-log` accepte son journal tel qu&apos;il est désormais (consigné dans le journal d&apos;audit de cette base)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/audit_words.py" line="-7"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+25"/>
        <source>is gone</source>
        <translation>a disparu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+0"/>
        <source>is now {team_id}</source>
        <translation>est désormais {team_id}</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+2"/>
        <source>it is not the store this store last synced with there ({seen}): its id {now} (it was {team_id})</source>
        <translation>ce n&apos;est pas la base avec laquelle cette base s&apos;est synchronisée la dernière fois à cet emplacement ({seen})&#xa0;: son identifiant {now} (c&apos;était {team_id})</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+12"/>
        <source>its audit log was rewritten behind this store: {fault}, which this store saw at its last sync ({seen})</source>
        <translation>son journal d&apos;audit a été réécrit à l&apos;insu de cette base&#xa0;: {fault}, que cette base avait vue lors de sa dernière synchronisation ({seen})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+7"/>
        <source>its audit log was changed outside hrdoc: {fault}</source>
        <translation>son journal d&apos;audit a été modifié en dehors de hrdoc&#xa0;: {fault}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/exchange/team_log.py" line="+20"/>
        <source>the team store {place}: its audit log changed while this store synced ({fault}); the case was synced, but this store keeps the team log&apos;s head it had. Run `hrdoc verify --db TEAM` and tell your team and whoever runs its server</source>
        <translation>la base d&apos;équipe {place}&#xa0;: son journal d&apos;audit a changé pendant la synchronisation de cette base ({fault})&#xa0;; le dossier a été synchronisé, mais cette base conserve la tête du journal d&apos;équipe qu&apos;elle avait. Lancez `hrdoc verify --db TEAM` et prévenez votre équipe et la personne qui gère son serveur</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/passphrase.py" line="+19"/>
        <source>the passphrase is too short: use at least {count} characters (a few words is best)</source>
        <translation>la phrase secrète est trop courte&#xa0;: utilisez au moins {count} caractères (quelques mots, c&apos;est l&apos;idéal)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../hrdoc/storage/store_key.py" line="-30"/>
        <source>the passphrase contains a NUL character; choose another one</source>
        <translation>la phrase secrète contient un caractère NUL&#xa0;; choisissez-en une autre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the passphrase file {source} is not UTF-8 text: save it as UTF-8 (plain text) and try again</source>
        <translation>le fichier de phrase secrète {source} n&apos;est pas du texte UTF-8&#xa0;: enregistrez-le en UTF-8 (texte brut) et réessayez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the passphrase file {source} is empty: put the passphrase on its first line</source>
        <translation>le fichier de phrase secrète {source} est vide&#xa0;: mettez la phrase secrète sur sa première ligne</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/records.py" line="-384"/>
        <source>this file is kept in the evidence vault: remove it with Evidence → Remove, which records the removal and its reason in the chain of custody</source>
        <translation>ce fichier est conservé dans le coffre des preuves&#xa0;: retirez-le avec Éléments de preuve → Retirer, qui consigne le retrait et son motif dans la chaîne de traçabilité</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>this {kind_name} is still referred to by other records (for example working copies); delete or re-attach those first</source>
        <translation>cette fiche {kind_name} est encore mentionnée par d&apos;autres fiches (par exemple des copies de travail)&#xa0;; supprimez-les ou rattachez-les ailleurs d&apos;abord</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{kind_name} records have no protected identity</source>
        <translation>les fiches {kind_name} n&apos;ont pas d&apos;identité protégée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no {name} with id {rid}</source>
        <translation>aucune fiche {name} portant l&apos;identifiant {rid}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>is not a field of {name} records (fields: {names})</source>
        <translation>n&apos;est pas un champ des fiches {name} (champs&#xa0;: {names})</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>a record cannot be moved to another case</source>
        <translation>une fiche ne peut pas être déplacée dans un autre dossier</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>say why the account is corrected: a correction is kept as a new version beside the old one</source>
        <translation>indiquez pourquoi le témoignage est corrigé&#xa0;: une correction est conservée comme nouvelle version à côté de l&apos;ancienne</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>a {kind_name} has no protected identity</source>
        <translation>une fiche {kind_name} n&apos;a pas d&apos;identité protégée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a protected identity field ({names})</source>
        <translation>n&apos;est pas un champ d&apos;identité protégée ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only an individual victim has an identity to protect</source>
        <translation>seule une victime individuelle a une identité à protéger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is not a consent field ({names})</source>
        <translation>n&apos;est pas un champ de consentement ({names})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/records_kinds.py" line="-59"/>
        <source>unknown kind of record {kind_name}; known kinds: {names}</source>
        <translation>type de fiche inconnu {kind_name}&#xa0;; types connus&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>a record id (UUID)</source>
        <translation>un identifiant de fiche (UUID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{given} is not {words}</source>
        <translation>{given} n&apos;est pas {words}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/records_rules.py" line="-194"/>
        <source>{code} is not a known {words}; pick one from the list</source>
        <translation>{code} n&apos;est pas un terme connu ({words})&#xa0;; choisissez-en un dans la liste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{term} is a sub-type of {parent}; choose an event type here</source>
        <translation>{term} est un sous-type de {parent}&#xa0;; choisissez ici un type d&apos;événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required when a sub-type is given</source>
        <translation>est obligatoire lorsqu&apos;un sous-type est indiqué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{term} is not a sub-type of the event type {parent}</source>
        <translation>{term} n&apos;est pas un sous-type du type d&apos;événement {parent}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{quotable} account(s) of this witness are marked quotable; correct them first (withdrawn consent must be reflected in the accounts)</source>
        <translation>{quotable} témoignage(s) de ce témoin sont marqués comme citables&#xa0;; corrigez-les d&apos;abord (le retrait du consentement doit se refléter dans les témoignages)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>breaks a rule the store keeps for every {label}</source>
        <translation>enfreint une règle que la base applique à chaque {label}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>duplicates another {label} with the same {words}</source>
        <translation>fait double emploi avec un autre {label} ayant le même {words}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>built-in vocabulary terms cannot be deleted</source>
        <translation>les termes de vocabulaire intégrés ne peuvent pas être supprimés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{code} is still used by {in_use} record(s) and {children} sub-term(s); change those first, or keep the term</source>
        <translation>{code} est encore utilisé par {in_use} fiche(s) et {children} sous-terme(s)&#xa0;; modifiez-les d&apos;abord, ou gardez le terme</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>is fixed when the file enters the vault; make a working copy to change the file</source>
        <translation>est fixé lorsque le fichier entre dans le coffre&#xa0;; faites une copie de travail pour modifier le fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>file evidence under the case or one {names}</source>
        <translation>classez les éléments de preuve sous le dossier ou sous un des éléments suivants&#xa0;: {names}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no {kind_name} with id {target_id}</source>
        <translation>aucune fiche {kind_name} portant l&apos;identifiant {target_id}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is required: every record belongs to a case</source>
        <translation>est obligatoire&#xa0;: chaque fiche appartient à un dossier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no {label} with id {ref}</source>
        <translation>aucun {label} portant l&apos;identifiant {ref}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an evidence file cannot be a working copy of itself</source>
        <translation>un fichier de preuve ne peut pas être une copie de travail de lui-même</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{reference} is already used by another case (letter case does not count)</source>
        <translation>{reference} est déjà utilisée par un autre dossier (sans distinction de majuscules et de minuscules)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{pseudonym} is already used by another witness in this case; pseudonyms must be unique within a case</source>
        <translation>{pseudonym} est déjà utilisé par un autre témoin de ce dossier&#xa0;; les pseudonymes doivent être uniques au sein d&apos;un dossier</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{parent} is not a term of the same vocabulary</source>
        <translation>{parent} n&apos;est pas un terme du même vocabulaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the code of a built-in term cannot change; edit its labels only</source>
        <translation>le code d&apos;un terme intégré ne peut pas changer&#xa0;; modifiez seulement ses libellés</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/search.py" line="+264"/>
        <source>full-text search is not available on a {dialect} store</source>
        <translation>la recherche en texte intégral n&apos;est pas disponible sur une base {dialect}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/report.py" line="+16"/>
        <location line="+17"/>
        <location filename="../../hrdoc/services/tables.py" line="+4"/>
        <location line="+9"/>
        <source>cannot write {target}: {reason}</source>
        <translation>impossible d&apos;écrire {target}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/tables.py" line="+65"/>
        <source>no table of {kind_name} records; tables: {names}</source>
        <translation>aucune table de fiches {kind_name}&#xa0;; tables&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/team_roles.py" line="+9"/>
        <source>this database holds no hrdoc store: create one first with `hrdoc init --db URL`</source>
        <translation>cette base de données ne contient aucune base hrdoc&#xa0;: créez-en d&apos;abord une avec `hrdoc init --db URL`</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>only the login that owns the team store&apos;s tables ({owner}) may set its roles; you are {me}: run it with the owner&apos;s login</source>
        <translation>seul l&apos;identifiant de connexion propriétaire des tables de la base d&apos;équipe ({owner}) peut en définir les rôles&#xa0;; vous êtes {me}&#xa0;: lancez la commande avec l&apos;identifiant du propriétaire</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>there is no login {name} on the server and {me} may not create logins: ask the server&apos;s administrator to create it (`createuser --pwprompt {name2}`), then run this again</source>
        <translation>il n&apos;existe pas d&apos;identifiant de connexion {name} sur le serveur et {me} ne peut pas en créer&#xa0;: demandez à l&apos;administrateur du serveur de le créer (`createuser --pwprompt {name2}`), puis relancez la commande</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it owns the store&apos;s tables (or is a member of {owner}, which does)</source>
        <translation>il est propriétaire des tables de la base (ou membre de {owner}, qui l&apos;est)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a superuser of the server, which no privilege limits</source>
        <translation>il est superutilisateur du serveur, qu&apos;aucun privilège ne limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it may create roles (CREATEROLE), and so give itself the owner&apos;s rights</source>
        <translation>il peut créer des rôles (CREATEROLE) et donc s&apos;attribuer les droits du propriétaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it may set session_replication_role, which turns the audit log&apos;s triggers off</source>
        <translation>il peut modifier session_replication_role, ce qui désactive les déclencheurs du journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be given a limited part: {why}; give each investigator a login of their own without these rights; nothing was changed</source>
        <translation>{name} ne peut pas recevoir un rôle limité&#xa0;: {why}&#xa0;; donnez à chaque enquêteur son propre identifiant de connexion sans ces droits&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{count} tables</source>
        <translation>{count} tables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} sequences</source>
        <translation>{count} séquences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} tables and sequences</source>
        <translation>{count} tables et séquences</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name}: granted {privileges} on {relations}</source>
        <translation>{name} : {privileges} accordé sur {relations}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: revoked {privileges} on {relations} (not needed as an investigator)</source>
        <translation>{name} : {privileges} retiré sur {relations} (inutile pour un enquêteur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: revoked {privileges} on {relations} (not needed as a reader)</source>
        <translation>{name} : {privileges} retiré sur {relations} (inutile pour un lecteur)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: may no longer grant {privileges} on {relations} to others</source>
        <translation>{name} : ne peut plus accorder {privileges} sur {relations} à d&apos;autres</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: may connect to database {database}</source>
        <translation>{name} : peut se connecter à la base de données {database}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: may use schema {schema}</source>
        <translation>{name} : peut utiliser le schéma {schema}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>database {database}: every other login (PUBLIC) may no longer connect; the owner and the roles given a part here may</source>
        <translation>base de données {database} : aucun autre identifiant (PUBLIC) ne peut plus s&apos;y connecter ; le propriétaire et les rôles auxquels un rôle a été attribué ici le peuvent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>database {database}: every login may still connect (it is not {me}&apos;s to change): ask the administrator to run REVOKE CONNECT, TEMPORARY ON DATABASE {quoted_database} FROM PUBLIC</source>
        <translation>base de données {database} : tout identifiant peut encore s&apos;y connecter (il n&apos;appartient pas à {me} de le changer) : demandez à l&apos;administrateur d&apos;exécuter REVOKE CONNECT, TEMPORARY ON DATABASE {quoted_database} FROM PUBLIC</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} may create objects in schema {schema}, which {me} cannot take back: ask the administrator to run REVOKE CREATE ON SCHEMA {quoted_schema} FROM PUBLIC (and from {name}), then run this again; nothing was changed</source>
        <translation>{name} peut créer des objets dans le schéma {schema}, droit que {me} ne peut pas retirer&#xa0;: demandez à l&apos;administrateur d&apos;exécuter REVOKE CREATE ON SCHEMA {quoted_schema} FROM PUBLIC (et FROM {name}), puis relancez la commande&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>schema {schema}: only its owner may create objects in it (revoked from PUBLIC)</source>
        <translation>schéma {schema} : seul son propriétaire peut y créer des objets (retiré à PUBLIC)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{names} cannot be both an investigator and a reader: choose one part for each</source>
        <translation>{names} ne peut pas être à la fois enquêteur et lecteur&#xa0;: choisissez un rôle pour chacun</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>created the login {name} without a password: set one as the administrator, with `\password {name}` in psql</source>
        <translation>identifiant {name} créé sans mot de passe : définissez-en un en tant qu&apos;administrateur, avec `\password {name}` dans psql</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: already has exactly what an investigator needs; nothing changed</source>
        <translation>{name} : a déjà exactement ce dont un enquêteur a besoin ; rien n&apos;a changé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: already has exactly what a reader needs; nothing changed</source>
        <translation>{name} : a déjà exactement ce dont un lecteur a besoin ; rien n&apos;a changé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{owner} owns the store&apos;s tables: keep its login for `hrdoc init`, upgrades and `hrdoc team-roles`, not for daily work</source>
        <translation>{owner} est propriétaire des tables de la base : réservez son identifiant à `hrdoc init`, aux mises à niveau et à `hrdoc team-roles`, pas au travail quotidien</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/vocab.py" line="+126"/>
        <source>the copy carries the {vocabulary} term {key} twice</source>
        <translation>la copie contient deux fois le terme {vocabulary} {key}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the copy&apos;s {vocabulary} term {code}</source>
        <translation>le terme {vocabulary} {code} de la copie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{place} names a parent term ({parent}) that is neither here nor in the copy</source>
        <translation>{place} nomme un terme parent ({parent}) qui ne figure ni ici ni dans la copie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{place} has the id of another term of this store ({vocabulary} {code})</source>
        <translation>{place} porte l&apos;identifiant d&apos;un autre terme de cette base ({vocabulary} {code})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the copy&apos;s vocabulary term {code}</source>
        <translation>le terme de vocabulaire {code} de la copie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{place} is of an unknown vocabulary {vocabulary}</source>
        <translation>{place} relève d&apos;un vocabulaire inconnu {vocabulary}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{place} breaks a rule: {fault}</source>
        <translation>{place} enfreint une règle&#xa0;: {fault}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/engine.py" line="-171"/>
        <source>a passphrase is required to open an encrypted store</source>
        <translation>une phrase secrète est nécessaire pour ouvrir une base chiffrée</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>another hrdoc process is opening or upgrading {path}; wait for it and try again</source>
        <translation>un autre processus hrdoc ouvre ou met à niveau {path}&#xa0;; attendez qu&apos;il termine et réessayez</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no store at {path}: create one first (`hrdoc init --db {path}`, or `hrdoc demo` for a demo store)</source>
        <translation>aucune base à l&apos;emplacement {path}&#xa0;: créez-en d&apos;abord une (`hrdoc init --db {path}`, ou `hrdoc demo` pour une base de démonstration)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is an unencrypted database; hrdoc opens unencrypted stores only with --no-encryption</source>
        <translation>{path} est une base de données non chiffrée&#xa0;; hrdoc n&apos;ouvre les bases non chiffrées qu&apos;avec --no-encryption</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is encrypted (or not a database): open it without --no-encryption and give its passphrase</source>
        <translation>{path} est chiffrée (ou n&apos;est pas une base de données)&#xa0;: ouvrez-la sans --no-encryption et indiquez sa phrase secrète</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/engine_team.py" line="+99"/>
        <source>{timeout_env} must be a number of seconds</source>
        <translation>{timeout_env} doit être un nombre de secondes</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>unsupported store URL scheme {drivername}: use postgresql://</source>
        <translation>schéma d&apos;URL de base non pris en charge {drivername}&#xa0;: utilisez postgresql://</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>cannot open a PostgreSQL team store: its database driver is not installed ({name}); install psycopg (`pip install &apos;psycopg[binary]&apos;`)</source>
        <translation>impossible d&apos;ouvrir une base d&apos;équipe PostgreSQL&#xa0;: son pilote de base de données n&apos;est pas installé ({name})&#xa0;; installez psycopg (`pip install &apos;psycopg[binary]&apos;`)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/errors.py" line="-23"/>
        <source>wrong passphrase, or not an hrdoc store</source>
        <translation>phrase secrète erronée, ou ce n&apos;est pas une base hrdoc</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the store is on a read-only disk (or its file or folder is read-only): nothing was saved. Copy it to a writable disk to change it</source>
        <translation>la base se trouve sur un disque en lecture seule (ou son fichier ou son répertoire est en lecture seule)&#xa0;: rien n&apos;a été enregistré. Copiez-la sur un disque accessible en écriture pour la modifier</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the team store is busy: another hrdoc process is saving to it. Wait a moment and try again; nothing was saved by the failed operation.</source>
        <translation>la base d&apos;équipe est occupée&#xa0;: un autre processus hrdoc y enregistre des données. Patientez un instant et réessayez&#xa0;; rien n&apos;a été enregistré par l&apos;opération qui a échoué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another hrdoc process is still saving this case to the team store (a large sync?): wait for it to finish and try again; nothing was saved by the failed operation.</source>
        <translation>un autre processus hrdoc enregistre encore ce dossier dans la base d&apos;équipe (une longue synchronisation&#xa0;?)&#xa0;: attendez qu&apos;il termine et réessayez&#xa0;; rien n&apos;a été enregistré par l&apos;opération qui a échoué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another laptop has been sending the same evidence file to the team store for a while (a large sync?): wait for its sync to finish and try again; nothing was saved by the failed operation.</source>
        <translation>un autre ordinateur envoie depuis un moment le même fichier de preuve à la base d&apos;équipe (une longue synchronisation&#xa0;?)&#xa0;: attendez la fin de sa synchronisation et réessayez&#xa0;; rien n&apos;a été enregistré par l&apos;opération qui a échoué.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the team store at {server} stopped answering (nothing for {limit_s} seconds): nothing was saved by the failed operation; try again when it answers</source>
        <translation>la base d&apos;équipe sur {server} ne répond plus (rien depuis {limit_s} secondes)&#xa0;: rien n&apos;a été enregistré par l&apos;opération qui a échoué&#xa0;; réessayez lorsqu&apos;elle répondra</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the team store refused a change that another hrdoc process made at the same moment ({constraint}): nothing was saved by the failed operation; try again.</source>
        <translation>la base d&apos;équipe a refusé une modification qu&apos;un autre processus hrdoc a faite au même moment ({constraint})&#xa0;: rien n&apos;a été enregistré par l&apos;opération qui a échoué&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team store&apos;s server cancelled the operation (its statement_timeout, or an administrator): nothing was saved by the failed operation. Try again; if it happens again, ask the server&apos;s administrator to lift the limit for hrdoc&apos;s login.</source>
        <translation>le serveur de la base d&apos;équipe a annulé l&apos;opération (son statement_timeout, ou un administrateur)&#xa0;: rien n&apos;a été enregistré par l&apos;opération qui a échoué. Réessayez&#xa0;; si cela se reproduit, demandez à l&apos;administrateur du serveur de lever la limite pour l&apos;identifiant de connexion de hrdoc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team store&apos;s server is out of disk space: nothing was saved by the failed operation. Tell the server&apos;s administrator.</source>
        <translation>le serveur de la base d&apos;équipe n&apos;a plus d&apos;espace disque&#xa0;: rien n&apos;a été enregistré par l&apos;opération qui a échoué. Prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the team store is read-only (a standby server, or a database set read-only): nothing was saved. Connect to the team&apos;s primary server.</source>
        <translation>la base d&apos;équipe est en lecture seule (un serveur de secours, ou une base de données en lecture seule)&#xa0;: rien n&apos;a été enregistré. Connectez-vous au serveur principal de l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the team store refused this: permission denied ({detail}). Ask the server&apos;s administrator to give your login access to hrdoc&apos;s tables.</source>
        <translation>la base d&apos;équipe a refusé cette opération&#xa0;: permission refusée ({detail}). Demandez à l&apos;administrateur du serveur de donner à votre identifiant de connexion l&apos;accès aux tables de hrdoc.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the team store refused the login: {detail}</source>
        <translation>la base d&apos;équipe a refusé la connexion&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team store&apos;s database is gone: {detail}</source>
        <translation>la base de données de la base d&apos;équipe n&apos;existe plus&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the team store&apos;s server reports damaged data ({detail}). Tell the server&apos;s administrator; the server&apos;s own backups apply.</source>
        <translation>le serveur de la base d&apos;équipe signale des données endommagées ({detail}). Prévenez l&apos;administrateur du serveur&#xa0;; les sauvegardes du serveur s&apos;appliquent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lost the connection to the team store: nothing was saved by the failed operation. Check that you are on the team&apos;s network, then try again.</source>
        <translation>connexion à la base d&apos;équipe perdue&#xa0;: rien n&apos;a été enregistré par l&apos;opération qui a échoué. Vérifiez que vous êtes sur le réseau de l&apos;équipe, puis réessayez.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the team store at {server} refused the login for user {user}: authentication failed. Check the user name and the password (in the URL, in PGPASSWORD or in ~/.pgpass).</source>
        <translation>la base d&apos;équipe sur {server} a refusé la connexion de l&apos;utilisateur {user}&#xa0;: échec de l&apos;authentification. Vérifiez le nom d&apos;utilisateur et le mot de passe (dans l&apos;URL, dans PGPASSWORD ou dans ~/.pgpass).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the team store at {server} does not accept connections from this computer for user {user} (database {database}). Ask the server&apos;s administrator; if the server requires TLS, add ?sslmode=require to the URL.</source>
        <translation>la base d&apos;équipe sur {server} n&apos;accepte pas les connexions de cet ordinateur pour l&apos;utilisateur {user} (base de données {database}). Adressez-vous à l&apos;administrateur du serveur&#xa0;; si le serveur exige TLS, ajoutez&#xa0;?sslmode=require à l&apos;URL.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the team store at {server} has no user {user}: check the user name in the URL (user@host).</source>
        <translation>la base d&apos;équipe sur {server} n&apos;a pas d&apos;utilisateur {user}&#xa0;: vérifiez le nom d&apos;utilisateur dans l&apos;URL (user@host).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no database {database} on the team store at {server}. Ask the server&apos;s administrator to create it (empty), then create the store in it with `hrdoc init --db URL`.</source>
        <translation>il n&apos;existe pas de base de données {database} sur le serveur de la base d&apos;équipe {server}. Demandez à l&apos;administrateur du serveur de la créer (vide), puis créez-y la base avec `hrdoc init --db URL`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the team store at {server} refused user {user} access to database {database}: permission denied. Ask the server&apos;s administrator to grant it.</source>
        <translation>la base d&apos;équipe sur {server} a refusé à l&apos;utilisateur {user} l&apos;accès à la base de données {database}&#xa0;: permission refusée. Demandez à l&apos;administrateur du serveur de l&apos;accorder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot make a secure (TLS) connection to the team store at {server}: {reason}. Check the sslmode and certificate settings in the URL.</source>
        <translation>impossible d&apos;établir une connexion sécurisée (TLS) avec la base d&apos;équipe sur {server}&#xa0;: {reason}. Vérifiez les paramètres sslmode et de certificat dans l&apos;URL.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the team store at {server} is not accepting connections right now ({reason}). Try again in a moment.</source>
        <translation>la base d&apos;équipe sur {server} n&apos;accepte pas de connexions pour le moment ({reason}). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot reach the team store at {server} — check the address and that you are on the team&apos;s network ({reason})</source>
        <translation>impossible de joindre la base d&apos;équipe sur {server} — vérifiez l&apos;adresse et que vous êtes sur le réseau de l&apos;équipe ({reason})</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the store is busy: another hrdoc process is using it. Wait a moment and try again, or close the other hrdoc window.</source>
        <translation>la base est occupée&#xa0;: un autre processus hrdoc l&apos;utilise. Patientez un instant et réessayez, ou fermez l&apos;autre fenêtre hrdoc.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the disk failed while reading or writing the store: nothing was saved. Check the disk (is it still plugged in?), then try again</source>
        <translation>le disque a connu une défaillance pendant la lecture ou l&apos;écriture de la base&#xa0;: rien n&apos;a été enregistré. Vérifiez le disque (est-il toujours branché&#xa0;?), puis réessayez</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the store is damaged. Restore the latest backup (the .backup files next to the store).</source>
        <translation>la base est endommagée. Restaurez la dernière sauvegarde (les fichiers .backup à côté de la base).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open the store: {orig}. Check the path and its folder&apos;s permissions.</source>
        <translation>impossible d&apos;ouvrir la base&#xa0;: {orig}. Vérifiez le chemin et les permissions de son répertoire.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/location.py" line="+48"/>
        <source>{url} is not a valid store URL</source>
        <translation>{url} n&apos;est pas une URL de base valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported store URL scheme {drivername}: use a file path or postgresql://</source>
        <translation>schéma d&apos;URL de base non pris en charge {drivername}&#xa0;: utilisez un chemin de fichier ou postgresql://</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/migrate.py" line="+152"/>
        <source>this store was written by a newer version of hrdoc (schema {current}); install the newer hrdoc to open it</source>
        <translation>cette base a été écrite par une version plus récente de hrdoc (schéma {current})&#xa0;; installez la version plus récente pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/store.py" line="+59"/>
        <source>the store&apos;s latest changes ({name}) cannot be read where nothing can be written: open it once on a writable disk (or free some space), then try again</source>
        <translation>les dernières modifications de la base ({name}) ne peuvent pas être lues là où rien ne peut être écrit&#xa0;: ouvrez-la une fois sur un disque accessible en écriture (ou libérez de l&apos;espace), puis réessayez</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>{where} already holds an hrdoc store; open it instead of creating one</source>
        <translation>{where} contient déjà une base hrdoc&#xa0;; ouvrez-la au lieu d&apos;en créer une</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} already holds tables ({names}); hrdoc creates a team store only in an empty database</source>
        <translation>{where} contient déjà des tables ({names})&#xa0;; hrdoc ne crée une base d&apos;équipe que dans une base de données vide</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>{where} is an empty database: create the store in it first (`hrdoc init --db {where}`)</source>
        <translation>{where} est une base de données vide&#xa0;: créez-y d&apos;abord la base (`hrdoc init --db {where}`)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} holds another program&apos;s tables, not an hrdoc store</source>
        <translation>{where} contient les tables d&apos;un autre programme, et non une base hrdoc</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the team store is read-only (a standby server, or a database set read-only): nothing can be changed there. Connect to the team&apos;s primary server to change it.</source>
        <translation>la base d&apos;équipe est en lecture seule (un serveur de secours, ou une base de données en lecture seule)&#xa0;: rien ne peut y être modifié. Connectez-vous au serveur principal de l&apos;équipe pour la modifier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the login {user} may only read the team store: nothing can be changed with it. To change it, use an investigator&apos;s login (`hrdoc team-roles` gives one).</source>
        <translation>l&apos;identifiant de connexion {user} ne peut que lire la base d&apos;équipe&#xa0;: rien ne peut être modifié avec lui. Pour la modifier, utilisez l&apos;identifiant d&apos;un enquêteur (`hrdoc team-roles` en fournit un).</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/store_key.py" line="+4"/>
        <source>the passphrase holds characters that are not text; type it again</source>
        <translation>la phrase secrète contient des caractères qui ne sont pas du texte&#xa0;; tapez-la de nouveau</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/vault.py" line="+83"/>
        <source>stored file of evidence item {item_id} is damaged: {detail}</source>
        <translation>le fichier conservé de l&apos;élément de preuve {item_id} est endommagé&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>cannot write in the evidence vault folder {root}: {reason}</source>
        <translation>impossible d&apos;écrire dans le répertoire du coffre des preuves {root}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the file is larger than {value} MiB and cannot be shown here</source>
        <translation>le fichier dépasse {value} Mio et ne peut pas être affiché ici</translation>
    </message>
    <message>
        <location line="+159"/>
        <location line="+10"/>
        <source>cannot write in the evidence vault {root}: {strerror}</source>
        <translation>impossible d&apos;écrire dans le coffre des preuves {root}&#xa0;: {strerror}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot write in the evidence vault {root}: {value}</source>
        <translation>impossible d&apos;écrire dans le coffre des preuves {root}&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot finish writing to the evidence vault: {strerror}</source>
        <translation>impossible de terminer l&apos;écriture dans le coffre des preuves&#xa0;: {strerror}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/storage/vault_team.py" line="+162"/>
        <source>the file is larger than {limit} MiB and cannot be shown here</source>
        <translation>le fichier dépasse {limit} Mio et ne peut pas être affiché ici</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>evidence file {item_id} is already being written by this process</source>
        <translation>le fichier de preuve {item_id} est déjà en cours d&apos;écriture par ce processus</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>the team store&apos;s partial copy of evidence file {item_id} changed while it was being completed: try again</source>
        <translation>la copie partielle du fichier de preuve {item_id} dans la base d&apos;équipe a changé pendant qu&apos;elle était complétée&#xa0;: réessayez</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/counts.py" line="+9"/>
        <source>{n} incident</source>
        <translation>{n} incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} incidents</source>
        <translation>{n} incidents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} allegation</source>
        <translation>{n} allégation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} allegations</source>
        <translation>{n} allégations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} actor</source>
        <translation>{n} acteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} actors</source>
        <translation>{n} acteurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} victim</source>
        <translation>{n} victime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} victims</source>
        <translation>{n} victimes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} witness</source>
        <translation>{n} témoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} witnesses</source>
        <translation>{n} témoins</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} account</source>
        <translation>{n} témoignage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} accounts</source>
        <translation>{n} témoignages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} source</source>
        <translation>{n} source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sources</source>
        <translation>{n} sources</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} evidence file</source>
        <translation>{n} élément de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} evidence files</source>
        <translation>{n} éléments de preuve</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} record</source>
        <translation>{n} fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} records</source>
        <translation>{n} fiches</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} row</source>
        <translation>{n} ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rows</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} byte</source>
        <translation>{n} octet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} bytes</source>
        <translation>{n} octets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} person</source>
        <translation>{n} personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} people</source>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/help.py" line="+77"/>
        <source>the store&apos;s passphrase (--passphrase-file comes first; else it is asked)</source>
        <translation>la phrase secrète de la base (--passphrase-file passe avant&#xa0;; sinon, elle est demandée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bundle&apos;s passphrase (export --encrypt, import)</source>
        <translation>la phrase secrète d&apos;un paquet (export --encrypt, import)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passphrase of a team store kept in a file</source>
        <translation>la phrase secrète d&apos;une base d&apos;équipe conservée dans un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the investigator&apos;s name recorded with each change (--user comes first)</source>
        <translation>le nom de l&apos;enquêteur consigné avec chaque modification (--user passe avant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1: on an unexpected error, print its details (they may quote your data)</source>
        <translation>1&#xa0;: en cas d&apos;erreur inattendue, en afficher le détail (qui peut citer vos données)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exits 3 if anything failed (each problem is a FAILED line on stdout).</source>
        <translation>Sort avec le code 3 si une vérification a échoué (chaque problème est une ligne ÉCHEC sur stdout).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exits 4 if some rows were rejected (listed by line); the valid rows are imported all the same.</source>
        <translation>Sort avec le code 4 si des lignes ont été rejetées (indiquées par leur numéro)&#xa0;; les lignes valides sont importées malgré tout.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Examples:</source>
        <translation>Exemples&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit statuses: see `hrdoc --help`.</source>
        <translation>Codes de sortie&#xa0;: voir `hrdoc --help`.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Examples (the demo store made by `make run`; its passphrase is annefif-demo):</source>
        <translation>Exemples (la base de démonstration créée par `make run`&#xa0;; sa phrase secrète est annefif-demo)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(each command&apos;s options, with examples)</source>
        <translation>(les options de chaque commande, avec des exemples)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit statuses:</source>
        <translation>Codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages (errors, notes, &apos;nothing found&apos;) go to stderr; stdout holds only the data: a listing, a report,
JSON (docs/cli-json.md). Shell completion: `hrdoc completion bash` or `hrdoc completion zsh`.</source>
        <translation>Les messages (erreurs, remarques, «&#xa0;aucun résultat&#xa0;») vont sur stderr&#xa0;; stdout ne contient que les données&#xa0;:
une liste, un rapport, du JSON (docs/cli-json.md). Complétion du shell&#xa0;: `hrdoc completion bash` ou `hrdoc completion zsh`.</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/logs.py" line="-5"/>
        <source>written in this store</source>
        <translation>écrite dans cette base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(time not kept)</source>
        <translation>(heure non conservée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written in {store}; arrived here {when}</source>
        <translation>écrite dans {store}&#xa0;; arrivée ici le {when}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{reference} has no audit entries</source>
        <translation>{reference} n&apos;a aucune entrée de journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/parser.py" line="+28"/>
        <source>store file, or a postgresql:// URL (default: user data dir)</source>
        <translation>fichier de la base, ou URL postgresql:// (par défaut&#xa0;: répertoire des données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the store passphrase from FILE</source>
        <translation>lire la phrase secrète de la base dans FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use an UNENCRYPTED store (tests and benchmarks only)</source>
        <translation>utiliser une base NON CHIFFRÉE (tests et mesures de performance uniquement)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>investigator name recorded as created_by (or ${variable})</source>
        <translation>nom de l&apos;enquêteur consigné comme created_by (ou ${variable})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on an unexpected error, print the details (or set {variable}=1); they may quote your data</source>
        <translation>en cas d&apos;erreur inattendue, en afficher le détail (ou définir {variable}=1)&#xa0;; il peut citer vos données</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Offline case manager for human-rights investigations. Without a command, opens the app.</source>
        <translation>Gestionnaire de dossiers hors ligne pour les enquêtes sur les droits de l&apos;homme. Sans commande, ouvre l&apos;application.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add hrdoc to the desktop&apos;s applications menu and open .hrdoc bundles with it (this user only)</source>
        <translation>ajouter hrdoc au menu des applications du bureau et lui faire ouvrir les paquets .hrdoc (pour cet utilisateur seulement)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passphrase of a team store FILE (or ${variable})</source>
        <translation>phrase secrète d&apos;une base d&apos;équipe FILE (ou ${variable})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>open the desktop app (the default)</source>
        <translation>ouvrir l&apos;application de bureau (par défaut)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a case bundle (.hrdoc) to import once the store is unlocked</source>
        <translation>un paquet de dossier (.hrdoc) à importer une fois la base déverrouillée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create a new, empty encrypted store</source>
        <translation>créer une base chiffrée, nouvelle et vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create a new store holding the demo case (Annefif convoy killings)</source>
        <translation>créer une base contenant le dossier de démonstration (meurtres du convoi d&apos;Annefif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list cases with their record counts</source>
        <translation>lister les dossiers avec le nombre de leurs fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+29"/>
        <location line="+8"/>
        <location line="+62"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>print JSON</source>
        <translation>afficher du JSON</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>print one case with all its records</source>
        <translation>afficher un dossier avec toutes ses fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+137"/>
        <location line="+30"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>reference code (e.g. ML-2025-004) or UUID</source>
        <translation>référence (p. ex. ML-2025-004) ou UUID</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>print JSON, with field names as in docs/data-model.md</source>
        <translation>afficher du JSON, avec les noms de champs de docs/data-model.md</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show protected witness and victim identities (recorded in the audit log)</source>
        <translation>montrer l&apos;identité protégée des témoins et des victimes (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why identities are revealed (recorded with --reveal)</source>
        <translation>pourquoi les identités sont révélées (consigné avec --reveal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full-text search across all cases</source>
        <translation>recherche en texte intégral dans tous les dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this case (reference or UUID)</source>
        <translation>seulement ce dossier (référence ou UUID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only records of this kind (repeatable)</source>
        <translation>seulement les fiches de ce type (répétable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most this many hits (default 20)</source>
        <translation>au plus ce nombre de résultats (20 par défaut)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show only what this audience may see: its records, found and quoted by its fields (default internal)</source>
        <translation>ne montrer que ce que ces destinataires peuvent voir&#xa0;: leurs fiches, trouvées et citées par leurs champs (internal par défaut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the store&apos;s integrity, its audit chain, every evidence file and chain of custody</source>
        <translation>vérifier l&apos;intégrité de la base, sa chaîne d&apos;audit, chaque élément de preuve et chaque chaîne de traçabilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first make the search index again from the records (a repair)</source>
        <translation>d&apos;abord reconstruire l&apos;index de recherche à partir des fiches (une réparation)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also check that this team store&apos;s audit log was not rewritten since this store last synced with it</source>
        <translation>vérifier aussi que le journal d&apos;audit de cette base d&apos;équipe n&apos;a pas été réécrit depuis la dernière synchronisation de cette base avec elle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a file to a case&apos;s evidence vault (hashed, encrypted, recorded in its custody log)</source>
        <translation>ajouter un fichier au coffre des éléments de preuve d&apos;un dossier (haché, chiffré, consigné dans sa chaîne de traçabilité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+23"/>
        <location line="+25"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>reference code or UUID of the case</source>
        <translation>référence ou UUID du dossier</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>the file to add; it is read, never changed</source>
        <translation>le fichier à ajouter&#xa0;; il est lu, jamais modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UUID of an incident, allegation, source or account to file it under</source>
        <translation>UUID d&apos;un incident, d&apos;une allégation, d&apos;une source ou d&apos;un témoignage sous lequel le classer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what the file shows</source>
        <translation>ce que montre le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it was acquired (ISO 8601, e.g. 2025-07-28T14:30Z)</source>
        <translation>quand il a été obtenu (ISO 8601, p. ex. 2025-07-28T14:30Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who acquired it (default: --user)</source>
        <translation>qui l&apos;a obtenu (par défaut&#xa0;: --user)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from where or whom it was acquired</source>
        <translation>d&apos;où ou de qui il a été obtenu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>who may see it</source>
        <translation>qui peut le voir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this file is a working copy of evidence item ITEM (UUID)</source>
        <translation>ce fichier est une copie de travail de l&apos;élément de preuve ITEM (UUID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for --copy-of: what was altered</source>
        <translation>avec --copy-of&#xa0;: ce qui a été modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>capture a web page now (every redirect, headers, HTML, text) as evidence of a case</source>
        <translation>capturer maintenant une page web (chaque redirection, en-têtes, HTML, texte) comme élément de preuve d&apos;un dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the http:// or https:// address; the site sees this computer&apos;s address</source>
        <translation>l&apos;adresse http:// ou https://&#xa0;; le site voit l&apos;adresse de cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>UUID of the source to file it under (default: a new source)</source>
        <translation>UUID de la source sous laquelle le classer (par défaut&#xa0;: une nouvelle source)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>seconds allowed for the whole capture (default 30)</source>
        <translation>secondes accordées à toute la capture (30 par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep a capture made elsewhere (saved page, MHTML, PDF, WARC, screenshot)</source>
        <translation>conserver une capture faite ailleurs (page enregistrée, MHTML, PDF, WARC, capture d&apos;écran)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the saved capture; kept exactly as it is</source>
        <translation>la capture enregistrée&#xa0;; conservée telle quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the page&apos;s address (read from a WARC or MHTML when not given)</source>
        <translation>l&apos;adresse de la page (lue dans le WARC ou le MHTML si elle n&apos;est pas donnée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when it was captured (ISO 8601 with a time zone)</source>
        <translation>quand elle a été capturée (ISO 8601 avec un fuseau horaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who captured it</source>
        <translation>qui l&apos;a capturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with what it was captured (browser, extension, service)</source>
        <translation>avec quoi elle a été capturée (navigateur, extension, service)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anything else about how it was captured</source>
        <translation>toute autre information sur la manière dont elle a été capturée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a case to one bundle file (.hrdoc) for another laptop or a partner</source>
        <translation>écrire un dossier dans un fichier paquet (.hrdoc) pour un autre ordinateur ou un partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where to write the bundle</source>
        <translation>où écrire le paquet</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+97"/>
        <location line="+5"/>
        <source>who it is for (default internal)</source>
        <translation>à qui il est destiné (internal par défaut)</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>encrypt the whole bundle with a bundle passphrase</source>
        <translation>chiffrer tout le paquet avec une phrase secrète de paquet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle passphrase (or ${variable})</source>
        <translation>la phrase secrète du paquet (ou ${variable})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace FILE.hrdoc if it exists</source>
        <translation>remplacer FILE.hrdoc s&apos;il existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a bundle, then merge its case into the store (all or nothing)</source>
        <translation>vérifier un paquet, puis fusionner son dossier dans la base (tout ou rien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle</source>
        <translation>le paquet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle&apos;s passphrase (or ${variable})</source>
        <translation>la phrase secrète du paquet (ou ${variable})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bring a case together with the team store: pull and merge, then push</source>
        <translation>synchroniser un dossier avec la base d&apos;équipe&#xa0;: récupérer et fusionner, puis envoyer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team store: postgresql://user@host/db (or a file)</source>
        <translation>la base d&apos;équipe&#xa0;: postgresql://user@host/db (ou un fichier)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>take the team store&apos;s audit log as it now is, although its history changed since the last sync (recorded in this store&apos;s audit log)</source>
        <translation>accepter le journal d&apos;audit de la base d&apos;équipe tel qu&apos;il est, bien que son historique ait changé depuis la dernière synchronisation (consigné dans le journal d&apos;audit de cette base)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give database roles their part on a team store (run with the owner&apos;s login)</source>
        <translation>attribuer aux rôles de la base de données leur part d&apos;une base d&apos;équipe (à lancer avec l&apos;identifiant du propriétaire)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a login that works on the cases: reads and writes records, only appends to the logs (repeatable)</source>
        <translation>un identifiant qui travaille sur les dossiers&#xa0;: lit et écrit des fiches, ne fait qu&apos;ajouter aux journaux (répétable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a login that may only read (repeatable)</source>
        <translation>un identifiant qui ne peut que lire (répétable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list a case&apos;s merge conflicts, or resolve one</source>
        <translation>lister les conflits de fusion d&apos;un dossier, ou en régler un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the conflict to resolve (its id, as listed)</source>
        <translation>le conflit à régler (son identifiant, tel que listé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --resolve: which version to keep</source>
        <translation>avec --resolve&#xa0;: quelle version conserver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list a case&apos;s evidence files</source>
        <translation>lister les éléments de preuve d&apos;un dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print a case&apos;s audit log: who did what, when, where, and when it arrived here</source>
        <translation>afficher le journal d&apos;audit d&apos;un dossier&#xa0;: qui a fait quoi, quand, où, et quand cela est arrivé ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most the N newest entries (5000)</source>
        <translation>au plus les N entrées les plus récentes (5000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print an evidence item&apos;s chain of custody</source>
        <translation>afficher la chaîne de traçabilité d&apos;un élément de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>UUID of the evidence item</source>
        <translation>UUID de l&apos;élément de preuve</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>write a copy of an evidence file (for the public: without identifying metadata)</source>
        <translation>écrire une copie d&apos;un élément de preuve (pour le public&#xa0;: sans métadonnées identifiantes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where to write the copy</source>
        <translation>où écrire la copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who it is for</source>
        <translation>à qui elle est destinée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace FILE if it exists</source>
        <translation>remplacer FILE s&apos;il existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a case&apos;s PDF report, redacted for an audience (recorded in the audit log)</source>
        <translation>écrire le rapport PDF d&apos;un dossier, expurgé pour des destinataires (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where to write the PDF</source>
        <translation>où écrire le PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>who the report is for: decides what it may contain</source>
        <translation>à qui le rapport est destiné&#xa0;: décide de ce qu&apos;il peut contenir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organisation named on the cover</source>
        <translation>organisation nommée sur la couverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author named on the cover and in the PDF metadata</source>
        <translation>auteur nommé sur la couverture et dans les métadonnées du PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the report&apos;s language: its headings, labels, dates, numbers and vocabulary terms (what users wrote is printed as written); default: the language of the command line&apos;s messages, from LC_ALL, LC_MESSAGES or LANG, if reports speak it, else English</source>
        <translation>la langue du rapport&#xa0;: ses titres, libellés, dates, nombres et termes de vocabulaire (ce que les utilisateurs ont écrit est imprimé tel quel)&#xa0;; par défaut&#xa0;: la langue des messages de la ligne de commande, d&apos;après LC_ALL, LC_MESSAGES ou LANG, si les rapports la parlent, sinon l&apos;anglais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace FILE.pdf if it exists</source>
        <translation>remplacer FILE.pdf s&apos;il existe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>make the report even if it would hold no incident (without it, such a report is refused)</source>
        <translation>faire le rapport même s&apos;il ne contiendrait aucun incident (sans cette option, un tel rapport est refusé)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write one table of a case as CSV (UTF-8, opens in Excel and LibreOffice), for an audience</source>
        <translation>écrire une table d&apos;un dossier en CSV (UTF-8, s&apos;ouvre dans Excel et LibreOffice), pour des destinataires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>incident, allegation, perpetrator, location, actor, victim, ...</source>
        <translation>incident, allegation, perpetrator, location, actor, victim, ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>where to write the CSV</source>
        <translation>où écrire le CSV</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>replace FILE.csv if it exists</source>
        <translation>remplacer FILE.csv s&apos;il existe</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>write a case&apos;s incidents as ACLED-style CSV</source>
        <translation>écrire les incidents d&apos;un dossier en CSV au format ACLED</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import an ACLED-style CSV file into a case; rejected rows are listed by line</source>
        <translation>importer un fichier CSV au format ACLED dans un dossier&#xa0;; les lignes rejetées sont indiquées par leur numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ACLED CSV file (UTF-8)</source>
        <translation>le fichier CSV ACLED (UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import nothing if any row is rejected</source>
        <translation>ne rien importer si une ligne est rejetée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>visibility of the records made (default restricted)</source>
        <translation>visibilité des fiches créées (restricted par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a shell completion script for hrdoc&apos;s commands and options</source>
        <translation>afficher un script de complétion du shell pour les commandes et options de hrdoc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the shell that will read it</source>
        <translation>le shell qui le lira</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/audit_words.py" line="-542"/>
        <source>{kind} {name}</source>
        <translation>{kind} {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account of {witness}</source>
        <translation>témoignage de {witness}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>account of a witness</source>
        <translation>témoignage d&apos;un témoin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>victim {victim} of an allegation</source>
        <translation>victime {victim} visée par une allégation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>victim {victim} of allegation {allegation}</source>
        <translation>victime {victim} visée par l&apos;allégation {allegation}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>alleged perpetrator {actor} ({involvement} involvement)</source>
        <translation>auteur présumé {actor} ({involvement})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alleged perpetrator ({involvement} involvement)</source>
        <translation>auteur présumé ({involvement})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alleged perpetrator {actor} ({involvement} involvement) of allegation {allegation}</source>
        <translation>auteur présumé {actor} ({involvement}) de l&apos;allégation {allegation}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reported figure {value} from {origin} on {target}</source>
        <translation>chiffre rapporté {value} de {origin} sur {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reported figure {value} from {origin}</source>
        <translation>chiffre rapporté {value} de {origin}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported figure {value} on {target}</source>
        <translation>chiffre rapporté {value} sur {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported figure {value}</source>
        <translation>chiffre rapporté {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evidence link from {origin} to {target} ({relation})</source>
        <translation>lien de preuve entre {origin} et {target} ({relation})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evidence link from {origin} ({relation})</source>
        <translation>lien de preuve depuis {origin} ({relation})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence link to {target} ({relation})</source>
        <translation>lien de preuve vers {target} ({relation})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence link ({relation})</source>
        <translation>lien de preuve ({relation})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created {record}</source>
        <translation>Création&#xa0;: {record}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created {record} in {case}</source>
        <translation>Création&#xa0;: {record}, dossier {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated {record}</source>
        <translation>Modification&#xa0;: {record}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated {record} in {case}</source>
        <translation>Modification&#xa0;: {record}, dossier {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted {record}</source>
        <translation>Suppression&#xa0;: {record}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted {record} in {case}</source>
        <translation>Suppression&#xa0;: {record}, dossier {case}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revealed the protected identity of {record}</source>
        <translation>Identité protégée révélée&#xa0;: {record}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revealed the protected identity of {record} in {case}</source>
        <translation>Identité protégée révélée&#xa0;: {record}, dossier {case}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated the protected identity of {record}</source>
        <translation>Identité protégée modifiée&#xa0;: {record}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated the protected identity of {record} in {case}</source>
        <translation>Identité protégée modifiée&#xa0;: {record}, dossier {case}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated the consent of {record}</source>
        <translation>Consentement modifié&#xa0;: {record}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated the consent of {record} in {case}</source>
        <translation>Consentement modifié&#xa0;: {record}, dossier {case}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected {record} (version {version})</source>
        <translation>Correction&#xa0;: {record} (version {version})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected {record} (version {version}) in {case}</source>
        <translation>Correction&#xa0;: {record} (version {version}), dossier {case}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{kind} {name} ({vocabulary})</source>
        <translation>{kind} {name} ({vocabulary})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{violation} — {incident}</source>
        <translation>{violation} — {incident}</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Revealed the protected identity of {record} in a merge conflict (both versions)</source>
        <translation>Identité protégée révélée : {record}, dans un conflit de fusion (les deux versions)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{action}: {item}</source>
        <translation>{action}&#xa0;: {item}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{name} as {role}</source>
        <translation>{name} en tant que {role}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{roles}; {role}</source>
        <translation>{roles}&#xa0;; {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the team store&apos;s database roles: {roles}</source>
        <translation>Rôles de la base de données de la base d&apos;équipe définis : {roles}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Resolved a merge conflict on {record}: kept the local version</source>
        <translation>Conflit de fusion réglé : {record}, version locale conservée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved a merge conflict on {record} in {case}: kept the local version</source>
        <translation>Conflit de fusion réglé : {record}, dossier {case}, version locale conservée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved a merge conflict on {record}: kept the incoming version</source>
        <translation>Conflit de fusion réglé : {record}, version reçue conservée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved a merge conflict on {record} in {case}: kept the incoming version</source>
        <translation>Conflit de fusion réglé : {record}, dossier {case}, version reçue conservée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>investigator</source>
        <translation>enquêteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reader</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unlocked the store</source>
        <translation>Base déverrouillée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified {file}</source>
        <translation>Vérification&#xa0;: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed {file}</source>
        <translation>Retrait&#xa0;: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working copy made of {file}</source>
        <translation>Copie de travail faite de {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made an internal report of case {case}</source>
        <translation>Rapport interne établi sur le dossier {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made a partners report of case {case}</source>
        <translation>Rapport destiné aux partenaires établi sur le dossier {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made a public report of case {case}</source>
        <translation>Rapport public établi sur le dossier {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted actor {name} from case {case}</source>
        <translation>Acteur {name} repris du dossier {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged a copy of case {case} from {origin}</source>
        <translation>Copie du dossier {case} fusionnée depuis {origin}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} incidents into case {case} from the ACLED file {file} ({rejected} rows rejected)</source>
        <translation>Import&#xa0;: {count} incidents dans le dossier {case} depuis le fichier ACLED {file} ({rejected} lignes rejetées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} incidents into case {case} from the ACLED file {file}</source>
        <translation>Import&#xa0;: {count} incidents dans le dossier {case} depuis le fichier ACLED {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left in the bundle {bundle}</source>
        <translation>Parti dans le paquet {bundle}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived in the bundle {bundle}</source>
        <translation>Arrivé dans le paquet {bundle}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/custody.py" line="+128"/>
        <source>audit log: a custody entry record for {item} is malformed</source>
        <translation>journal d&apos;audit&#xa0;: la trace d&apos;une entrée de la chaîne de traçabilité de {item} est mal formée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence item {item}</source>
        <translation>élément de preuve {item}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chain of custody of {item}, entry {number} ({action})</source>
        <translation>chaîne de traçabilité de {item}, entrée {number} ({action})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: entry {missing} is missing</source>
        <translation>{where}&#xa0;: l&apos;entrée {missing} manque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: does not follow the entry before it</source>
        <translation>{where}&#xa0;: ne suit pas l&apos;entrée précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: was altered after it was written</source>
        <translation>{where}&#xa0;: a été modifiée après avoir été écrite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: does not match the audit log&apos;s record of it</source>
        <translation>{where}&#xa0;: ne correspond pas à sa trace dans le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>chain of custody of {item}: entry {number} is missing (the audit log records it)</source>
        <translation>chaîne de traçabilité de {item}&#xa0;: l&apos;entrée {number} manque (le journal d&apos;audit la mentionne)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/verify.py" line="-127"/>
        <source>audit log: {entries} entries, hash chain intact</source>
        <translation>journal d&apos;audit&#xa0;: {entries} entrées, chaîne de hachage intacte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>team store {store}: this store last saw its audit log at entry {entry} ({seen}); `hrdoc verify --team DB` checks that its history was not rewritten since</source>
        <translation>base de l&apos;équipe {store}&#xa0;: cette base a vu son journal d&apos;audit pour la dernière fois à l&apos;entrée {entry} ({seen})&#xa0;; `hrdoc verify --team DB` vérifie que son historique n&apos;a pas été réécrit depuis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>entries merged from other stores: as their first writers wrote them</source>
        <translation>entrées fusionnées depuis d&apos;autres bases&#xa0;: telles que leurs premiers auteurs les ont écrites</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>evidence vault: {count} file(s) that no evidence item of this store records are kept in {folder} (nothing was deleted; a note beside each says when and why): if you restored an older copy of the store, put back the copy that recorded them and run verify again, which returns them to the vault</source>
        <translation>coffre des éléments de preuve&#xa0;: {count} fichier(s) qu&apos;aucun élément de preuve de cette base ne mentionne sont conservés dans {folder} (rien n&apos;a été supprimé&#xa0;; une note à côté de chacun indique quand et pourquoi)&#xa0;: si vous avez restauré une copie plus ancienne de la base, remettez en place la copie qui les mentionnait et relancez la vérification, qui les replacera dans le coffre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>evidence vault: {count} file(s) that no evidence item of this store records could not be moved to {folder} (is the disk read-only?); they were left in the vault, untouched</source>
        <translation>coffre des éléments de preuve&#xa0;: {count} fichier(s) qu&apos;aucun élément de preuve de cette base ne mentionne n&apos;ont pas pu être déplacés vers {folder} (le disque est-il en lecture seule&#xa0;?)&#xa0;; ils ont été laissés intacts dans le coffre</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>team store {store}: audit log of {entries} entries, hash chain intact</source>
        <translation>base de l&apos;équipe {store}&#xa0;: journal d&apos;audit de {entries} entrées, chaîne de hachage intacte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>team store {store}: {problem}</source>
        <translation>base de l&apos;équipe {store}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>search index: its words were not re-read this time ({reason}); run verify again when no other hrdoc is writing, on a writable disk, to include them</source>
        <translation>index de recherche&#xa0;: ses mots n&apos;ont pas été relus cette fois ({reason})&#xa0;; relancez la vérification quand aucun autre hrdoc n&apos;écrit, sur un disque accessible en écriture, pour les inclure</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>search index: {documents} documents, as the records call for</source>
        <translation>index de recherche&#xa0;: {documents} documents, conformes aux fiches</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>search index: {problem}</source>
        <translation>index de recherche&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>search index: and {count} more documents like these</source>
        <translation>index de recherche&#xa0;: et {count} autres documents du même type</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{wrong} of {documents} documents differ from the records</source>
        <translation>{wrong} documents sur {documents} diffèrent des fiches</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the full-text index does not hold the words of its documents</source>
        <translation>l&apos;index en texte intégral ne contient pas les mots de ses documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>search index: {wrong}; run hrdoc verify --rebuild-index to make it again from the records (no record changes)</source>
        <translation>index de recherche&#xa0;: {wrong}&#xa0;; lancez hrdoc verify --rebuild-index pour le reconstruire à partir des fiches (aucune fiche n&apos;est modifiée)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/verify_database.py" line="+86"/>
        <source>database integrity: ok</source>
        <translation>intégrité de la base&#xa0;: correcte</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>references between records: ok</source>
        <translation>références entre fiches&#xa0;: correctes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>database integrity: ok ({tables} tables, {rows} rows read; every rule and unique key holds)</source>
        <translation>intégrité de la base&#xa0;: correcte ({tables} tables, {rows} lignes lues&#xa0;; toutes les règles et clés uniques sont respectées)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/cli/report.py" line="-68"/>
        <source>the public report of {reference} will hold:</source>
        <translation>le rapport public de {reference} contiendra&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the partners report of {reference} will hold:</source>
        <translation>le rapport de {reference} pour les partenaires contiendra&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the internal report of {reference} will hold:</source>
        <translation>le rapport interne de {reference} contiendra&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the public report of {reference} would hold {reason}; nothing was written: use --allow-empty to make it anyway</source>
        <translation>le rapport public de {reference} contiendrait {reason}&#xa0;; rien n&apos;a été écrit&#xa0;: utilisez --allow-empty pour le faire malgré tout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the partners report of {reference} would hold {reason}; nothing was written: use --allow-empty to make it anyway</source>
        <translation>le rapport de {reference} pour les partenaires contiendrait {reason}&#xa0;; rien n&apos;a été écrit&#xa0;: utilisez --allow-empty pour le faire malgré tout</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the internal report of {reference} would hold {reason}; nothing was written: use --allow-empty to make it anyway</source>
        <translation>le rapport interne de {reference} contiendrait {reason}&#xa0;; rien n&apos;a été écrit&#xa0;: utilisez --allow-empty pour le faire malgré tout</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wrote the public report of {case} to {target} ({size})</source>
        <translation>rapport public de {case} écrit dans {target} ({size})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote the partners report of {case} to {target} ({size})</source>
        <translation>rapport de {case} pour les partenaires écrit dans {target} ({size})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote the internal report of {case} to {target} ({size})</source>
        <translation>rapport interne de {case} écrit dans {target} ({size})</translation>
    </message>
    <message>
        <location filename="../../hrdoc/domain/countries.py" line="+446"/>
        <source>{text} is not a country hrdoc knows (did you mean {countries}?): give its name in English, French or Arabic (Burkina Faso) or its two-letter ISO 3166-1 code (BF)</source>
        <translation>{text} n&apos;est pas un pays connu de hrdoc (vouliez-vous dire {countries}&#xa0;?)&#xa0;: indiquez son nom en anglais, en français ou en arabe (Burkina Faso) ou son code ISO 3166-1 à deux lettres (BF)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is not a country hrdoc knows: give its name in English, French or Arabic (Burkina Faso) or its two-letter ISO 3166-1 code (BF)</source>
        <translation>{text} n&apos;est pas un pays connu de hrdoc&#xa0;: indiquez son nom en anglais, en français ou en arabe (Burkina Faso) ou son code ISO 3166-1 à deux lettres (BF)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/audit.py" line="+329"/>
        <source>audit entry {expected_seq} is missing (the next entry found is {seq})</source>
        <translation>l&apos;entrée {expected_seq} du journal d&apos;audit manque (l&apos;entrée suivante trouvée est la {seq})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>audit entry {seq} does not follow the entry before it (chain broken)</source>
        <translation>l&apos;entrée {seq} du journal d&apos;audit ne fait pas suite à celle qui la précède (chaîne rompue)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>audit entry {seq} ({action} {kind}) was altered</source>
        <translation>l&apos;entrée {seq} du journal d&apos;audit ({action} {kind}) a été modifiée</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>audit entry {seq} ({action}) was altered</source>
        <translation>l&apos;entrée {seq} du journal d&apos;audit ({action}) a été modifiée</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the audit log ends at entry {last} but its recorded head is entry {head}: entries were removed or added outside hrdoc</source>
        <translation>le journal d&apos;audit s&apos;arrête à l&apos;entrée {last}, mais la dernière entrée enregistrée est la {head} : des entrées ont été supprimées ou ajoutées en dehors de hrdoc</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the audit log&apos;s recorded head is missing</source>
        <translation>la dernière entrée enregistrée du journal d&apos;audit manque</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/desktop_entry.py" line="+32"/>
        <source>Case manager for human-rights investigations</source>
        <translation>Gestionnaire de dossiers pour les enquêtes sur les droits de l&apos;homme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record incidents, allegations, witnesses, sources and evidence, offline and encrypted</source>
        <translation>Consigner incidents, allégations, témoins, sources et éléments de preuve, hors ligne et chiffrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hrdoc case bundle</source>
        <translation>Paquet de dossier hrdoc</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/evidence/sniff.py" line="-57"/>
        <source>JPEG image</source>
        <translation>image JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image</source>
        <translation>image PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIF image</source>
        <translation>image GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP image</source>
        <translation>image WebP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIFF image</source>
        <translation>image TIFF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HEIC image</source>
        <translation>image HEIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HEIF image</source>
        <translation>image HEIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AVIF image</source>
        <translation>image AVIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BMP image</source>
        <translation>image BMP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG 2000 image</source>
        <translation>image JPEG 2000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canon raw image (CR3)</source>
        <translation>image brute Canon (CR3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>dessin SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>document PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP archive</source>
        <translation>archive ZIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gzip-compressed file</source>
        <translation>fichier compressé gzip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7-Zip archive</source>
        <translation>archive 7-Zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAR archive</source>
        <translation>archive RAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPUB e-book</source>
        <translation>livre numérique EPUB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legacy Microsoft Office file</source>
        <translation>ancien fichier Microsoft Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTF document</source>
        <translation>document RTF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document</source>
        <translation>document Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel spreadsheet</source>
        <translation>classeur Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint presentation</source>
        <translation>présentation PowerPoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text</source>
        <translation>texte OpenDocument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument spreadsheet</source>
        <translation>classeur OpenDocument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument presentation</source>
        <translation>présentation OpenDocument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video</source>
        <translation>vidéo MP4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QuickTime video</source>
        <translation>vidéo QuickTime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3GP video</source>
        <translation>vidéo 3GP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3G2 video</source>
        <translation>vidéo 3G2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AVI video</source>
        <translation>vidéo AVI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebM video</source>
        <translation>vidéo WebM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matroska video</source>
        <translation>vidéo Matroska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ogg video</source>
        <translation>vidéo Ogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPEG-4 audio (M4A)</source>
        <translation>audio MPEG-4 (M4A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP3 audio</source>
        <translation>audio MP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AAC audio</source>
        <translation>audio AAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAV audio</source>
        <translation>audio WAV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ogg audio</source>
        <translation>audio Ogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ogg media</source>
        <translation>média Ogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FLAC audio</source>
        <translation>audio FLAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMR audio</source>
        <translation>audio AMR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMR-WB audio</source>
        <translation>audio AMR-WB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web archive (WARC)</source>
        <translation>archive web (WARC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web archive (WARC, compressed)</source>
        <translation>archive web (WARC, compressée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web page archive (MHTML)</source>
        <translation>archive de page web (MHTML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page</source>
        <translation>page HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XHTML page</source>
        <translation>page XHTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XML document</source>
        <translation>document XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KML map data</source>
        <translation>données cartographiques KML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPX track</source>
        <translation>trace GPX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSS feed</source>
        <translation>flux RSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atom feed</source>
        <translation>flux Atom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON data</source>
        <translation>données JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plain text</source>
        <translation>texte brut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognised binary data</source>
        <translation>données binaires non reconnues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{kind} ({subtype})</source>
        <translation>{kind} ({subtype})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file of type {mime}</source>
        <translation>fichier de type {mime}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/chronology_page.py" line="+0"/>
        <source>Zoom out (-, or the wheel)</source>
        <translation>Zoom arrière (-, ou la molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+, or the wheel)</source>
        <translation>Zoom avant (+, ou la molette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every dated incident (Home)</source>
        <translation>Afficher tous les incidents datés (Début)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these dates</source>
        <translation>Ces dates seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in the lists only the incidents of the dates in view</source>
        <translation>N&apos;afficher dans les listes que les incidents des dates visibles</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drag across the timeline to show a period; click an incident to show its dates.</source>
        <translation>Faites glisser la souris sur la frise pour afficher une période ; cliquez sur un incident pour afficher ses dates.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incidents not on the timeline</source>
        <translation>Incidents hors de la frise chronologique</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No date, or a date of unknown precision ({count}):</source>
        <translation>Sans date, ou date de précision inconnue ({count})&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/map_view.py" line="+416"/>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/map_page.py" line="-78"/>
        <location filename="../../hrdoc/gui/workspace/pages.py" line="-141"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map of the case&apos;s places</source>
        <translation>Carte des lieux de l&apos;affaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents from</source>
        <translation>Incidents à partir du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents to</source>
        <translation>Incidents jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violation alleged</source>
        <translation>Violation alléguée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All violations</source>
        <translation>Toutes les violations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every incident: any date, any violation</source>
        <translation>Afficher tous les incidents, quelles que soient la date et la violation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole case</source>
        <translation>Toute l&apos;affaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation>Zoom avant (+, ou la molette de la souris)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (−)</source>
        <translation>Zoom arrière (−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole case (Ctrl+0)</source>
        <translation>Afficher toute l&apos;affaire (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation:</source>
        <translation>Violation&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Places on the map</source>
        <translation>Lieux sur la carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incidents at the chosen place</source>
        <translation>Incidents au lieu choisi</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Drawing the map…</source>
        <translation>Tracé de la carte…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The map cannot be drawn: {error}</source>
        <translation>Impossible de tracer la carte&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Places shown: {places} of {total} · Incidents: {incidents}</source>
        <translation>Lieux affichés&#xa0;: {places} sur {total} · Incidents&#xa0;: {incidents}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a position or a known region: {count}</source>
        <translation>Sans position ni région connue&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/map_words.py" line="+44"/>
        <source>{place} ({where}), {precision} · Incidents: {count}</source>
        <translation>{place} ({where}), {precision} · Incidents&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>{place} ({count})</source>
        <translation>{place} ({count})</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{title} (undated)</source>
        <translation>{title} (non daté)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{region}: places known only to this region: {places}</source>
        <translation>{region}&#xa0;: lieux connus seulement à l&apos;échelle de cette région&#xa0;: {places}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>exact position</source>
        <translation>position exacte</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{when}: {title}</source>
        <translation>{when}&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>near this position</source>
        <translation>à proximité de cette position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>known only to its region</source>
        <translation>connu seulement à l&apos;échelle de sa région</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Photo {photo}: taken at {lat}, {lon}; “{incident}” is placed only in the region of {place}</source>
        <translation>Photo {photo}&#xa0;: prise à {lat}, {lon}&#xa0;; «&#xa0;{incident}&#xa0;» n&apos;est situé que dans la région de {place}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photo {photo}: taken {km} km from {place}, where “{incident}” is placed</source>
        <translation>Photo {photo}&#xa0;: prise à {km}&#xa0;km de {place}, où est situé «&#xa0;{incident}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/period.py" line="+98"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Showing the incidents of {period}</source>
        <translation>Incidents affichés&#xa0;: {period}</translation>
    </message>
    <message>
        <location filename="../../hrdoc/gui/workspace/timeline.py" line="+121"/>
        <source>drawn {days} days either side of the dates given</source>
        <translation>représenté avec {days}&#xa0;jours de part et d&apos;autre des dates indiquées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how precise this date is is not known</source>
        <translation>la précision de cette date est inconnue</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Timeline of the incidents</source>
        <translation>Frise chronologique des incidents</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/atlas.py" line="+42"/>
        <source>Boundaries and names: Natural Earth (public domain)</source>
        <translation>Frontières et noms&#xa0;: Natural Earth (domaine public)</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/figures.py" line="+83"/>
        <source>Figure 2. Timeline of incidents with a known date, each over the days it allows.</source>
        <translation>Figure 2. Frise chronologique des incidents dont la date est connue, chacun sur la période que sa date permet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not on the timeline (no date, or a date of unknown precision): {numbers}.</source>
        <translation>Ne figurent pas sur la frise (date inconnue, ou de précision inconnue)&#xa0;: {numbers}.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Exact day</source>
        <translation>Jour exact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approximate day (± {days} days)</source>
        <translation>Jour approximatif (±&#xa0;{days}&#xa0;jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known to the month or year</source>
        <translation>Connu au mois ou à l&apos;année près</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From start to end</source>
        <translation>Du début à la fin</translation>
    </message>
    <message>
        <location filename="../../hrdoc/services/reporting/locator.py" line="+439"/>
        <source>Map 1. Where the incidents took place, numbered as in the text: a dot for a known position, a ring for a position near the place, a shaded region for a place known only to its region.</source>
        <translation>Carte 1. Lieux des incidents, numérotés comme dans le texte&#xa0;: un point pour une position connue, un cercle pour une position à proximité du lieu, une région ombrée pour un lieu connu seulement au niveau de sa région.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Positions are shown to {degrees}° (about {km} km) for this audience.</source>
        <translation>Pour ces destinataires, les positions sont indiquées à {degrees}° près (environ {km}&#xa0;km).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not on the map (no place, or neither a position nor a known region): {numbers}.</source>
        <translation>Ne figurent pas sur la carte (sans lieu, ou sans position ni région connue)&#xa0;: {numbers}.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../hrdoc/cli/counts.py" line="-83"/>
        <source>{n} incidents</source>
        <comment>two</comment>
        <translation>{n} incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} incidents</source>
        <comment>few</comment>
        <translation>{n} incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} incidents</source>
        <comment>many</comment>
        <translation>{n} incidents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} allegations</source>
        <comment>two</comment>
        <translation>{n} allégations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} allegations</source>
        <comment>few</comment>
        <translation>{n} allégations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} allegations</source>
        <comment>many</comment>
        <translation>{n} allégations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} actors</source>
        <comment>two</comment>
        <translation>{n} acteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} actors</source>
        <comment>few</comment>
        <translation>{n} acteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} actors</source>
        <comment>many</comment>
        <translation>{n} acteurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} victims</source>
        <comment>two</comment>
        <translation>{n} victimes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} victims</source>
        <comment>few</comment>
        <translation>{n} victimes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} victims</source>
        <comment>many</comment>
        <translation>{n} victimes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} witnesses</source>
        <comment>two</comment>
        <translation>{n} témoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} witnesses</source>
        <comment>few</comment>
        <translation>{n} témoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} witnesses</source>
        <comment>many</comment>
        <translation>{n} témoins</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} accounts</source>
        <comment>two</comment>
        <translation>{n} témoignages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} accounts</source>
        <comment>few</comment>
        <translation>{n} témoignages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} accounts</source>
        <comment>many</comment>
        <translation>{n} témoignages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} sources</source>
        <comment>two</comment>
        <translation>{n} sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sources</source>
        <comment>few</comment>
        <translation>{n} sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sources</source>
        <comment>many</comment>
        <translation>{n} sources</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} evidence files</source>
        <comment>two</comment>
        <translation>{n} éléments de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} evidence files</source>
        <comment>few</comment>
        <translation>{n} éléments de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} evidence files</source>
        <comment>many</comment>
        <translation>{n} éléments de preuve</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} records</source>
        <comment>two</comment>
        <translation>{n} fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} records</source>
        <comment>few</comment>
        <translation>{n} fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} records</source>
        <comment>many</comment>
        <translation>{n} fiches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} rows</source>
        <comment>two</comment>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rows</source>
        <comment>few</comment>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rows</source>
        <comment>many</comment>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} bytes</source>
        <comment>two</comment>
        <translation>{n} octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} bytes</source>
        <comment>few</comment>
        <translation>{n} octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} bytes</source>
        <comment>many</comment>
        <translation>{n} octets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} people</source>
        <comment>two</comment>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} people</source>
        <comment>few</comment>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} people</source>
        <comment>many</comment>
        <translation>{n} personnes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} documents</source>
        <comment>two</comment>
        <translation>{n} documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} documents</source>
        <comment>few</comment>
        <translation>{n} documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} documents</source>
        <comment>many</comment>
        <translation>{n} documents</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../hrdoc/gui/startup_probe.py" line="+103"/>
        <source>&amp;Stay locked</source>
        <translation>&amp;Rester verrouillé</translation>
    </message>
</context>
</TS>
