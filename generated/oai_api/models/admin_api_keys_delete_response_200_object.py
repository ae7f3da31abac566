from typing import Literal

AdminApiKeysDeleteResponse200Object = Literal["organization.admin_api_key.deleted"]

ADMIN_API_KEYS_DELETE_RESPONSE_200_OBJECT_VALUES: set[
    AdminApiKeysDeleteResponse200Object
] = {
    "organization.admin_api_key.deleted",
}


def check_admin_api_keys_delete_response_200_object(
    value: str,
) -> AdminApiKeysDeleteResponse200Object:
    if value in ADMIN_API_KEYS_DELETE_RESPONSE_200_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADMIN_API_KEYS_DELETE_RESPONSE_200_OBJECT_VALUES!r}"
    )
