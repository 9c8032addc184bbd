#!/usr/bin/env python3
"""What csharp-ls shows of ReturnShape: a small LSP client, Python 3 standard library only.

It writes a fresh project that references the packed ReturnShape package and holds every view and
route handler of samples/Gallery (each line that breaks a rule says so in a `// VRSxxxx:` comment),
restores it, and then, once with the setting `csharp.analyzersEnabled` left alone and once with it
set to true, starts csharp-ls over stdio, opens every file, asks for its diagnostics and, at each
ReturnShape diagnostic, for the code actions offered there.

It prints, per run: each ReturnShape diagnostic (id, severity, message, codeDescription.href) and
the titles of the code actions offered at it, and whether any of them is a ReturnShape code fix
(the titles written in src/CodeFixes). It exits 0 when what it measured is what README.md's
"Where it loads" row for csharp-ls says: no ReturnShape diagnostic while the setting is off;
every rule of the gallery, at its line, with the README's severity and help link, while it is
on; and no ReturnShape code fix either way. It exits 1 otherwise, and 2 when it could not measure.

    python3 bench/csharp-ls/check.py [--server PATH] [--feed DIR] [--json FILE]

Every wait has a time limit, and the server (with every process it started) is ended at the end.
See bench/csharp-ls/README.md.
"""

import argparse
import glob
import json
import os
import pathlib
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

REPO = pathlib.Path(__file__).resolve().parents[2]
SEVERITY_NAMES = {1: "error", 2: "warning", 3: "information", 4: "hint"}
RULE_COMMENT = re.compile(r"//\s*(VRS\d{4}):")
DEFAULT_TOOL_PATH = "/tmp/csls/csharp-ls"


class MeasureError(Exception):
    """The measurement itself failed (no server, restore failed, a wait timed out)."""


# ---------------------------------------------------------------------------------------------
# The project under test


def find_server(explicit):
    for candidate in (explicit, os.environ.get("CSHARP_LS"), shutil.which("csharp-ls"), DEFAULT_TOOL_PATH):
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return os.path.abspath(candidate)
    raise MeasureError(
        "csharp-ls not found: pass --server, set CSHARP_LS, put it on PATH or install it with "
        f"`dotnet tool install --tool-path {os.path.dirname(DEFAULT_TOOL_PATH)} csharp-ls --version 0.28.0`"
    )


def find_package(feed):
    names = [os.path.basename(p) for p in glob.glob(os.path.join(feed, "ReturnShape.*.nupkg"))]
    versions = sorted(
        m.group(1) for m in (re.fullmatch(r"ReturnShape\.(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.nupkg", n) for n in names) if m
    )
    if len(versions) != 1:
        raise MeasureError(
            f"{feed} should hold exactly one ReturnShape.<version>.nupkg, found {versions or 'none'}; "
            "pack it with `dotnet pack src/Package -c Release` (writes artifacts/packages/) or pass --feed"
        )
    return versions[0]


def readme_rules():
    """id -> (severity number, help link) from README.md's rule table."""
    rules = {}
    for line in (REPO / "README.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| (VRS\d{4}) \| (Error|Warning) \|.*\[docs\]\((\S+)\) \|$", line)
        if m:
            rules[m.group(1)] = (1 if m.group(2) == "Error" else 2, m.group(3))
    if not rules:
        raise MeasureError("README.md has no rule table to compare with")
    return rules


def fix_titles():
    """The fixed start of every code-fix title in src/CodeFixes: each string literal of two or more
    words that begins with a capital letter, cut at its first interpolation hole."""
    titles = set()
    for path in (REPO / "src" / "CodeFixes").rglob("*.cs"):
        for literal in re.findall(r'\$?"((?:[^"\\\n]|\\.)*)"', path.read_text(encoding="utf-8")):
            text = literal.split("{", 1)[0].replace('\\"', '"').strip()
            if re.match(r"[A-Z][a-z]+ \S", text):
                titles.add(text)
    for known in ("Send it as JSON: Json(value)", "Return an empty 204 response"):
        if not any(t.startswith(known) for t in titles):
            raise MeasureError(f"the code-fix title {known!r} is no longer found in src/CodeFixes: update fix_titles()")
    return sorted(titles)


def write_project(root, feed, version):
    project = os.path.join(root, "LspCheck")
    os.makedirs(os.path.join(project, "Views"))
    with open(os.path.join(root, "nuget.config"), "w", encoding="utf-8") as f:
        f.write(
            '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <clear />\n'
            f'    <add key="local" value="{os.path.abspath(feed)}" />\n'
            '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />\n'
            "  </packageSources>\n</configuration>\n"
        )
    with open(os.path.join(project, "LspCheck.csproj"), "w", encoding="utf-8") as f:
        f.write(
            '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
            "    <TargetFramework>net10.0</TargetFramework>\n    <ImplicitUsings>enable</ImplicitUsings>\n"
            "    <Nullable>enable</Nullable>\n  </PropertyGroup>\n  <ItemGroup>\n"
            f'    <PackageReference Include="ReturnShape" Version="{version}" />\n'
            "  </ItemGroup>\n</Project>\n"
        )
    sources = sorted(glob.glob(str(REPO / "samples" / "Gallery" / "Views" / "*.cs")))
    sources.append(str(REPO / "samples" / "Gallery" / "MinimalApi" / "RouteHandlers.cs"))
    files = {}
    for source in sources:
        sub = "Views" if os.path.basename(os.path.dirname(source)) == "Views" else ""
        target = os.path.join(project, sub, os.path.basename(source))
        shutil.copyfile(source, target)
        files[target] = pathlib.Path(target).read_text(encoding="utf-8")
    program = os.path.join(project, "Program.cs")
    files[program] = (
        "// The gallery's route handlers, mapped; its views are only compiled.\n"
        "var app = WebApplication.CreateBuilder(args).Build();\n"
        "Gallery.MinimalApi.RouteHandlers.Map(app);\n"
        "app.Run();\n"
    )
    pathlib.Path(program).write_text(files[program], encoding="utf-8")
    expected = []
    for path, text in files.items():
        for number, line in enumerate(text.splitlines()):
            for rule in RULE_COMMENT.findall(line):
                expected.append((path, number, rule))
    return project, files, expected


def dotnet_env(packages):
    env = dict(os.environ)
    env.update(
        NUGET_PACKAGES=packages,
        DOTNET_CLI_TELEMETRY_OPTOUT="1",
        DOTNET_NOLOGO="1",
        DOTNET_SKIP_FIRST_TIME_EXPERIENCE="1",
        MSBUILDDISABLENODEREUSE="1",
        DOTNET_CLI_UI_LANGUAGE="en-US",
    )
    for name in [n for n in env if n.upper().startswith("MSBUILD") and n != "MSBUILDDISABLENODEREUSE"]:
        del env[name]  # a caller such as `dotnet test` would point the nested tools at its MSBuild
    return env


def restore(project, env, timeout):
    try:
        result = subprocess.run(
            ["dotnet", "restore", "--disable-build-servers", "-nologo", "-tl:off"],
            cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout,
        )
    except subprocess.TimeoutExpired as e:
        raise MeasureError(f"dotnet restore did not finish within {timeout} s") from e
    if result.returncode != 0:
        raise MeasureError("dotnet restore failed:\n" + result.stdout)


# ---------------------------------------------------------------------------------------------
# The LSP client


def uri(path):
    return pathlib.Path(path).resolve().as_uri()


class Server:
    """csharp-ls over stdio: a reader thread frames the messages, the caller waits with a deadline."""

    def __init__(self, command, cwd, env, log_path, configuration):
        self.configuration = configuration  # answer to workspace/configuration, or None
        self.log = open(log_path, "wb")
        self.process = subprocess.Popen(
            command, cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log,
            start_new_session=True,  # its own process group, so that it and its build hosts end together
        )
        self.messages = queue.Queue()
        self.responses = {}
        self.diagnostics = {}  # uri -> latest publishDiagnostics params
        self.requests_from_server = []
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        try:
            while True:
                length = None
                while True:
                    line = stream.readline()
                    if not line:
                        self.messages.put(None)
                        return
                    line = line.strip()
                    if not line:
                        break
                    name, _, value = line.decode("ascii").partition(":")
                    if name.lower() == "content-length":
                        length = int(value)
                body = stream.read(length)
                self.messages.put(json.loads(body.decode("utf-8")))
        except Exception as e:  # the reader must always say the stream ended
            self.messages.put({"reader_error": repr(e)})
            self.messages.put(None)

    def _send(self, message):
        message["jsonrpc"] = "2.0"
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method, params):
        self._send({"method": method, "params": params})

    def request(self, method, params):
        request_id = self.next_id
        self.next_id += 1
        self._send({"id": request_id, "method": method, "params": params})
        return request_id

    def _answer(self, message):
        method = message["method"]
        self.requests_from_server.append(method)
        result = None
        if method == "workspace/configuration":
            result = [
                (self.configuration if item.get("section") == "csharp" else None) if self.configuration is not None else None
                for item in message["params"]["items"]
            ]
        self._send({"id": message["id"], "result": result})

    def pump(self, deadline):
        """Handles one message, or returns False when none came before the deadline."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        try:
            message = self.messages.get(timeout=min(remaining, 1.0))
        except queue.Empty:
            if self.process.poll() is not None:
                raise MeasureError(f"csharp-ls exited with {self.process.returncode}")
            return True
        if message is None:
            raise MeasureError(f"csharp-ls closed its output (exit code {self.process.poll()})")
        if "reader_error" in message:
            raise MeasureError("could not read csharp-ls's output: " + message["reader_error"])
        if "method" in message and "id" in message:
            self._answer(message)
        elif "method" in message:
            if message["method"] == "textDocument/publishDiagnostics":
                self.diagnostics[message["params"]["uri"]] = message["params"]
        else:
            self.responses[message["id"]] = message
        return True

    def wait(self, predicate, timeout, what):
        deadline = time.monotonic() + timeout
        while not predicate():
            if not self.pump(deadline):
                raise MeasureError(f"timed out after {timeout} s waiting for {what}")

    def call(self, method, params, timeout):
        request_id = self.request(method, params)
        self.wait(lambda: request_id in self.responses, timeout, method)
        response = self.responses.pop(request_id)
        if "error" in response:
            raise MeasureError(f"{method} failed: {response['error']}")
        return response.get("result")

    def stop(self):
        try:
            self.call("shutdown", None, 10)
            self.notify("exit", None)
            self.process.wait(timeout=10)
        except Exception:
            pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # the group is this server's own
        except ProcessLookupError:
            pass
        self.process.wait()
        self.log.close()


def capabilities(pull, configuration):
    text_document = {
        "synchronization": {"dynamicRegistration": False, "didSave": True},
        "publishDiagnostics": {"relatedInformation": True, "codeDescriptionSupport": True, "dataSupport": True},
        "codeAction": {
            "dynamicRegistration": False,
            "codeActionLiteralSupport": {
                "codeActionKind": {
                    "valueSet": ["", "quickfix", "refactor", "refactor.extract", "refactor.inline", "refactor.rewrite", "source", "source.organizeImports"]
                }
            },
            # As Neovim, Helix and VS Code ask: the edit is computed when an action is picked.
            "resolveSupport": {"properties": ["edit"]},
            "dataSupport": True,
        },
    }
    if pull:
        text_document["diagnostic"] = {"dynamicRegistration": False, "relatedDocumentSupport": False}
    return {
        "workspace": {
            "configuration": configuration,
            "didChangeConfiguration": {"dynamicRegistration": False},
            "workspaceFolders": True,
        },
        "textDocument": text_document,
        "window": {"workDoneProgress": False},
    }


def run(server_path, project, files, env, analyzers, via, pull, timeout, log_path):
    """One server session. Returns the diagnostics per file and the code actions per ReturnShape diagnostic."""
    settings = {"analyzersEnabled": True} if analyzers else {}
    configuration = settings if "configuration" in via else None
    started = time.monotonic()
    server = Server([server_path], project, env, log_path, configuration)
    timings = {}
    try:
        init_options = {"csharp": settings} if "initializationOptions" in via else None
        server.call(
            "initialize",
            {
                "processId": os.getpid(),
                "clientInfo": {"name": "returnshape-lsp-check", "version": "1"},
                "rootUri": uri(project),
                "workspaceFolders": [{"uri": uri(project), "name": "LspCheck"}],
                "capabilities": capabilities(pull, "configuration" in via),
                "initializationOptions": init_options,
                "trace": "off",
            },
            timeout,
        )
        server.notify("initialized", {})
        if "didChangeConfiguration" in via:
            server.notify("workspace/didChangeConfiguration", {"settings": {"csharp": settings}})
        for path, text in files.items():
            server.notify(
                "textDocument/didOpen",
                {"textDocument": {"uri": uri(path), "languageId": "csharp", "version": 1, "text": text}},
            )
        timings["initialize_s"] = round(time.monotonic() - started, 1)

        diagnostics = {}
        if pull:
            for path in files:
                report = server.call("textDocument/diagnostic", {"textDocument": {"uri": uri(path)}}, timeout)
                diagnostics[path] = report.get("items", []) if report else []
        else:
            # Push: csharp-ls publishes each open document once its project is loaded (and again on
            # a change). Wait for every file, then a quiet second, and take the latest of each.
            wanted = {uri(p): p for p in files}
            server.wait(lambda: all(u in server.diagnostics for u in wanted), timeout, "publishDiagnostics for every file")
            quiet_until = time.monotonic() + 2
            while time.monotonic() < quiet_until:
                before = dict(server.diagnostics)
                server.pump(quiet_until)
                if server.diagnostics != before:
                    quiet_until = time.monotonic() + 2
            diagnostics = {p: server.diagnostics[u]["diagnostics"] for u, p in wanted.items()}
        timings["diagnostics_s"] = round(time.monotonic() - started, 1)

        actions = []
        for path, items in diagnostics.items():
            for item in items:
                if not str(item.get("code", "")).startswith("VRS"):
                    continue
                result = server.call(
                    "textDocument/codeAction",
                    {
                        "textDocument": {"uri": uri(path)},
                        "range": item["range"],
                        "context": {"diagnostics": [item], "triggerKind": 1},
                    },
                    timeout,
                ) or []
                actions.append((path, item, [a.get("title", "") for a in result]))
        timings["code_actions_s"] = round(time.monotonic() - started, 1)
        return diagnostics, actions, timings, sorted(set(server.requests_from_server))
    finally:
        server.stop()


# ---------------------------------------------------------------------------------------------
# The report


def judge(name, analyzers, project, diagnostics, actions, expected, rules, titles):
    """Prints one run and returns (problems, summary)."""
    problems = []
    reported = []
    others = {}
    for path, items in diagnostics.items():
        for item in items:
            code = str(item.get("code", ""))
            if code.startswith("VRS"):
                reported.append((path, item))
            else:
                others[code] = others.get(code, 0) + 1

    print(f"\n== {name}: {len(reported)} ReturnShape diagnostic(s); other diagnostics: "
          + (", ".join(f"{c} x{n}" for c, n in sorted(others.items())) or "none"))
    fixes_offered = []
    for path, item, offered in actions:
        code = item["code"]
        href = (item.get("codeDescription") or {}).get("href")
        line = item["range"]["start"]["line"] + 1
        print(f"{code} {SEVERITY_NAMES.get(item.get('severity'), item.get('severity'))} "
              f"{os.path.relpath(path, project)}:{line}  {item['message']}")
        print(f"    href: {href}")
        ours = [t for t in offered if any(t.startswith(prefix) for prefix in titles)]
        fixes_offered += ours
        print(f"    code actions ({len(offered)}): " + ("; ".join(offered) or "none"))
        if ours:
            print(f"    ReturnShape fixes among them: {'; '.join(ours)}")
        severity, link = rules.get(code, (None, None))
        if item.get("severity") != severity:
            problems.append(f"{code} at {path}:{line} has severity {item.get('severity')}, README says {severity}")
        if href != link:
            problems.append(f"{code} at {path}:{line} has href {href}, README says {link}")

    if analyzers:
        for path, line, rule in expected:
            if not any(p == path and str(i["code"]) == rule and i["range"]["start"]["line"] <= line <= i["range"]["end"]["line"]
                       for p, i in reported):
                problems.append(f"{rule} was not reported at {os.path.relpath(path, project)}:{line + 1}")
        for path, item in reported:
            start, end = item["range"]["start"]["line"], item["range"]["end"]["line"]
            if not any(p == path and r == item["code"] and start <= l <= end for p, l, r in expected):
                problems.append(f"unexpected {item['code']} at {os.path.relpath(path, project)}:{start + 1}")
    elif reported:
        problems.append(f"{len(reported)} ReturnShape diagnostic(s) while analyzers are not enabled")
    if fixes_offered:
        problems.append("ReturnShape code fixes offered: " + "; ".join(sorted(set(fixes_offered))))
    print(f"   ReturnShape code fixes offered: {'yes' if fixes_offered else 'none'}")
    summary = {
        "analyzersEnabled": analyzers,
        "returnshape": [
            {
                "file": os.path.relpath(path, project),
                "line": item["range"]["start"]["line"] + 1,
                "id": item["code"],
                "severity": SEVERITY_NAMES.get(item.get("severity"), item.get("severity")),
                "message": item["message"],
                "href": (item.get("codeDescription") or {}).get("href"),
                "codeActions": offered,
            }
            for path, item, offered in actions
        ],
        "otherDiagnostics": others,
        "returnShapeFixesOffered": sorted(set(fixes_offered)),
        "problems": problems,
    }
    return problems, summary


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", help="csharp-ls executable (default: $CSHARP_LS, PATH, " + DEFAULT_TOOL_PATH + ")")
    parser.add_argument("--feed", default=str(REPO / "artifacts" / "packages"), help="folder holding ReturnShape.<version>.nupkg")
    parser.add_argument("--analyzers", choices=["both", "on", "off"], default="both", help="which runs (default: off, then on)")
    parser.add_argument(
        "--via", default="configuration,didChangeConfiguration,initializationOptions",
        help="how the setting reaches the server, comma-separated: configuration (answers the server's "
             "workspace/configuration), didChangeConfiguration, initializationOptions (default: all three)",
    )
    parser.add_argument("--push", action="store_true", help="wait for textDocument/publishDiagnostics instead of pulling textDocument/diagnostic")
    parser.add_argument("--timeout", type=float, default=120, help="limit of every single wait, in seconds (default 120)")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary project and the server logs")
    args = parser.parse_args()
    via = {v.strip() for v in args.via.split(",") if v.strip()}
    unknown = via - {"configuration", "didChangeConfiguration", "initializationOptions"}
    if unknown:
        parser.error(f"unknown --via {', '.join(sorted(unknown))}")

    started = time.monotonic()
    root = tempfile.mkdtemp(prefix="returnshape-csharp-ls-")
    results = {"runs": []}
    status = 0
    try:
        server = find_server(args.server)
        version_line = subprocess.run([server, "--version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                      text=True, timeout=30).stdout.strip()
        package = find_package(args.feed)
        rules, titles = readme_rules(), fix_titles()
        project, files, expected = write_project(root, args.feed, package)
        env = dotnet_env(os.path.join(root, "packages"))
        print(f"server: {server} ({version_line})")
        print(f"package: ReturnShape {package} from {args.feed}; {len(files)} files, {len(expected)} marked mistakes; "
              f"setting sent via {', '.join(sorted(via)) or 'nothing'}; diagnostics {'pushed' if args.push else 'pulled'}")
        restore(project, env, args.timeout * 2)
        results.update(server=version_line, package=package, via=sorted(via), push=args.push,
                       restore_s=round(time.monotonic() - started, 1))
        print(f"restored in {results['restore_s']} s")
        modes = {"both": [False, True], "off": [False], "on": [True]}[args.analyzers]
        for analyzers in modes:
            name = f"csharp.analyzersEnabled {'true' if analyzers else 'not set'}"
            log = os.path.join(root, f"csharp-ls-{'on' if analyzers else 'off'}.log")
            diagnostics, actions, timings, asked = run(server, project, files, env, analyzers, via, not args.push, args.timeout, log)
            problems, summary = judge(name, analyzers, project, diagnostics, actions, expected, rules, titles)
            summary.update(timings=timings, serverRequests=asked)
            print(f"   timings (from server start): initialized {timings['initialize_s']} s, diagnostics "
                  f"{timings['diagnostics_s']} s, code actions {timings['code_actions_s']} s; server asked: {', '.join(asked) or 'nothing'}")
            for problem in problems:
                print(f"   PROBLEM: {problem}")
            results["runs"].append(summary)
            status = max(status, 1 if problems else 0)
    except MeasureError as e:
        print(f"could not measure: {e}", file=sys.stderr)
        results["error"] = str(e)
        status = 2
    finally:
        results["total_s"] = round(time.monotonic() - started, 1)
        if args.json:
            pathlib.Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    print(f"\n{'as README.md says' if status == 0 else 'NOT as README.md says' if status == 1 else 'no measurement'}; "
          f"{results['total_s']} s in all")
    return status


if __name__ == "__main__":
    sys.exit(main())
