from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.edit_image_body_json_param_background_type_0 import (
    EditImageBodyJsonParamBackgroundType0,
    check_edit_image_body_json_param_background_type_0,
)
from ..models.edit_image_body_json_param_input_fidelity_type_0 import (
    EditImageBodyJsonParamInputFidelityType0,
    check_edit_image_body_json_param_input_fidelity_type_0,
)
from ..models.edit_image_body_json_param_model_type_1 import (
    EditImageBodyJsonParamModelType1,
    check_edit_image_body_json_param_model_type_1,
)
from ..models.edit_image_body_json_param_moderation_type_0 import (
    EditImageBodyJsonParamModerationType0,
    check_edit_image_body_json_param_moderation_type_0,
)
from ..models.edit_image_body_json_param_output_format_type_0 import (
    EditImageBodyJsonParamOutputFormatType0,
    check_edit_image_body_json_param_output_format_type_0,
)
from ..models.edit_image_body_json_param_quality_type_0 import (
    EditImageBodyJsonParamQualityType0,
    check_edit_image_body_json_param_quality_type_0,
)
from ..models.edit_image_body_json_param_size_type_0 import (
    EditImageBodyJsonParamSizeType0,
    check_edit_image_body_json_param_size_type_0,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class EditImageBodyJsonParam(_OpenModel):
    """JSON form of an image edit for GPT image models: images are given by URL, data URL or file ID instead of uploads."""

    images: list[Any]
    """ The images to edit, 1 to 16 references by URL or file ID. """
    prompt: str
    """ What the edit should produce, 1 to 32000 characters. """
    model: EditImageBodyJsonParamModelType1 | None | str = None
    """ Which GPT image model edits, such as `gpt-image-2` or its dated snapshot; `gpt-image-1.5` if omitted. """
    mask: Any | None = None
    """ Points to an input image either by `image_url` or by `file_id`; give exactly one of them. """
    n: int | None = None
    """ How many edited images to return; default 1. """
    quality: EditImageBodyJsonParamQualityType0 | None = None
    """ Rendering quality of the output, e.g. `low`, `medium`, `high` or `auto` (default). """
    input_fidelity: EditImageBodyJsonParamInputFidelityType0 | None = None
    """ How strongly the output preserves details of the inputs, `high` or `low`. """
    size: EditImageBodyJsonParamSizeType0 | None = None
    """ Dimensions of the output image, e.g. `1024x1024` or `auto` (default). """
    user: str | None = None
    """ Your own stable ID for the end user, which lets OpenAI trace and detect abuse. """
    output_format: EditImageBodyJsonParamOutputFormatType0 | None = None
    """ File type of the returned image: `png` (default), `jpeg` or `webp`. """
    output_compression: int | None = None
    """ For `jpeg` or `webp` output only: compression from 0 to 100. """
    moderation: EditImageBodyJsonParamModerationType0 | None = None
    """ Content filtering strictness for GPT image models, `auto` (default) or `low`. """
    background: EditImageBodyJsonParamBackgroundType0 | None = None
    """ Output background: `transparent` (needs `png` or `webp` output), `opaque`, or `auto` (default). """
    stream: bool | None = None
    """ When true, partial images arrive as server-sent events before the final one; default false. """
    partial_images: int | None = None
    """ How many intermediate images to stream (0-3); null for none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "background",
        "images",
        "input_fidelity",
        "mask",
        "model",
        "moderation",
        "n",
        "output_compression",
        "output_format",
        "partial_images",
        "prompt",
        "quality",
        "size",
        "stream",
        "user",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("images", "images", REQUIRED, list_of(one_of(object))),
            ("prompt", "prompt", REQUIRED, None),
            (
                "model",
                "model",
                OPTIONAL_OR_NULL,
                one_of(str, check_edit_image_body_json_param_model_type_1, None),
            ),
            ("mask", "mask", OPTIONAL_OR_NULL, one_of(object)),
            ("n", "n", OPTIONAL_OR_NULL, one_of(int, None)),
            (
                "quality",
                "quality",
                OPTIONAL_OR_NULL,
                one_of(check_edit_image_body_json_param_quality_type_0, None),
            ),
            (
                "input_fidelity",
                "input_fidelity",
                OPTIONAL_OR_NULL,
                one_of(check_edit_image_body_json_param_input_fidelity_type_0, None),
            ),
            (
                "size",
                "size",
                OPTIONAL_OR_NULL,
                one_of(check_edit_image_body_json_param_size_type_0, None),
            ),
            ("user", "user", OPTIONAL, None),
            (
                "output_format",
                "output_format",
                OPTIONAL_OR_NULL,
                one_of(check_edit_image_body_json_param_output_format_type_0, None),
            ),
            (
                "output_compression",
                "output_compression",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
            (
                "moderation",
                "moderation",
                OPTIONAL_OR_NULL,
                one_of(check_edit_image_body_json_param_moderation_type_0, None),
            ),
            (
                "background",
                "background",
                OPTIONAL_OR_NULL,
                one_of(check_edit_image_body_json_param_background_type_0, None),
            ),
            ("stream", "stream", OPTIONAL_OR_NULL, one_of(bool, None)),
            ("partial_images", "partial_images", OPTIONAL_OR_NULL, one_of(int, None)),
            strict=True,
        )
