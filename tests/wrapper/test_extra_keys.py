"""Models whose extra keys are typed as a union of JSON types (a vector store file's
`attributes`: strings, numbers, booleans) read them as they are, from the model itself too."""

from __future__ import annotations

import importlib

import pytest


def test_attributes_read_as_their_own_model() -> None:
    try:
        module = importlib.import_module("oai_api.models.vector_store_file_attributes_type_0")
    except ImportError:
        pytest.skip("the client in use names the attributes model otherwise")
    attributes = module.VectorStoreFileAttributesType0.from_dict(
        {"topic": "cards", "pages": 3, "public": True}
    )
    assert attributes.additional_properties == {"topic": "cards", "pages": 3, "public": True}
    assert attributes.to_dict() == {"topic": "cards", "pages": 3, "public": True}
