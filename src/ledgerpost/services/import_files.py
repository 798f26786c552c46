"""Reading an import file (CSV or JSON) into rows that know where in the file they are."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from ledgerpost.domain.import_rows import Row
from ledgerpost.domain.problems import Problem


class FileProblem(Exception):
    """The file cannot be read at all (not CSV, not JSON, not UTF-8)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise FileProblem(Problem.of("import-unreadable", str(path), reason=str(exc))) from exc
    except UnicodeDecodeError as exc:
        raise FileProblem(Problem.of("import-encoding", str(path))) from exc


def csv_rows(text: str) -> tuple[tuple[str, ...], list[Row]]:
    """The header (column names, trimmed, lower case) and every row with its line number."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = tuple(c.strip().casefold() for c in next(reader))
    except StopIteration:
        return (), []
    rows = []
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        rows.append(Row(f"line {reader.line_num}", dict(zip(header, cells, strict=False))))
    return header, rows


def read_csv(path: Path) -> tuple[tuple[str, ...], list[Row]]:
    return csv_rows(_text(path))


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def json_document_rows(text: str, where: str) -> list[list[Row]]:
    """A JSON file of documents (a list, or ``{"documents": [...]}``): per document its head
    row, then one row per line, each named ``document N`` (``document N, line M``)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileProblem(Problem.of("import-json", where, reason=str(exc))) from exc
    if isinstance(data, dict):
        data = data.get("documents")
    if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
        raise FileProblem(Problem.of("import-json", where, reason="a list of documents"))
    groups = []
    for index, item in enumerate(data, start=1):
        head = {k: _cell(v) for k, v in item.items() if k != "lines"}
        rows = [Row(f"document {index}", head)]
        lines = item.get("lines") or []
        for number, line in enumerate(lines if isinstance(lines, list) else [], start=1):
            cells = {k: _cell(v) for k, v in line.items()} if isinstance(line, dict) else {}
            rows.append(Row(f"document {index}, line {number}", cells))
        groups.append(rows)
    return groups


def read_json_documents(path: Path) -> list[list[Row]]:
    return json_document_rows(_text(path), str(path))
