"""Security review, as checks that fail when a change breaks them (issue 6, "Security").

- No SQL is built from strings of page content: every f-string handed to ``execute`` may
  only splice names from a short allow-list of module constants and schema-derived values;
  page values always travel as parameters.
- No credentials in the repository.
- The one setting spliced into SQL (the DuckDB memory limit) is validated.
(Offsite requests and atomic archive/database writes are tested in tests/spiders/test_faults.py,
tests/spiders/test_warc.py and tests/flows/test_crash_recovery.py.)
"""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CODE_DIRS = ("warehouse", "flows", "spiders", "transforms")
# Names an f-string SQL statement may splice: table/column lists built from the schema
# (warehouse.load.staged_columns) and REQUIRED, the migrations and views table names (constants
# of warehouse/db.py), the validated
# memory limit and writer thread count; in warehouse/export.py the COPY options constant, a
# name from the EXPORTED constant (mart) and the analyst's own query typed at `warta sql`
# (query: run on a read-only connection, it is SQL by definition, never page content).
ALLOWED = {"table", "column_sql", "names", "read", "required", "struct", "MIGRATIONS_TABLE",
           "VIEWS_TABLE", "memory_limit", "writer_threads", "options", "mart", "query",
           # warehouse/snapshot.py: quoted names of the SNAPSHOT constant's tables and of the
           # warehouse's own columns, and a row of ? placeholders
           "_quote", "marks", "column",
           # warehouse/export.py: what COPY reads, the temporary output table or a SELECT of
           # it casting its own (quoted) wide-integer columns to text (_parquet_source)
           "source"}
SQL_START = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|SET|WITH|COPY|ATTACH)\b",
                       re.IGNORECASE)


def _spliced_names(node: ast.JoinedStr) -> set[str]:
    names = set()
    for value in node.values:
        if isinstance(value, ast.FormattedValue):
            for sub in ast.walk(value.value):
                if isinstance(sub, ast.Name):
                    names.add(sub.id)
    return names


def _sql_fstrings() -> list[tuple[str, int, set[str]]]:
    found = []
    for directory in CODE_DIRS:
        for path in sorted((ROOT / directory).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.JoinedStr):
                    continue
                literal = "".join(v.value for v in node.values
                                  if isinstance(v, ast.Constant) and isinstance(v.value, str))
                if SQL_START.match(literal):
                    found.append((f"{path.relative_to(ROOT)}", node.lineno,
                                  _spliced_names(node)))
    return found


def test_sql_fstrings_splice_only_allow_listed_names():
    found = _sql_fstrings()
    assert len(found) >= 5  # the scan sees the loader's statements: it is not vacuous
    offending = [(f, line, names - ALLOWED) for f, line, names in found if names - ALLOWED]
    assert not offending, f"SQL built from non-constant strings: {offending}"


def test_the_scan_catches_a_page_value_spliced_into_sql(tmp_path):
    bad = ast.parse('title = page["title"]\ncon.execute(f"SELECT * FROM articles '
                    'WHERE title = \'{title}\'")')
    node = next(n for n in ast.walk(bad) if isinstance(n, ast.JoinedStr))
    assert _spliced_names(node) - ALLOWED == {"title"}


def test_no_credentials_in_the_repository():
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    assert files, "not a git checkout"
    secret = re.compile(
        r"-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----|AKIA[0-9A-Z]{16}"
        r"|\bpnu_[A-Za-z0-9]{30,}|(?:PREFECT_API_KEY|api[_-]?key|password|passwd|secret)"
        r"\s*[:=]\s*['\"]?[A-Za-z0-9/+_-]{12,}", re.IGNORECASE)
    hits = []
    for name in files:
        path = ROOT / name
        if path.suffix in {".gz", ".png", ".duckdb"} or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        hits += [f"{name}: {m.group(0)[:40]}" for m in secret.finditer(text)]
    assert not hits


@pytest.mark.parametrize("value", ["1GB'; DROP TABLE articles; --", "lots", "160"])
def test_a_malformed_memory_limit_is_refused(monkeypatch, value):
    from warehouse import db

    monkeypatch.setattr(db, "MEMORY_LIMIT", value)
    with pytest.raises(ValueError, match="WARTA_DUCKDB_MEMORY"):
        db.memory_limit()


@pytest.mark.parametrize("value", ["160MB", "1.5GB", "512 MiB", "50%"])
def test_sizes_duckdb_understands_pass(monkeypatch, value):
    from warehouse import db

    monkeypatch.setattr(db, "MEMORY_LIMIT", value)
    assert db.memory_limit() == value


@pytest.mark.parametrize("value", ["0", "-1", "2; DROP TABLE articles", "two", ""])
def test_a_malformed_writer_thread_count_is_refused(monkeypatch, value):
    from warehouse import db

    monkeypatch.setattr(db, "WRITER_THREADS", value)
    with pytest.raises(ValueError, match="WARTA_DUCKDB_WRITER_THREADS"):
        db.writer_threads()


def test_writers_use_the_configured_thread_count(monkeypatch, tmp_path):
    from warehouse import db

    monkeypatch.setattr(db, "WRITER_THREADS", "3")
    with db.writer(tmp_path / "w.duckdb") as con:
        assert con.execute("SELECT current_setting('threads')").fetchone()[0] == 3
