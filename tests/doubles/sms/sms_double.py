#!/usr/bin/python3
"""A loopback double of the three Saudi SMS gateways (providers/REFERENCE.md §2), one
HTTP server for all: POST /rest/SMS/messages (Unifonic, form), /gw/sendsms.php
(Msegat, JSON or form), /v1/messages (Taqnyat, JSON + bearer). Each checks the
account's key the way its gateway does and answers in its documented shape, with a
fresh message id. Every request is appended to FOLDER/requests.jsonl (method, path,
headers, body as text) before the answer.
Prints {"event": "listening", "port": N}.
Usage: sms_double.py FOLDER KEY [--fail-next N STATUS]
"""
import json
import os
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

folder, key = sys.argv[1], sys.argv[2]
os.makedirs(folder, exist_ok=True)
lock = threading.Lock()
state = {"next_id": 3200017889310, "fail": 0, "fail_status": 503}
args = sys.argv[3:]
while args:
    flag = args.pop(0)
    if flag == "--fail-next":
        state["fail"], state["fail_status"] = int(args.pop(0)), int(args.pop(0))


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
        body = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode("utf-8")
        with lock:
            with open(os.path.join(folder, "requests.jsonl"), "a") as out:
                out.write(json.dumps({"method": "POST", "path": self.path, "headers": dict(self.headers.items()),
                                      "body": body}, ensure_ascii=False) + "\n")
            state["next_id"] += 1
            message_id = state["next_id"]
            failing = state["fail"] > 0
            if failing:
                state["fail"] -= 1
        if failing:
            return self.answer(state["fail_status"], {"message": "try again later"})
        if self.path == "/rest/SMS/messages":
            form = urllib.parse.parse_qs(body)
            if form.get("AppSid", [""])[0] != key:
                return self.answer(401, {"success": False, "message": "Unauthorized", "errorCode": "ER-401"})
            recipient = form.get("Recipient", [""])[0]
            if not recipient.startswith("9665"):
                return self.answer(410, {"success": False, "message": "Invalid recipient format"})
            return self.answer(200, {"success": True, "message": "", "errorCode": "ER-00",
                                     "data": {"MessageID": message_id, "CorrelationID": form.get("CorrelationID", [""])[0],
                                              "Status": "Sent", "Recipient": recipient}})
        if self.path == "/gw/sendsms.php":
            try:
                fields = json.loads(body)
            except ValueError:
                fields = {k: v[0] for k, v in urllib.parse.parse_qs(body).items()}
            if fields.get("apiKey") != key:
                return self.answer(200, {"code": "M0002", "message": "Invalid login info"})
            if not fields.get("userSender", "").endswith("-AD"):
                return self.answer(200, {"code": "M0030", "message": "Sender Name should ended with AD"})
            return self.answer(200, {"code": "1", "message": "Success"})
        if self.path == "/v1/messages":
            if self.headers.get("Authorization") != "Bearer " + key:
                return self.answer(401, {"statusCode": 401, "message": "Unauthorized"})
            fields = json.loads(body)
            return self.answer(201, {"statusCode": 201, "messageId": message_id, "cost": "0.0800", "currency": "SAR",
                                     "totalCount": len(fields.get("recipients", [])), "msgLength": 1,
                                     "accepted": "[" + ",".join(fields.get("recipients", [])) + ",]", "rejected": "[]"})
        self.answer(404, {"message": "no such endpoint"})


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(json.dumps({"event": "listening", "port": server.server_address[1]}), flush=True)
server.serve_forever()
