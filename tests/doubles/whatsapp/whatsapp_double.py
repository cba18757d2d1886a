#!/usr/bin/python3
"""A loopback double of Meta's WhatsApp Cloud API (providers/REFERENCE.md §1, checklist
§1.9): POST /{version}/{phone-number-id}/messages checks the bearer token (190), the
body's messaging_product (100), an approved template by name and language (132001)
and its count of body values (132000), free-form text only to numbers inside the
24-hour window (131047), and answers with a fresh wamid. Then it reports the message
the way Meta does: signed status webhooks (X-Hub-Signature-256 = HMAC-SHA256 of the
app secret over the raw body) to the webhook address, in the order given, echoing
biz_opaque_callback_data.

Control (for tests): POST /_control/inbound {"from", "text"} sends a shopper's
message webhook (it also opens that number's window here); POST /_control/fail
{"code": N} makes the next accepted send's report `failed` with that code.

Every send request is appended to FOLDER/requests.jsonl, every webhook posted (with
the daemon's HTTP status) to FOLDER/webhooks.jsonl.
Prints {"event": "listening", "port": N}.
POST /_control/webhook {"url"} says where the webhooks go (the daemon's address is
known only once it listens).
Usage: whatsapp_double.py FOLDER TOKEN APP_SECRET TEMPLATES_JSON
       [--order sent,delivered,read] [--phone-id ID]
TEMPLATES_JSON: {"name:lang": {"body": N, "button": true|false}, ...}
"""
import hashlib
import hmac
import json
import os
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

folder, token, app_secret = sys.argv[1], sys.argv[2], sys.argv[3].encode()
templates = json.loads(sys.argv[4])
order = ["sent", "delivered", "read"]
phone_id = "109876543210987"
args = sys.argv[5:]
while args:
    flag = args.pop(0)
    if flag == "--order":
        order = [s for s in args.pop(0).split(",") if s]
    elif flag == "--phone-id":
        phone_id = args.pop(0)
os.makedirs(folder, exist_ok=True)
lock = threading.Lock()
state = {"next": 1, "fail": None, "window": set(), "webhook": None}


def record(name, item):
    with lock:
        with open(os.path.join(folder, name), "a") as out:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")


def post_webhook(value):
    body = json.dumps({"object": "whatsapp_business_account",
                       "entry": [{"id": "102290129340398", "changes": [{"value": dict(
                           {"messaging_product": "whatsapp",
                            "metadata": {"display_phone_number": "966110000000", "phone_number_id": phone_id}}, **value),
                           "field": "messages"}]}]}, ensure_ascii=False).encode()
    signature = "sha256=" + hmac.new(app_secret, body, hashlib.sha256).hexdigest()
    request = urllib.request.Request(state["webhook"], data=body, method="POST",
                                     headers={"Content-Type": "application/json", "X-Hub-Signature-256": signature})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            status = answer.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError as error:
        status = str(error)
    record("webhooks.jsonl", {"body": json.loads(body), "status": status})


def report(wamid, to, callback, fail_code):
    statuses = order if fail_code is None else ["sent", "failed"]
    for status in statuses:
        item = {"id": wamid, "status": status, "timestamp": str(int(time.time())), "recipient_id": to,
                "pricing": {"billable": True, "pricing_model": "PMP", "type": "regular", "category": "marketing"}}
        if callback:
            item["biz_opaque_callback_data"] = callback
        if status == "failed":
            item.pop("pricing")
            item["errors"] = [{"code": fail_code, "title": "failed in the double", "message": "failed in the double",
                               "error_data": {"details": "failed in the double"}}]
        post_webhook({"statuses": [item]})


def error(code, title, details, status=400):
    return status, {"error": {"message": "(#%d) %s" % (code, title), "type": "OAuthException", "code": code,
                              "error_data": {"messaging_product": "whatsapp", "details": details},
                              "fbtrace_id": "AZp3kQ0nN1xYt8Lr2bQ7sVf"}}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *_):
        pass

    def answer(self, status, body):
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path == "/_control/inbound":
            fields = json.loads(raw)
            with lock:
                state["window"].add(fields["from"])
            post_webhook({"contacts": [{"profile": {"name": "Shopper"}, "wa_id": fields["from"]}],
                          "messages": [{"from": fields["from"], "id": "wamid.in%d" % time.time_ns(),
                                        "timestamp": str(int(time.time())), "type": "text", "text": {"body": fields["text"]}}]})
            return self.answer(200, {"ok": True})
        if self.path == "/_control/webhook":
            with lock:
                state["webhook"] = json.loads(raw)["url"]
            return self.answer(200, {"ok": True})
        if self.path == "/_control/fail":
            with lock:
                state["fail"] = json.loads(raw)["code"]
            return self.answer(200, {"ok": True})
        record("requests.jsonl", {"method": "POST", "path": self.path, "headers": dict(self.headers.items()),
                                  "body": raw.decode("utf-8")})
        status, body = self.send_message(raw)
        self.answer(status, body)

    def send_message(self, raw):
        parts = self.path.strip("/").split("/")
        if len(parts) != 3 or parts[2] != "messages" or not parts[0].startswith("v"):
            return 404, {"error": {"message": "Unknown path components", "code": 2500}}
        if parts[1] != phone_id:
            return error(100, "Invalid parameter", "Unsupported post request: no phone number %s" % parts[1])
        if self.headers.get("Authorization") != "Bearer " + token:
            return error(190, "Invalid OAuth access token", "Invalid OAuth access token - Cannot parse access token", 401)
        try:
            fields = json.loads(raw)
        except ValueError:
            return error(100, "Invalid parameter", "the body is not JSON")
        if fields.get("messaging_product") != "whatsapp":
            return error(100, "Invalid parameter", "messaging_product must be whatsapp")
        to = fields.get("to", "")
        if not to.isdigit():
            return error(100, "Invalid parameter", "to must be digits")
        if fields.get("type") == "template":
            tmpl = fields.get("template", {})
            key = "%s:%s" % (tmpl.get("name"), tmpl.get("language", {}).get("code"))
            if key not in templates:
                return error(132001, "Template name does not exist in the translation",
                             "template name (%s) does not exist in %s" % (tmpl.get("name"), tmpl.get("language", {}).get("code")), 404)
            body = [c for c in tmpl.get("components", []) if c.get("type") == "body"]
            count = len(body[0].get("parameters", [])) if body else 0
            if count != templates[key]["body"]:
                return error(132000, "Number of parameters does not match the expected number of params",
                             "body: number of localizable_params (%d) does not match the expected number of params (%d)"
                             % (count, templates[key]["body"]))
            for value in (body[0].get("parameters", []) if body else []):
                text = value.get("text", "")
                if "\n" in text or "\t" in text or "     " in text:
                    return error(132000, "Invalid parameter", "Param text cannot have new-line/tab characters or more than 4 consecutive spaces")
            buttons = [c for c in tmpl.get("components", []) if c.get("type") == "button"]
            if bool(buttons) != templates[key].get("button", False):
                return error(132000, "Number of parameters does not match the expected number of params", "button parameters")
        elif fields.get("type") == "text":
            with lock:
                inside = to in state["window"]
            if not inside:
                return error(131047, "Re-engagement message",
                             "Message failed to send because more than 24 hours have passed since the customer last replied to this number.")
        else:
            return error(100, "Invalid parameter", "type must be template or text")
        with lock:
            wamid = "wamid.HBgMOTY2NTAwMDAwMTIzFQIAERgS%010d" % state["next"]
            state["next"] += 1
            fail_code, state["fail"] = state["fail"], None
        threading.Thread(target=report, args=(wamid, to, fields.get("biz_opaque_callback_data"), fail_code), daemon=True).start()
        return 200, {"messaging_product": "whatsapp", "contacts": [{"input": to, "wa_id": to}],
                     "messages": [{"id": wamid, "message_status": "accepted"}]}


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(json.dumps({"event": "listening", "port": server.server_address[1]}), flush=True)
server.serve_forever()
