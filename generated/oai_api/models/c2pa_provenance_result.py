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
from ..models.c2pa_provenance_result_type import (
    C2PAProvenanceResultType,
    check_c2pa_provenance_result_type,
)
from ..models.c2pa_validation_state_api import (
    C2PAValidationStateApi,
    check_c2pa_validation_state_api,
)
from ..models.provenance_detection_result_api import (
    ProvenanceDetectionResultApi,
    check_provenance_detection_result_api,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class C2PAProvenanceResult(_OpenModel):
    """C2PA manifest finding: detected or not, manifest validity, and the issuer, model and generation time when recorded."""

    type_: C2PAProvenanceResultType

    outcome: ProvenanceDetectionResultApi
    """ Whether a provenance signal was found: `detected` or `not_detected`. """
    validation_state: C2PAValidationStateApi
    """ Validity of the file's C2PA manifest: `trusted`, `valid`, `invalid` or `not_present`. """
    issuer: None | str

    model: None | str

    generated_at: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("generated_at", "issuer", "model", "outcome", "type", "validation_state")
    _tags = {"type": ("c2pa",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_c2pa_provenance_result_type),
            ("outcome", "outcome", REQUIRED, check_provenance_detection_result_api),
            (
                "validation_state",
                "validation_state",
                REQUIRED,
                check_c2pa_validation_state_api,
            ),
            ("issuer", "issuer", REQUIRED_OR_NULL, one_of(str, None)),
            ("model", "model", REQUIRED_OR_NULL, one_of(str, None)),
            ("generated_at", "generated_at", REQUIRED_OR_NULL, one_of(str, None)),
        )
