from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_computer_screenshot_image_type import (
    BetaComputerScreenshotImageType,
    check_beta_computer_screenshot_image_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaComputerScreenshotImage(_OpenModel):
    """A screenshot given by URL or file ID."""

    type_: BetaComputerScreenshotImageType
    """ Fixed tag `computer_screenshot`. """
    image_url: str | None = None
    """ Screenshot URL or data URL. """
    file_id: str | None = None
    """ ID of an uploaded screenshot. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("file_id", "image_url", "type")
    _tags = {"type": ("computer_screenshot",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_computer_screenshot_image_type),
            ("image_url", "image_url", OPTIONAL, None),
            ("file_id", "file_id", OPTIONAL, None),
        )
