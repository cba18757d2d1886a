#!/usr/bin/python3
"""SMTP double for tests and the demo: a real SMTP server (aiosmtpd, from Debian) that
accepts every message and writes it to a folder as NNNN.eml (the DATA bytes) with
NNNN.json: the envelope (mail_from, rcpt_tos), whether the session was encrypted and
who logged in, and the message as Python's own email package reads it (subject and
From decoded from RFC 2047, the text and HTML parts decoded from their transfer
encoding, the headers) -- an independent reading of what our client wrote.
Prints one JSON line when it listens:
    {"event": "listening", "port": N}
Usage: smtp_sink.py FOLDER [--tls CERT KEY] [--auth USER:PASSWORD] [--reject-rcpt ADDRESS]...
                    [--port N] [--stall-data] [--count-only]
With --tls the server offers STARTTLS and requires it; with --auth it requires AUTH
(after STARTTLS). --reject-rcpt answers RCPT TO for that address with 550. --port
listens there (a relay coming back where it was). --stall-data keeps each message it
receives (as NNNN.stalled.eml) and never answers the DATA: a relay that hangs mid-send.
--count-only keeps nothing but the number of messages, in FOLDER/count (benchmarks:
the double's own work then costs the least it can).
"""
import asyncio
import email
import email.policy
import json
import os
import signal
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, folder, rejected, stall=False, count_only=False):
        self.folder = folder
        self.stall = stall
        self.count_only = count_only
        self.rejected = set(a.lower() for a in rejected)
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.rejected:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            name = os.path.join(self.folder, "%04d" % self.count)
        if self.count_only:
            with open(os.path.join(self.folder, "count.part"), "w") as out:
                out.write(str(self.count))
            os.replace(os.path.join(self.folder, "count.part"), os.path.join(self.folder, "count"))
            return "250 OK"
        raw = envelope.original_content or envelope.content
        if self.stall:
            with open(name + ".stalled.part", "wb") as data:
                data.write(raw)
            os.rename(name + ".stalled.part", name + ".stalled.eml")
            await asyncio.sleep(3600)
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        text = html = None
        for part in parsed.walk():
            if part.is_multipart():
                continue
            kind = part.get_content_type()
            if kind == "text/plain" and text is None:
                text = part.get_content()
            elif kind == "text/html" and html is None:
                html = part.get_content()
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "tls": session.ssl is not None,
            "peer_port": session.peer[1] if session.peer else 0,  # the same port: the same connection
            "auth_user": session.auth_data.login.decode()
            if session.authenticated and isinstance(session.auth_data, LoginPassword) else None,
            "subject": str(parsed["subject"] or ""),
            "from": str(parsed["from"] or ""),
            "headers": {k: str(v) for k, v in parsed.items()},
            "text": text,
            "html": html,
        }
        with open(name + ".json", "w") as out:
            json.dump(meta, out, ensure_ascii=False)
        # Written under a temporary name, then renamed: a reader never sees half a message.
        with open(name + ".part", "wb") as data:
            data.write(raw)
        os.rename(name + ".part", name + ".eml")
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    args = sys.argv[1:]
    folder = args.pop(0)
    cert = key = user = password = None
    rejected = []
    port = 0
    stall = False
    count_only = False
    while args:
        flag = args.pop(0)
        if flag == "--tls":
            cert, key = args.pop(0), args.pop(0)
        elif flag == "--auth":
            user, password = args.pop(0).split(":", 1)
        elif flag == "--reject-rcpt":
            rejected.append(args.pop(0))
        elif flag == "--port":
            port = int(args.pop(0))
        elif flag == "--stall-data":
            stall = True
        elif flag == "--count-only":
            count_only = True
        else:
            sys.exit("unknown option " + flag)
    os.makedirs(folder, exist_ok=True)
    port = port or free_port()
    options = {}
    if cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        options.update(tls_context=context, require_starttls=True)
    if user is not None:
        def authenticate(server, session, envelope, mechanism, data):
            ok = isinstance(data, LoginPassword) and data.login == user.encode() and data.password == password.encode()
            # handled=False: aiosmtpd answers a failed login itself (535), or the client hangs.
            return AuthResult(success=ok, handled=False, auth_data=data if ok else None)
        options.update(authenticator=authenticate, auth_require_tls=bool(cert), auth_required=True)
    controller = Controller(Sink(folder, rejected, stall, count_only), hostname="127.0.0.1", port=port,
                            server_hostname="localhost", **options)
    controller.start()
    print(json.dumps({"event": "listening", "port": port}), flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
