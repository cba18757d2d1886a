#!/usr/bin/env python3
"""Writes N distinct, signed Salla webhook bodies for the intake benchmark.

Each body is a real fixture (customer.created, order.created, abandoned.cart) with
its ids changed, so every request is a new delivery; each line of the output is
"<signature> <body>" with the body compact and without newlines.
Usage: make_bodies.py FIXTURES_DIR SECRET COUNT OUT [FIRST_ID, default 3000000000]
"""
import hashlib
import hmac
import json
import sys

fixtures, secret, count, out = sys.argv[1], sys.argv[2].encode(), int(sys.argv[3]), sys.argv[4]
first_id = int(sys.argv[5]) if len(sys.argv) > 5 else 3_000_000_000
names = ["customer_created_webhook.json", "order_created_webhook.json", "abandoned_cart_webhook.json"]
templates = [json.load(open(f"{fixtures}/{name}", encoding="utf-8")) for name in names]
with open(out, "w", encoding="utf-8") as sink:
    for i in range(count):
        body = json.loads(json.dumps(templates[i % len(templates)]))
        body["data"]["id"] = first_id + i
        raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        signature = hmac.new(secret, raw, hashlib.sha256).hexdigest()
        sink.write(signature + " " + raw.decode() + "\n")
