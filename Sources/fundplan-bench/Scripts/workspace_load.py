#!/usr/bin/env python3
"""Load on `fundplan serve`: N clients, each editing its own profile in its own workspace, on loopback.

    python3 Sources/fundplan-bench/Scripts/workspace_load.py .build/release/fundplan [--clients 50] [--seconds 60]

Each client has its own server (one workspace folder per profile, as a coordinator has) started from
a copy of an example network. A client loops like a person: open the budget page (the advice beside
it is recomputed: readiness, matches and the plan sketch), wait, change the reserves and save, wait,
and check that the page then shows what was saved. Reports the number of requests, errors, lost
saves, the page and save times (median, p95, max) and each server's resident memory after the first
10 seconds and at the end. Bounded: at most --clients servers and --seconds of load, loopback only.
"""
import argparse
import html
import http.client
import urllib.parse
import random
import re
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def rss(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Client(threading.Thread):
    def __init__(self, binary, folder, stop_at, think):
        super().__init__(daemon=True)
        shutil.copy(ROOT / "catalogues/examples/social-restaurant.xml", folder / "profile.xml")
        self.server = subprocess.Popen([binary, "serve", str(folder), "--port", "0"], stdout=subprocess.PIPE, text=True)
        line = self.server.stdout.readline() + self.server.stdout.readline()
        match = re.search(r"127\.0\.0\.1:(\d+)(/\?token=[0-9a-f]{64})", line)
        self.port, self.launch = int(match.group(1)), match.group(2)
        self.stop_at, self.think = stop_at, think
        self.pages, self.saves, self.errors, self.lost = [], [], 0, 0
        self.rss = []

    def request(self, method, path, body=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Cookie": self.cookie} if hasattr(self, "cookie") else {}
        if body is not None:
            headers.update({"Content-Type": "application/x-www-form-urlencoded", "Origin": f"http://127.0.0.1:{self.port}"})
        start = time.monotonic()
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode()
        elapsed = time.monotonic() - start
        connection.close()
        return response.status, response.getheader("Set-Cookie"), text, elapsed

    def run(self):
        try:
            self.edit()
        except Exception as error:  # a failed connection or answer counts as an error
            self.errors += 1
            print(f"client on port {self.port}: {error}", flush=True)

    def edit(self):
        _, cookie, _, _ = self.request("GET", self.launch)
        self.cookie = cookie.split(";")[0]
        expected = None
        while time.monotonic() < self.stop_at:
            status, _, page, elapsed = self.request("GET", "/section/budget")
            self.pages.append(elapsed)
            if status != 200:
                self.errors += 1
                continue
            if expected is not None and f'value="{expected}"' not in page:
                self.lost += 1
            revision = re.search(r'name="revision" value="(\d+)"', page).group(1)
            fields = re.findall(r'name="(cost\[r\d+\]\[\w+\])"[^>]*value="([^"]*)"', page)
            selects = re.findall(r'name="(cost\[r\d+\]\[category\])"[\s\S]*?<option value="([\w-]+)" selected', page)
            time.sleep(self.think)
            expected = str(random.randint(1000, 90000))
            pairs = [("revision", revision), ("startYear", "2026"), ("horizonYears", "3"), ("reserves", expected)]
            pairs += [(name, html.unescape(value)) for name, value in fields + selects] + [("action", "save")]
            status, _, _, elapsed = self.request("POST", "/section/budget", urllib.parse.urlencode(pairs).encode())
            self.saves.append(elapsed)
            if status != 303:
                self.errors += 1
                expected = None
            time.sleep(self.think)


def summary(name, values):
    values = sorted(values)
    p95 = values[int(0.95 * (len(values) - 1))]
    return f"{name}: {len(values)} requests, median {statistics.median(values):.3f} s, p95 {p95:.3f} s, max {values[-1]:.3f} s"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--think", type=float, default=1.0)
    arguments = parser.parse_args()
    assert 1 <= arguments.clients <= 50 and 1 <= arguments.seconds <= 120, "bounded: at most 50 clients, 120 s"
    work = Path(tempfile.mkdtemp(prefix="fundplan-load-"))
    clients = []
    try:
        for index in range(arguments.clients):
            folder = work / f"network-{index}"
            folder.mkdir()
            clients.append(Client(arguments.binary, folder, 0, arguments.think))
        stop_at = time.monotonic() + arguments.seconds
        for client in clients:
            client.stop_at = stop_at
            client.start()
        time.sleep(min(10, arguments.seconds / 2))
        early = [rss(c.server.pid) for c in clients]
        for client in clients:
            client.join()
        late = [rss(c.server.pid) for c in clients]
        pages = [v for c in clients for v in c.pages]
        saves = [v for c in clients for v in c.saves]
        print(f"{arguments.clients} clients, {arguments.seconds} s, think time {arguments.think} s")
        print(summary("page (GET, with advice)", pages))
        print(summary("save (POST, checked and written)", saves))
        print(f"errors: {sum(c.errors for c in clients)}, lost saves: {sum(c.lost for c in clients)}")
        print(f"server memory (RSS): after 10 s median {statistics.median(early):.0f} MiB, "
              f"at the end median {statistics.median(late):.0f} MiB, max {max(late):.0f} MiB")
    finally:
        for client in clients:
            client.server.terminate()
        for client in clients:
            client.server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
