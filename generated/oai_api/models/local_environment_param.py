from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.local_environment_param_type import (
    LocalEnvironmentParamType,
    check_local_environment_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.local_skill_param import LocalSkillParam


@_attrs_define(repr=False)
class LocalEnvironmentParam(_OpenModel):
    """Run shell commands on the caller's machine."""

    type_: LocalEnvironmentParamType
    """ Fixed tag `local`. """
    skills: list[LocalSkillParam] | None = None
    """ Skills available on the caller's machine. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("skills", "type")
    _tags = {"type": ("local",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.local_skill_param import LocalSkillParam

        return fields(
            ("type_", "type", REQUIRED, check_local_environment_param_type),
            ("skills", "skills", OPTIONAL, list_of(LocalSkillParam)),
        )
