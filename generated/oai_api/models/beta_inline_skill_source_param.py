from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_inline_skill_source_param_media_type import (
    BetaInlineSkillSourceParamMediaType,
    check_beta_inline_skill_source_param_media_type,
)
from ..models.beta_inline_skill_source_param_type import (
    BetaInlineSkillSourceParamType,
    check_beta_inline_skill_source_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaInlineSkillSourceParam(_OpenModel):
    """Base64 zip archive holding an inline skill."""

    type_: BetaInlineSkillSourceParamType
    """ Fixed tag `base64`. """
    media_type: BetaInlineSkillSourceParamMediaType
    """ Archive format; only zip. """
    data: str
    """ Base64 zip data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "media_type", "type")
    _tags = {"type": ("base64",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_inline_skill_source_param_type),
            (
                "media_type",
                "media_type",
                REQUIRED,
                check_beta_inline_skill_source_param_media_type,
            ),
            ("data", "data", REQUIRED, None),
        )
