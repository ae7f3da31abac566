from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.image_gen_action_enum import (
    ImageGenActionEnum,
    check_image_gen_action_enum,
)
from ..models.image_gen_tool_background import (
    ImageGenToolBackground,
    check_image_gen_tool_background,
)
from ..models.image_gen_tool_model_type_1 import (
    ImageGenToolModelType1,
    check_image_gen_tool_model_type_1,
)
from ..models.image_gen_tool_moderation import (
    ImageGenToolModeration,
    check_image_gen_tool_moderation,
)
from ..models.image_gen_tool_output_format import (
    ImageGenToolOutputFormat,
    check_image_gen_tool_output_format,
)
from ..models.image_gen_tool_quality import (
    ImageGenToolQuality,
    check_image_gen_tool_quality,
)
from ..models.image_gen_tool_size_type_1 import (
    ImageGenToolSizeType1,
    check_image_gen_tool_size_type_1,
)
from ..models.image_gen_tool_type import ImageGenToolType, check_image_gen_tool_type
from ..models.input_fidelity import InputFidelity, check_input_fidelity

if TYPE_CHECKING:
    from .._model import Table
    from ..models.image_gen_tool_input_image_mask import ImageGenToolInputImageMask


@_attrs_define(repr=False)
class ImageGenTool(_OpenModel):
    """Let the model generate or edit images."""

    type_: ImageGenToolType
    """ Fixed tag `image_generation`. """
    model: ImageGenToolModelType1 | str | None = None
    """ Image model to use. """
    quality: ImageGenToolQuality | None = None
    """ Image quality. """
    size: ImageGenToolSizeType1 | str | None = None
    """ Image size in pixels, or `auto`. """
    output_format: ImageGenToolOutputFormat | None = None
    """ File format of the images. """
    output_compression: int | None = None
    """ Compression level 0-100 for webp and jpeg. """
    moderation: ImageGenToolModeration | None = None
    """ Content moderation strictness. """
    background: ImageGenToolBackground | None = None
    """ Transparent, opaque or automatic background. """
    input_fidelity: InputFidelity | None = None
    """ How closely to keep features of input images. """
    input_image_mask: ImageGenToolInputImageMask | None = None
    """ Mask for editing part of an image (inpainting). """
    partial_images: int | None = None
    """ Partial images to stream, 0 to 3. """
    action: ImageGenActionEnum | None = None
    """ Whether the image tool generates, edits, or decides itself. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "action",
        "background",
        "input_fidelity",
        "input_image_mask",
        "model",
        "moderation",
        "output_compression",
        "output_format",
        "partial_images",
        "quality",
        "size",
        "type",
    )
    _tags = {"type": ("image_generation",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.image_gen_tool_input_image_mask import ImageGenToolInputImageMask

        return fields(
            ("type_", "type", REQUIRED, check_image_gen_tool_type),
            (
                "model",
                "model",
                OPTIONAL,
                one_of(str, check_image_gen_tool_model_type_1),
            ),
            ("quality", "quality", OPTIONAL, check_image_gen_tool_quality),
            ("size", "size", OPTIONAL, one_of(str, check_image_gen_tool_size_type_1)),
            (
                "output_format",
                "output_format",
                OPTIONAL,
                check_image_gen_tool_output_format,
            ),
            ("output_compression", "output_compression", OPTIONAL, None),
            ("moderation", "moderation", OPTIONAL, check_image_gen_tool_moderation),
            ("background", "background", OPTIONAL, check_image_gen_tool_background),
            (
                "input_fidelity",
                "input_fidelity",
                OPTIONAL_OR_NULL,
                one_of(check_input_fidelity, None),
            ),
            (
                "input_image_mask",
                "input_image_mask",
                OPTIONAL,
                ImageGenToolInputImageMask,
            ),
            ("partial_images", "partial_images", OPTIONAL, None),
            ("action", "action", OPTIONAL, check_image_gen_action_enum),
        )
