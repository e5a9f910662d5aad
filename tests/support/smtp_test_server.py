#!/usr/bin/env python3
"""A real SMTP server for the error-mail tests: Debian's python3-aiosmtpd on 127.0.0.1.

Every accepted message is written to --out as <n>.json with the envelope (mail_from, rcpt_tos), the raw
data and what Python's e-mail parser makes of it (decoded subject, body, headers, defects), so the tests
check the message as a mail client would read it.

  smtp_test_server.py --port P --out DIR [--auth USER:PASSWORD] [--tls-cert CERT --tls-key KEY]

--auth requires a login (AUTH PLAIN/LOGIN; allowed without TLS on loopback) and refuses others with 535.
--tls-cert/--tls-key offer STARTTLS and require it before MAIL. Prints "READY <port>" once listening.
"""
import argparse
import email
import email.policy
import json
import os
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Recorder:
    def __init__(self, out):
        self.out = out
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        body = parsed.get_body(preferencelist=("plain",))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "raw": raw.decode("utf-8", "replace"),
            "subject": str(parsed["subject"]),
            "from": str(parsed["from"]),
            "to": str(parsed["to"]),
            "date": str(parsed["date"]),
            "message_id": str(parsed["message-id"]),
            "content_type": parsed.get_content_type(),
            "charset": parsed.get_content_charset(),
            "body": body.get_content() if body is not None else None,
            "defects": [type(d).__name__ for d in parsed.defects]
            + ([type(d).__name__ for d in body.defects] if body is not None else []),
            "authenticated": session.authenticated,
            "tls": session.ssl is not None,
        }
        with self.lock:
            self.count += 1
            path = os.path.join(self.out, "%d.json" % self.count)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f)
        os.replace(path + ".tmp", path)
        return "250 2.0.0 Ok: queued as test%d" % self.count


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--auth")
    p.add_argument("--tls-cert")
    p.add_argument("--tls-key")
    a = p.parse_args()

    kwargs = {}
    if a.auth:
        user, password = a.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and \
                auth_data.login.decode() == user and auth_data.password.decode() == password
            return AuthResult(success=ok, handled=False)

        kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=False)
    if a.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(a.tls_cert, a.tls_key)
        kwargs.update(tls_context=context, require_starttls=True)
        if a.auth:
            kwargs["auth_require_tls"] = True

    controller = Controller(Recorder(a.out), hostname="127.0.0.1", port=a.port, **kwargs)
    controller.start()
    print("READY %d" % a.port, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        # Also stop when the test's end of stdin closes (the test process died).
        threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
        stop.wait()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
