"""What every fix uses: walking the parsed OpenAPI document, and patching the generator's templates.

A template patch keeps only the edit, never a copy of the template: `gen.py` copies the installed
generator's templates into a scratch folder and applies the patches there. The text a patch
looks for, and the text it writes instead, are the files `<name>.old.jinja` and
`<name>.new.jinja` in its fix's folder, so that they read as the Jinja they are. A patch must
match exactly as many times as it says, so a generator upgrade that moves the text fails loudly,
naming the fix, the patch and its file, instead of generating something subtly different.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

__all__ = [
    "SUBSCHEMA_KEYS",
    "SUBSCHEMA_LIST_KEYS",
    "Pass",
    "Schema",
    "Spec",
    "TemplatePatch",
    "apply_patches",
    "flattened",
    "iter_schemas",
    "nested",
    "operations",
    "own_templates",
    "reachable",
    "resolve",
    "template_patch",
]

Schema = dict[str, Any]
Spec = dict[str, Any]
Pass = Callable[[Spec], None]

# Keywords whose value is a single sub-schema, and keywords whose value is a list of them.
SUBSCHEMA_KEYS = ("items", "not", "additionalProperties", "contains", "if", "then", "else")
SUBSCHEMA_LIST_KEYS = ("allOf", "anyOf", "oneOf", "prefixItems")


def iter_schemas(spec: Spec) -> Iterator[Schema]:
    """Yield every schema object in the document, nested ones included, each once.

    Walking by schema structure (rather than every dict) matters: a property called `title` or
    `default` is a key of `properties`, not a keyword, and must not be touched.
    """
    seen: set[int] = set()

    def walk(node: Any) -> Iterator[Schema]:
        if not isinstance(node, dict) or id(node) in seen:
            return
        seen.add(id(node))
        yield node
        for key in SUBSCHEMA_KEYS:
            yield from walk(node.get(key))
        for key in SUBSCHEMA_LIST_KEYS:
            for member in node.get(key) or ():
                yield from walk(member)
        for sub in (node.get("properties") or {}).values():
            yield from walk(sub)
        for sub in (node.get("patternProperties") or {}).values():
            yield from walk(sub)

    components = spec.get("components") or {}
    for schema in (components.get("schemas") or {}).values():
        yield from walk(schema)
    for holder in _schema_holders(spec):
        yield from walk(holder.get("schema"))


def _schema_holders(spec: Spec) -> Iterator[dict[str, Any]]:
    """Parameters and media types: the places outside components/schemas that hold a schema."""
    components = spec.get("components") or {}
    yield from (components.get("parameters") or {}).values()
    bodies = list((components.get("requestBodies") or {}).values())
    responses = list((components.get("responses") or {}).values())
    for path_item in (spec.get("paths") or {}).values():
        yield from path_item.get("parameters") or ()
        for operation in path_item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            yield from operation.get("parameters") or ()
            if "requestBody" in operation:
                bodies.append(operation["requestBody"])
            responses.extend((operation.get("responses") or {}).values())
    for holder in bodies + responses:
        yield from ((holder.get("content") or {}).values())


def nested(schema: Schema) -> Iterator[Schema]:
    """`schema` and the schemas written inside it (not those it references)."""
    yield schema
    for key in SUBSCHEMA_KEYS:
        if isinstance(schema.get(key), dict):
            yield from nested(schema[key])
    for key in SUBSCHEMA_LIST_KEYS:
        for member in schema.get(key) or ():
            if isinstance(member, dict):
                yield from nested(member)
    for sub in (schema.get("properties") or {}).values():
        if isinstance(sub, dict):
            yield from nested(sub)


def reachable(spec: Spec, roots: list[Any]) -> set[str]:
    """The component schema keys that `roots` reach through `$ref`s, nested schemas included."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    found: set[str] = set()
    pending = list(roots)
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                if name not in found and name in schemas:
                    found.add(name)
                    pending.append(schemas[name])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return found


def resolve(spec: Spec, schema: Schema) -> Schema:
    """Follow `$ref`s to components/schemas until a schema that is not a reference."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    seen: set[str] = set()
    while "$ref" in schema and schema["$ref"] not in seen:
        seen.add(schema["$ref"])
        schema = schemas.get(schema["$ref"].rsplit("/", 1)[-1], {})
    return schema


def flattened(spec: Spec, schema: Schema) -> tuple[dict[str, list[Schema]], list[str]]:
    """Every definition of every property of an object schema, through `$ref` and allOf.

    The generator merges an allOf into one model; this is what it merges, before it does.
    """
    target = resolve(spec, schema)
    found: dict[str, list[Schema]] = {}
    required: list[str] = []
    for member in target.get("allOf") or ():
        properties, member_required = flattened(spec, member)
        for name, definitions in properties.items():
            found.setdefault(name, []).extend(definitions)
        required.extend(member_required)
    for name, definition in (target.get("properties") or {}).items():
        found.setdefault(name, []).append(definition)
    required.extend(target.get("required") or ())
    return found, list(dict.fromkeys(required))


def operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation; path items also hold non-operations."""
    for path, path_item in (spec.get("paths") or {}).items():
        for method, operation in path_item.items():
            if isinstance(operation, dict) and "responses" in operation:
                yield path, method, operation


@attrs.frozen
class TemplatePatch:
    """Replace `old` by `new` in one template file; `why` is shown when the patch no longer fits.

    `old` must occur exactly `count` times.
    """

    fix: str
    name: str
    template: str
    old: str
    new: str
    why: str
    count: int = 1

    @property
    def source(self) -> str:
        """Where the patch's texts are, for the message of a patch that no longer fits."""
        return f"scripts/fixes/{self.fix}/{self.name}.old.jinja"


def template_patch(
    fix_init: str, name: str, template: str, why: str, count: int = 1
) -> TemplatePatch:
    """Declare the patch `name` of the fix whose `__init__.py` is `fix_init`, reading its texts.

    Read without newline translation: a text's last character matters (many end mid-line).
    """
    folder = Path(fix_init).parent

    def text(suffix: str) -> str:
        with (folder / f"{name}.{suffix}.jinja").open(encoding="utf-8", newline="") as f:
            return f.read()

    return TemplatePatch(
        fix=folder.name,
        name=name,
        template=template,
        old=text("old"),
        new=text("new"),
        why=why,
        count=count,
    )


def own_templates(fix_init: str) -> tuple[Path, ...]:
    """The templates a fix writes whole (its `templates/` folder), in place of the generator's.

    A fix does this where nearly all of a template would change: patched, the template's old
    text would be a copy of the generator's, and each later generator change a conflict.
    """
    return tuple(sorted((Path(fix_init).parent / "templates").glob("*.jinja")))


def apply_patches(template_dir: Path, patches: tuple[TemplatePatch, ...]) -> None:
    """Apply `patches` to the template files in `template_dir`, in order."""
    for patch in patches:
        path = template_dir / patch.template
        text = path.read_text(encoding="utf-8")
        count = text.count(patch.old)
        if count != patch.count:
            raise RuntimeError(
                f"fix {patch.fix}, patch {patch.name} ({patch.source}): {patch.template} matched"
                f" {count} times instead of {patch.count}; the generator's template changed."
                f" The patch exists because {patch.why}."
            )
        path.write_text(text.replace(patch.old, patch.new), encoding="utf-8")
