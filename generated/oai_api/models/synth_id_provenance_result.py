from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.provenance_detection_result_api import (
    ProvenanceDetectionResultApi,
    check_provenance_detection_result_api,
)
from ..models.synth_id_provenance_result_type import (
    SynthIDProvenanceResultType,
    check_synth_id_provenance_result_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class SynthIDProvenanceResult(_OpenModel):
    """SynthID watermark finding: detected or not, plus the model and generation time when recorded."""

    type_: SynthIDProvenanceResultType

    outcome: ProvenanceDetectionResultApi
    """ Whether a provenance signal was found: `detected` or `not_detected`. """
    model: None | str

    generated_at: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("generated_at", "model", "outcome", "type")
    _tags = {"type": ("synthid",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_synth_id_provenance_result_type),
            ("outcome", "outcome", REQUIRED, check_provenance_detection_result_api),
            ("model", "model", REQUIRED_OR_NULL, one_of(str, None)),
            ("generated_at", "generated_at", REQUIRED_OR_NULL, one_of(str, None)),
        )
