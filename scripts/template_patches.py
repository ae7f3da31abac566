# ruff: noqa: E501 (template text keeps its own line lengths)
"""Small, named edits to openapi-python-client's own templates, applied at generation time.

We keep only the edits here, not copies of the templates: `gen.py` copies the installed
generator's templates into a scratch folder, applies these patches and points the generator at
the result. Every patch must match exactly once, so a generator upgrade that moves the text
fails loudly instead of generating something subtly different.
"""

from __future__ import annotations

from pathlib import Path

import attrs


@attrs.frozen
class TemplatePatch:
    """Replace `old` by `new` in one template file; `why` is shown when the patch no longer fits.

    `old` must occur exactly `count` times.
    """

    template: str
    old: str
    new: str
    why: str
    count: int = 1


# The union parser. The generator's tries each member in turn and keeps the first that does not
# raise, and raises when the last one does; with tolerant models that picks the first model for
# any object. Ours picks a member by the data's `type`/`object`/`role`/`event` values, recorded
# on each member model as `x-oai-tags` by normalize.mark_union_tags (the member models a union
# holds are copies taken before their properties were processed):
# 1. a member whose tag has a single value that no other member shares is chosen when the data
#    carries that value (three `type: message` members are told apart by `role`);
# 2. otherwise members are tried in order, a tagged model only when the data's tag values are
#    among its own (a missing tag does not exclude it), and a model only when no other member
#    model declares more of the data's keys (`x-oai-keys`: a verbose transcription has keys that
#    only the verbose model declares); first strictly (`strict_parsing` set: a model raises on a
#    missing required field or a value that does not parse as declared, so the member chosen is
#    one the data fits), then tolerantly. With a single member to parse (`X | None`), the strict
#    pass is left out: it could only choose that same member, with the same result;
# 3. a value that no member takes (an event type this spec does not know, a list where the spec
#    says one object) is kept as it came, instead of failing the whole response; while parsing
#    strictly it raises instead.
_UNION_CONSTRUCT = """\
{% macro _excluded_by_tags(inner) -%}
{%- set model = inner.template == "model_property.py.jinja" -%}
{%- set tags = ((inner.data.model_extra or {}).get("x-oai-tags") or {}) if model else {} -%}
{%- for tag, values in tags.items() -%}
data.get("{{ tag | in_double_quote_literal }}", "{{ values[0] | in_double_quote_literal }}") \
not in ({% for value in values %}"{{ value | in_double_quote_literal }}", {% endfor %})
{%- if not loop.last %} or {% endif %}
{%- endfor -%}
{%- endmacro %}

{% macro _dispatch_by_tag(property) %}
{% set tags = namespace(found=[], keys=[], unique=[]) %}
{% for inner in property.inner_properties %}
{% set member = loop.index0 %}
{% if inner.template == "model_property.py.jinja" %}
{% for tag, values in ((inner.data.model_extra or {}).get("x-oai-tags") or {}).items() %}
{% if values | length == 1 %}
{% set value = '"' ~ (values[0] | in_double_quote_literal) ~ '"' %}
{% set tags.found = tags.found + [[tag | in_double_quote_literal, value, member]] %}
{% set tags.keys = tags.keys + [tag ~ "=" ~ value] %}
{% endif %}
{% endfor %}
{% endif %}
{% endfor %}
{% for tag, value, member in tags.found %}
{% if tags.keys.count(tag ~ "=" ~ value) == 1 %}
{% set tags.unique = tags.unique + [[tag, value, member]] %}
{% endif %}
{% endfor %}
{% if tags.unique %}
if isinstance(data, dict):
{% for tag, value, member in tags.unique %}
{% set inner_property = property.inner_properties[member] %}
{% import "property_templates/" + inner_property.template as inner_template %}
    if data.get("{{ tag }}") == {{ value }}:
        try:
            {{ inner_template.construct(inner_property, "data") | indent(12) }}
            return {{ inner_property.python_name }}
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
{% endfor %}
{% endif %}
{% endmacro %}

{% macro construct(property, source) %}
def _parse_{{ property.python_name }}(data: object) -> {{ property.get_type_string() | as_unembedded_code }}:
    {% if PythonCode("None") in property.get_type_strings_in_union(json=True) %}
    if data is None:
        return data
    {% endif %}
    {% if PythonCode("Unset") in property.get_type_strings_in_union(json=True) %}
    if isinstance(data, Unset):
        return data
    {% endif %}
    {{ _dispatch_by_tag(property) | indent(4) }}
    {% set parsed = namespace(any=false, count=0) %}
    {% for inner_property in property.inner_properties %}
    {% import "property_templates/" + inner_property.template as inner_template %}
    {% if inner_template.construct %}{% set parsed.any = true %}{% set parsed.count = parsed.count + 1 %}{% endif %}
    {% endfor %}
    {% set keyed = namespace(members=[]) %}
    {% for inner in property.inner_properties %}
    {% if inner.template == "model_property.py.jinja" and (inner.data.model_extra or {}).get("x-oai-keys") %}
    {% set keyed.members = keyed.members + [loop.index0] %}
    {% endif %}
    {% endfor %}
    {% if parsed.count > 1 %}
    if not strict_parsing.get():
        strictly = strict_parsing.set(True)
        try:
            return _parse_{{ property.python_name }}(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        finally:
            strict_parsing.reset(strictly)
    {% endif %}
    {% if keyed.members | length > 1 %}
    if isinstance(data, dict):
        _fits = (
        {% for member in keyed.members %}
            len({ {% for key in property.inner_properties[member].data.model_extra["x-oai-keys"] %}"{{ key | in_double_quote_literal }}", {% endfor %} }.intersection(data)),
        {% endfor %}
        )
    else:
        _fits = ({% for member in keyed.members %}0, {% endfor %})
    _most = max(_fits)
    {% endif %}
    {% for inner_property in property.inner_properties %}
    {% import "property_templates/" + inner_property.template as inner_template %}
    {% if inner_template.construct %}
    {% set excluded = _excluded_by_tags(inner_property) | trim %}
    try:
        {% if inner_template.check_type_for_construct %}
        if not {{ inner_template.check_type_for_construct(inner_property, "data") }}:
            raise TypeError()
        {% endif %}
        {% if excluded %}
        if {{ excluded }}:
            raise TypeError()
        {% endif %}
        {% if keyed.members | length > 1 and loop.index0 in keyed.members %}
        if _fits[{{ keyed.members.index(loop.index0) }}] < _most:
            raise TypeError()
        {% endif %}
        {{ inner_template.construct(inner_property, "data") | indent(8) }}
        return {{ inner_property.python_name }}
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    {% endif %}
    {% endfor %}
    {% if parsed.any %}
    if strict_parsing.get():
        raise TypeError()
    {% endif %}
    return cast({{ property.get_type_string() | as_unembedded_code }}, data)

{{ property.python_name }} = _parse_{{ property.python_name }}({{ source }})
{% endmacro %}
"""


# models/__init__.py: each model's module is imported on first use (PEP 562 module __getattr__),
# not all ~3,300 of them when the package is first touched. `imports` are the generator's own
# "from .module import Name" lines; type checkers still see them under TYPE_CHECKING. The table
# holds module names without the leading dot: the same strings as the imports', which the
# bytecode then stores once (a smaller, faster-loading .pyc).
_LAZY_MODELS_IMPORTS = """\
{% if imports %}
import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
{% for import in imports | sort %}
    {{ import }}
{% endfor %}

# The module (below this package) that defines each model, imported on first use.
_MODULES: dict[str, str] = {
{% for import in imports | sort %}
{% set words = import.split(" ") %}
    "{{ words[3] }}": "{{ words[1][1:] }}",
{% endfor %}
}
{% endif %}
"""

_LAZY_MODELS_GETATTR = """\
    {% endfor %}
)


def __getattr__(name: str) -> Any:
    \"\"\"Import the module that defines `name` and keep the model as a module attribute.\"\"\"
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
{% endif %}
"""


# types.py: how an endpoint reads a success response whose content the spec does not declare.
_UNDECLARED_BODY = """\


strict_parsing: ContextVar[bool] = ContextVar("oai_api_strict_parsing", default=False)
\"\"\"True while a union tries its members strictly.

Generated models read responses tolerantly: a field value that does not parse as declared is
kept as it came. A union first looks for the member its data fits exactly, with this set: a
model then raises instead of keeping such a value, and only when no member fits exactly does
the union take the first one that fits tolerantly.
\"\"\"


def undeclared_body(response: "httpx.Response") -> Any:
    \"\"\"The body of a response whose content the spec does not declare.

    The parsed JSON value when the response says it is JSON (a DELETE that answers
    `{"id": ..., "deleted": true}`), None when the body is empty, the raw bytes otherwise.
    \"\"\"
    if not response.content:
        return None
    media_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type == "application/json" or media_type.endswith("+json"):
        try:
            return response.json()
        except ValueError:
            pass
    return response.content


def error_json(response: "httpx.Response") -> Any:
    \"\"\"An error answer's body as OpenAI's `{"error": {...}}`, whatever shape the server gave it.

    Compatible servers answer `{"detail": ...}`, problem+json, an SSE error event or an HTML
    page; read as they come, each would give an `ErrorResponse` with no message, or fail in
    `response.json()`. The body's own keys stay beside `error`, so nothing it said is lost.
    \"\"\"
    from ._error_bodies import error_document

    document = error_document(response.content, response.headers.get("content-type"))
    if document is None:  # not JSON (an HTML page): its text is the message
        text = response.text.strip() or f"HTTP {response.status_code}"
        return {"error": {"message": text, "type": None, "code": None, "param": None}}
    return document


def model_repr(model: Any) -> str:
    \"\"\"A model's repr, showing what it holds: the fields that `to_dict()` would write.

    attrs' own repr would list every absent field as `None`, which buries the few a response
    carries; a field shown as None here was sent as null.
    \"\"\"
    flips = model._none_flips
    shown = []
    for field in model.__attrs_attrs__:
        if not field.repr:
            continue
        value = getattr(model, field.name)
        if field.name == "additional_properties":
            if value:
                shown.append(f"additional_properties={value!r}")
        elif value is not None or (field.name in flips) != (field.default is NOTHING):
            shown.append(f"{field.name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "error_json",
    "model_repr",
    "strict_parsing",
    "undeclared_body",
]
"""


# model.py.jinja: a field the server left out reads as None, not as the generator's Unset
# sentinel, so that user code needs one test for "not there" and types say `X | None`. An
# optional field is declared `X | None = None`. What `to_dict()` writes stays what was sent:
# None means "left out" for an optional field and "null" for a required one, and the model's
# `_none_flips` names the fields where it means the other (an optional field the server sent
# as null, a required one it left out). `to_dict()` turns each None back into UNSET where it
# means "left out", so that the property templates, which skip UNSET, run as the generator wrote
# them; `from_dict()` turns UNSET into None and records the flips.
_ABSENT_AS_NONE = """\
{% macro _declaration(property) -%}
{%- if property.required -%}
{{ property.to_string() | as_unembedded_code }}
{%- else -%}
{%- set types = (property.get_type_string() | as_unembedded_code).split(" | ")
    | reject("equalto", "Unset") | list -%}
{{ property.python_name }}: {{ types | join(" | ") }}{% if "None" not in types %} | None{% endif %} = None
{%- endif -%}
{%- endmacro %}

{% macro _none_for_absent(property, value) %}
{% if property.required %}
if {{ value }} is UNSET:
{% else %}
if {{ value }} is None:
{% endif %}
    _none_flips += ("{{ property.python_name }}",)
{{ property.python_name }} = None
{% endmacro %}

{% macro _as_sent(property) %}
{% set name = property.python_name %}
_v_{{ name }} = self.{{ name }} if self.{{ name }} is not None or "{{ name }}"{% if property.required %} not{% endif %} in self._none_flips else UNSET
{% endmacro %}

"""

# model.py.jinja: while a union tries its members strictly (types.strict_parsing), a missing
# required field, or a null where the spec allows none, makes the model raise: the member does
# not fit. Outside that, both parse (as UNSET and None). `absent`: the value is known to be None
# or UNSET.
_REFUSED_WHEN_STRICT = """\
{% macro _refused_when_strict(property, value, absent=False) %}
{% set types = (property.get_type_string() | as_unembedded_code).split(" | ") %}
{% set nullable = "None" in types or "Any" in types %}
{% if property.required and nullable %}
if isinstance({{ value }}, Unset) and strict_parsing.get():
    raise KeyError("{{ property.name | in_double_quote_literal }}")
{% elif property.required and absent %}
if strict_parsing.get():
    raise KeyError("{{ property.name | in_double_quote_literal }}")
{% elif property.required %}
if ({{ value }} is None or isinstance({{ value }}, Unset)) and strict_parsing.get():
    raise KeyError("{{ property.name | in_double_quote_literal }}")
{% elif not nullable %}
if {{ value }} is None and strict_parsing.get():
    raise TypeError("{{ property.name | in_double_quote_literal }}")
{% endif %}
{% endmacro %}

"""

# model.py.jinja: the models a model's methods use (its `lazy_imports`: models that would make
# an import cycle, or import most of the package, if imported with the module) are bound as
# module globals by the first call of any of its methods, not imported by every call. Type
# checkers see them through the generator's own TYPE_CHECKING imports.
_METHOD_IMPORTS = """\
    {% for lazy_import in model.lazy_imports | sort %}
        {{ lazy_import }} # noqa: PLC0415
    {% endfor %}
"""

_METHOD_BINDS_MODELS = """\
    {% if model.lazy_imports %}
        if not _models_bound:
            _bind_models()
    {% endif %}
"""

_ADDITIONAL_PROPERTIES_IMPORTS = """\
{% if model.additional_properties.lazy_imports %}
    {% for lazy_import in model.additional_properties.lazy_imports | sort %}
        {{ lazy_import }} # noqa: PLC0415
    {% endfor %}
{% endif %}
"""

_BIND_MODELS = """\
{% if model.lazy_imports %}
{% set lazy = model.lazy_imports | sort %}

_models_bound = False


def _bind_models() -> None:
    \"\"\"Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    \"\"\"
    global _models_bound, {% for lazy_import in lazy %}{{ lazy_import.split(" ")[-1] }}{% if not loop.last %}, {% endif %}{% endfor %}

    {% for lazy_import in lazy %}
    {{ lazy_import }}
    {% endfor %}
    _models_bound = True
{% endif %}
"""

# The generator's union parser (0.29.1), replaced whole by _UNION_CONSTRUCT.
_GENERATOR_UNION_CONSTRUCT = """\
{% macro construct(property, source) %}
def _parse_{{ property.python_name }}(data: object) -> {{ property.get_type_string() | as_unembedded_code }}:
    {% if PythonCode("None") in property.get_type_strings_in_union(json=True) %}
    if data is None:
        return data
    {% endif %}
    {% if PythonCode("Unset") in property.get_type_strings_in_union(json=True) %}
    if isinstance(data, Unset):
        return data
    {% endif %}
    {% set ns = namespace(contains_unmodified_properties = false) %}
    {% for inner_property in property.inner_properties %}
    {% import "property_templates/" + inner_property.template as inner_template %}
        {% if not inner_template.construct %}
            {% set ns.contains_unmodified_properties = true %}
            {% continue %}
        {% endif %}
    {% if inner_template.check_type_for_construct and (not loop.last or ns.contains_unmodified_properties) %}
    try:
        if not {{ inner_template.check_type_for_construct(inner_property, "data") }}:
            raise TypeError()
        {{ inner_template.construct(inner_property, "data") | indent(8) }}
        return {{ inner_property.python_name }}
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    {% else  %}{# Don't do try/except for the last one nor any properties with no type checking #}
    {% if inner_template.check_type_for_construct %}
    if not {{ inner_template.check_type_for_construct(inner_property, "data") }}:
        raise TypeError()
    {% endif %}
    {{ inner_template.construct(inner_property, "data") | indent(4) }}
    return {{ inner_property.python_name }}
    {% endif %}
    {% endfor %}
    {% if ns.contains_unmodified_properties %}
    return cast({{ property.get_type_string() | as_unembedded_code }}, data)
    {% endif %}

{{ property.python_name }} = _parse_{{ property.python_name }}({{ source }})
{% endmacro %}
"""

PATCHES: tuple[TemplatePatch, ...] = (
    TemplatePatch(
        template="package_init.py.jinja",
        old=("from .client import AuthenticatedClient, Client\n"),
        new=(
            "from typing import TYPE_CHECKING, Any\n\n"
            "if TYPE_CHECKING:\n"
            "    from .client import AuthenticatedClient, Client\n\n\n"
            "def __getattr__(name: str) -> Any:\n"
            '    if name in ("AuthenticatedClient", "Client"):\n'
            "        from . import client\n\n"
            "        return getattr(client, name)\n"
            '    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
        ),
        why=(
            "importing any model imports the package first; the client classes (and what they"
            " import) load when first asked for, not with every model"
        ),
    ),
    TemplatePatch(
        template="endpoint_macros.py.jinja",
        old="{% macro json_body(body) %}",
        new=(
            "{% macro json_body(body) %}\n"
            "if isinstance({{ body.prop.python_name }}, Mapping):\n"
            '    _kwargs["json"] = {{ body.prop.python_name }}\n'
            "else:\n"
            "    {{ _typed_json_body(body) | indent(4) }}\n"
            "{% endmacro %}\n\n"
            "{% macro _typed_json_body(body) %}"
        ),
        why=(
            "a JSON body may also be a plain mapping, sent exactly as given: the wrapper validates"
            " its own input and must not gain fields the caller never set"
        ),
    ),
    TemplatePatch(
        template="endpoint_macros.py.jinja",
        old=(
            "body: {{ endpoint.bodies[0].prop.get_type_string() | as_unembedded_code }}"
            "{% if not endpoint.bodies[0].prop.required %} = UNSET{% endif %},"
        ),
        new=(
            "body: {{ endpoint.bodies[0].prop.get_type_string() | as_unembedded_code }}"
            '{% if endpoint.bodies[0].body_type == "json" %} | Mapping[str, Any]{% endif %}'
            "{% if not endpoint.bodies[0].prop.required %} = UNSET{% endif %},"
        ),
        why="the signature of a JSON-body endpoint admits the plain mapping handled above",
    ),
    TemplatePatch(
        template="endpoint_module.py.jinja",
        old="from typing import Any, cast\n",
        new="from collections.abc import Mapping\nfrom typing import Any, cast\n",
        why="endpoint modules name Mapping in the body's type (ruff drops it where unused)",
    ),
    TemplatePatch(
        template="model.py.jinja",
        old=(
            "{% set property_source = 'd.pop(\"' + (property.name | in_double_quote_literal)"
            " + '\")' %}"
        ),
        new=(
            "{% set property_source = 'd.pop(\"' + (property.name | in_double_quote_literal)"
            " + '\", UNSET)' %}"
        ),
        why=(
            "responses are read tolerantly: a required field that a server leaves out parses as"
            " UNSET (falsy), which to_dict leaves out again, so the body round-trips; null stays"
            " None. The constructor still requires the field, so requests stay strict"
        ),
    ),
    TemplatePatch(
        template="model.py.jinja",
        old=(
            "    {% if prop_template.construct %}\n"
            "        {{ prop_template.construct(property, property_source) | indent(8) }}\n"
        ),
        new=(
            "    {% if prop_template.construct %}\n"
            "        {% set raw = '_' + property.python_name + '_raw' %}\n"
            "        {{ raw }} = {{ property_source }}\n"
            "        if {{ raw }} is None or isinstance({{ raw }}, Unset):\n"
            "            {{ _refused_when_strict(property, raw, absent=True) | indent(12) }}\n"
            "            {{ _none_for_absent(property, raw) | indent(12) }}\n"
            "        else:\n"
            '        {% if (model.data.model_extra or {}).get("x-oai-request-only") %}\n'
            "            {{ prop_template.construct(property, raw) | indent(12) }}\n"
            "        {% else %}\n"
            "            try:\n"
            "                {{ prop_template.construct(property, raw) | indent(16) }}\n"
            "            except (TypeError, ValueError, AttributeError, KeyError):\n"
            "                if strict_parsing.get():\n"
            "                    raise\n"
            "                {{ property.python_name }} = {{ raw }}\n"
            "        {% endif %}\n"
        ),
        why=(
            "a null or missing field parses as None (see _ABSENT_AS_NONE), whatever its"
            " declared type, instead of failing in `from_dict(None)`, `fromisoformat(None)` or an"
            " enum check; in a model that responses use (see normalize.mark_request_only), a"
            " value that does not parse as declared (an enum value this spec does not list, a"
            " string where it says an object) is kept as it came instead of failing the whole"
            " response"
        ),
    ),
    TemplatePatch(
        template="model.py.jinja",
        old=(
            "{%- if prop_template.transform -%}\n"
            "{{ prop_template.transform(property=property, source=content,"
            " destination=property.python_name) }}\n"
        ),
        new=(
            "{%- if prop_template.transform and property.template in ("
            "'model_property.py.jinja', 'list_property.py.jinja', 'date_property.py.jinja',"
            " 'datetime_property.py.jinja', 'uuid_property.py.jinja') -%}\n"
            "if not isinstance({{ content }}, {{ property.get_instance_type_string()"
            " | as_unembedded_code }}):\n"
            "    {{ property.python_name }} = {{ content }}\n"
            "else:\n"
            "    {{ prop_template.transform(property=property, source=content,"
            " destination=property.python_name) | indent(4) }}\n"
            "{%- elif prop_template.transform and (property.required or 'None' not in"
            " (property.get_type_string() | as_unembedded_code).split(' | ')) -%}\n"
            "if {{ content }} is None or isinstance({{ content }}, Unset):\n"
            "    {{ property.python_name }} = {{ content }}\n"
            "else:\n"
            "    {{ prop_template.transform(property=property, source=content,"
            " destination=property.python_name) | indent(4) }}\n"
            "{%- elif prop_template.transform -%}\n"
            "{{ prop_template.transform(property=property, source=content,"
            " destination=property.python_name) }}\n"
        ),
        why=(
            "a None, UNSET or undeclared value that a tolerant `from_dict` let in is written back"
            " as it came (null, left out, the raw JSON) by `to_dict` instead of failing on"
            " `None.to_dict()`; values of the declared types are written exactly as before"
        ),
    ),
    TemplatePatch(
        template="property_templates/union_property.py.jinja",
        old=_GENERATOR_UNION_CONSTRUCT,
        new=_UNION_CONSTRUCT,
        why=(
            "a union member is chosen by the data's `type`/`object`/`role`/`event` values, not as"
            " the first member that does not raise (with tolerant models, the first model for"
            " any object), and a value no member takes is kept as it came (see _UNION_CONSTRUCT)"
        ),
    ),
    TemplatePatch(
        template="property_templates/union_property.py.jinja",
        old=(
            "    {% elif not loop.last or ns.contains_properties_without_transform %}\n"
            "elif isinstance({{ source }}, {{ inner_property.get_instance_type_string()"
            " | as_unembedded_code }}):\n"
            "    {% else %}\n"
            "else:\n"
            "    {% endif %}\n"
        ),
        new=(
            "    {% else %}\n"
            "elif isinstance({{ source }}, {{ inner_property.get_instance_type_string()"
            " | as_unembedded_code }}):\n"
            "    {% endif %}\n"
        ),
        why=(
            "to_dict: every member is written by its own isinstance branch, so that a value kept"
            " as it came (see the union construct) is written back as it came (next patch)"
        ),
    ),
    TemplatePatch(
        template="property_templates/union_property.py.jinja",
        old=(
            "{% if ns.contains_properties_without_transform and ns.contains_modified_properties %}\n"
            "else:\n"
        ),
        new="{% if ns.has_if %}\nelse:\n",
        why="the value that no isinstance branch takes is written back unchanged",
    ),
    TemplatePatch(
        template="model.py.jinja",
        old="field_dict.update({\n",
        new="field_dict.update({k: v for k, v in {\n",
        why=(
            "a required field that was missing from a parsed response (UNSET) is left out of"
            " to_dict() rather than written as an Unset object"
        ),
    ),
    TemplatePatch(
        template="model.py.jinja",
        old="})\n{% endif %}\n",
        new="}.items() if v is not UNSET})\n{% endif %}\n",
        why="closes the comprehension opened above",
    ),
    TemplatePatch(
        template="model.py.jinja",
        old="{{ property.to_string() | as_unembedded_code }}\n",
        new="{{ _declaration(property) }}\n",
        count=2,
        why="an optional field is declared `X | None = None` (see _ABSENT_AS_NONE)",
    ),
    TemplatePatch(
        template="model.py.jinja",
        old=(
            "    {% if model.additional_properties %}\n"
            "    additional_properties: dict[str, {{ additional_property_type }}]"
            " = _attrs_field(init=False, factory=dict)\n"
            "    {% endif %}\n"
        ),
        new=(
            "    {% if model.additional_properties %}\n"
            "    additional_properties: dict[str, {{ additional_property_type }}]"
            " = _attrs_field(init=False, factory=dict)\n"
            "    {% endif %}\n"
            "    _none_flips: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False,"
            " eq=False)\n"
            "    __repr__ = model_repr\n"
        ),
        why=(
            "every model records where its None means the other thing (see _ABSENT_AS_NONE) and"
            " shows in its repr only what it holds (types.model_repr)"
        ),
    ),
    TemplatePatch(
        template="model.py.jinja",
        old='{{ _transform_property(property, "self." + property.python_name) }}\n',
        new=(
            "{{ _as_sent(property) }}\n"
            '{{ _transform_property(property, "_v_" + property.python_name) }}\n'
        ),
        why="to_dict reads each field as sent: None back to UNSET where it was left out",
    ),
    TemplatePatch(
        template="model.py.jinja",
        old=(
            '        {{ multipart(property, "self." + property.python_name, destination)'
            " | indent(8) }}\n"
        ),
        new=(
            "        {{ _as_sent(property) | indent(8) }}\n"
            '        {{ multipart(property, "_v_" + property.python_name, destination)'
            " | indent(8) }}\n"
        ),
        why="to_multipart, like to_dict, leaves out what was left out",
    ),
    TemplatePatch(
        template="model.py.jinja",
        old="        d = dict(src_dict)\n",
        new=(
            "        d = dict(src_dict)\n"
            "{% if model.required_properties or model.optional_properties %}\n"
            "        _none_flips: tuple[str, ...] = ()\n"
            "{% endif %}\n"
        ),
        why="from_dict collects the fields whose None means the other thing (_ABSENT_AS_NONE)",
    ),
    TemplatePatch(
        template="model.py.jinja",
        old="{% endfor %}\n        )\n",
        new=(
            "{% endfor %}\n        )\n"
            "{% if model.required_properties or model.optional_properties %}\n"
            "        if _none_flips:\n"
            "            {{ module_name }}._none_flips = _none_flips\n"
            "{% endif %}\n"
        ),
        why="stores what from_dict collected on the new model",
    ),
    TemplatePatch(
        template="model.py.jinja",
        old="{% macro declare_property(property) %}\n",
        new=_REFUSED_WHEN_STRICT + _ABSENT_AS_NONE + "{% macro declare_property(property) %}\n",
        why="defines the strict-parsing check used by the from_dict patches",
    ),
    TemplatePatch(
        template="model.py.jinja",
        old=(
            "    {% else %}\n"
            "        {{ property.python_name }} = {{ property_source }}\n"
            "    {% endif %}\n"
        ),
        new=(
            "    {% else %}\n"
            "        {{ property.python_name }} = {{ property_source }}\n"
            "        {{ _refused_when_strict(property, property.python_name) | indent(8) }}\n"
            "        if {{ property.python_name }} is None or {{ property.python_name }} is UNSET:\n"
            "            {{ _none_for_absent(property, property.python_name) | indent(12) }}\n"
            "    {% endif %}\n"
        ),
        why=(
            "while a union tries its members strictly, a missing required field or a null that"
            " the spec does not allow makes the member not fit (see _REFUSED_WHEN_STRICT)"
        ),
    ),
    TemplatePatch(
        template="model.py.jinja",
        old="from ..types import UNSET, Unset\n",
        new="from ..types import UNSET, Unset, model_repr, strict_parsing\n",
        why=(
            "the tolerant from_dict and the union parser read strict_parsing, every model's repr"
            " is model_repr (ruff drops what is unused)"
        ),
    ),
    TemplatePatch(
        template="model.py.jinja",
        old="from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator\n",
        new=(
            "from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator, cast,"
            " Self\n"
        ),
        why=(
            "the union parser casts what it keeps as it came, from_dict returns Self (ruff drops"
            " the imports where unused)"
        ),
    ),
    TemplatePatch(
        template="endpoint_module.py.jinja",
        old="from ...types import Response, UNSET\n",
        new="from ... import types as _types\nfrom ...types import UNSET, Unset, strict_parsing\n",
        why=(
            "a schema named `Response` makes a model class `Response` that endpoint modules import"
            " too, shadowing `types.Response`; the types module is imported under an alias. Unset"
            " is imported for optional multi-content-type bodies, whose type names it"
        ),
    ),
    TemplatePatch(
        template="endpoint_module.py.jinja",
        old="-> Response[",
        new="-> _types.Response[",
        count=3,
        why="the detailed results are the aliased `types.Response` (see the import patch)",
    ),
    TemplatePatch(
        template="endpoint_module.py.jinja",
        old="    return Response(\n",
        new="    return _types.Response(\n",
        why="the detailed results are the aliased `types.Response` (see the import patch)",
    ),
    TemplatePatch(
        template="endpoint_module.py.jinja",
        old='"url": "{{ endpoint.path | in_double_quote_literal }}"',
        new='"url": "{{ (endpoint.path | in_double_quote_literal).partition("?")[0] }}"',
        count=2,
        why=(
            "a path key with a query string (`/responses?beta=true`) is requested without it: httpx"
            " drops a URL's query when `params=` is given, so normalize.py declares each pair as a"
            " query parameter instead (path_query_to_parameters)"
        ),
    ),
    TemplatePatch(
        template="endpoint_macros.py.jinja",
        old=(
            "body:\n"
            "    {%- for body in endpoint.bodies -%}"
            "{% set body_required = body_required and body.prop.required %}"
        ),
        new=(
            "{% set bodies = namespace(required=true) %}"
            "{% for body in endpoint.bodies %}"
            "{% set bodies.required = bodies.required and body.prop.required %}"
            "{% endfor %}"
            "body:\n"
            "    {%- for body in endpoint.bodies -%}"
        ),
        why=(
            "a `set` inside a Jinja loop does not outlive the loop, so a required body with several"
            " content types was typed `| Unset = UNSET`; a namespace carries the answer out"
        ),
    ),
    TemplatePatch(
        template="endpoint_macros.py.jinja",
        old="{%- endfor -%}{% if not body_required %} | Unset = UNSET{% endif %}",
        new="{%- endfor -%}{% if not bodies.required %} | Unset = UNSET{% endif %}",
        why="uses the namespace computed by the patch above",
    ),
    TemplatePatch(
        template="models_init.py.jinja",
        old="{% for import in imports | sort %}\n{{ import }}\n{% endfor %}\n",
        new=_LAZY_MODELS_IMPORTS,
        why=(
            "importing every model when `oai_api.models` is first touched took ~1.1 s per process"
            " on the public spec; models are now imported on first use, and type checkers see"
            " them through TYPE_CHECKING"
        ),
    ),
    TemplatePatch(
        template="models_init.py.jinja",
        old="    {% endfor %}\n)\n{% endif %}\n",
        new=_LAZY_MODELS_GETATTR,
        why="defines the module __getattr__ that imports a model on first use (see above)",
    ),
    TemplatePatch(
        template="endpoint_macros.py.jinja",
        old=(
            "{% if prop_template.construct %}\n"
            "{{ prop_template.construct(response.prop, response.source.attribute) }}\n"
        ),
        new=(
            '{% if response.source.attribute == "None" %}\n'
            "{{ response.prop.python_name }} = _types.undeclared_body(response)\n"
            "{% elif prop_template.construct and response.prop.class_info is defined"
            ' and response.prop.class_info.name == "ErrorResponse"'
            ' and response.source.attribute == "response.json()" %}\n'
            '{{ prop_template.construct(response.prop, "_types.error_json(response)") }}\n'
            "{% elif prop_template.construct %}\n"
            "{{ prop_template.construct(response.prop, response.source.attribute) }}\n"
        ),
        why=(
            "a success response declared without content (DELETE /responses/{id}, DELETE"
            " /containers/{id}, GET .../content) was returned as None although the server sends"
            " a JSON object or the file's bytes; the endpoint now returns what came. An"
            " `ErrorResponse` answer is read through types.error_json, so that a compatible"
            ' server\'s `{"detail": ...}`, problem+json, SSE error or HTML page gives its'
            " message (the rule is package_modules/_error_bodies.py, shared with the wrapper)"
        ),
    ),
    TemplatePatch(
        template="types.py.jinja",
        old='\n\n__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]\n',
        new=_UNDECLARED_BODY,
        why="defines undeclared_body, used by the patch above",
    ),
    TemplatePatch(
        template="types.py.jinja",
        old="from typing import BinaryIO, Generic, TypeVar, Literal, IO\n",
        new="from typing import TYPE_CHECKING, Any, BinaryIO, Generic, TypeVar, Literal, IO\n",
        why="names used by undeclared_body",
    ),
    TemplatePatch(
        template="types.py.jinja",
        old="from attrs import define\n",
        new=(
            "from contextvars import ContextVar\n\n"
            "from attrs import NOTHING, define\n\nif TYPE_CHECKING:\n    import httpx\n"
        ),
        why=(
            "strict_parsing is a ContextVar; undeclared_body names httpx.Response (typing only);"
            " model_repr tells required fields by attrs' NOTHING"
        ),
    ),
    TemplatePatch(
        template="property_templates/list_property.py.jinja",
        old="for {{ inner_source }} in (_{{ property.python_name }}):\n",
        new=(
            "if not isinstance(_{{ property.python_name }}, list):\n"
            "    raise TypeError()\n"
            "for {{ inner_source }} in (_{{ property.python_name }}):\n"
        ),
        why=(
            "a string where the spec says a list was iterated character by character into a"
            " list of wrong items; it now fails to parse as a list (and is kept as it came)"
        ),
    ),
    TemplatePatch(
        template="property_templates/list_property.py.jinja",
        old="    for {{ inner_source }} in _{{ property.python_name }}:\n",
        new=(
            "    if not isinstance(_{{ property.python_name }}, list):\n"
            "        raise TypeError()\n"
            "    for {{ inner_source }} in _{{ property.python_name }}:\n"
        ),
        why="the same, for an optional list",
    ),
    TemplatePatch(
        template="property_templates/list_property.py.jinja",
        old=(
            "for {{ inner_source }} in {{ source }}:\n"
            "    {{ inner_template.transform(inner_property, inner_source,"
            " inner_property.python_name, transform_method) | indent(4) }}\n"
        ),
        new=(
            "for {{ inner_source }} in {{ source }}:\n"
            '    {% if inner_property.template == "model_property.py.jinja" %}\n'
            "    if not isinstance({{ inner_source }}, {{ inner_property.class_info.name }}):\n"
            "        {{ destination }}.append({{ inner_source }})\n"
            "        continue\n"
            "    {% endif %}\n"
            "    {{ inner_template.transform(inner_property, inner_source,"
            " inner_property.python_name, transform_method) | indent(4) }}\n"
        ),
        why=(
            "a list of models that was kept as it came (an item did not parse, see the"
            " from_dict patch) is written back as it came"
        ),
    ),
    TemplatePatch(
        template="endpoint_module.py.jinja",
        old=(
            "{% set parsed_responses = (endpoint.responses | length > 0)"
            ' and return_string != PythonCode("Any") %}'
        ),
        new="{% set parsed_responses = endpoint.responses | length > 0 %}",
        why=(
            "an operation whose only answers are undeclared (typed Any) was generated without"
            " `sync`/`asyncio` and parsed every answer as None; it now returns undeclared_body"
        ),
    ),
    TemplatePatch(
        template="model.py.jinja",
        old=_METHOD_IMPORTS,
        new=_METHOD_BINDS_MODELS,
        count=3,
        why=(
            "the models a model's methods use were imported inside to_dict/from_dict/to_multipart,"
            " an import statement run on every call (~1 µs per name, most of a typed parse);"
            " they are now bound once, by the first call (see _BIND_MODELS)"
        ),
    ),
    TemplatePatch(
        template="model.py.jinja",
        old=_ADDITIONAL_PROPERTIES_IMPORTS,
        new="",
        why=(
            "the models of additional properties were imported again in from_dict; they are among"
            " the model's own lazy imports, which from_dict has bound already"
        ),
    ),
    TemplatePatch(
        template="model.py.jinja",
        old='T = TypeVar("T", bound="{{ class_name }}")\n',
        new='T = TypeVar("T", bound="{{ class_name }}")\n' + _BIND_MODELS,
        why="defines the function that binds the models on first use (see the patch above)",
    ),
    # Speed only: each of these writes what ruff's fix pass (generator.yaml) would otherwise
    # rewrite, thousands of times over, in a loop that took most of the generation time.
    TemplatePatch(
        template="model.py.jinja",
        old="def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:",
        new="def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:",
        why="ruff rewrites the TypeVar-typed classmethod to Self (PYI019)",
    ),
    TemplatePatch(
        template="property_templates/union_property.py.jinja",
        old="    {% if not inner_template.transform %}\n",
        new=(
            "    {% if not inner_template.transform or inner_property.template"
            ' == "literal_enum_property.py.jinja" %}\n'
        ),
        why=(
            "a literal enum member is written as it is, like the members without a transform;"
            " its own isinstance branch would repeat the final one, which ruff merges (SIM114)"
        ),
    ),
)


def apply_patches(template_dir: Path, patches: tuple[TemplatePatch, ...] = PATCHES) -> None:
    """Apply `patches` to the template files in `template_dir`, in order."""
    for patch in patches:
        path = template_dir / patch.template
        text = path.read_text()
        count = text.count(patch.old)
        if count != patch.count:
            raise RuntimeError(
                f"template patch for {patch.template} matched {count} times instead of"
                f" {patch.count};"
                f" the generator's template changed. The patch exists because {patch.why}."
            )
        path.write_text(text.replace(patch.old, patch.new))
