from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.project_spend_alert_list_resource_object import (
    ProjectSpendAlertListResourceObject,
    check_project_spend_alert_list_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.project_spend_alert import ProjectSpendAlert


@_attrs_define(repr=False)
class ProjectSpendAlertListResource(_OpenModel):
    """A page of project spend alerts, with the first and last IDs and whether more follow."""

    object_: ProjectSpendAlertListResourceObject

    data: list[ProjectSpendAlert]

    first_id: None | str

    last_id: None | str

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "first_id", "has_more", "last_id", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.project_spend_alert import ProjectSpendAlert

        return fields(
            (
                "object_",
                "object",
                REQUIRED,
                check_project_spend_alert_list_resource_object,
            ),
            ("data", "data", REQUIRED, list_of(ProjectSpendAlert)),
            ("first_id", "first_id", REQUIRED_OR_NULL, one_of(str, None)),
            ("last_id", "last_id", REQUIRED_OR_NULL, one_of(str, None)),
            ("has_more", "has_more", REQUIRED, None),
        )
