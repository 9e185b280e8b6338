"""Hints for what a policy misspelt: one did-you-mean for keys, parameters, transforms and names alike."""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel


def did_you_mean(word: str, choices: Sequence[str]) -> str | None:
    """A 'did you mean ...?' hint when `word` is close to one of `choices`."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


def unknown_key_hint(key: str, allowed: Sequence[str], takes: str = "allowed keys") -> str | None:
    """The closest allowed key, else the list of them (None when nothing is allowed)."""
    return did_you_mean(key, allowed) or (f"{takes}: {', '.join(allowed)}" if allowed else None)


def first_error(errors: list[dict[str, Any]]) -> dict[str, Any]:
    """The validation error to report: an unknown key before anything else.

    A misspelt key is usually why a required one is 'missing' (`percnt: 10` leaves `percent` unset), and
    the misspelling is what the user has to fix."""
    return next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])


def model_keys(model: type[BaseModel], loc: Sequence[Any]) -> list[str]:
    """The keys a mapping at `loc` inside `model` may have (by alias), [] when `loc` is not a model."""
    node: Any = model
    for part in loc:
        node = _step(node, part)
        if node is None:
            return []
    node = _model_of(node)
    if node is None:
        return []
    return [info.alias or name for name, info in node.model_fields.items()]


def _model_of(annotation: Any) -> type[BaseModel] | None:
    """The model class an annotation holds (through Optional and unions), if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        found = [m for m in map(_model_of, typing.get_args(annotation)) if m is not None]
        return found[0] if len(found) == 1 else None
    return None


def _step(node: Any, part: Any) -> Any:
    """What the value at key (or index) `part` under an annotation `node` is annotated as."""
    model = _model_of(node)
    if model is not None:
        for name, info in model.model_fields.items():
            if part in (name, info.alias):
                return info.annotation
        return None
    origin, args = typing.get_origin(node), typing.get_args(node)
    if origin is dict and len(args) == 2:
        return args[1]
    if origin is list and args:
        return args[0]
    return None
