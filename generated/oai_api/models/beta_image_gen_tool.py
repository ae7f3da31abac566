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
from ..models.beta_image_gen_action_enum import (
    BetaImageGenActionEnum,
    check_beta_image_gen_action_enum,
)
from ..models.beta_image_gen_tool_background import (
    BetaImageGenToolBackground,
    check_beta_image_gen_tool_background,
)
from ..models.beta_image_gen_tool_model_type_1 import (
    BetaImageGenToolModelType1,
    check_beta_image_gen_tool_model_type_1,
)
from ..models.beta_image_gen_tool_moderation import (
    BetaImageGenToolModeration,
    check_beta_image_gen_tool_moderation,
)
from ..models.beta_image_gen_tool_output_format import (
    BetaImageGenToolOutputFormat,
    check_beta_image_gen_tool_output_format,
)
from ..models.beta_image_gen_tool_quality import (
    BetaImageGenToolQuality,
    check_beta_image_gen_tool_quality,
)
from ..models.beta_image_gen_tool_size_type_1 import (
    BetaImageGenToolSizeType1,
    check_beta_image_gen_tool_size_type_1,
)
from ..models.beta_image_gen_tool_type import (
    BetaImageGenToolType,
    check_beta_image_gen_tool_type,
)
from ..models.beta_input_fidelity import BetaInputFidelity, check_beta_input_fidelity

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_image_gen_tool_input_image_mask import (
        BetaImageGenToolInputImageMask,
    )


@_attrs_define(repr=False)
class BetaImageGenTool(_OpenModel):
    """Let the model generate or edit images."""

    type_: BetaImageGenToolType
    """ Fixed tag `image_generation`. """
    model: BetaImageGenToolModelType1 | str | None = None
    """ Image model to use, e.g. `gpt-image-1` (the default) or `gpt-image-1.5`. """
    quality: BetaImageGenToolQuality | None = None
    """ `low`, `medium`, `high`, or `auto` (default) to let the model pick. """
    size: BetaImageGenToolSizeType1 | str | None = None
    """ Size as `WIDTHxHEIGHT` in pixels, e.g. `1024x1536`, or `auto` (default); allowed sizes depend on the model.
    """
    output_format: BetaImageGenToolOutputFormat | None = None
    """ Image file format: `png` (default), `webp` or `jpeg`. """
    output_compression: int | None = None
    """ Level 0-100 applied to webp and jpeg output; default 100. """
    moderation: BetaImageGenToolModeration | None = None
    """ Content moderation strictness: `auto` (default) or `low`. """
    background: BetaImageGenToolBackground | None = None
    """ `transparent`, `opaque` or `auto` (default); a transparent background needs `png` or `webp` output. """
    input_fidelity: BetaInputFidelity | None = None
    """ How closely to keep features of input images. """
    input_image_mask: BetaImageGenToolInputImageMask | None = None
    """ Mask for editing part of an image (inpainting). """
    partial_images: int | None = None
    """ How many in-progress images to stream, 0 (default) to 3. """
    action: BetaImageGenActionEnum | None = None
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
        from ..models.beta_image_gen_tool_input_image_mask import (
            BetaImageGenToolInputImageMask,
        )

        return fields(
            ("type_", "type", REQUIRED, check_beta_image_gen_tool_type),
            (
                "model",
                "model",
                OPTIONAL,
                one_of(str, check_beta_image_gen_tool_model_type_1),
            ),
            ("quality", "quality", OPTIONAL, check_beta_image_gen_tool_quality),
            (
                "size",
                "size",
                OPTIONAL,
                one_of(str, check_beta_image_gen_tool_size_type_1),
            ),
            (
                "output_format",
                "output_format",
                OPTIONAL,
                check_beta_image_gen_tool_output_format,
            ),
            ("output_compression", "output_compression", OPTIONAL, None),
            (
                "moderation",
                "moderation",
                OPTIONAL,
                check_beta_image_gen_tool_moderation,
            ),
            (
                "background",
                "background",
                OPTIONAL,
                check_beta_image_gen_tool_background,
            ),
            (
                "input_fidelity",
                "input_fidelity",
                OPTIONAL_OR_NULL,
                one_of(check_beta_input_fidelity, None),
            ),
            (
                "input_image_mask",
                "input_image_mask",
                OPTIONAL,
                BetaImageGenToolInputImageMask,
            ),
            ("partial_images", "partial_images", OPTIONAL, None),
            ("action", "action", OPTIONAL, check_beta_image_gen_action_enum),
        )
