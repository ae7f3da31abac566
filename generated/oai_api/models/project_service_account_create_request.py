from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectServiceAccountCreateRequest(_OpenModel):
    """Settings for a new project service account."""

    name: str
    """ Name for the new service account. """
    create_service_account_only: bool | None = None
    """ If `true`, make just the account: no API key and no default role (it gets role `none`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("create_service_account_only", "name")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("name", "name", REQUIRED, None),
            (
                "create_service_account_only",
                "create_service_account_only",
                OPTIONAL_OR_NULL,
                one_of(bool, None),
            ),
            strict=True,
        )
