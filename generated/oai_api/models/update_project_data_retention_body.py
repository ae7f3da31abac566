from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.update_project_data_retention_body_retention_type import (
    UpdateProjectDataRetentionBodyRetentionType,
    check_update_project_data_retention_body_retention_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UpdateProjectDataRetentionBody(_OpenModel):
    """Body for changing a project's data retention mode."""

    retention_type: UpdateProjectDataRetentionBodyRetentionType
    """ Mode to apply: `organization_default` (inherit), `none`, `zero_data_retention`, `modified_abuse_monitoring`,
    or their `enhanced_` variants. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("retention_type",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "retention_type",
                "retention_type",
                REQUIRED,
                check_update_project_data_retention_body_retention_type,
            ),
            strict=True,
        )
