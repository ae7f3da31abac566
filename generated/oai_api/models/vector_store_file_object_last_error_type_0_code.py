from typing import Literal

VectorStoreFileObjectLastErrorType0Code = Literal[
    "invalid_file", "server_error", "unsupported_file"
]

VECTOR_STORE_FILE_OBJECT_LAST_ERROR_TYPE_0_CODE_VALUES: set[
    VectorStoreFileObjectLastErrorType0Code
] = {
    "invalid_file",
    "server_error",
    "unsupported_file",
}


def check_vector_store_file_object_last_error_type_0_code(
    value: str,
) -> VectorStoreFileObjectLastErrorType0Code:
    if value in VECTOR_STORE_FILE_OBJECT_LAST_ERROR_TYPE_0_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VECTOR_STORE_FILE_OBJECT_LAST_ERROR_TYPE_0_CODE_VALUES!r}"
    )
