from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateProjectServiceAccountApiKeyBody(_OpenModel):
    """Body for issuing a new API key to a project service account."""

    name: str | None = None
    """ Label for the new key. """
    scopes: list[str] | None = None
    """ Permission scopes granted to the new key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("name", "scopes")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("name", "name", OPTIONAL, None),
            ("scopes", "scopes", OPTIONAL, list_of(None)),
            strict=True,
        )
