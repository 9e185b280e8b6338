"""Policy packs: shipped packs are valid, classes resolve with overrides, errors point at the line."""

from __future__ import annotations

import json
import re
import textwrap

import pytest
from sqlglot import exp
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.catalog import introspect
from datamask_sql.catalog.model import Column
from datamask_sql.cli import app
from datamask_sql.emit.jsonschema import policy_json_schema_text
from datamask_sql.errors import PolicyError
from datamask_sql.policy import parse_policy
from datamask_sql.policy.packs import builtin_packs, load_packs
from datamask_sql.runner import run
from datamask_sql.transforms import TRANSFORMS
from tests.engines import TEST_KEY

WIDE = Column("v", exp.DataType.build("VARCHAR(200)"))


def policy(body: str, file: str = "policy.yml"):
    return parse_policy(textwrap.dedent(body), file)


def test_shipped_packs_are_the_three_regimes():
    assert set(builtin_packs()) >= {"pii", "hipaa", "pci"}


@pytest.mark.parametrize("name", ["pii", "hipaa", "pci"])
def test_every_class_names_an_existing_transform_with_valid_parameters(name):
    (pack,) = load_packs([name], "policy.yml", lambda i: None)
    assert pack.name == name and pack.description and len(pack.classes) >= 8
    for cls, rule in pack.classes.items():
        spec = rule.rule if isinstance(rule.rule, dict) else {"transform": rule.rule or "null"}
        transform = TRANSFORMS.get(spec["transform"])
        assert transform is not None, f"{name}:{cls} uses a transform this branch lacks: {spec['transform']}"
        params = transform.Params.model_validate({k: v for k, v in spec.items() if k != "transform"})
        assert transform.check(params, WIDE) is None or transform.name == "null", cls


def test_hipaa_covers_the_eighteen_safe_harbor_identifiers():
    (pack,) = load_packs(["hipaa"], "policy.yml", lambda i: None)
    text = pack.text
    for letter in "ABCDEFGHIJKLMNOPQR":
        assert f"# ({letter})" in text, letter


def test_class_takes_the_pack_rule_with_overrides():
    p = policy("""\
        version: 1
        include: [pii]
        tables:
          people:
            columns:
              email: {class: contact.email}
              first: {class: person.first_name, locale: de_DE}
              notes: {class: text.free}
              key: {class: id.key, domain: person}
        """)
    rules = p.rules["people"]
    assert (rules["email"].transform, rules["email"].params) == ("email", {})
    assert (rules["first"].transform, rules["first"].params) == ("fake", {"kind": "first_name", "locale": "de_DE"})
    assert rules["notes"].transform == "redact_text"
    assert (rules["key"].params, rules["key"].domain) == ({"length": 16}, "person")
    assert rules["first"].via == "class person.first_name (pii)" and rules["first"].line == 7


def test_unknown_class_points_at_its_line_with_a_suggestion():
    with pytest.raises(PolicyError) as err:
        policy("""\
            version: 1
            include: [pii, pci]
            tables:
              t:
                columns:
                  email: {class: contact.emial}
            """)
    assert str(err.value) == (
        "policy.yml:6: tables.t.columns.email.class: unknown class 'contact.emial' (did you mean 'contact.email'?)"
    )


def test_class_without_include_explains_how_to_include():
    with pytest.raises(PolicyError, match=r"policy.yml:5: .*unknown class 'card.number' \(no pack is included"):
        policy("""\
            version: 1
            tables:
              t:
                columns:
                  pan: {class: card.number}
            """)


def test_unknown_pack_points_at_the_include_entry():
    with pytest.raises(PolicyError) as err:
        policy("""\
            version: 1
            include:
              - pii
              - hipa
            tables: {}
            """)
    assert str(err.value) == "policy.yml:4: include.1: policy pack 'hipa' not found (did you mean 'hipaa'?)"


def test_class_and_transform_together_is_refused():
    with pytest.raises(PolicyError, match="either 'class' or 'transform'"):
        policy("""\
            version: 1
            include: [pii]
            tables:
              t:
                columns:
                  email: {class: contact.email, transform: hash}
            """)


def test_local_pack_by_path_overrides_earlier_classes_and_enters_the_fingerprint(tmp_path):
    (tmp_path / "packs").mkdir()
    pack = tmp_path / "packs" / "ours.yml"
    pack.write_text(
        "pack: ours\ndescription: house rules\nclasses:\n  contact.email: {transform: hash, length: 20}\n",
        encoding="utf-8",
    )
    body = "version: 1\ninclude: [pii, packs/ours.yml]\ntables:\n  t:\n    columns:\n      e: {class: contact.email}\n"
    file = tmp_path / "policy.yml"
    first = parse_policy(body, str(file))
    assert (first.rules["t"]["e"].transform, first.rules["t"]["e"].params) == ("hash", {"length": 20})
    assert first.rules["t"]["e"].via == "class contact.email (ours)"
    pack.write_text(pack.read_text(encoding="utf-8").replace("20", "24"), encoding="utf-8")
    assert parse_policy(body, str(file)).fingerprint != first.fingerprint


def test_malformed_pack_rule_points_into_the_pack(tmp_path):
    (tmp_path / "bad.yml").write_text("pack: bad\nclasses:\n  x.y: {length: 3}\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"bad.yml:3: classes.x.y: a class's rule needs a 'transform' key"):
        parse_policy("version: 1\ninclude: [bad.yml]\ntables: {}\n", str(tmp_path / "policy.yml"))


def _run(engine, schema: str, columns: str):
    text = (
        f"version: 1\ninclude: [pii, pci]\nsource: {{schema: {schema}}}\ntarget: {{schema: {schema}_masked}}\n"
        f"tables:\n  t:\n    columns:\n      id: keep\n{columns}"
    )
    compiled = api.compile_inputs(
        parse_policy(text, "p.yml"), introspect(engine.conn), engine.dialect, TEST_KEY, source=engine.conn.url
    )
    run(engine.conn, compiled.emitted, TEST_KEY)
    return compiled, engine.select(f"{schema}_masked", "t", ["id", "name", "email", "pan"], "id")


def test_classes_mask_exactly_like_the_rules_they_stand_for(engine):
    schema = engine.fresh_schema()
    engine.create_table(
        schema,
        "t",
        [
            ("id", "INT", False),
            ("name", "VARCHAR(60)", True),
            ("email", "VARCHAR(80)", True),
            ("pan", "VARCHAR(19)", True),
        ],
        primary_key=("id",),
    )
    engine.insert(
        schema,
        "t",
        ["id", "name", "email", "pan"],
        [(1, "Zoë Müller", "zoe@web.de", "4111 1111 1111 1111"), (2, None, None, None), (3, "", "", "")],
    )
    by_class, rows = _run(
        engine,
        schema,
        "      name: {class: person.full_name}\n      email: {class: contact.email}\n      pan: {class: card.number}\n",
    )
    _, explicit = _run(
        engine,
        schema,
        "      name: {transform: fake, kind: full_name}\n"
        "      email: {transform: email}\n"
        "      pan: {transform: digits, luhn: true, keep_last: 4}\n",
    )
    assert rows == explicit
    pan = rows[0][3]
    digits = [int(c) for c in pan if c.isdigit()]
    luhn = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(reversed(digits))) % 10
    assert pan != "4111 1111 1111 1111" and pan.endswith(" 1111") and len(pan) == 19 and luhn == 0
    assert rows[1][1:] == (None, None, None)
    reasons = {c.name: c.reason for c in by_class.plan.tables[0].columns}
    assert reasons["name"] == "explicit rule (p.yml:9) via class person.full_name (pii)"


def test_json_schema_accepts_classes_and_resolves_nested_parameters():
    text = policy_json_schema_text()
    schema = json.loads(text)
    assert "include" in schema["properties"]
    assert any(v.get("required") == ["class"] for v in schema["$defs"]["ColumnRule"]["anyOf"])
    for ref in re.findall(r'"\$ref": "#/\$defs/([^"]+)"', text):
        assert ref in schema["$defs"], ref


def test_cli_reports_an_unknown_class_at_its_line(tmp_path):
    (tmp_path / "s.sql").write_text("CREATE TABLE t (email VARCHAR(80));\n", encoding="utf-8")
    (tmp_path / "p.yml").write_text(
        "version: 1\ninclude: [pii]\ntables:\n  t:\n    columns:\n      email: {class: contact.mail}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["plan", str(tmp_path / "p.yml"), "--source", str(tmp_path / "s.sql"), "--dialect", "postgres"]
    )
    assert result.exit_code == 1
    assert "p.yml:6: tables.t.columns.email.class: unknown class 'contact.mail'" in " ".join(result.output.split())
