#!/usr/bin/env bash
# Prints the SQL that fills a migrated Nomo Flow database with a year of one busy store
# (benchmarks/reports/run.sh pipes it into sqlite3 or psql). Every row is made by the
# database itself from a row number, so a million orders take seconds, not a client's
# round trips, and the same numbers give the same store on both engines.
#   seed.sql.sh sqlite|postgres ORDERS PAGEVIEWS FROM_MS TO_MS [MERCHANT]
# FROM_MS..TO_MS: UTC epoch milliseconds the orders and visits are spread over.
# What is seeded: the store, 20 coupons, 100,000 customers (CUSTOMERS=…), the orders,
# one attributions row per order as OrderAttribution writes it, visitor_sessions
# (pageviews / 3.3) and their page_views. Not seeded: messages, abandoned carts,
# coupon_uses, holdout units; an attribution's message_id and cart_id are the order's
# own id (neither column has a foreign key, and the rollup only groups by them).
set -euo pipefail
engine=$1 orders=$2 views=$3 from=$4 to=$5 store=${6:-1487302251}
customers=${CUSTOMERS:-100000}
sessions=$(( (views * 10 + 32) / 33 ))
span=$(( to - from ))
step=$(( span / orders > 0 ? span / orders : 1 ))          # ms between two orders
sstep=$(( span / sessions > 0 ? span / sessions : 1 ))     # ms between two visits

# rows N: a source of the numbers 1..N as column i (BIGINT on PostgreSQL: i * a
# 32-bit multiplier must not overflow an INTEGER).
rows() {
    if [ "$engine" = postgres ]; then echo "generate_series(1::bigint, $1) AS n(i)"
    else echo "(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < $1) SELECT i FROM s) AS n"; fi
}
# day EXPR: the Riyadh date (UTC+3, no DST since 1970) of EXPR ms, YYYY-MM-DD.
day() {
    if [ "$engine" = postgres ]; then echo "to_char(to_timestamp(($1) / 1000 + 10800) AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
    else echo "strftime('%Y-%m-%d', ($1) / 1000 + 10800, 'unixepoch')"; fi
}
# hash X K: 0..65535, the high half of a multiplicative hash of X (its low bits repeat).
hash() { echo "(((($1) * $2) % 4294967296) / 65536)"; }
K1=2654435761 K2=2246822519 K3=3266489917 K4=668265263 K5=374761393 K6=2028178513 K7=1103515245 K8=3624381853
# What earned order X (0..99): coupon < 12 <= message < 27 <= collector < 30 <= toast < 33 <= none.
src() { echo "($(hash "$1" $K3) % 100)"; }
# The first millisecond of visit J.
visit_at() { echo "($from + (($1) - 1) * $span / $sessions + $(hash "$1" $K1) % $sstep)"; }

if [ "$engine" = postgres ]; then
    # Seeding only: the rows are consistent by construction, so skip the per-row
    # foreign-key triggers (superuser; this session only).
    echo "SET session_replication_role = replica;"
    echo "BEGIN;"
else
    echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;"
    echo "BEGIN IMMEDIATE;"
fi
cat <<SQL
INSERT INTO merchants (id, name, username, email, domain, plan, status, installed_at, created_at, updated_at)
VALUES ($store, 'متجر الأداء', 'bench-store', 'owner@bench-store.example', 'bench-store.example', 'pro', 'active', $from, $from, $from);
INSERT INTO merchant_features (merchant_id, feature_key, enabled, settings_json, version, updated_at)
VALUES ($store, 'visitor_data', TRUE, '{}', 1, $from);

INSERT INTO coupons (id, merchant_id, salla_id, code, code_key, type, amount, status, terms, sync_state, synced_at, created_at, updated_at)
SELECT i, $store, 500000 + i, 'Nomo' || i, 'NOMO' || i, 'percentage', 1000, 'active', '{}', 'synced', $from, $from, $from FROM $(rows 20);

INSERT INTO customers (id, merchant_id, salla_id, first_name, last_name, email, mobile, city, country, created_at, updated_at, source_at)
SELECT i, $store, 100000000 + i, 'عميل', 'رقم ' || i, 'shopper' || i || '@example.com', '+9665' || (10000000 + i),
       CASE $(hash i $K2) % 5 WHEN 0 THEN 'جدة' WHEN 1 THEN 'مكة المكرمة' WHEN 2 THEN 'الدمام' ELSE 'الرياض' END, 'SA',
       $from - i * 60000, $from - i * 60000, $from - i * 60000
FROM $(rows "$customers");

-- Orders: evenly spread with a jitter, 6 % cancelled (an hour later), mada mostly.
INSERT INTO orders (id, merchant_id, salla_id, reference_id, customer_id, status, total_halalas, discount_halalas, coupon_code,
                    payment_method, city, item_count, ordered_at, created_at, updated_at, source_at, tax_halalas)
SELECT i, $store, 300000000 + i, 'R' || (300000000 + i), 1 + $(hash i $K1) % $customers, status, total,
       CASE WHEN src < 12 THEN total / 9 ELSE 0 END, CASE WHEN src < 12 THEN 'Nomo' || (1 + $(hash i $K5) % 20) END,
       CASE WHEN pay < 75 THEN 'mada' WHEN pay < 90 THEN 'cod' ELSE 'credit_card' END,
       CASE $(hash i $K6) % 5 WHEN 0 THEN 'جدة' WHEN 1 THEN 'مكة المكرمة' WHEN 2 THEN 'الدمام' ELSE 'الرياض' END,
       1 + $(hash i $K7) % 4, at, at, at + moved, at + moved,
       total - (total * 200 + 115) / 230 -- Salla's amounts.tax: VAT 15 % inside the total
FROM (SELECT i, $from + (i - 1) * $span / $orders + $(hash i $K1) % $step AS at, 5000 + $(hash i $K2) * 95000 / 65536 AS total,
             CASE WHEN $(hash i $K4) % 100 < 6 THEN 'canceled' ELSE 'completed' END AS status,
             CASE WHEN $(hash i $K4) % 100 < 6 THEN 3600000 ELSE 0 END AS moved,
             $(src i) AS src, $(hash i $K8) % 100 AS pay
      FROM $(rows "$orders")) AS o;

-- Their attributions, as OrderAttribution::follow writes them (AttributionRules).
INSERT INTO attributions (merchant_id, order_id, source, coupon_id, message_id, automation, channel, touch, touched_at, cart_id, day,
                          ordered_at, total_halalas, counted_halalas, vat_halalas, status, attributed_at, updated_at, visitor_id)
SELECT merchant_id, id, source, CASE WHEN source = 'coupon' THEN 1 + $(hash id $K5) % 20 END,
       CASE WHEN source = 'message' THEN id END, automation, channel,
       CASE source WHEN 'message' THEN CASE WHEN channel = 'email' AND ch < 20 THEN 'open' ELSE 'click' END
                   WHEN 'collector' THEN 'submit' WHEN 'toast' THEN 'click' END,
       CASE source WHEN 'message' THEN ordered_at - 60000 - $(hash id $K1) * 1000
                   WHEN 'collector' THEN ordered_at - 600000 WHEN 'toast' THEN ordered_at - 120000 END,
       CASE WHEN automation = 'abandoned_cart' THEN id END, $(day ordered_at), ordered_at, total_halalas,
       CASE WHEN status = 'canceled' THEN 0 ELSE total_halalas END, CASE WHEN status = 'canceled' THEN 0 ELSE tax_halalas END,
       status, created_at, updated_at, NULL
FROM (SELECT x.*, CASE WHEN source = 'message' THEN CASE WHEN ch < 50 THEN 'email' WHEN ch < 75 THEN 'whatsapp' ELSE 'sms' END END AS channel,
             CASE WHEN source = 'message' THEN CASE WHEN au < 45 THEN 'abandoned_cart' WHEN au < 80 THEN 'broadcast'
                                                    WHEN au < 92 THEN 'welcome' ELSE 'win_back' END END AS automation
      FROM (SELECT o.*, CASE WHEN src < 12 THEN 'coupon' WHEN src < 27 THEN 'message' WHEN src < 30 THEN 'collector'
                             WHEN src < 33 THEN 'toast' ELSE 'none' END AS source,
                   $(hash id $K7) % 100 AS ch, $(hash id $K5) % 100 AS au
            FROM (SELECT orders.*, $(src id) AS src FROM orders WHERE merchant_id = $store) AS o) AS x) AS a;

-- Visits: one visitor id a day each (a few come back within the day), 3.3 pages each.
INSERT INTO visitor_sessions (id, merchant_id, visitor_id, started_at, last_seen_at, page_count, landing_path, referrer, device,
                              utm_source, utm_medium, utm_campaign, language, current_path, current_product, tools_on, held_back)
SELECT j, $store, '9c1e5a7f3b2d8e4c6a0f1b3d' || (j * 10 / 13), at, at + (pages - 1) * 40000, pages, '/',
       CASE r % 10 WHEN 0 THEN 'https://www.google.com/' WHEN 1 THEN 'https://www.google.com/' WHEN 2 THEN 'https://www.google.com/'
                   WHEN 3 THEN 'https://www.instagram.com/' WHEN 4 THEN 'https://www.instagram.com/' WHEN 5 THEN 'https://t.co/' END,
       CASE WHEN r / 10 % 100 < 70 THEN 'mobile' WHEN r / 10 % 100 < 95 THEN 'desktop' ELSE 'tablet' END,
       CASE r / 1000 % 10 WHEN 0 THEN 'snapchat' WHEN 1 THEN 'tiktok' END, CASE WHEN r / 1000 % 10 < 2 THEN 'paid' END,
       CASE WHEN r / 1000 % 10 < 2 THEN 'ramadan' END, 'ar', '/', NULL, 0, 0
FROM (SELECT i AS j, $(visit_at i) AS at, $(hash i $K2) AS r,
             (i * $views + $sessions - 1) / $sessions - ((i - 1) * $views + $sessions - 1) / $sessions AS pages
      FROM $(rows "$sessions")) AS s;

-- Page views: view k is page p of visit j, 40 s after the one before.
INSERT INTO page_views (id, merchant_id, session_id, path, viewed_at, kind, name, product_id)
SELECT k, $store, j, CASE WHEN p = 0 THEN '/' WHEN q < 5 THEN '/p/' || product WHEN q < 7 THEN '/c/category-' || (product % 20)
                          WHEN q < 8 THEN '/cart' WHEN q < 9 THEN '/search' ELSE '/' END,
       $(visit_at j) + p * 40000, 'pageview', NULL, CASE WHEN p > 0 AND q < 5 THEN product END
FROM (SELECT k, j, k - 1 - ((j - 1) * $views + $sessions - 1) / $sessions AS p, $(hash k $K3) % 10 AS q, 1000 + $(hash k $K4) % 400 AS product
      FROM (SELECT i AS k, 1 + (i - 1) * $sessions / $views AS j FROM $(rows "$views")) AS v) AS pv;

-- Where a running daemon's rollup would be: every order attributed, every day sent
-- (so its first pass after start redoes only today and yesterday, as it does daily).
INSERT INTO rollup_marks (name, mark) SELECT 'sales.backfill', COALESCE(MAX(id), 0) FROM orders;
INSERT INTO rollup_marks (name, mark) SELECT 'sales.days', COALESCE(MAX(updated_at), 0) FROM attributions;
COMMIT;
SQL
if [ "$engine" = postgres ]; then
    # Explicit ids leave the identity sequences behind; the daemon's next row must not collide.
    for t in coupons customers orders visitor_sessions page_views; do
        echo "SELECT setval(pg_get_serial_sequence('$t', 'id'), (SELECT MAX(id) FROM $t));"
    done
    # Autovacuum would analyze the new rows within a minute; do it now so the plans
    # measured do not depend on when it ran.
    echo "ANALYZE;"
else
    # No ANALYZE: the daemon never runs one, so its queries are planned without statistics.
    echo "PRAGMA wal_checkpoint(TRUNCATE);"
fi
