"""Refresh and compile LedgerPost's translation catalogues.

Two families, one per side of the application (see README, "Languages"):

* the window: Qt Linguist catalogues ``translations/ledgerpost_<lang>.ts``, made by
  ``pyside6-lupdate`` from ``src/ledgerpost/gui`` and compiled to ``.qm`` by ``pyside6-lrelease``;
* everything else (print copies, mail, problems, setting descriptions): gettext catalogues
  ``translations/po/<lang>.po``, read at run time with Babel.

    python tools/translations.py update     re-extract both families (keeps the translations)
    python tools/translations.py compile    .ts -> .qm beside them (or --into FOLDER)
    python tools/translations.py check      list what is untranslated; exit 1 if anything is

Translators fill the ``.ts`` files with Qt Linguist (``pyside6-linguist``) and the ``.po`` files
with any gettext editor; nothing else in them is edited by hand.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
GUI = ROOT / "src" / "ledgerpost" / "gui"
LANGUAGES = ("et", "de", "ru", "ro", "ar")
"""Every language but English, the source language (ledgerpost.domain.parties.LANGUAGES)."""
PLURALS_ONLY = ("en",)
"""English needs a catalogue too, for its plural forms only: "%n document(s)" becomes "1
document" and "68 documents" (lupdate -pluralonly)."""


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"ledgerpost_{language}.ts"


def qt_tool(name: str) -> str:
    """``pyside6-lupdate``/``pyside6-lrelease`` of this Python, else the one on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is missing: install PySide6-Essentials")
    return found


def gui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in GUI.rglob("*.py"))


def lupdate(
    folder: Path = TRANSLATIONS, languages: Iterable[str] = (*LANGUAGES, *PLURALS_ONLY)
) -> None:
    """Bring the ``.ts`` files in ``folder`` up to date with the window's code.

    No line numbers (they would change with every edit and make merges conflict) and no
    obsolete entries (a string gone from the code is gone from the catalogue).
    """
    folder.mkdir(parents=True, exist_ok=True)
    for language in languages:
        subprocess.run(
            [
                qt_tool("pyside6-lupdate"),
                *gui_sources(),
                "-ts",
                str(ts_path(language, folder)),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                *(["-pluralonly"] if language in PLURALS_ONLY else []),
                "-silent",
            ],
            cwd=ROOT,
            check=True,
        )


def lrelease(into: Path = TRANSLATIONS, *, force: bool = False) -> list[Path]:
    """Compile every ``.ts`` to ``into/ledgerpost_<lang>.qm``; skips those already newer."""
    into.mkdir(parents=True, exist_ok=True)
    made = []
    for language in (*LANGUAGES, *PLURALS_ONLY):
        source = ts_path(language)
        target = into / f"ledgerpost_{language}.qm"
        if force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run(
                [qt_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
                check=True,
            )
        made.append(target)
    return made


def ts_messages(path: Path) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) of every message in a ``.ts`` file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") != "yes":
                forms = [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found.append((name, message.findtext("source") or "", forms, finished))
    return found


def update_po() -> None:
    """Re-extract the gettext messages and merge them into every ``.po`` (translations kept)."""
    from babel.messages.pofile import read_po, write_po

    sys.path.insert(0, str(ROOT / "src"))
    from ledgerpost.i18n.catalogue import template_catalogue

    template = template_catalogue()
    for language in LANGUAGES:
        path = TRANSLATIONS / "po" / f"{language}.po"
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language)
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, omit_header=False, ignore_obsolete=True)


def untranslated() -> list[str]:
    from babel.messages.pofile import read_po

    missing = []
    for language in PLURALS_ONLY:
        for context, source, forms, finished in ts_messages(ts_path(language)):
            if not finished or not all(forms):
                missing.append(f"{ts_path(language).name}: [{context}] {source!r}")
    for language in LANGUAGES:
        for context, source, forms, finished in ts_messages(ts_path(language)):
            if not finished or not all(forms):
                missing.append(f"{ts_path(language).name}: [{context}] {source!r}")
        with (TRANSLATIONS / "po" / f"{language}.po").open("rb") as handle:
            for message in read_po(handle, locale=language):
                if message.id and (message.fuzzy or not message.string):
                    missing.append(f"po/{language}.po: {message.id!r}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    command = parser.add_subparsers(dest="command", required=True)
    command.add_parser("update", help="re-extract the .ts and .po catalogues from the code")
    compile_ = command.add_parser("compile", help="compile the .ts catalogues to .qm")
    compile_.add_argument("--into", type=Path, default=TRANSLATIONS)
    compile_.add_argument(
        "--if-stale", action="store_true", help="only catalogues newer than their .qm"
    )
    command.add_parser("check", help="list untranslated messages")
    args = parser.parse_args(argv)
    if args.command == "update":
        lupdate()
        update_po()
    elif args.command == "compile":
        for made in lrelease(args.into, force=not args.if_stale):
            print(made)
    else:
        missing = untranslated()
        print("\n".join(missing) or "every message is translated")
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
