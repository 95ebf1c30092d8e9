#!/usr/bin/env python3
"""An independent reader of Liuhen's exchange format (docs/exchange-format.md), with PyNaCl only.

It shares no code with the app: if both agree on a file, the format is what the document says it is.
Prints one JSON object per command; exits 1 with a reason on any failure.

  exchange-reader.py record  <recipient.key.json> <recipient.secret.json> <file>
  exchange-reader.py forward <recipient.key.json> <recipient.secret.json> <forwarder.key.json> <file>
  exchange-reader.py receipt <body.key.json> <receipt.json>
  exchange-reader.py calendar <body.key.json> <pack.json>
  exchange-reader.py summary <office.key.json> <office.secret.json> <unit-body.key.json> <file>
"""
import json
import struct
import sys

from nacl.bindings import crypto_generichash_blake2b_salt_personal
from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, SealedBox
from nacl.signing import VerifyKey

PAD_BLOCK = 4096


class Refused(Exception):
    pass


def blake2b_hex(data):
    return crypto_generichash_blake2b_salt_personal(data, digest_size=32).hex()


def canonical(value):
    # RFC 8785 for what the format holds (strings, integers, null, objects with ASCII keys, arrays).
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def verify(sign_key_hex, fmt, payload, signature):
    try:
        VerifyKey(bytes.fromhex(sign_key_hex)).verify(fmt.encode() + b"\0" + payload, signature)
    except BadSignatureError:
        raise Refused(f"{fmt}: bad signature")


def key_file(path):
    raw = read(path)
    key = json.loads(raw.decode("utf-8"))
    if key["format"] != "liuhen-public-key" or key["formatVersion"] != 1 or canonical(key).encode() != raw:
        raise Refused("not a canonical liuhen-public-key v1 file")
    return key, blake2b_hex(raw)


def open_sealed(fmt, key_path, secret_path, path):
    key, fingerprint = key_file(key_path)
    raw = read(path)
    header_text, box = raw.split(b"\n", 1)
    header = json.loads(header_text.decode("utf-8"))
    if header != {"format": fmt, "formatVersion": 1, "recipient": fingerprint} or canonical(header).encode() != header_text:
        raise Refused("header is not for this recipient or not canonical")
    if (len(box) - 48) % PAD_BLOCK != 0:
        raise Refused("sealed part has the wrong length")
    secret = PrivateKey(bytes.fromhex(json.loads(read(secret_path))["boxSecretKey"]))
    if bytes(secret.public_key).hex() != key["boxKey"]:
        raise Refused("secret key does not belong to the key file")
    try:
        inner = SealedBox(secret).decrypt(box)
    except CryptoError:
        raise Refused("sealed box does not open")
    (length,) = struct.unpack(">I", inner[:4])
    payload, signature, padding = inner[4 : 4 + length], inner[4 + length : 68 + length], inner[68 + length :]
    if len(signature) != 64 or any(padding):
        raise Refused("inner framing is wrong")
    body = json.loads(payload.decode("utf-8"))
    if canonical(body["header"]).encode() != header_text or body["recipient"] != fingerprint:
        raise Refused("payload names another header or recipient")
    return body, payload, signature, raw


def check_record(body, payload, signature):
    verify(body["sender"]["signKey"], "liuhen-sealed-record", payload, signature)
    fingerprint = blake2b_hex(canonical(body["record"]).encode())
    if fingerprint != body["fingerprint"]:
        raise Refused("record fingerprint does not match its content")
    return {
        "recordId": body["record"]["recordId"],
        "version": body["record"]["version"],
        "recordFingerprint": fingerprint,
        "handlerKeyFingerprint": blake2b_hex(bytes.fromhex(body["sender"]["signKey"])),
        "recipient": body["recipient"],
        "exportedAt": body["exportedAt"],
    }


def signed_file(fmt, key_path, path):
    key, fingerprint = key_file(key_path)
    outer = json.loads(read(path).decode("utf-8"))
    if outer["format"] != fmt or outer["formatVersion"] != 1:
        raise Refused(f"not a {fmt} v1 file")
    payload = outer["payload"].encode("utf-8")
    verify(key["signKey"], fmt, payload, bytes.fromhex(outer["signature"]))
    return json.loads(payload), fingerprint


def main(command, *args):
    if command == "record":
        body, payload, signature, raw = open_sealed("liuhen-sealed-record", *args)
        return {**check_record(body, payload, signature), "recordFileDigest": blake2b_hex(raw)}
    if command == "forward":
        key_path, secret_path, forwarder_path, path = args
        body, payload, signature, _ = open_sealed("liuhen-forwarded-record", key_path, secret_path, path)
        forwarder, forwarder_fingerprint = key_file(forwarder_path)
        if body["forwarder"] != forwarder_fingerprint:
            raise Refused("forwarded by another body")
        verify(forwarder["signKey"], "liuhen-forwarded-record", payload, signature)
        original = body["original"]["payload"].encode("utf-8")
        if blake2b_hex(original) != body["original"]["digest"]:
            raise Refused("original digest does not match")
        record = check_record(json.loads(original), original, bytes.fromhex(body["original"]["signature"]))
        if record["recipient"] != forwarder_fingerprint:
            raise Refused("original was not addressed to the forwarder")
        return {**record, "forwarder": forwarder_fingerprint, "reason": body["reason"]}
    if command == "receipt":
        receipt, fingerprint = signed_file("liuhen-receipt", *args)
        if receipt["bodyKey"] != fingerprint:
            raise Refused("receipt names another body")
        return receipt
    if command == "calendar":
        pack, fingerprint = signed_file("liuhen-signed-calendar-pack", *args)
        if pack["signer"] != fingerprint:
            raise Refused("pack names another signer")
        return {"years": pack["pack"]["years"], "sequence": pack["sequence"], "signer": fingerprint}
    if command == "summary":
        key_path, secret_path, unit_path, path = args
        body, payload, signature, raw = open_sealed("liuhen-sealed-summary", key_path, secret_path, path)
        unit, unit_fingerprint = key_file(unit_path)
        if body["sender"] != unit_fingerprint:
            raise Refused("summary from another unit")
        verify(unit["signKey"], "liuhen-sealed-summary", payload, signature)
        summary = body["summary"]
        return {
            "unit": unit_fingerprint,
            "year": summary["year"],
            "zeroReport": summary["zeroReport"],
            "recordCount": summary["recordCount"],
            "entryCount": summary["entryCount"],
            "recordNumbers": [row["recordNumber"] for row in summary["records"]],
            "issuedAt": body["issuedAt"],
            "summaryFileDigest": blake2b_hex(raw),
        }
    raise Refused(f"unknown command {command}")


if __name__ == "__main__":
    try:
        print(json.dumps(main(*sys.argv[1:]), ensure_ascii=False))
    except (Refused, ValueError, KeyError, TypeError) as error:
        print(f"refused: {error}", file=sys.stderr)
        sys.exit(1)
