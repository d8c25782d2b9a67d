-- Core tables: key/value metadata and the live inventory (price and stock per SKU).
-- Inventory lives here, beside orders, so that an order and its stock decrement commit together.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE inventory (
    sku         TEXT PRIMARY KEY,
    product_id  TEXT NOT NULL,
    title       TEXT NOT NULL,
    brand       TEXT,
    category    TEXT,
    options     TEXT NOT NULL DEFAULT '{}',   -- JSON {option: value} for variant SKUs
    currency    TEXT NOT NULL DEFAULT 'USD',
    price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
    stock       INTEGER NOT NULL CHECK (stock >= 0),
    updated_at  REAL NOT NULL
);
CREATE INDEX inventory_product ON inventory(product_id);
