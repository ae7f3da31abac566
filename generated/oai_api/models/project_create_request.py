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
from ..models.public_project_residency import (
    PublicProjectResidency,
    check_public_project_residency,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ProjectCreateRequest(_OpenModel):
    """Settings for a new project."""

    name: str
    """ Human-readable project name; reports show it. """
    residency: None | PublicProjectResidency = None
    """ Data residency for the project; your organization must have access to it. """
    external_key_id: None | str = None
    """ ID of an external encryption key to tie to the project. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("external_key_id", "name", "residency")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("name", "name", REQUIRED, None),
            (
                "residency",
                "residency",
                OPTIONAL_OR_NULL,
                one_of(check_public_project_residency, None),
            ),
            ("external_key_id", "external_key_id", OPTIONAL_OR_NULL, one_of(str, None)),
            strict=True,
        )
