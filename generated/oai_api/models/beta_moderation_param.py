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
    from ..models.beta_moderation_policy_param import BetaModerationPolicyParam


@_attrs_define(repr=False)
class BetaModerationParam(_OpenModel):
    """Turns on moderation of this response's input and output, using the given model and policy."""

    model: str
    """ Classifier that screens the content, for instance `omni-moderation-latest`. """
    policy: BetaModerationPolicyParam | None = None
    """ Per-side moderation settings; None uses the defaults. """
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
                    member("beta_moderation_policy_param", "BetaModerationPolicyParam"),
                    None,
                ),
            ),
            strict=True,
        )
