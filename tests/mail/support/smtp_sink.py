#!/usr/bin/python3
"""An SMTP sink for Kotva's tests: aiosmtpd over implicit TLS (SMTPS) on 127.0.0.1.

Prints the port it listens on as the first line of stdout, then serves until stdin closes
or it gets SIGTERM. Each accepted message is written to --out as NNNN.eml (the bytes as
received, CRLF line ends) and NNNN.json ({"mail_from", "rcpt_tos", "mail_options", "ehlo", "user"}); every
AUTH command and its outcome is appended to --out/auth.jsonl, so a test can prove the
password never reached a server whose certificate was refused.

Modes for failure tests (--mode):
  normal          accept everything from the one user (default)
  reject-data     answer the end of DATA with 554
  drop-after-data accept the message, then cut the connection when QUIT comes (no 221)
  slow-accept     accept the message, but answer the final dot only after a second
  silent-after-data  take the message and never answer the final dot
  greet-554       greet with 554 and close
  silent          complete TLS, then never say anything
  long-line       greet with an endless line
  plain           no TLS at all (plain SMTP on the port)
  no-handshake    accept TCP, then never start TLS nor say anything
--reject-rcpt ADDRESS refuses that recipient with 550; --auth PLAIN,LOGIN limits the
mechanisms offered ("" offers none).
"""

import argparse
import asyncio
import json
import logging
import os
import signal
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def parse_arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--user", default="poradna@kotva.test")
    parser.add_argument("--password", default="throwaway-Heslo-1")
    parser.add_argument("--mode", default="normal",
                        choices=["normal", "reject-data", "drop-after-data", "slow-accept",
                                 "silent-after-data", "greet-554", "silent", "long-line",
                                 "plain", "no-handshake"])
    parser.add_argument("--reject-rcpt", action="append", default=[])
    parser.add_argument("--auth", default="PLAIN,LOGIN")
    return parser.parse_args()


def write_atomically(path, data):
    temporary = path + ".part"
    with open(temporary, "wb") as file:
        file.write(data)
    os.replace(temporary, path)


def log_auth(out, entry):
    with open(os.path.join(out, "auth.jsonl"), "a", encoding="utf-8") as file:
        file.write(json.dumps(entry) + "\n")


class Handler:
    def __init__(self, options):
        self.options = options
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in (a.lower() for a in self.options.reject_rcpt):
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.options.mode == "reject-data":
            return "554 5.7.1 Message refused by policy"
        if self.options.mode == "silent-after-data":
            await asyncio.sleep(3600)
        if self.options.mode == "slow-accept":
            await asyncio.sleep(1)
        self.count += 1
        stem = os.path.join(self.options.out, f"{self.count:04d}")
        write_atomically(stem + ".eml", envelope.original_content)
        login = session.auth_data.login if isinstance(session.auth_data, LoginPassword) else None
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
            "ehlo": session.host_name,
            "user": login.decode("utf-8") if isinstance(login, bytes) else login,
        }
        # The .json last: a reader that sees it finds the .eml complete.
        write_atomically(stem + ".json", json.dumps(meta).encode("utf-8"))
        return f"250 2.0.0 Ok: queued as sink{self.count:04d}"


class SinkSMTP(SMTP):
    """aiosmtpd's SMTP with the AUTH log and the drop-after-data mode."""

    def __init__(self, handler, options, **kwargs):
        super().__init__(handler, **kwargs)
        self.options = options

    async def smtp_AUTH(self, arg):
        log_auth(self.options.out, {"event": "command", "arg": (arg or "").split(" ")[0]})
        await super().smtp_AUTH(arg)

    async def smtp_QUIT(self, arg):
        if self.options.mode == "drop-after-data":
            # Cut without 221: the client must still count the accepted message as sent.
            self.transport.abort()
            self._handler_coroutine.cancel()
            return
        await super().smtp_QUIT(arg)


def make_authenticator(options):
    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login == options.user.encode("utf-8")
              and auth_data.password == options.password.encode("utf-8"))
        login = auth_data.login.decode("utf-8", "replace") if isinstance(auth_data, LoginPassword) else None
        log_auth(options.out, {"event": "auth", "mechanism": mechanism, "user": login, "ok": ok})
        # Returning failure makes aiosmtpd answer 535 5.7.8.
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)
    return authenticate


async def hostile(reader, writer, mode):
    """The servers aiosmtpd will not be: a wrong greeting, silence, an endless line."""
    try:
        if mode == "greet-554":
            writer.write(b"554 5.3.2 sink.test No SMTP service here\r\n")
            await writer.drain()
            await asyncio.sleep(0.5)
        elif mode == "long-line":
            writer.write(b"220 " + b"x" * (64 * 1024))
            await writer.drain()
            await asyncio.sleep(60)
        else:  # silent, no-handshake
            await asyncio.sleep(3600)
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def serve(options):
    loop = asyncio.get_running_loop()
    context = None
    if options.mode not in ("plain", "no-handshake"):
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(options.cert, options.key)

    if options.mode in ("greet-554", "silent", "long-line", "no-handshake"):
        server = await asyncio.start_server(
            lambda r, w: hostile(r, w, options.mode), "127.0.0.1", 0, ssl=context)
    else:
        handler = Handler(options)
        mechanisms = [m for m in options.auth.split(",") if m]
        excluded = [m for m in ("PLAIN", "LOGIN") if m not in mechanisms]
        # The built-in CRAM-like extras aiosmtpd may have are excluded too: only what the
        # test asked for is offered.
        factory = lambda: SinkSMTP(  # noqa: E731
            handler, options, hostname="sink.test", loop=loop,
            authenticator=make_authenticator(options),
            # TLS is implicit: aiosmtpd's own STARTTLS state never becomes "encrypted".
            auth_require_tls=False,
            auth_exclude_mechanism=excluded,
            timeout=60)
        server = await loop.create_server(factory, "127.0.0.1", 0, ssl=context)

    print(server.sockets[0].getsockname()[1], flush=True)

    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    # The parent's end of stdin closes when it goes away, even without SIGTERM.
    await loop.connect_read_pipe(lambda: StdinWatch(stop), sys.stdin)
    await stop.wait()
    server.close()


class StdinWatch(asyncio.Protocol):
    def __init__(self, stop):
        self.stop = stop

    def eof_received(self):
        self.stop.set()

    def connection_lost(self, exc):
        self.stop.set()


def main():
    options = parse_arguments()
    # aiosmtpd warns about its own deprecated attributes on every login; keep stderr for
    # what a failing test needs to show.
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    os.makedirs(options.out, exist_ok=True)
    asyncio.run(serve(options))


if __name__ == "__main__":
    main()
