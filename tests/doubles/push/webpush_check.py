#!/usr/bin/python3
"""An independent reading of our Web Push output, on Python's `cryptography` (Debian's
python3-cryptography), for the tests: it shares no code with the daemon.
  webpush_check.py decrypt BODY UA_PRIVATE UA_PUBLIC AUTH   (all base64url)
      RFC 8291 / RFC 8188 aes128gcm decryption of one record; prints the plaintext
      as base64url, or exits 1 with the reason.
  webpush_check.py vapid AUTHORIZATION
      Checks 'vapid t=<JWT>, k=<key>' (RFC 8292): ES256 over the JWT with the key k;
      prints the claims as JSON, or exits 1 with the reason.
"""
import base64
import hashlib
import hmac
import json
import struct
import sys

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def b64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def out(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def hkdf(salt, ikm, info, length):
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


def decrypt(body, ua_private, ua_public, auth):
    salt, rs, idlen = body[:16], struct.unpack(">I", body[16:20])[0], body[20]
    as_public = body[21:21 + idlen]
    ciphertext = body[21 + idlen:]
    if len(ciphertext) > rs:
        sys.exit("more than one record")
    private = ec.derive_private_key(int.from_bytes(ua_private, "big"), ec.SECP256R1())
    peer = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), as_public)
    secret = private.exchange(ec.ECDH(), peer)
    ikm = hkdf(auth, secret, b"WebPush: info\x00" + ua_public + as_public, 32)
    cek = hkdf(salt, ikm, b"Content-Encoding: aes128gcm\x00", 16)
    nonce = hkdf(salt, ikm, b"Content-Encoding: nonce\x00", 12)
    padded = AESGCM(cek).decrypt(nonce, ciphertext, None)
    padded = padded.rstrip(b"\x00")
    if not padded.endswith(b"\x02"):
        sys.exit("the record does not end with the last-record delimiter 0x02")
    return padded[:-1]


def vapid(header):
    if not header.startswith("vapid "):
        sys.exit("not a vapid authorization")
    fields = dict(part.strip().split("=", 1) for part in header[len("vapid "):].split(","))
    token, key = fields["t"], b64(fields["k"])
    head, claims, signature = token.split(".")
    if json.loads(b64(head)) != {"typ": "JWT", "alg": "ES256"}:
        sys.exit("unexpected JWT header")
    raw = b64(signature)
    if len(raw) != 64:
        sys.exit("an ES256 JWS signature is 64 bytes (r||s)")
    der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), key)
    public.verify(der, (head + "." + claims).encode(), ec.ECDSA(hashes.SHA256()))
    return json.loads(b64(claims))


def main():
    try:
        if sys.argv[1] == "decrypt":
            print(out(decrypt(*(b64(a) for a in sys.argv[2:6]))))
        elif sys.argv[1] == "vapid":
            print(json.dumps(vapid(sys.argv[2])))
        else:
            sys.exit("unknown command")
    except Exception as error:  # the reason, for the test's message
        sys.exit("%s: %s" % (type(error).__name__, error))


if __name__ == "__main__":
    main()
