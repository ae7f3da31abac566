from typing import Literal

ListOrganizationSpendAlertsOrder = Literal["asc", "desc"]

LIST_ORGANIZATION_SPEND_ALERTS_ORDER_VALUES: set[ListOrganizationSpendAlertsOrder] = {
    "asc",
    "desc",
}


def check_list_organization_spend_alerts_order(
    value: str,
) -> ListOrganizationSpendAlertsOrder:
    if value in LIST_ORGANIZATION_SPEND_ALERTS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_SPEND_ALERTS_ORDER_VALUES!r}"
    )
