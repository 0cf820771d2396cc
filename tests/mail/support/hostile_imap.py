#!/usr/bin/python3
"""A hostile or broken IMAPS server on 127.0.0.1 for the IMAP client's tests (stdlib only).

    hostile_imap.py MODE CERT.pem KEY.pem

Prints the port it listens on as the first line of stdout, then one line "C: <line>" for
every line a client sent over TLS (so a test can prove that no LOGIN ever arrived). Modes:

  invalid-greeting     "HELLO" instead of "* OK"
  silence              the TLS handshake, then nothing at all
  endless-line         a greeting line that never ends (no CRLF)
  bye                  "* BYE" as the greeting
  login-refused        NO to LOGIN and AUTHENTICATE
  lying-literal-close  FETCH announces {1000000}, sends 10 bytes, closes
  lying-literal-stall  FETCH announces {1000000}, sends 10 bytes, then nothing
  huge-literal         FETCH announces a literal of 99 GB
  logindisabled        announces LOGINDISABLED and no AUTH=PLAIN
  record               a polite server that accepts any login (the positive control)
  no-tls               accepts TCP, never starts TLS
  plain-imap           speaks IMAP without TLS (port 143 given instead of 993)
  slow-tls             starts TLS only after 0.5 s, then behaves like record
  esearch-bomb         answers UID SEARCH with ESEARCH "ALL 1:4294967295"
  auth-plain           offers AUTH=PLAIN without SASL-IR: AUTHENTICATE goes through a "+"
                       continuation; only poradna / "Tajne heslo 42" is accepted

It exits by itself after two minutes, so a crashed test leaves nothing running for long.
"""
import base64
import os
import socket
import ssl
import sys
import threading
import time

LIFETIME_SECONDS = 120


def out(text):
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def capabilities(mode):
    if mode == "logindisabled":
        return b"IMAP4rev1 LOGINDISABLED"
    if mode == "auth-plain":
        return b"IMAP4rev1 AUTH=PLAIN"
    if mode == "esearch-bomb":
        return b"IMAP4rev1 ESEARCH"
    return b"IMAP4rev1"


def hold(conn):
    """Keeps the connection open without answering until the client goes away."""
    try:
        while conn.recv(4096):
            pass
    except OSError:
        pass


def lines(conn):
    buffer = b""
    while True:
        while b"\r\n" not in buffer:
            chunk = conn.recv(4096)
            if not chunk:
                return
            buffer += chunk
        line, buffer = buffer.split(b"\r\n", 1)
        yield line


def fetch_reply(mode, conn, tag):
    head = b"* 1 FETCH (UID 1 RFC822.SIZE 1000000 BODY[] "
    if mode == "huge-literal":
        conn.sendall(head + b"{99999999999}\r\n" + b"x" * 10)
        hold(conn)
        return False
    if mode in ("lying-literal-close", "lying-literal-stall"):
        conn.sendall(head + b"{1000000}\r\n" + b"0123456789")
        if mode == "lying-literal-stall":
            hold(conn)
        return False
    body = b"Subject: test\r\n\r\nhello\r\n"
    conn.sendall(b"* 1 FETCH (UID 1 RFC822.SIZE %d BODY[] {%d}\r\n" % (len(body), len(body))
                 + body + b")\r\n" + tag + b" OK done\r\n")
    return True


def converse(mode, conn):
    conn.sendall(b"* OK [CAPABILITY " + capabilities(mode) + b"] hostile ready\r\n")
    received = lines(conn)
    for line in received:
        out("C: " + line.decode("utf-8", "replace"))
        parts = line.split(b" ")
        tag = parts[0]
        command = b" ".join(parts[1:3]).upper() if len(parts) > 2 else b" ".join(parts[1:]).upper()
        if command.startswith(b"CAPABILITY"):
            conn.sendall(b"* CAPABILITY " + capabilities(mode) + b"\r\n" + tag + b" OK done\r\n")
        elif command.startswith(b"LOGIN") or command.startswith(b"AUTHENTICATE"):
            if mode == "login-refused":
                conn.sendall(tag + b" NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")
            elif mode == "auth-plain":
                conn.sendall(b"+ \r\n")
                answer = next(received, b"")
                out("C: " + answer.decode("utf-8", "replace"))
                try:
                    plain = base64.b64decode(answer, validate=True)
                except ValueError:
                    plain = b""
                if plain == b"\0poradna\0Tajne heslo 42":
                    conn.sendall(tag + b" OK Logged in\r\n")
                else:
                    conn.sendall(tag + b" NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")
            else:
                conn.sendall(tag + b" OK Logged in\r\n")
        elif command.startswith(b"SELECT"):
            conn.sendall(b"* 1 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 2] ok\r\n"
                         + tag + b" OK [READ-WRITE] done\r\n")
        elif command.startswith(b"UID SEARCH"):
            # UIDs below the one asked for, as "n:*" gives when n is above the last UID.
            if mode == "esearch-bomb":
                conn.sendall(b'* ESEARCH (TAG "' + tag + b'") UID ALL 1:4294967295\r\n'
                             + tag + b" OK done\r\n")
            else:
                conn.sendall(b"* SEARCH 3 9\r\n" + tag + b" OK done\r\n")
        elif command.startswith(b"UID FETCH"):
            if not fetch_reply(mode, conn, tag):
                return
        elif command.startswith(b"LOGOUT"):
            conn.sendall(b"* BYE bye\r\n" + tag + b" OK done\r\n")
            return
        else:
            conn.sendall(tag + b" OK done\r\n")


def serve(mode, context, raw):
    if mode == "no-tls":
        hold(raw)
        raw.close()
        return
    if mode == "plain-imap":
        raw.sendall(b"* OK [CAPABILITY IMAP4rev1 STARTTLS] plain ready\r\n")
        hold(raw)
        raw.close()
        return
    if mode == "slow-tls":
        time.sleep(0.5)
        mode = "record"
    try:
        conn = context.wrap_socket(raw, server_side=True)
    except (ssl.SSLError, OSError) as error:
        sys.stderr.write("handshake failed: %s\n" % error)
        raw.close()
        return
    try:
        if mode == "invalid-greeting":
            conn.sendall(b"HELLO this is not IMAP\r\n")
            hold(conn)
        elif mode == "silence":
            hold(conn)
        elif mode == "endless-line":
            conn.sendall(b"* OK ")
            while True:
                conn.sendall(b"A" * 16384)
        elif mode == "bye":
            conn.sendall(b"* BYE Too many connections, go away\r\n")
        else:
            converse(mode, conn)
    except OSError:
        pass
    finally:
        try:
            conn.close()
        except OSError:
            pass


def main():
    mode, cert, key = sys.argv[1], sys.argv[2], sys.argv[3]
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    out(str(listener.getsockname()[1]))
    threading.Timer(LIFETIME_SECONDS, lambda: os._exit(0)).start()
    while True:
        raw, _ = listener.accept()
        threading.Thread(target=serve, args=(mode, context, raw), daemon=True).start()


if __name__ == "__main__":
    main()
