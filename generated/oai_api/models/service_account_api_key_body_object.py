from typing import Literal

ServiceAccountApiKeyBodyObject = Literal["organization.project.service_account.api_key"]

SERVICE_ACCOUNT_API_KEY_BODY_OBJECT_VALUES: set[ServiceAccountApiKeyBodyObject] = {
    "organization.project.service_account.api_key",
}


def check_service_account_api_key_body_object(
    value: str,
) -> ServiceAccountApiKeyBodyObject:
    if value in SERVICE_ACCOUNT_API_KEY_BODY_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVICE_ACCOUNT_API_KEY_BODY_OBJECT_VALUES!r}"
    )
