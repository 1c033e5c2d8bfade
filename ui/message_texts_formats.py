"""The message codes of which Rundabord reads a bundle, as templates in the user's language: what a table
export tells its chair when it carries more than the secretariat may read, and what the reader says
of a contents list from a newer Rundabord or another program. Part of ui/message_texts.py's
one table (`templates()` holds these too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate reads only literal calls of this form, so every text below spells out its context.
translate = QCoreApplication.translate


def format_templates() -> dict[str, str]:
    """code -> its template in the user's language (built on each call, as the language can change)."""
    return {
        # a bundle's contents list (manifest) from a newer Rundabord or another program
        "manifest-fields-version": translate(
            "BundleMessages",
            "the contents list has fields bundle format {version} does not have ({fields}): altered or made"
            " by another program",
        ),
        "manifest-fields-missing": translate(
            "BundleMessages",
            "the contents list lacks fields every Rundabord writes ({fields}): altered or made by another"
            " program",
        ),
        "manifest-created-fields": translate(
            "BundleMessages",
            "the contents list's time of making has fields this Rundabord does not know ({fields}): if a"
            " newer Rundabord made it, update Rundabord, or ask the table's chair to export it again in the"
            " oldest format (in her window: Conference › Sign and export in the oldest format…;"
            " or rundabord export --oldest-format)",
        ),
        # a record of a kind or with fields this Rundabord does not know (a newer one adds them unversioned)
        "record-fields-unexpected": translate(
            "BundleMessages", "fields a record does not have (from a newer Rundabord? Then update Rundabord)"
        ),
        "record-type-unknown": translate(
            "BundleMessages",
            "an unknown kind of record ({type}) (from a newer Rundabord? Then update Rundabord)",
        ),
        "record-fields": translate(
            "BundleMessages",
            "a {type} record with the wrong fields (from a newer Rundabord? Then update Rundabord)",
        ),
        # what a table export tells its chair (app/bundles/encoding_choice.reader_notice)
        "export-needs-former-reader": translate(
            "BundleMessages",
            "This export carries changes you made before your signing key was renewed. The secretariat can"
            " read it only if their Rundabord can renew signing keys, which a version from December 2026 or"
            " later can. If theirs cannot, ask them to update Rundabord before they import this export.",
        ),
        "export-needs-paper-reader": translate(
            "BundleMessages",
            "This export carries photos or typed-in paper sheets of the table. The secretariat can read it"
            " only if their Rundabord can take in photos and paper sheets, which a version from December"
            " 2026 or later can. If theirs cannot, ask them to update Rundabord before they import this"
            " export.",
        ),
        # a chair's bundle naming a secretariat's writer (app/bundles/team_origins.py)
        "origin-store-writer": translate(
            "BundleMessages",
            "the bundle says it was made on a computer that is one of this secretariat's own: a chair's key"
            " signs only the bundles of her own computers",
        ),
        "origin-secretariat-named": translate(
            "BundleMessages",
            "the bundle says it was made on a computer that a pack from the secretariat “{name}” (key {key}"
            " in Trusted keys) names as one of the secretariat's own. If it is the chair's own computer, ask"
            " that secretariat why its pack names it; until then a chair who has not renewed her key can"
            " export again in the oldest format (in her window: Conference › Sign and export in the oldest"
            " format…; or rundabord export --oldest-format).",
        ),
        # a chairs' follow-up opened on a laptop that does not chair its table (app/bundles/table_scope.py)
        "followup-other-table": translate(
            "BundleMessages",
            "This is the follow-up for table {tables}. This computer chairs table {mine} and does not take"
            " another table's notes.",
        ),
        "followup-no-table": translate(
            "BundleMessages",
            "This is the follow-up for table {tables}. This computer chairs no table of that conference"
            " yet: write a note at your table (or export it), then open the file again.",
        ),
        "secretariat-only-bundle": translate(
            "BundleMessages",
            "This is a secretariat's whole record for a colleague secretariat, with what the personal-data"
            " review found: a chair's computer does not take it.",
        ),
        "followup-no-conference": translate(
            "BundleMessages",
            "This is the follow-up for table {tables} of a conference this computer does not have: open"
            " the conference pack first.",
        ),
    }
