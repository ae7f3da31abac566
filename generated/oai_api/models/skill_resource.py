from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.skill_resource_object import (
    SkillResourceObject,
    check_skill_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class SkillResource(_OpenModel):
    """A skill: name, description, creation time, and its default and latest versions."""

    id: str

    object_: SkillResourceObject

    name: str

    description: str

    created_at: int

    default_version: str

    latest_version: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "created_at",
        "default_version",
        "description",
        "id",
        "latest_version",
        "name",
        "object",
    )
    _tags = {"object": ("skill",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_skill_resource_object),
            ("name", "name", REQUIRED, None),
            ("description", "description", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("default_version", "default_version", REQUIRED, None),
            ("latest_version", "latest_version", REQUIRED, None),
        )
