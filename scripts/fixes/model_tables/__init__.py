"""Models are read and written by one runtime from a table of fields, not by code per model.

The generator writes every model's `to_dict`, `from_dict` and `to_multipart` out in full, with
every union parser inline where a field uses it (`response.py` held 215 of them): for the whole
API, 1,755 models came to 16.8 MB of source, 9.6 KB a model, most of a 40 MB install, nearly
all of it the same few rules written again. This fix writes the model template whole
(`templates/model.py.jinja`): a model module holds its attrs class (fields and their
docstrings), its union tags (`_tags`), and `_fields()`, which returns its table: for each field
its attribute, JSON key, flags (required, null allowed) and parser, the way the extra keys are
kept, and whether the model is request-only (`strict=True`). `templates/fields.jinja` spells a
property's parser: a model class, a literal enum's `check_` function, or a parser of
`oai_api/_model.py` (`list_of`, `one_of`, `const`, `DATETIME`...). The union and list templates
of endpoints use it too (union_choice's `construct`, tolerant_responses' `list_guard`).

`oai_api/_model.py` (scripts/package_modules) holds the rules, once: `Model.from_dict`,
`to_dict`, `to_multipart`, `__repr__`, the union and list parsers. What they do:

- A field the server left out reads as None, never as the generator's `Unset` (on which user
  code crashed, and which reprs showed as `<Unset object at 0x...>`): an optional field is
  declared `X | None = None`. `to_dict()` still writes what was sent: None means "left out" for
  an optional field and "null" for a required one, and `_none_flips` names the fields where it
  means the other (an optional field sent as null, a required one left out). `repr()` shows only
  what `to_dict()` would write. A model you build cannot say "send null" for an optional field:
  pass a plain mapping as the body for that.
- Responses are read tolerantly and request-only models strictly (see tolerant_responses), and
  a union's member is chosen by the data (see union_choice).
- A multipart model refuses to be sent without a required field (`to_multipart` raises a
  `ValueError` naming the model and the field), where the generator's crashed on the missing
  file or sent the sentinel's repr as the value; a boolean is sent as `true`/`false` and an
  object as JSON, not as Python's repr.
- The models a table names are imported when the table is first built, once per model: at
  module level they would make import cycles and load most of the package with one endpoint,
  and inside each method (the generator's way) the imports ran on every call.

A table is built on a model's first use and kept on the class; parsing one is a loop over it.
The model modules are 3.5 times smaller (source and bytecode), and a typed parse no slower.
"""

from __future__ import annotations

from ..shared import own_templates

__all__ = ["TEMPLATES"]

TEMPLATES = own_templates(__file__)
