"""Policy packs: named sensitivity classes mapped to rules, which policies `include:` and columns tag."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from datamask_sql.errors import PolicyError
from datamask_sql.files import FileScope
from datamask_sql.policy.hints import did_you_mean, unknown_key_hint
from datamask_sql.policy.lines import MAX_YAML_BYTES, load_yaml

# The shipped packs: the top-level policies/ folder, installed as this package.
BUILTIN = "datamask_sql.policies"
BUILTIN_FOLDER = "policies"
PACK_KEYS = ("pack", "description", "classes")


@dataclass(frozen=True)
class PackRule:
    """One class of a pack: its rule as written and where it was written."""

    name: str
    rule: str | None | dict[str, Any]
    pack: str
    file: str
    line: int | None


@dataclass(frozen=True)
class Pack:
    """A loaded pack: its classes and the text it was read from (part of the policy fingerprint)."""

    name: str
    file: str
    description: str
    classes: dict[str, PackRule]
    text: str


def builtin_packs() -> tuple[str, ...]:
    """Names of the packs shipped with the package."""
    root = resources.files(BUILTIN)
    return tuple(sorted(p.name[:-4] for p in root.iterdir() if p.name.endswith(".yml")))


def _locate(ref: str, policy_file: str, files: FileScope) -> tuple[str, str]:
    """(display name, text) of a pack named `ref`: a shipped pack's name, or a path from the policy's folder.

    LookupError when there is no such pack; PolicyError when the path may not or cannot be read."""
    if "/" not in ref and "\\" not in ref and not ref.endswith((".yml", ".yaml")):
        if ref not in builtin_packs():
            raise LookupError(ref)
        return f"{BUILTIN_FOLDER}/{ref}.yml", resources.files(BUILTIN).joinpath(f"{ref}.yml").read_text(
            encoding="utf-8"
        )
    try:
        text = files.read_text(ref, what="policy pack", limit=MAX_YAML_BYTES)
    except PolicyError as exc:
        if exc.message.endswith("not found"):
            raise LookupError(ref) from None
        raise
    return str(Path(policy_file).parent / ref), text


def _parse(text: str, file: str) -> Pack:
    data, index = load_yaml(text, file)
    if not isinstance(data, dict) or not isinstance(data.get("classes"), dict):
        raise PolicyError("a policy pack is a mapping with 'pack', 'description' and 'classes'", file=file, line=1)
    for key in data:
        if key not in PACK_KEYS:
            raise PolicyError(
                f"unknown key '{key}' in a policy pack",
                file=file,
                line=index.line((key,)),
                hint=unknown_key_hint(str(key), PACK_KEYS),
            )
    name = str(data.get("pack") or Path(file).stem)
    classes = {}
    for cls, rule in data["classes"].items():
        if not (rule is None or isinstance(rule, (str, dict))):
            raise PolicyError(
                "a class maps to a rule such as 'null' or {transform: hash}",
                file=file,
                line=index.line(("classes", cls)),
                path=f"classes.{cls}",
            )
        if isinstance(rule, dict) and "transform" not in rule:
            raise PolicyError(
                "a class's rule needs a 'transform' key",
                file=file,
                line=index.line(("classes", cls)),
                path=f"classes.{cls}",
            )
        if isinstance(rule, dict) and "class" in rule:
            raise PolicyError(
                "a class cannot refer to another class",
                file=file,
                line=index.line(("classes", cls, "class")),
                path=f"classes.{cls}.class",
            )
        classes[str(cls)] = PackRule(str(cls), rule, name, file, index.line(("classes", cls)))
    return Pack(name, file, str(data.get("description") or ""), classes, text)


def load_packs(refs: list[str], policy_file: str, line_of, files: FileScope | None = None) -> list[Pack]:
    """Load the packs a policy includes, in order; `line_of(i)` is the policy line of include entry i.

    Pack paths resolve against the policy's folder and stay inside `files` (default: the policy's folder)."""
    files = files or FileScope.of_policy(policy_file)
    packs = []
    for i, ref in enumerate(refs):
        try:
            file, text = _locate(ref, policy_file, files)
        except LookupError:
            hint = did_you_mean(ref, builtin_packs()) or (
                f"shipped packs: {', '.join(builtin_packs())}; or a .yml path relative to the policy file"
            )
            raise PolicyError(
                f"policy pack '{ref}' not found", file=policy_file, line=line_of(i), path=f"include.{i}", hint=hint
            ) from None
        except PolicyError as exc:
            raise PolicyError(
                f"policy pack '{ref}': {exc.message}",
                file=policy_file,
                line=line_of(i),
                path=f"include.{i}",
                hint=exc.hint,
                option=exc.option,
            ) from None
        packs.append(_parse(text, file))
    return packs


def class_rules(packs: list[Pack]) -> dict[str, PackRule]:
    """Every class the included packs define; a later include overrides an earlier one's class."""
    out: dict[str, PackRule] = {}
    for pack in packs:
        out.update(pack.classes)
    return out
