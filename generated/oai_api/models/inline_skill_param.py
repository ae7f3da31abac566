from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.inline_skill_param_type import (
    InlineSkillParamType,
    check_inline_skill_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.inline_skill_source_param import InlineSkillSourceParam


@_attrs_define(repr=False)
class InlineSkillParam(_OpenModel):
    """A skill given inline as a zip archive."""

    type_: InlineSkillParamType
    """ Fixed tag `inline`. """
    name: str
    """ Skill name. """
    description: str
    """ What the skill does. """
    source: InlineSkillSourceParam
    """ Base64 zip archive holding an inline skill. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("description", "name", "source", "type")
    _tags = {"type": ("inline",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.inline_skill_source_param import InlineSkillSourceParam

        return fields(
            ("type_", "type", REQUIRED, check_inline_skill_param_type),
            ("name", "name", REQUIRED, None),
            ("description", "description", REQUIRED, None),
            ("source", "source", REQUIRED, InlineSkillSourceParam),
        )
