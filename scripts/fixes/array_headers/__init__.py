"""An array-typed header parameter (`openai-beta`) is typed as a string.

The generator refuses list-typed headers ("list[...] is not allowed in header") and drops the
endpoint: 7 `?beta=true` operations. A header list is sent comma-separated (style `simple`),
which the caller now writes (`openai-beta: a=v1,b=v1`); this loosens the enum of allowed items
to any string.
"""

from __future__ import annotations

from ..shared import Pass, Spec, operations

__all__ = ["PASSES", "array_headers_as_strings"]


def array_headers_as_strings(spec: Spec) -> None:
    """Type an array-valued header parameter as a string; its description lists the values."""
    for _, _, operation in operations(spec):
        for parameter in operation.get("parameters") or ():
            schema = parameter.get("schema") or {}
            if parameter.get("in") == "header" and schema.get("type") == "array":
                parameter["schema"] = {
                    "type": "string",
                    "description": "Comma-separated values, e.g. "
                    + ", ".join(str(v) for v in (schema.get("items") or {}).get("enum") or ()),
                }


PASSES: tuple[Pass, ...] = (array_headers_as_strings,)
