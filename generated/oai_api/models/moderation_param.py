from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.moderation_policy_param import ModerationPolicyParam


@_attrs_define(repr=False)
class ModerationParam(_OpenModel):
    """Moderation to run on the request and reply."""

    model: str
    """ Moderation model to use. """
    policy: ModerationPolicyParam | None = None
    """ Per-direction moderation settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("model", "policy")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("model", "model", REQUIRED, None),
            (
                "policy",
                "policy",
                OPTIONAL_OR_NULL,
                one_of(
                    member("moderation_policy_param", "ModerationPolicyParam"), None
                ),
            ),
            strict=True,
        )
