"""Request bodies without I/O: the caller's fields, checked against the ones the API defines.

Every endpoint takes its fields the way lua-openai does (an `options` dict) or as keywords, the
keywords winning. What an endpoint may receive is read off its generated request model, so a typo
fails here, naming the field, instead of at the server; a compatible server's own fields go in
`extra_body`. `BodySpec` says what is particular to one endpoint, `build_body` does the rest.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from ._generated import load

Prompt = str | list[str] | list[int] | list[list[int]]
"""Text input of the completion and embedding endpoints: a text, several, or token ids."""


EMPTY: Mapping[str, Any] = MappingProxyType({})
"""The default of a record's mapping field: one that no one can change."""


def request_fields(model: type) -> frozenset[str]:
    """The JSON names of a generated request model's fields.

    The generator appends `_` to names that clash with Python (`input` becomes `input_`); the
    API's own names never end in `_`, so dropping one gives the name on the wire back.
    """
    import attrs  # loaded with the generated models, which are attrs classes

    names = (field.name for field in attrs.fields(model) if field.name != "additional_properties")
    return frozenset(name.removesuffix("_") for name in names)


def request_fields_of(
    module: str, model: str, *, without: frozenset[str] = frozenset()
) -> Callable[[], frozenset[str]]:
    """`request_fields` of `oai_api.models.<module>.<model>` (less `without`), read on first use.

    Reading them means importing the model, which `import oai` should not pay for; the answer
    is kept, so later calls cost a lookup.
    """

    @functools.cache
    def fields() -> frozenset[str]:
        return request_fields(load(f"models.{module}", model)) - without

    return fields


class BodySpec(NamedTuple):
    """What one endpoint's body is made of.

    `what` names the request in error messages; `field_names` are the names the API defines,
    or (usually) a function that reads them off the generated request model when first needed;
    `positional` are the fields a method takes as arguments rather than options (`input` for
    `embedding(input)`), so passing them twice is refused; `defaults` fill fields the caller left
    out or set to None (an endpoint's usual `model`, for instance); `streams` says the method
    can read a streamed answer, so `stream=True` is left for it to handle rather than refused.
    """

    what: str
    field_names: frozenset[str] | Callable[[], frozenset[str]]
    positional: tuple[str, ...] = ()
    defaults: Mapping[str, Any] = EMPTY
    streams: bool = False

    @property
    def fields(self) -> frozenset[str]:
        """The names of the fields the API defines for this body."""
        names = self.field_names
        return names if isinstance(names, frozenset) else names()


class Body(NamedTuple):
    """A checked body: the API's `fields`, and the `extra` ones a compatible server adds.

    JSON endpoints send both merged (`json()`); multipart endpoints encode them as form fields.
    """

    fields: dict[str, Any]
    extra: dict[str, Any]

    def json(self) -> dict[str, Any]:
        return {**self.fields, **self.extra}


def build_body(
    spec: BodySpec,
    arguments: Mapping[str, Any],
    options: Mapping[str, Any] | None,
    params: Mapping[str, Any],
    *,
    default_model: str | None = None,
) -> Body:
    """Merge `arguments` (the positional fields), `options` and keyword `params` into a `Body`.

    `default_model` (the client's, for chat and responses) fills a `model` left out or None,
    as the spec's own `defaults` do for endpoints with a fixed usual model.

    Refused before anything is sent, each with an error naming the field: options that are not a
    dict, a positional field passed again as an option, a field the API does not define (unless
    in `extra_body`), an `extra_body` field the API does define, a `model` that is not a string,
    and `stream=True` unless the spec `streams` (otherwise nothing would read the stream).
    """
    merged = {**check_options(options), **params}
    extra = merged.pop("extra_body", None) or {}
    if not isinstance(extra, Mapping):
        raise TypeError(f"extra_body must be a dict, got {type(extra).__name__}")
    # Each check is a set operation first, and its error is worked out only when it fails.
    if not merged.keys().isdisjoint(spec.positional):
        again = sorted(name for name in spec.positional if name in merged)
        raise ValueError(
            f"pass {', '.join(again)} as an argument of {spec.what}(), not among the options"
        )
    defined = spec.fields
    if not defined.issuperset(merged):
        unknown = sorted(name for name in merged if name not in defined)
        raise ValueError(
            f"unknown {spec.what} field(s): {', '.join(unknown)}; "
            "fields a compatible server adds can be passed in extra_body={...}"
        )
    if extra and not defined.isdisjoint(extra):
        known = sorted(name for name in extra if name in defined)
        raise ValueError(f"extra_body is for fields the API does not define; got {known}")
    fields = {**arguments, **merged}
    if spec.defaults:
        for name, value in spec.defaults.items():
            if fields.get(name) is None:
                fields[name] = value
    if default_model is not None and fields.get("model") is None:
        fields["model"] = default_model
    model = fields.get("model")
    if model is not None and not isinstance(model, str):
        raise TypeError(f"model must be a string, got {type(model).__name__}")
    if fields.get("stream") and not spec.streams:
        raise ValueError(f"{spec.what}() returns whole answers: leave stream unset")
    return Body(fields, dict(extra))


def check_options(options: object) -> Mapping[str, Any]:
    """lua-openai's `options` table: a dict of request fields, or None."""
    if options is None:
        return {}
    if not isinstance(options, Mapping):
        raise TypeError(f"options must be a dict of request fields, got {type(options).__name__}")
    return options


def wants_stream(
    options: Mapping[str, Any] | None, params: Mapping[str, Any], callback: object
) -> bool:
    """A callback means streaming; asking for a stream without one is refused up front."""
    asked = params.get("stream", check_options(options).get("stream"))
    if callback is not None and asked is False:
        raise ValueError("a callback was given but stream=False: the callback would never run")
    if callback is not None and not callable(callback):
        raise TypeError(f"callback must be callable, got {type(callback).__name__}")
    return callback is not None


__all__ = [
    "EMPTY",
    "Body",
    "BodySpec",
    "Prompt",
    "build_body",
    "check_options",
    "request_fields",
    "request_fields_of",
    "wants_stream",
]
