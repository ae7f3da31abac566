"""A path key's query string (`/responses?beta=true`) is sent as query parameters.

httpx replaces a URL's query string when `params=` is given, so `beta=true` was lost as soon as
any other query parameter was sent. Each pair of the path's query becomes an optional string
query parameter whose only value, and default, is the path's; the endpoint's URL is the path
key before `?`. The path key itself stays: it is what tells the operation apart from the one
without the query. Nothing is loosened.
"""

from __future__ import annotations

import urllib.parse

from ..shared import Pass, Spec, TemplatePatch, operations, template_patch

__all__ = ["PASSES", "PATCHES", "path_query_to_parameters"]


def path_query_to_parameters(spec: Spec) -> None:
    """Declare the query string of a path key as defaulted query parameters."""
    for path, _, operation in operations(spec):
        if "?" not in path:
            continue
        parameters = operation.setdefault("parameters", [])
        taken = {(p.get("in"), p.get("name")) for p in parameters if "name" in p}
        for name, value in urllib.parse.parse_qsl(path.partition("?")[2]):
            if ("query", name) not in taken:
                parameters.append(
                    {
                        "name": name,
                        "in": "query",
                        "required": False,
                        "schema": {"type": "string", "enum": [value], "default": value},
                    }
                )


PASSES: tuple[Pass, ...] = (path_query_to_parameters,)
PATCHES: tuple[TemplatePatch, ...] = (
    template_patch(
        __file__,
        "url_without_query",
        "endpoint_module.py.jinja",
        count=2,
        why=(
            "a path key with a query string is requested without it: httpx drops a URL's query"
            " when `params=` is given, so path_query_to_parameters declares each pair as a query"
            " parameter instead"
        ),
    ),
)
