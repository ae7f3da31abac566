from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class Image(_OpenModel):
    """One generated image, as a URL or base64 data."""

    b64_json: str | None = None
    """ Base64 image data. """
    url: str | None = None
    """ Temporary URL of the image (dall-e models with `url` format). """
    revised_prompt: str | None = None
    """ The prompt as rewritten by the model (dall-e-3). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("b64_json", "revised_prompt", "url")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("b64_json", "b64_json", OPTIONAL, None),
            ("url", "url", OPTIONAL, None),
            ("revised_prompt", "revised_prompt", OPTIONAL, None),
        )
