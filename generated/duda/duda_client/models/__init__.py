"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .card_brand import CardBrand
from .custom_field import CustomField
from .discount import Discount
from .error import Error
from .fulfillment import Fulfillment
from .fulfillment_create import FulfillmentCreate
from .fulfillment_item import FulfillmentItem
from .fulfillment_method import FulfillmentMethod
from .fulfillment_page import FulfillmentPage
from .fulfillment_status import FulfillmentStatus
from .fulfillment_update import FulfillmentUpdate
from .inventory_sync_strategy import InventorySyncStrategy
from .item_option import ItemOption
from .item_quantity import ItemQuantity
from .metadata_object import MetadataObject
from .order import Order
from .order_cancel import OrderCancel
from .order_create import OrderCreate
from .order_create_status import OrderCreateStatus
from .order_item import OrderItem
from .order_item_update import OrderItemUpdate
from .order_mode import OrderMode
from .order_page import OrderPage
from .order_refund_summary import OrderRefundSummary
from .order_source import OrderSource
from .order_status import OrderStatus
from .order_update import OrderUpdate
from .payment import Payment
from .payment_status import PaymentStatus
from .refund import Refund
from .refund_create import RefundCreate
from .refund_item import RefundItem
from .refund_page import RefundPage
from .refund_tax import RefundTax
from .refund_tax_provider import RefundTaxProvider
from .shipping_method import ShippingMethod
from .sort_direction import SortDirection
from .tax import Tax
from .tax_provider_name import TaxProviderName
from .tracking import Tracking
from .unit_dimensions import UnitDimensions

__all__ = (
    "Address",
    "CardBrand",
    "CustomField",
    "Discount",
    "Error",
    "Fulfillment",
    "FulfillmentCreate",
    "FulfillmentItem",
    "FulfillmentMethod",
    "FulfillmentPage",
    "FulfillmentStatus",
    "FulfillmentUpdate",
    "InventorySyncStrategy",
    "ItemOption",
    "ItemQuantity",
    "MetadataObject",
    "Order",
    "OrderCancel",
    "OrderCreate",
    "OrderCreateStatus",
    "OrderItem",
    "OrderItemUpdate",
    "OrderMode",
    "OrderPage",
    "OrderRefundSummary",
    "OrderSource",
    "OrderStatus",
    "OrderUpdate",
    "Payment",
    "PaymentStatus",
    "Refund",
    "RefundCreate",
    "RefundItem",
    "RefundPage",
    "RefundTax",
    "RefundTaxProvider",
    "ShippingMethod",
    "SortDirection",
    "Tax",
    "TaxProviderName",
    "Tracking",
    "UnitDimensions",
)
