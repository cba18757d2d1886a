#!/usr/bin/python3
"""SMTP double for tests: a real SMTP server (aiosmtpd, from Debian) that accepts every
message and writes it to a folder as NNNN.eml (the DATA bytes) with NNNN.json (the
envelope: mail_from, rcpt_tos). Prints one JSON line when it listens:
    {"event": "listening", "port": N}
Usage: smtp_sink.py FOLDER
"""
import json
import os
import signal
import socket
import sys
import threading

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            name = os.path.join(self.folder, "%04d" % self.count)
        with open(name + ".json", "w") as meta:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}, meta)
        # Written under a temporary name, then renamed: a reader never sees half a message.
        with open(name + ".part", "wb") as data:
            data.write(envelope.original_content or envelope.content)
        os.rename(name + ".part", name + ".eml")
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    port = free_port()
    controller = Controller(Sink(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print(json.dumps({"event": "listening", "port": port}), flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
