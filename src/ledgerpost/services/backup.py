"""Backups of a ledger and restoring one into a new ledger (``backup``, ``restore``).

A backup is always a ledger file of its own (SQLite), whatever the ledger is: a local file is
copied with SQLite's online backup (consistent while the window or a delivery writes to it), a
shared ledger is read from one snapshot into a new file. It can be opened with ``--db`` as it
is, and it is checked as soon as it is made. Restoring never writes over books: the target must
be new or empty. What was still to go at the backup's moment may have gone after it, so each
such message comes back ``uncertain`` for a user to decide (docs/ARCHITECTURE.md, "What
survives what").
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy.engine import make_url

from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.services import access
from ledgerpost.services import settings as settings_service
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.ledger_copy import copy_to
from ledgerpost.storage import restored_ledger
from ledgerpost.storage.database import (
    make_engine,
    resolve_url,
    sqlite_path,
)
from ledgerpost.storage.ledger_copy import copy_ledger
from ledgerpost.storage.settings_repository import keep_setting, load_settings

TAKEN_AT = "backup.taken_at"
"""Kept in the backup itself: the moment it shows (UTC, ISO 8601)."""


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    taken_at: dt.datetime
    size: int
    problems: tuple[Problem, ...]
    """What the check found in the backup (the ledger's own problems, if it has any)."""


@dataclass(frozen=True, slots=True)
class RestoreResult:
    target: str
    taken_at: dt.datetime | None
    uncertain: int
    """Messages that were still to go at the backup's moment, now waiting for a user."""
    problems: tuple[Problem, ...]


def backup(
    ledger: Ledger,
    out: Path,
    by: SignedIn | None = None,
    now: Callable[[], dt.datetime] = utcnow,
) -> BackupResult:
    """Copy ``ledger`` into the new file ``out`` (never over an existing file) and check it.

    A backup holds everything, contacts and settings included: ``NotAllowed`` unless ``by``
    may manage settings."""
    with ledger.db.read() as s:
        access.require(s, by, Right.MANAGE_SETTINGS)
    return _backup(ledger, out, now)


def _backup(ledger: Ledger, out: Path, now: Callable[[], dt.datetime]) -> BackupResult:
    out = out.expanduser().resolve()
    if out.exists():
        raise LedgerError.of("backup-exists", "", path=str(out))
    if not out.parent.is_dir():
        raise LedgerError.of("backup-no-folder", "", path=str(out.parent))
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    taken_at = now()
    try:
        source = sqlite_path(ledger.db.url)
        if source is not None:
            _sqlite_backup(source, partial)
        else:
            engine = make_engine("sqlite:///" + str(partial))
            try:
                copy_ledger(ledger.db, engine)
            finally:
                engine.dispose()
        problems = _stamp_and_check(partial, taken_at)
        _sync(partial)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return BackupResult(out, taken_at, out.stat().st_size, tuple(problems))


def default_folder() -> Path:
    """The ``backups`` folder in LedgerPost's data folder."""
    return Path(platformdirs.user_data_dir("LedgerPost", appauthor=False)) / "backups"


def _ledger_name(ledger: Ledger) -> str:
    """A file-name stem that tells ledgers apart: the file's own stem, or the database's name."""
    path = sqlite_path(ledger.db.url)
    name = path.stem if path is not None else (make_url(ledger.db.url).database or "ledger")
    return re.sub(r"[^\w.-]+", "-", name).strip("-.") or "ledger"


def automatic_backup(
    ledger: Ledger, now: Callable[[], dt.datetime] = utcnow
) -> BackupResult | None:
    """Today's backup, as the settings ask (``backup.daily``, ``backup.keep``,
    ``backup.folder``): made once a day, the oldest beyond the kept count removed. None when
    there is nothing to do (turned off, or today's exists). It is the company's own policy, so
    it runs whoever is logged in."""
    values = settings_service.load(ledger)
    if not values["backup.daily"]:
        return None
    folder = Path(str(values["backup.folder"]) or default_folder()).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    stem = _ledger_name(ledger)
    taken = now()
    day = taken.astimezone().date().isoformat()
    target = folder / f"{stem}-{day}.ledgerpost"
    if target.exists():
        return None
    made = _backup(ledger, target, lambda: taken)
    kept = sorted(folder.glob(f"{glob.escape(stem)}-????-??-??.ledgerpost"), reverse=True)
    for old in kept[int(values["backup.keep"]) :]:
        old.unlink(missing_ok=True)
    return made


def _sqlite_backup(source: Path, target: Path) -> None:
    """SQLite's online backup: one consistent moment, the WAL's commits included."""
    with sqlite3.connect(source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
    reading.close()
    writing.close()


def _stamp_and_check(path: Path, taken_at: dt.datetime) -> list[Problem]:
    copy = Ledger.open(str(path), create=False)
    try:
        with copy.db.write() as s:
            keep_setting(s, TAKEN_AT, taken_at.isoformat())
        return copy.check()
    finally:
        copy.close()


def _sync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def restore(backup_file: Path, target_db: str) -> RestoreResult:
    """Make the new ledger ``target_db`` (a file that does not exist yet, or an empty
    PostgreSQL database) from ``backup_file``; messages still to go come back uncertain."""
    backup_file = backup_file.expanduser().resolve()
    if not backup_file.is_file():
        raise LedgerError.of("backup-missing", "", path=str(backup_file))
    url = resolve_url(target_db)
    target_path = sqlite_path(url)
    if target_path is not None and target_path.exists():
        raise LedgerError.of("restore-target-exists", "", path=str(target_path))
    with tempfile.TemporaryDirectory(prefix="ledgerpost-restore-") as folder:
        work = Path(folder) / "restoring.sqlite3"
        try:
            _sqlite_backup(backup_file, work)
        except sqlite3.DatabaseError as exc:
            raise LedgerError.of(
                "backup-unreadable", "", path=str(backup_file), reason=str(exc)
            ) from exc
        taken_at, uncertain = _prepare(work, backup_file)
        if target_path is None:  # a database server: copy-to's own copy and check
            source = Ledger.open(str(work), create=False)
            try:
                copied = copy_to(source, target_db)
            finally:
                source.close()
            return RestoreResult(copied.target, taken_at, uncertain, copied.problems)
        target_path.parent.mkdir(parents=True, exist_ok=True)
        partial = target_path.with_name(target_path.name + ".partial")
        shutil.copyfile(work, partial)
        _sync(partial)
        os.replace(partial, target_path)
    restored = Ledger.open(target_db, create=False)
    try:
        problems = restored.check()
        where = restored.location
    finally:
        restored.close()
    return RestoreResult(where, taken_at, uncertain, tuple(problems))


def _prepare(work: Path, backup_file: Path) -> tuple[dt.datetime | None, int]:
    """Bring the copy up to this version's schema and settle what a backup cannot know."""
    try:
        ledger = Ledger.open(str(work), create=False)
    except Exception as exc:
        raise LedgerError.of(
            "backup-unreadable", "", path=str(backup_file), reason=str(exc)
        ) from exc
    try:
        if ledger.company() is None:
            raise LedgerError.of("backup-no-company", "", path=str(backup_file))
        with ledger.db.write() as s:
            stamp = load_settings(s).get(TAKEN_AT)
            taken_at = dt.datetime.fromisoformat(stamp) if isinstance(stamp, str) else None
            when = taken_at.isoformat(sep=" ", timespec="minutes") if taken_at else "?"
            uncertain = restored_ledger.settle_outbox(
                s,
                f"The ledger was restored from a backup made on {when}, when this message was "
                "still to go; it may have been sent after that.",
                "mail-restored",
                {"taken_at": when},
            )
            restored_ledger.forget_workers(s)
        return taken_at, uncertain
    finally:
        ledger.close()
