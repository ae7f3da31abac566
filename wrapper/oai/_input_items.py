"""A model the API returned, as request input: what may go back, in the shape a request takes.

Users send back what they were given: a chat reply's message as history, a response's output
items as the next response's input (openai-python #2323). A returned model also holds what only
answers carry (a tool output's `created_by`, a chat message's `annotations`, its audio's bytes
and transcript), which the API refuses as unknown parameters in a request; and `null` where the
request side does not allow it (a reasoning item's `status: null`) is refused the same way.

So a returned model is written the way the request side declares that kind of thing: the member
of the request field's union (`CreateResponse.input`, `CreateChatCompletionRequest.messages`)
its data fits, chosen as the generated unions choose (by its tags, `type` and `role`, then by the
most declared keys), keeping the keys that member declares, through nested objects, lists and
unions alike. The rule is read off the generated models' tables (`oai_api._model`, the ones
`from_dict` and `to_dict` read), so a regenerated client brings the spec's changes with it and
nothing here lists fields by hand but the two keys the spec requires without declaring them
(`_REQUIRED_UNDECLARED`):

- a key the request-side model does not declare is left out;
- a null is kept only where the request-side field allows null;
- an object the request side declares no fields for (a free-form object, a map such as
  `metadata`), or whose other keys the schema types, keeps every key;
- data no request-side member fits (an item type this client does not know) goes as it came,
  for the server to judge.

What is kept is kept as it came: ids, `call_id`, `status`, `encrypted_content`. Nothing here
imports a generated module until a model is met, and a model is met only after the program
has loaded one.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Mapping
from typing import Any

from ._generated import load

# The request fields whose items a returned model can stand for: (module, model, JSON key).
_CHAT_MESSAGES = ("create_chat_completion_request", "CreateChatCompletionRequest", "messages")
_RESPONSE_INPUT = ("create_response", "CreateResponse", "input")


def is_model(value: object) -> bool:
    """Whether `value` is a generated model; costs a dict lookup, and imports nothing.

    Until `oai_api._model` is loaded no generated model exists, so nothing can be one.
    """
    runtime = sys.modules.get("oai_api._model")
    return runtime is not None and isinstance(value, runtime.Model)


def message_as_input(model: Any) -> dict[str, Any]:
    """A returned chat message (`ChatCompletionResponseMessage`) as a request message.

    It comes back as the request's assistant message declares one: `annotations` left out,
    `audio` as its `id` only.
    """
    return _as_input(model.to_dict(), _CHAT_MESSAGES)


def item_as_input(model: Any) -> dict[str, Any]:
    """A returned Responses item (an output item, streamed or not) as an input item."""
    return _as_input(model.to_dict(), _RESPONSE_INPUT)


def _as_input(data: dict[str, Any], field: tuple[str, str, str]) -> dict[str, Any]:
    member = _choose(_request_members(*field), data)
    return data if member is None else _shaped(member, data)


@functools.cache
def _request_members(module: str, name: str, key: str) -> tuple[type[Any], ...]:
    """The models an item of the request field `key` of `module.name` may be."""
    parser = _fields(load(f"models.{module}", name))[key][1]
    items = _list_item(parser)
    if items is None:
        raise TypeError(f"{name}.{key} is not a list in the generated client")
    return _models_in(items)


# The one rule the tables cannot give. The spec lists these keys under `required` and never
# under `properties`, so the generated request-side model has no field for them and they would
# be left out; a returned item that carries one keeps it. (`call_id` is the call a local shell
# output answers; `request_id` the API does not document: Prism demands it, the API's own
# answers do not carry it.) Keyed by generated model name, the spec's schema name.
_REQUIRED_UNDECLARED: dict[str, tuple[str, ...]] = {
    "LocalShellToolCallOutput": ("call_id",),
    "MCPApprovalResponse": ("request_id",),
}

# Per model: its JSON keys (whether each may be null, what parses it), and whether it keeps
# the keys it does not declare. Read off its table once.
_SHAPES: dict[type[Any], tuple[dict[str, tuple[bool, Any]], bool]] = {}


def _shape_of(model: type[Any]) -> tuple[dict[str, tuple[bool, Any]], bool]:
    """A model's fields, and whether its schema lets in keys it does not name.

    It does when it names none (a free-form object, a map) or types the others.
    """
    shape = _SHAPES.get(model)
    if shape is None:
        from oai_api._model import DROP, KEEP, _table

        table = _table(model)
        fields = {key: (nullable, parse) for _, key, _, nullable, parse, _ in table.fields}
        for key in _REQUIRED_UNDECLARED.get(model.__name__, ()):
            fields.setdefault(key, (False, None))
        shape = _SHAPES[model] = (fields, not fields or table.extra not in (KEEP, DROP))
    return shape


def _fields(model: type[Any]) -> dict[str, tuple[bool, Any]]:
    return _shape_of(model)[0]


def _shaped(model: type[Any], data: Mapping[str, Any]) -> dict[str, Any]:
    fields, keep_others = _shape_of(model)
    out: dict[str, Any] = {}
    for key, value in data.items():
        field = fields.get(key)
        if field is None:
            if keep_others:
                out[key] = value
            continue
        nullable, parse = field
        if value is None:
            if nullable:
                out[key] = None
            continue
        out[key] = _value(value, parse)
    return out


def _value(value: Any, parse: Any) -> Any:
    """A field's value in the request side's shape; what no model describes, as it came."""
    if isinstance(value, Mapping):
        member = _choose(_models_in(parse), value)
        return dict(value) if member is None else _shaped(member, value)
    if isinstance(value, list):
        items = _list_item(parse)
        return [_value(v, items) for v in value] if items is not None else value
    return value


def _choose(models: tuple[type[Any], ...], data: Mapping[str, Any]) -> type[Any] | None:
    """The model `data` is, as a generated union picks it: its tags, then the most keys.

    A field of one model has no choice to make: that model is its schema. Among several, a
    member the data's tags name comes first; one without tags (`ItemReferenceParam`: its
    `type` may be null) is taken only for data it declares every key of, since nothing else
    says the data is one, and leaving keys out of what may be another kind would lose them.
    """
    fits = [model for model in models if _fits(model, data, alone=len(models) == 1)]
    if not fits:
        return None
    return max(fits, key=lambda model: (_named(model, data), len(_fields(model).keys() & data)))


def _fits(model: type[Any], data: Mapping[str, Any], *, alone: bool) -> bool:
    tags: Mapping[str, tuple[Any, ...]] = model._tags
    if not tags:
        return alone or data.keys() <= _fields(model).keys()
    return all(data.get(tag, values[0]) in values for tag, values in tags.items())


def _named(model: type[Any], data: Mapping[str, Any]) -> int:
    """How many of the model's tags the data carries (not just leaves out)."""
    return sum(tag in data and data[tag] in values for tag, values in model._tags.items())


def _models_in(parse: Any) -> tuple[type[Any], ...]:
    """The models a value parsed by `parse` may be (none for a list, a scalar, a free value)."""
    from oai_api._model import Model, one_of

    if isinstance(parse, type) and issubclass(parse, Model):
        return (parse,)
    owner = getattr(parse, "__self__", None)  # a model's `from_dict`, as tables hold it
    if isinstance(owner, type) and issubclass(owner, Model):
        return (owner,)
    if isinstance(parse, one_of):
        return tuple(model for member in parse.members for model in _models_in(member))
    return ()


def _list_item(parse: Any) -> Any:
    """What parses the items of a list value parsed by `parse` (None: not a list of anything)."""
    from oai_api._model import list_of, one_of

    if isinstance(parse, list_of):
        return parse.item
    if isinstance(parse, one_of):
        return next((m.item for m in parse.members if isinstance(m, list_of)), None)
    return None


__all__ = ["is_model", "item_as_input", "message_as_input"]
