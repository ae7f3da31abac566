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
    """Replace `old` by `new` in one template file; `why` is shown when the patch no longer fits."""

    template: str
    old: str
    new: str
    why: str


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
            " + '\"' + (', None' if 'None' in (property.get_type_string() | as_unembedded_code).split(' | ')"
            " else '')"
            " + ')' %}"
        ),
        why=(
            "a required field that may be null parses as None when a server leaves it out"
            " (OpenAI-compatible servers often omit refusal, logprobs and the like)"
        ),
    ),
)


def apply_patches(template_dir: Path, patches: tuple[TemplatePatch, ...] = PATCHES) -> None:
    """Apply `patches` to the template files in `template_dir`, in order."""
    for patch in patches:
        path = template_dir / patch.template
        text = path.read_text()
        count = text.count(patch.old)
        if count != 1:
            raise RuntimeError(
                f"template patch for {patch.template} matched {count} times instead of once;"
                f" the generator's template changed. The patch exists because {patch.why}."
            )
        path.write_text(text.replace(patch.old, patch.new))
