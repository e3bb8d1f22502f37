"""Drives a program in a pseudo-terminal, as a person at a keyboard would.

Usage: python3 terminal.py PROGRAM [ARG...] < moves.json

moves.json is a list of moves, done in order:
  {"expect": "text", "timeout": 60}   wait until the screen output (since the last
                                      expect) contains text
  {"send": "text"}                    type text (\r is Enter, \u0003 is Ctrl-C)
  {"exits_within": 5}                 wait for the program to end
Prints JSON: {"done": moves completed, "output": everything the program wrote,
"exit_code": code or null, "seconds_to_exit": seconds from the last send to the end}.
"""
import json
import os
import pty
import select
import sys
import time


def main() -> None:
    moves = json.load(sys.stdin)
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(sys.argv[1], sys.argv[1:])
    output = b""
    seen = 0
    done = 0
    exit_code = None
    sent_at = time.monotonic()
    seconds_to_exit = None

    def read(until: float) -> bool:
        """Reads what is there until the deadline; False once the program has ended."""
        nonlocal output
        wait = max(0.0, until - time.monotonic())
        ready, _, _ = select.select([fd], [], [], min(wait, 0.05))
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return False
            if not chunk:
                return False
            output += chunk
        return True

    def reap() -> bool:
        nonlocal exit_code
        ended, status = os.waitpid(pid, os.WNOHANG)
        if ended == 0:
            return False
        exit_code = os.waitstatus_to_exitcode(status)
        return True

    for move in moves:
        if "send" in move:
            os.write(fd, move["send"].encode())
            sent_at = time.monotonic()
        elif "expect" in move:
            deadline = time.monotonic() + move.get("timeout", 30)
            want = move["expect"].encode()
            while want not in output[seen:] and time.monotonic() < deadline:
                if not read(deadline):
                    break
            at = output.find(want, seen)
            if at < 0:
                break
            seen = at + len(want)
        elif "exits_within" in move:
            deadline = sent_at + move["exits_within"]
            while time.monotonic() < deadline and not reap():
                read(deadline)
            if exit_code is None:
                break
            seconds_to_exit = round(time.monotonic() - sent_at, 2)
        done += 1

    if exit_code is None:
        try:
            os.killpg(pid, 9)  # the program's whole session: tsx starts a child node
            os.waitpid(pid, 0)
        except OSError:
            pass
    print(json.dumps({
        "done": done,
        "output": output.decode("utf-8", "replace"),
        "exit_code": exit_code,
        "seconds_to_exit": seconds_to_exit,
    }))


main()
