from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UserRoleUpdateRequest(_OpenModel):
    """Changes to an organization member: role and profile metadata."""

    role: None | str = None
    """ New organization role: `owner` or `reader`. """
    role_id: None | str = None
    """ ID of a role, built-in or custom, to assign instead. """
    technical_level: None | str = None
    """ Technical-level metadata to record for the user. """
    developer_persona: None | str = None
    """ Developer-persona metadata to record for the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("developer_persona", "role", "role_id", "technical_level")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("role", "role", OPTIONAL_OR_NULL, one_of(str, None)),
            ("role_id", "role_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("technical_level", "technical_level", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "developer_persona",
                "developer_persona",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            strict=True,
        )
