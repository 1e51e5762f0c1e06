"""Contains all the data models used in inputs/outputs"""

from .asset import Asset
from .asset_source import AssetSource
from .commission_data import CommissionData
from .error import Error
from .event import Event
from .event_type import EventType
from .legacy_order_result import LegacyOrderResult
from .legacy_order_result_result import LegacyOrderResultResult
from .loyalty import Loyalty
from .member import Member
from .order import Order
from .order_create import OrderCreate
from .order_fields import OrderFields
from .order_update import OrderUpdate
from .order_upsert import OrderUpsert
from .order_upsert_result import OrderUpsertResult
from .redemption import Redemption
from .referral import Referral
from .stored_order import StoredOrder
from .yes_or_true_type_0 import YesOrTrueType0

__all__ = (
    "Asset",
    "AssetSource",
    "CommissionData",
    "Error",
    "Event",
    "EventType",
    "LegacyOrderResult",
    "LegacyOrderResultResult",
    "Loyalty",
    "Member",
    "Order",
    "OrderCreate",
    "OrderFields",
    "OrderUpdate",
    "OrderUpsert",
    "OrderUpsertResult",
    "Redemption",
    "Referral",
    "StoredOrder",
    "YesOrTrueType0",
)
