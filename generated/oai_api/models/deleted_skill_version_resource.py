from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.deleted_skill_version_resource_object import (
    DeletedSkillVersionResourceObject,
    check_deleted_skill_version_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class DeletedSkillVersionResource(_OpenModel):
    """Confirmation that a skill version was deleted, naming the version."""

    object_: DeletedSkillVersionResourceObject

    deleted: bool

    id: str

    version: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("deleted", "id", "object", "version")
    _tags = {"object": ("skill.version.deleted",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "object_",
                "object",
                REQUIRED,
                check_deleted_skill_version_resource_object,
            ),
            ("deleted", "deleted", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("version", "version", REQUIRED, None),
        )
