"""POST /signin/email for a store's email and a stranger's, in interleaved pairs."""
import re
import socket
import statistics
import sys
import time
import urllib.parse

port, pairs = int(sys.argv[1]), int(sys.argv[2])
challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
start_path = "/signin?" + urllib.parse.urlencode({
    "redirect_uri": "http://127.0.0.1:53682/callback", "state": "s",
    "code_challenge": challenge, "code_challenge_method": "S256"})


def exchange(source, request):
    """One request on a fresh connection from `source`; returns (seconds, answer)."""
    with socket.create_connection(("127.0.0.1", port), source_address=(source, 0)) as s:
        began = time.perf_counter()
        s.sendall(request)
        answer = b""
        while b"\r\n\r\n" not in answer or len(answer) < answer.index(b"\r\n\r\n") + 4 + int(
                re.search(rb"Content-Length: (\d+)", answer).group(1)):
            chunk = s.recv(65536)
            if not chunk:
                break
            answer += chunk
        return time.perf_counter() - began, answer


def ask(source, email):
    _, page = exchange(source, f"GET {start_path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    request_id = re.search(rb'name="request" value="([^"]+)"', page).group(1).decode()
    form = urllib.parse.urlencode({"request": request_id, "email": email}).encode()
    took, answer = exchange(source, b"POST /signin/email HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            + b"Content-Length: %d\r\n\r\n" % len(form) + form)
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
    return took


known, unknown, slower = [], [], 0
for i in range(pairs):
    source = f"127.0.{1 + i // 200}.{1 + i % 200}"  # 10 email asks per address per 10 minutes
    order = [("owner@bench.example", known), ("nobody@bench.example", unknown)]
    if i % 2:
        order.reverse()
    took = {}
    for email, into in order:
        took[email] = ask(source, email)
        into.append(took[email])
    slower += took["owner@bench.example"] > took["nobody@bench.example"]

print(f"pairs {pairs}: store's email median {statistics.median(known) * 1000:.3f} ms, "
      f"stranger's {statistics.median(unknown) * 1000:.3f} ms, "
      f"ratio {statistics.median(known) / statistics.median(unknown):.3f}; "
      f"the store's answer was the slower in {100 * slower / pairs:.0f}% of pairs")
