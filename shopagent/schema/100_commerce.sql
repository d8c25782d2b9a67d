-- Commerce: cart, vouchers, checkout sessions, orders, spending settings, the stored payment method.
-- Money is integer minor units of the row's currency. Times are Unix seconds (REAL).
-- No foreign key points at inventory: a catalog re-import may drop SKUs that carts and orders still name.

CREATE TABLE cart_lines (
    sku              TEXT PRIMARY KEY,
    quantity         INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    -- The unit price the user last saw, so checkout can say what changed since.
    seen_price_minor INTEGER NOT NULL CHECK (seen_price_minor >= 0),
    added_at         REAL NOT NULL,
    updated_at       REAL NOT NULL
);

CREATE TABLE vouchers (
    code               TEXT PRIMARY KEY,                 -- upper-cased; lookups are case-insensitive
    kind               TEXT NOT NULL CHECK (kind IN ('fixed', 'percent')),
    amount_minor       INTEGER CHECK (amount_minor > 0),  -- fixed vouchers
    percent_bp         INTEGER CHECK (percent_bp BETWEEN 1 AND 10000),  -- percent, in 1/100 of a percent
    cap_minor          INTEGER CHECK (cap_minor > 0),     -- optional ceiling on a percent discount
    min_subtotal_minor INTEGER NOT NULL DEFAULT 0 CHECK (min_subtotal_minor >= 0),
    currency           TEXT NOT NULL DEFAULT 'USD',
    created_at         REAL NOT NULL,
    CHECK ((kind = 'fixed' AND amount_minor IS NOT NULL AND percent_bp IS NULL AND cap_minor IS NULL)
        OR (kind = 'percent' AND percent_bp IS NOT NULL AND amount_minor IS NULL))
);

CREATE TABLE checkout_sessions (
    id             TEXT PRIMARY KEY,
    status         TEXT NOT NULL CHECK (status IN
                       ('not_ready_for_payment', 'ready_for_payment', 'in_progress', 'completed', 'canceled')),
    source         TEXT NOT NULL CHECK (source IN ('cart', 'lines')),
    currency       TEXT NOT NULL,
    voucher_code   TEXT,
    shipping       TEXT NOT NULL CHECK (shipping IN ('standard', 'express')),
    lines_json     TEXT NOT NULL,      -- [{sku, product_id, title, quantity, unit_price_minor, ...}]
    messages_json  TEXT NOT NULL DEFAULT '[]',
    subtotal_minor INTEGER NOT NULL,
    discount_minor INTEGER NOT NULL,
    shipping_minor INTEGER NOT NULL,
    tax_minor      INTEGER NOT NULL,
    total_minor    INTEGER NOT NULL,
    order_id       TEXT UNIQUE,
    created_at     REAL NOT NULL,
    updated_at     REAL NOT NULL
);

-- The simulated stored card. The token never leaves this table: tools and JSON show brand and last4 only.
CREATE TABLE payment_methods (
    id         TEXT PRIMARY KEY,
    token      TEXT NOT NULL UNIQUE,
    brand      TEXT NOT NULL,
    last4      TEXT NOT NULL CHECK (length(last4) = 4),
    created_at REAL NOT NULL
);

CREATE TABLE orders (
    id                TEXT PRIMARY KEY,
    session_id        TEXT NOT NULL UNIQUE,
    -- A retried completion with the same key finds this row instead of charging again.
    idempotency_key   TEXT NOT NULL UNIQUE,
    status            TEXT NOT NULL CHECK (status IN ('confirmed', 'canceled', 'returned')),
    approval_kind     TEXT NOT NULL CHECK (approval_kind IN ('human', 'mandate')),
    approval_ref      TEXT NOT NULL,
    currency          TEXT NOT NULL,
    subtotal_minor    INTEGER NOT NULL CHECK (subtotal_minor >= 0),
    discount_minor    INTEGER NOT NULL CHECK (discount_minor >= 0),
    shipping_method   TEXT NOT NULL,
    shipping_minor    INTEGER NOT NULL CHECK (shipping_minor >= 0),
    tax_minor         INTEGER NOT NULL CHECK (tax_minor >= 0),
    total_minor       INTEGER NOT NULL CHECK (total_minor >= 0),
    voucher_code      TEXT,
    payment_method_id TEXT NOT NULL REFERENCES payment_methods(id),
    charge_id         TEXT NOT NULL UNIQUE,
    created_at        REAL NOT NULL,
    updated_at        REAL NOT NULL
);
CREATE INDEX orders_created ON orders(created_at);

CREATE TABLE order_lines (
    order_id         TEXT NOT NULL REFERENCES orders(id),
    line_no          INTEGER NOT NULL,
    sku              TEXT NOT NULL,
    product_id       TEXT NOT NULL,
    title            TEXT NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    line_total_minor INTEGER NOT NULL CHECK (line_total_minor >= 0),
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_lines_sku ON order_lines(sku);

CREATE TABLE order_events (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id TEXT NOT NULL REFERENCES orders(id),
    status   TEXT NOT NULL,
    reason   TEXT NOT NULL,
    at       REAL NOT NULL
);
CREATE INDEX order_events_order ON order_events(order_id, id);

-- User settings (`shopagent config set KEY VALUE`); a missing key means "off".
CREATE TABLE config (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at REAL NOT NULL
);
