#!/usr/bin/python3
"""A loopback double of a browser's push service (RFC 8030 §5): POST /push/<name>
takes one encrypted message and answers 201 Created with its Location, or 410 Gone for
the names given with --gone (the browser unsubscribed). It neither decrypts nor checks
VAPID itself: the tests read each request with webpush_check.py, an implementation
independent of the daemon's. Every request is appended to FOLDER/requests.jsonl
(path, headers, body as base64url) before the answer.
Prints {"event": "listening", "port": N}.
Usage: push_service.py FOLDER [--gone NAME]...
"""
import base64
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

folder = sys.argv[1]
gone = set()
args = sys.argv[2:]
while args:
    flag = args.pop(0)
    if flag == "--gone":
        gone.add(args.pop(0))
os.makedirs(folder, exist_ok=True)
lock = threading.Lock()
state = {"next": 1}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *_):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with lock:
            with open(os.path.join(folder, "requests.jsonl"), "a") as out:
                out.write(json.dumps({"path": self.path, "headers": dict(self.headers.items()),
                                      "body": base64.urlsafe_b64encode(body).decode().rstrip("=")}) + "\n")
            number = state["next"]
            state["next"] += 1
        name = self.path.rsplit("/", 1)[-1]
        if not self.path.startswith("/push/"):
            self.send_response(404)
        elif name in gone:
            self.send_response(410)
        elif self.headers.get("Content-Encoding") != "aes128gcm" or not self.headers.get("TTL"):
            self.send_response(400)
        else:
            self.send_response(201)
            self.send_header("Location", "/m/%d" % number)
        self.send_header("Content-Length", "0")
        self.end_headers()


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(json.dumps({"event": "listening", "port": server.server_address[1]}), flush=True)
server.serve_forever()
