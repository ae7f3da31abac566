from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.skill_reference_param_type import (
    SkillReferenceParamType,
    check_skill_reference_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class SkillReferenceParam(_OpenModel):
    """A stored skill, by ID and optional version."""

    type_: SkillReferenceParamType
    """ Fixed tag `skill_reference`. """
    skill_id: str
    """ ID of the stored skill. """
    version: str | None = None
    """ Version of the skill; the current one when omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("skill_id", "type", "version")
    _tags = {"type": ("skill_reference",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_skill_reference_param_type),
            ("skill_id", "skill_id", REQUIRED, None),
            ("version", "version", OPTIONAL, None),
        )
