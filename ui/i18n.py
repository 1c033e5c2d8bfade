"""Which language the window speaks, and loading its translations.

QSettings "language" holds "sv" or "en"; unset means the system's: Swedish on a Swedish system, English
otherwise. Swedish loads Qt's own `qtbase_sv` (standard buttons and dialogs) and every
`resources/translations/*_sv.qm`, each UI area's own file, read where the package lies (through
importlib.resources in a zipped install) so a checkout, a wheel and a frozen app behave alike. English is
the source language: nothing to load.
"""

from __future__ import annotations

from contextlib import ExitStack

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings, QTranslator

from ui.resource_files import plain_path

LANGUAGES = ("sv", "en")
SETTINGS_KEY = "language"

# Key names that Qt's own Swedish (qtbase_sv) leaves in English in every shortcut a menu, a tooltip or
# the F1 list shows ("Ctrl+PgUp", "Return" beside its "Ctrl+Skift+Upp"). Listed here in Qt's context, so
# common_sv names them as a Swedish keyboard prints them and as our Swedish help texts do ("Enter").
KEY_NAMES = (
    QT_TRANSLATE_NOOP("QShortcut", "PgUp"),
    QT_TRANSLATE_NOOP("QShortcut", "PgDown"),
    QT_TRANSLATE_NOOP("QShortcut", "Return"),
    QT_TRANSLATE_NOOP("QShortcut", "Del"),
    QT_TRANSLATE_NOOP("QShortcut", "Ins"),
)

# The OK of Qt's standard buttons (a message box's, a dialog's button box): qtbase_sv says "Ok", where
# Swedish writes "OK". Listed in the contexts Qt asks, so common_sv, installed after qtbase_sv and asked
# first, says "OK".
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QDialogButtonBox", "OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
)

_installed: list[QTranslator] = []
_current = {"language": "en"}
_files = ExitStack()  # keeps extracted .qm files alive while a zipped install is running


def system_language() -> str:
    return "sv" if QLocale.system().language() == QLocale.Language.Swedish else "en"


def chosen_language(settings: QSettings | None = None) -> str:
    """The preference if set to a known language, else the system's."""
    value = (settings or QSettings()).value(SETTINGS_KEY, "")
    return value if value in LANGUAGES else system_language()


def set_language_preference(language: str | None, settings: QSettings | None = None) -> None:
    """Store "sv" or "en"; None goes back to following the system."""
    settings = settings or QSettings()
    if language is None:
        settings.remove(SETTINGS_KEY)
    elif language in LANGUAGES:
        settings.setValue(SETTINGS_KEY, language)
    else:
        raise ValueError(f"unknown language {language!r}")


def translation_files(language: str) -> list[str]:
    """Paths of our own .qm files for a language, sorted by name."""
    plain = plain_path("translations")
    if plain is not None:  # a checkout, a wheel or a frozen app's folder: read in place
        suffix = f"_{language}.qm"
        return [
            str(path) for path in sorted(plain.iterdir(), key=lambda p: p.name) if path.name.endswith(suffix)
        ]
    from importlib import resources  # a zipped install: its files are extracted for Qt to read

    folder = resources.files("resources").joinpath("translations")
    if not folder.is_dir():
        return []
    paths = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(f"_{language}.qm"):
            paths.append(str(_files.enter_context(resources.as_file(entry))))
    return paths


def install(language: str, app: QCoreApplication | None = None) -> list[str]:
    """Replace the installed translators with those of `language`; returns what was loaded."""
    app = app or QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()  # parented to the app: it would otherwise live, its .qm mapped, until exit
    _installed.clear()
    _current["language"] = language
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    from PySide6.QtCore import QLibraryInfo  # where Qt's own translations are: not for English

    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("qtbase", f"qtbase_{language}", qt_dir)]
    candidates += [(path, path, "") for path in translation_files(language)]
    for label, name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory) and app.installTranslator(translator):
            _installed.append(translator)
            loaded.append(label)
    return loaded


def installed_language() -> str:
    """The language last installed ("en" before any)."""
    return _current["language"]
