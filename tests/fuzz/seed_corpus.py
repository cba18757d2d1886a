#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz target into tests/fuzz/corpus/<target>/.

Seeds are the Salla fixtures and every case an outside probe tried on the daemon
(tests/daemon/HttpRobustnessTest.cpp, RequestFramingTest.cpp). Run it again after
adding a case; inputs libFuzzer finds later (and every crash, once fixed) are added
as files beside these, named for what they are.
"""
import hashlib
import hmac
import json
import pathlib

here = pathlib.Path(__file__).resolve().parent
fixtures = here.parent / "data" / "salla"
corpus = here / "corpus"


def write(target, name, data):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


heads = {
    "healthz": b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
    "webhook": b"POST /webhooks/salla HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Salla-Signature: 00\r\nContent-Length: 17\r\n\r\n",
    "leading_empty_lines": b"\r\n\r\nGET / HTTP/1.0\r\n\r\n",
    "obs_text_value": "GET / HTTP/1.1\r\nX-Name: نمو\r\n\r\n".encode(),
    "probe_folded_length": b"GET /healthz HTTP/1.1\r\nX-Folded: a\r\n Content-Length: 101\r\n\r\nPOST /webhooks/salla HTTP/1.1\r\nContent-Length: 200000000\r\n\r\n",
    "folded_tab": b"GET / HTTP/1.1\r\nA: b\r\n\tc\r\n\r\n",
    "bare_lf": b"GET / HTTP/1.1\nHost: x\n\n",
    "lf_crlf_end": b"GET / HTTP/1.1\r\nHost: x\n\r\n",
    "bare_cr": b"GET / HTTP/1.1\r\nHost: x\rContent-Length: 5\r\n\r\n",
    "duplicate_length": b"POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc",
    "conflicting_length": b"POST / HTTP/1.1\r\nContent-Length: 3\r\ncontent-length: 300\r\n\r\n",
    "length_list": b"POST / HTTP/1.1\r\nContent-Length: 3, 3\r\n\r\n",
    "signed_length": b"POST / HTTP/1.1\r\nContent-Length: +3\r\n\r\n",
    "length_and_chunked": b"POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
    "chunked": b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
    "space_before_colon": b"POST / HTTP/1.1\r\nContent-Length : 3\r\n\r\n",
    "nul_in_value": b"GET / HTTP/1.1\r\nA: b\x00c\r\n\r\n",
    "double_space": b"GET  / HTTP/1.1\r\n\r\n",
    "http2": b"GET / HTTP/2.0\r\n\r\n",
    "pipelined": b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\nHost: x\n\n",
    "many_fields": b"POST / HTTP/1.1\r\n" + b"".join(b"X%d: y\r\n" % i for i in range(101)) + b"Content-Length: 5\r\n\r\n",
}
for name, data in heads.items():
    write("FuzzRequestFraming", name, data)

secret = b"fuzz-secret"
for path in sorted(fixtures.glob("*.json")):
    body = path.read_bytes()
    for target in ("FuzzJsonReader", "FuzzSallaPayloads"):
        write(target, path.stem, body)
    if path.stem.endswith("_webhook"):
        signature = hmac.new(secret, body, hashlib.sha256).hexdigest().encode()
        write("FuzzWebhookEnvelope", path.stem, signature + b"\n" + body)
        write("FuzzWebhookEnvelope", path.stem + "_unsigned", b"0" * 64 + b"\n" + body)
write("FuzzJsonReader", "deep", b"[" * 40 + b"]" * 40)
write("FuzzJsonReader", "not_json", b"{not json")

for name, text in {
    "decimal": "115.5", "negative": "-0.05", "exponent": "1e3", "grouping": "1,000.00",
    "sub_halala": "49.655", "js_date": "Tue Nov 25 2025 18:04:51 GMT+0300",
    "riyadh_date": "2025-11-23 14:32:05", "iso_utc": "2025-11-23T10:15:00.000Z",
    "iso_offset": "2025-11-23T13:15:00+03:00", "no_zone": "2025-11-23T10:15:00",
}.items():
    write("FuzzMoneyAndDates", name, text)

for name, settings in {
    "coupons": {"default_type": "fixed", "default_percent": 15, "valid_days": 7, "minimum_order_sar": 100, "free_shipping": True},
    "notifications": {"email": True, "sms": True, "abandoned_cart_delay_minutes": 30, "quiet_hours_start": 22, "quiet_hours_end": 8},
    "counter": {"position": "top_end", "minimum_visitors": 5, "pages": "all"},
    "collector": {"headline_ar": "انضم إلى قائمتنا", "delay_seconds": 10, "offer_coupon": False},
    "toast": {"position": "bottom_end", "display_seconds": 5, "interval_seconds": 60, "max_age_hours": 24},
    "wrong_types": {"valid_days": "7", "email": 1, "position": None, "unknown_field": []},
    "empty": {},
}.items():
    write("FuzzFeatureSettings", name, json.dumps(settings, ensure_ascii=False))
