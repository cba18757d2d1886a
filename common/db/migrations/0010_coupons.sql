-- Version 10: coupons end to end (issue "Coupons end to end").
--
-- The coupons table of version 1 was never written (no route or job made a coupon),
-- so it is made again in its real shape rather than altered column by column.
--
-- A coupon's terms (every field Salla's coupon API takes) are kept whole as JSON in
-- Salla's request names (common/salla/SallaCoupons.h), the one mapping both ways; the
-- columns beside them are what lists filter and sort by. `version` is the merchant's
-- edit version (If-Match); `pushed_version` the one Salla last accepted, so the push
-- job knows whether Salla is behind, and `pushed_terms` what Salla then got, so a
-- reconcile tells a change made on Salla's side from an edit not pushed yet. The sync state and error are the push's own and
-- never bump `version`, so a sync never makes a merchant's edit conflict.
-- Usage figures are sums over coupon_uses, kept in the row for lists and cards.
DROP TABLE coupons;
CREATE TABLE coupons (
    id {{pk}},
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    salla_id BIGINT,
    code TEXT NOT NULL,
    code_key TEXT NOT NULL, -- upper-cased: Salla's codes are unique in any case
    type TEXT NOT NULL CHECK (type IN ('percentage', 'fixed')),
    amount BIGINT NOT NULL, -- fixed: halalas; percentage: hundredths of a percent
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'deleted')),
    is_group BOOLEAN NOT NULL DEFAULT FALSE,
    starts_at BIGINT,
    expires_at BIGINT,
    terms TEXT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    pushed_version BIGINT NOT NULL DEFAULT 0,
    pushed_terms TEXT NOT NULL DEFAULT '{}', -- what Salla last accepted: a change there shows against it
    sync_state TEXT NOT NULL DEFAULT 'pending' CHECK (sync_state IN ('pending', 'synced', 'failed')),
    sync_error TEXT NOT NULL DEFAULT '{}', -- {"message": …, "fields": {field: [Salla's words]}}
    synced_at BIGINT,
    uses BIGINT NOT NULL DEFAULT 0,
    customers BIGINT NOT NULL DEFAULT 0,
    discount_halalas BIGINT NOT NULL DEFAULT 0,
    revenue_halalas BIGINT NOT NULL DEFAULT 0, -- order totals net of VAT
    vat_halalas BIGINT NOT NULL DEFAULT 0,
    group_codes BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (merchant_id, id),
    UNIQUE (merchant_id, code_key),
    UNIQUE (merchant_id, salla_id)
);

-- A campaign's one-use codes, as Salla made them (group_coupons).
CREATE TABLE coupon_codes (
    id {{pk}},
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    coupon_id BIGINT NOT NULL,
    code TEXT NOT NULL,
    code_key TEXT NOT NULL,
    UNIQUE (merchant_id, code_key),
    FOREIGN KEY (merchant_id, coupon_id) REFERENCES coupons (merchant_id, id) ON DELETE CASCADE
);
CREATE INDEX coupon_codes_coupon ON coupon_codes (merchant_id, coupon_id);

-- Which order used which coupon, and what it brought: one row per order, written
-- again whenever the order changes, so a cancelled or refunded order stops counting
-- (counted = FALSE) and a retried or older event never counts twice.
CREATE TABLE coupon_uses (
    id {{pk}},
    merchant_id BIGINT NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
    coupon_id BIGINT NOT NULL,
    order_id BIGINT NOT NULL,
    customer_id BIGINT,
    counted BOOLEAN NOT NULL,
    discount_halalas BIGINT NOT NULL,
    revenue_halalas BIGINT NOT NULL,
    vat_halalas BIGINT NOT NULL,
    used_at BIGINT NOT NULL,
    UNIQUE (merchant_id, order_id),
    FOREIGN KEY (merchant_id, coupon_id) REFERENCES coupons (merchant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (merchant_id, order_id) REFERENCES orders (merchant_id, id) ON DELETE CASCADE
);
CREATE INDEX coupon_uses_coupon ON coupon_uses (merchant_id, coupon_id, used_at);

-- An order's VAT (amounts.tax), so revenue can be told net of it. NULL: not known yet.
ALTER TABLE orders ADD COLUMN tax_halalas BIGINT;
