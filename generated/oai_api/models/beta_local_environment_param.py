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
from ..models.beta_local_environment_param_type import (
    BetaLocalEnvironmentParamType,
    check_beta_local_environment_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_local_skill_param import BetaLocalSkillParam


@_attrs_define(repr=False)
class BetaLocalEnvironmentParam(_OpenModel):
    """Run shell commands on the caller's machine."""

    type_: BetaLocalEnvironmentParamType
    """ Fixed tag `local`. """
    skills: list[BetaLocalSkillParam] | None = None
    """ Skills available on the caller's machine; at most 200. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("skills", "type")
    _tags = {"type": ("local",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_local_skill_param import BetaLocalSkillParam

        return fields(
            ("type_", "type", REQUIRED, check_beta_local_environment_param_type),
            ("skills", "skills", OPTIONAL, list_of(BetaLocalSkillParam)),
        )
