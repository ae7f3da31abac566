from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.skill_version_resource_object import (
    SkillVersionResourceObject,
    check_skill_version_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class SkillVersionResource(_OpenModel):
    """One fixed version of a skill: version number, name, description and creation time."""

    object_: SkillVersionResourceObject

    id: str

    skill_id: str

    version: str

    created_at: int

    name: str

    description: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "description", "id", "name", "object", "skill_id", "version")
    _tags = {"object": ("skill.version",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_skill_version_resource_object),
            ("id", "id", REQUIRED, None),
            ("skill_id", "skill_id", REQUIRED, None),
            ("version", "version", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("description", "description", REQUIRED, None),
        )
