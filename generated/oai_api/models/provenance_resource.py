from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.provenance_check_object import (
    ProvenanceCheckObject,
    check_provenance_check_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.c2pa_provenance_result import C2PAProvenanceResult
    from ..models.synth_id_provenance_result import SynthIDProvenanceResult


@_attrs_define(repr=False)
class ProvenanceResource(_OpenModel):
    """Result of a provenance check: one entry per signal type examined (C2PA, SynthID)."""

    object_: ProvenanceCheckObject
    """ Object type of a provenance check; always `content_provenance_check`. """
    created_at: int

    results: list[C2PAProvenanceResult | SynthIDProvenanceResult]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "object", "results")
    _tags = {"object": ("content_provenance_check",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_provenance_check_object),
            ("created_at", "created_at", REQUIRED, None),
            (
                "results",
                "results",
                REQUIRED,
                list_of(
                    one_of(
                        member(
                            "c2pa_provenance_result",
                            "C2PAProvenanceResult",
                            ("type", "c2pa"),
                        ),
                        member(
                            "synth_id_provenance_result",
                            "SynthIDProvenanceResult",
                            ("type", "synthid"),
                        ),
                    )
                ),
            ),
        )
