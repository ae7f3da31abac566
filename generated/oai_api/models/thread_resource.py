from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.thread_resource_object import (
    ThreadResourceObject,
    check_thread_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.active_status import ActiveStatus
    from ..models.closed_status import ClosedStatus
    from ..models.locked_status import LockedStatus


@_attrs_define(repr=False)
class ThreadResource(_OpenModel):
    """A ChatKit thread: ID, title, owner, creation time and status."""

    id: str

    object_: ThreadResourceObject

    created_at: int

    title: None | str

    status: ActiveStatus | ClosedStatus | LockedStatus

    user: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "object", "status", "title", "user")
    _tags = {"object": ("chatkit.thread",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_thread_resource_object),
            ("created_at", "created_at", REQUIRED, None),
            ("title", "title", REQUIRED_OR_NULL, one_of(str, None)),
            (
                "status",
                "status",
                REQUIRED,
                one_of(
                    member("active_status", "ActiveStatus", ("type", "active")),
                    member("locked_status", "LockedStatus", ("type", "locked")),
                    member("closed_status", "ClosedStatus", ("type", "closed")),
                ),
            ),
            ("user", "user", REQUIRED, None),
        )
