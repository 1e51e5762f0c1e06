"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .address_attributes import AddressAttributes
from .address_fields import AddressFields
from .error_envelope import ErrorEnvelope
from .metadata import Metadata
from .note import Note
from .order import Order
from .order_attributes import OrderAttributes
from .order_create import OrderCreate
from .order_envelope import OrderEnvelope
from .order_item import OrderItem
from .order_item_attributes import OrderItemAttributes
from .order_item_create import OrderItemCreate
from .order_list_envelope import OrderListEnvelope
from .order_relationships import OrderRelationships
from .product import Product
from .product_attributes import ProductAttributes
from .product_create import ProductCreate
from .product_envelope import ProductEnvelope
from .product_inventory import ProductInventory
from .product_inventory_attributes import ProductInventoryAttributes
from .product_inventory_create import ProductInventoryCreate
from .product_inventory_list_envelope import ProductInventoryListEnvelope
from .product_list_envelope import ProductListEnvelope
from .product_relationships import ProductRelationships
from .product_relationships_product_inventories_item import ProductRelationshipsProductInventoriesItem
from .relationships_type_0 import RelationshipsType0
from .relationships_type_1_item import RelationshipsType1Item

__all__ = (
    "Address",
    "AddressAttributes",
    "AddressFields",
    "ErrorEnvelope",
    "Metadata",
    "Note",
    "Order",
    "OrderAttributes",
    "OrderCreate",
    "OrderEnvelope",
    "OrderItem",
    "OrderItemAttributes",
    "OrderItemCreate",
    "OrderListEnvelope",
    "OrderRelationships",
    "Product",
    "ProductAttributes",
    "ProductCreate",
    "ProductEnvelope",
    "ProductInventory",
    "ProductInventoryAttributes",
    "ProductInventoryCreate",
    "ProductInventoryListEnvelope",
    "ProductListEnvelope",
    "ProductRelationships",
    "ProductRelationshipsProductInventoriesItem",
    "RelationshipsType0",
    "RelationshipsType1Item",
)
