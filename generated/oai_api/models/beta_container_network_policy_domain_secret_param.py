from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaContainerNetworkPolicyDomainSecretParam(_OpenModel):
    """A secret the container may send to one allowed domain."""

    domain: str
    """ Domain the secret is for. """
    name: str
    """ Name of the secret. """
    value: str
    """ The secret value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("domain", "name", "value")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("domain", "domain", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("value", "value", REQUIRED, None),
        )
