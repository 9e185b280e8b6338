"""House rules a newcomer relies on: stages live where their names say, imports point one way, modules stay small."""

from __future__ import annotations

import ast
import graphlib
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "datamask_sql"
MAX_LINES = 300
# Pipeline stages, lowest first: a module may import its own layer and the layers below it, never above.
LAYERS = [
    ("errors", "files", "reference", "lookups", "secret", "sqltypes"),
    ("policy", "catalog.model"),
    ("dialects",),
    ("sparkconn",),
    ("connection",),
    ("catalog",),
    ("transforms",),
    ("plan",),
    ("render",),
    ("emit",),
    ("dbt",),
    ("verify", "guard", "measure", "scan", "state"),
    ("runner", "runkey", "filerun", "fileoutput", "filereadback", "filecopy", "filelock", "phases"),
    ("report",),
    ("inputs", "audit"),
    ("compiled",),
    ("observe",),
    ("fileapi",),
    ("api",),
    ("cli", "cliapp", "cliedge", "cliopts", "console", "cliinfo", "cliscan", "clireport", "cliverify"),
]


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Modules `name` imports at module level, `from pkg import submodule` resolved to the submodule."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("datamask_sql"):
            subs = {f"{node.module}.{a.name}" for a in node.names} & known
            found |= subs or {node.module}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("datamask_sql")}
    return {m for m in found if m != name}


def _layer(module: str) -> int | None:
    rest = module.removeprefix("datamask_sql.")
    best = None
    for i, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if rest == prefix or rest.startswith(prefix + "."):
                if best is None or len(prefix) > best[1]:
                    best = (i, len(prefix))
    return best[0] if best else None


def test_no_import_cycle():
    modules = _modules()
    graph = {name: _imports(name, path, set(modules)) for name, path in modules.items()}
    # A package's __init__ re-exporting its submodules is not a cycle: drop package -> own child edges.
    graph = {m: {d for d in deps if not d.startswith(m + ".")} for m, deps in graph.items()}
    try:
        list(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as exc:
        pytest.fail(f"import cycle: {' -> '.join(exc.args[1])}")


def test_imports_point_down_the_pipeline():
    modules = _modules()
    wrong = []
    for name, path in modules.items():
        mine = _layer(name)
        for dep in _imports(name, path, set(modules)):
            theirs = _layer(dep)
            if mine is not None and theirs is not None and theirs > mine:
                wrong.append(f"{name} imports {dep}")
    assert not wrong, "imports that point up the pipeline:\n" + "\n".join(sorted(wrong))


def test_every_module_is_in_a_layer():
    assert [m for m in _modules() if m != "datamask_sql" and _layer(m) is None] == []


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_module_stays_small(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines; split it by what it holds"


def test_top_level_names_the_stages():
    for folder in ("datamask_sql", "macros", "policies", "tests", "examples", "docs"):
        assert (ROOT / folder).is_dir(), folder
    for stage in ("policy", "catalog", "plan", "transforms", "dialects", "render", "emit"):
        assert (PACKAGE / stage / "__init__.py").is_file(), stage
    for module in ("runner", "verify", "cli", "api"):
        assert (PACKAGE / f"{module}.py").is_file(), module


def test_shipped_packs_are_the_top_level_policies():
    shipped = {p.name for p in resources.files("datamask_sql.policies").iterdir() if p.name.endswith(".yml")}
    assert shipped == {p.name for p in (ROOT / "policies").glob("*.yml")} >= {"pii.yml", "hipaa.yml", "pci.yml"}


def test_library_messages_name_no_cli_flag():
    """Library errors speak of policy, schema and secret; only the CLI knows its flags (DatamaskError.option)."""
    import typer.main

    from datamask_sql.cli import app

    command = typer.main.get_command(app)
    flags = {opt for sub in command.commands.values() for p in sub.params for opt in p.opts if opt.startswith("--")}
    found = []
    for name, path in _modules().items():
        # The CLI's own modules (cli, cliapp, cliopts, cliedge, the cli<area> verbs) and its printing.
        if name.startswith("datamask_sql.cli") or name == "datamask_sql.console":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found += [f"{name}: {flag}" for flag in flags if flag in node.value]
    assert not found, "library text naming CLI flags:\n" + "\n".join(found)
