-- Autonomous purchases: signed mandates, price watches, the spend ledger and the audit trail.
-- Times are ISO 8601 UTC text ("2026-12-20T23:59:59+00:00"); money is integer minor units.

-- An open mandate: limits the user signed. `signature` is an HMAC-SHA256 (key in keys/mandate.key)
-- over a canonical JSON of every other column, so a hand edit of any of them is detected.
CREATE TABLE mandates (
    mandate_id      TEXT PRIMARY KEY,
    currency        TEXT NOT NULL,
    max_total_minor INTEGER NOT NULL,
    budget_minor    INTEGER,
    categories      TEXT NOT NULL DEFAULT '[]',   -- JSON list, lower-cased
    skus            TEXT NOT NULL DEFAULT '[]',   -- JSON list
    expires_at      TEXT,
    created_at      TEXT NOT NULL,
    revoked_at      TEXT,
    signature       TEXT NOT NULL
);

-- status: active -> bought | expired | removed. Refusals and failures leave a watch active (see docs).
CREATE TABLE watches (
    watch_id         TEXT PRIMARY KEY,
    sku              TEXT NOT NULL,
    currency         TEXT NOT NULL,
    max_price_minor  INTEGER NOT NULL CHECK (max_price_minor >= 0),
    until            TEXT,
    auto_buy         INTEGER NOT NULL DEFAULT 0 CHECK (auto_buy IN (0, 1)),
    status           TEXT NOT NULL DEFAULT 'active'
                     CHECK (status IN ('active', 'bought', 'expired', 'removed')),
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL DEFAULT 'user',   -- 'user' (CLI) or 'agent' (tool)
    last_checked_at  TEXT,
    last_seen_minor  INTEGER,
    last_seen_stock  INTEGER,
    last_event       TEXT,      -- decision + reason + price of the last audited event (dedup key)
    last_reason      TEXT,
    mandate_id       TEXT,
    order_id         TEXT,
    closed_at        TEXT
);
CREATE INDEX watches_status ON watches(status);

-- What each mandate has spent. Written by the checkout guard inside the order's own transaction,
-- so two concurrent purchases cannot both fit into the same remaining budget.
CREATE TABLE mandate_spend (
    idempotency_key TEXT PRIMARY KEY,
    mandate_id      TEXT NOT NULL REFERENCES mandates(mandate_id),
    watch_id        TEXT,
    amount_minor    INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency        TEXT NOT NULL,
    order_id        TEXT,
    at              TEXT NOT NULL
);
CREATE INDEX mandate_spend_mandate ON mandate_spend(mandate_id);

-- Every autonomous decision, appended in order (seq is monotonic).
CREATE TABLE audit (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    watch_id     TEXT,
    sku          TEXT,
    price_minor  INTEGER,
    currency     TEXT,
    mandate_id   TEXT,
    decision     TEXT NOT NULL
                 CHECK (decision IN ('matched', 'bought', 'refused', 'failed', 'expired', 'skipped')),
    reason       TEXT NOT NULL DEFAULT '',
    order_id     TEXT,
    idempotency_key TEXT
);
CREATE INDEX audit_watch ON audit(watch_id);
