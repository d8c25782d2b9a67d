-- Serving other agents (MCP tools, ACP checkout sessions over HTTP).
-- Times are Unix seconds (REAL); money is integer minor units.

-- One row per Idempotency-Key of a POST. It is written in the same transaction as the business write it
-- records, so a crash leaves either both or neither. A replay returns status_code and response_json.
CREATE TABLE idempotency_keys (
    key          TEXT PRIMARY KEY,
    request_hash TEXT NOT NULL,        -- sha256 of method, path and canonical JSON body
    status_code  INTEGER NOT NULL,
    response_json TEXT NOT NULL,
    created_at   REAL NOT NULL
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- A remote agent asked to complete a checkout and no mandate covered it: a person must approve it with
-- `shopagent checkout approve SESSION_ID`. The session itself stays ready_for_payment until then.
CREATE TABLE checkout_escalations (
    session_id   TEXT PRIMARY KEY REFERENCES checkout_sessions (id),
    requested_via TEXT NOT NULL CHECK (requested_via IN ('mcp', 'http')),
    reason       TEXT NOT NULL,
    requested_at REAL NOT NULL,
    approved_at  REAL,
    approved_by  TEXT
);

-- Carts built by remote agents (UCP create_cart). They are separate from the user's own cart, which only
-- the user's own commands and the local agent change.
CREATE TABLE agent_carts (
    id         TEXT PRIMARY KEY,
    status     TEXT NOT NULL CHECK (status IN ('active', 'canceled')),
    lines_json TEXT NOT NULL,          -- [{sku, quantity}]
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
