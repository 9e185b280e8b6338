"""Hostile YAML (alias bombs, deep nesting, huge files) is refused in under a second with exit 1 and file:line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from datamask_sql.cli import app
from datamask_sql.errors import PolicyError
from datamask_sql.policy import parse_policy
from datamask_sql.policy.lines import MAX_ALIASES, MAX_DEPTH, MAX_YAML_BYTES, load_yaml


def billion_laughs(levels: int = 9, width: int = 10) -> str:
    """The classic: each level lists the previous one `width` times; 10^9 leaves from a few hundred bytes."""
    lines = ["version: 1", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    lines.append(f"tables: {{t: {{columns: {{x: {{transform: hash, domain: *a{levels - 1}}}}}}}}}")
    return "\n".join(lines) + "\n"


def alias_nesting() -> str:
    """Each anchor is nested 30 deep inside the previous one: shallow as written, 200 deep once expanded."""
    lines = ["version: 1", "n0: &n0 " + "[" * 60 + "]" * 60]
    lines += [f"n{i}: &n{i} " + "[" * 30 + f"*n{i - 1}" + "]" * 30 for i in range(1, 6)]
    return "\n".join(lines) + "\n"


BOMB = billion_laughs()
CASES = {
    # name: (text, what the message says, line)
    "billion laughs": (BOMB, "aliases expand the YAML past", 7),  # a5: the first anchor past the bound
    "merge-key bomb": (
        "version: 1\nb0: &b0 {k: 1}\n"
        + "".join(f"b{i}: &b{i} {{a: *b{i - 1}, b: *b{i - 1}, c: *b{i - 1}, d: *b{i - 1}}}\n" for i in range(1, 14))
        + "tables: {t: {columns: {<<: *b13}}}\n",
        "aliases expand the YAML past",
        None,
    ),
    "nesting 1000": ("version: 1\ntables: " + "[" * 1000 + "]" * 1000 + "\n", f"deeper than {MAX_DEPTH} levels", 2),
    "block nesting": (
        "version: 1\ntables:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 200)),
        f"deeper than {MAX_DEPTH} levels",
        MAX_DEPTH + 1,
    ),
    "nesting through aliases": (alias_nesting(), f"nest the YAML deeper than {MAX_DEPTH} levels", None),
    "self-containing alias": ("version: 1\ntables: &t {t: {columns: *t}}\n", "refers to the node it is inside", 2),
    "size": ("version: 1\n#" + "x" * MAX_YAML_BYTES + "\n", f"larger than {MAX_YAML_BYTES >> 20} MB", None),
    # Millions of tiny nodes within the size bound: the pure-Python parser would take minutes.
    "flat flow list": ("version: 1\ntables: [" + ",".join(["a"] * 2_000_000) + "]\n", "lines and list items", None),
    "flat block list": ("version: 1\ntables:\n" + "- a\n" * 1_000_000, "lines and list items", None),
    "list as a key": ("version: 1\n? [a, b]\n: 1\n", "a key must be a plain name", 2),
}


@pytest.mark.parametrize("name", list(CASES))
def test_library_refuses_at_once(name):
    text, message, line = CASES[name]
    start = time.perf_counter()
    with pytest.raises(PolicyError, match=message) as err:
        parse_policy(text, "hostile.yml")
    assert time.perf_counter() - start < 1.0
    assert err.value.file == "hostile.yml"
    if line is not None:
        assert err.value.line == line


@pytest.mark.parametrize("name", ["billion laughs", "merge-key bomb", "nesting 1000", "size", "self-containing alias"])
def test_cli_refuses_in_under_a_second_with_exit_1(tmp_path, name):
    text, message, line = CASES[name]
    policy = tmp_path / "hostile.yml"
    policy.write_text(text, encoding="utf-8")
    (tmp_path / "s.sql").write_text("CREATE TABLE t (x TEXT);\n", encoding="utf-8")
    args = ["plan", str(policy), "--source", str(tmp_path / "s.sql"), "--dialect", "postgres"]
    start = time.perf_counter()
    result = CliRunner().invoke(app, args, env={"DATAMASK_SECRET": ""})
    elapsed = time.perf_counter() - start
    assert result.exit_code == 1, result.output
    assert elapsed < 1.0, f"{name} took {elapsed:.2f}s"
    assert "Traceback" not in result.output
    text = " ".join(result.output.split())
    assert message in text and (f"{policy}:{line}:" if line else f"{policy}") in text


def test_a_policy_read_from_an_endless_device_is_bounded(tmp_path):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    (tmp_path / "s.sql").write_text("CREATE TABLE t (x TEXT);\n", encoding="utf-8")
    start = time.perf_counter()
    result = CliRunner().invoke(app, ["plan", "/dev/zero", "--source", str(tmp_path / "s.sql"), "-d", "postgres"])
    assert result.exit_code == 1, result.output
    assert time.perf_counter() - start < 5.0
    assert "policy file is larger than 5 MB" in " ".join(result.output.split())


def test_a_pack_is_bounded_like_a_policy(tmp_path):
    (tmp_path / "bomb.yml").write_text(BOMB.replace("version: 1\n", "pack: bomb\nclasses: {}\n"), encoding="utf-8")
    with pytest.raises(PolicyError, match="aliases expand the YAML past") as err:
        parse_policy("version: 1\ninclude: [bomb.yml]\ntables: {}\n", str(tmp_path / "policy.yml"))
    assert err.value.file.endswith("bomb.yml")


def test_too_many_aliases():
    text = "a: &a 1\nb: [" + ", ".join(["*a"] * (MAX_ALIASES + 1)) + "]\n"
    with pytest.raises(PolicyError, match=f"more than {MAX_ALIASES} aliases"):
        load_yaml(text, "p.yml")


def test_ordinary_anchors_and_merges_still_work():
    text = """version: 1
tables:
  a:
    columns: &cols
      id: keep
      mail: &email {transform: email}
  b:
    columns:
      <<: *cols
      other: *email
"""
    policy = parse_policy(text, "p.yml")
    assert policy.rules["b"]["mail"].transform == "email" and policy.rules["b"]["other"].transform == "email"
    assert policy.rules["b"]["id"].transform == "keep" and policy.lines.line(("tables", "b", "columns", "other")) == 10
