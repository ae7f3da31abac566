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


# The Jinja macro that emits the union dispatch: for each member model, each tag it fixes to one
# value (recorded as `x-oai-tags` by normalize.mark_union_tags, since the member models a union
# holds are copies taken before their properties were processed); a (tag, value) pair shared by
# two members is ambiguous and left to the generator's own chain.
_DISPATCH_MACRO = """\
{% macro _dispatch_by_tag(property) %}
{% set tags = namespace(found=[], keys=[], unique=[]) %}
{% for inner in property.inner_properties %}
{% set member = loop.index0 %}
{% if inner.template == "model_property.py.jinja" %}
{% for tag, raw in ((inner.data.model_extra or {}).get("x-oai-tags") or {}).items() %}
{% set value = '"' ~ (raw | in_double_quote_literal) ~ '"' %}
{% set tags.found = tags.found + [[tag | in_double_quote_literal, value, member]] %}
{% set tags.keys = tags.keys + [tag ~ "=" ~ value] %}
{% endfor %}
{% endif %}
{% endfor %}
{% set tags.unique = [] %}
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
        {{ inner_template.construct(inner_property, "data") | indent(8) }}
        return {{ inner_property.python_name }}
{% endfor %}
{% endif %}
{% endmacro %}
"""


PATCHES: tuple[TemplatePatch, ...] = (
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
            " + '\", ' + ('None' if 'None' in (property.get_type_string() | as_unembedded_code)"
            ".split(' | ') else 'UNSET') + ')' %}"
        ),
        why=(
            "responses are read tolerantly: a required field that a server leaves out parses as"
            " None when it may be null (OpenAI-compatible servers often omit refusal, logprobs"
            " and the like), else as UNSET, which to_dict leaves out again; the constructor"
            " still requires it, so requests stay strict"
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
            "            {{ property.python_name }} = cast(Any, {{ raw }})\n"
            "        else:\n"
            "            {{ prop_template.construct(property, raw) | indent(12) }}\n"
        ),
        why=(
            "a null field parses as None, and a missing required one as UNSET, whatever its"
            " declared type, instead of failing in `from_dict(None)`, `fromisoformat(None)` or an"
            " enum check"
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
            "{%- if prop_template.transform and (property.required or 'None' not in"
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
            "a None or UNSET that a tolerant `from_dict` let in is written back as it came (null,"
            " or left out) by `to_dict` instead of failing on `None.to_dict()`; values of the"
            " declared types are written exactly as before"
        ),
    ),
    TemplatePatch(
        template="property_templates/union_property.py.jinja",
        old="    {% set ns = namespace(contains_unmodified_properties = false) %}\n",
        new=(
            "    {{ _dispatch_by_tag(property) | indent(4) }}\n"
            "    {% set ns = namespace(contains_unmodified_properties = false) %}\n"
        ),
        why=(
            "a union member is chosen by the data: a member model whose `type`, `object` or `role`"
            " is a single value (const or one-value enum), unique among the members, is picked by"
            " that value before the generator's 'first member that does not raise' chain, which"
            " with tolerant models would pick the first model for any object"
        ),
    ),
    TemplatePatch(
        template="property_templates/union_property.py.jinja",
        old="{% macro construct(property, source) %}\n",
        new=_DISPATCH_MACRO + "{% macro construct(property, source) %}\n",
        why="defines the dispatch used above",
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
        old="from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator\n",
        new="from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator, cast\n",
        why="the None guard above casts (ruff drops the import where unused)",
    ),
    TemplatePatch(
        template="endpoint_module.py.jinja",
        old="from typing import Any, cast\n",
        new="from collections.abc import Mapping\nfrom typing import Any, cast\n",
        why="endpoint modules name Mapping in the body's type (ruff drops it where unused)",
    ),
    TemplatePatch(
        template="endpoint_module.py.jinja",
        old="from ...types import Response, UNSET\n",
        new="from ... import types as _types\nfrom ...types import UNSET, Unset\n",
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
