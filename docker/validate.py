#!/usr/bin/env python3
"""Checks for the docker/ folder that need no Docker engine. Run through docker/validate.sh,
which finds the tools (YAML parser, nginx) and calls the subcommands below:

  dockerfile                     lint docker/Dockerfile and its build context
  compose (--pyyaml | --json F)  compose.yaml structure, cross-checked with nginx.conf/Dockerfile
  nginx-static                   nginx.conf directives the stack relies on
  nginx-run NGINX                `nginx -t`, then a smoke test of the real config against two
                                 local fake replicas (round robin, headers, failover)
  healthcheck                    docker/healthcheck.sh against a local fake service

Each prints "ok", "FAIL", "warn" or "skip" lines and exits 1 when anything failed.
Standard library only (PyYAML is used when --pyyaml is given).
"""

import contextlib
import http.server
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DOCKERFILE = HERE / "Dockerfile"
DOCKERIGNORE = HERE / "Dockerfile.dockerignore"
COMPOSE = HERE / "compose.yaml"
NGINX_CONF = HERE / "nginx.conf"
HEALTHCHECK = HERE / "healthcheck.sh"

# The service's own rule for an accepted X-Request-Id (shared.web.RequestIds).
SERVICE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")
APP_PORT = 8080

VERBOSE = os.environ.get("VALIDATE_VERBOSE") == "1"
failures = 0
_group = None  # the current group's results, while one is open


def ok(msg):
    if _group is not None:
        _group.append(("ok", msg))
    else:
        print(f"  ok    {msg}")


def fail(msg):
    global failures
    failures += 1
    if _group is not None:
        _group.append(("FAIL", msg))
    else:
        print(f"  FAIL  {msg}")


@contextlib.contextmanager
def group(title):
    """Prints one summary line for many checks; the failures in full, the passes if verbose."""
    global _group
    _group = []
    try:
        yield
    finally:
        results, _group = _group, None
        passed = [m for kind, m in results if kind == "ok"]
        failed = [m for kind, m in results if kind == "FAIL"]
        if failed:
            print(f"  FAIL  {title}: {len(failed)} of {len(results)} checks failed")
        else:
            print(f"  ok    {title} ({len(passed)} checks)")
        for kind, m in results:
            if kind == "FAIL" or VERBOSE:
                print(f"          {kind:<4}  {m}")


def warn(msg):
    print(f"  warn  {msg}")


def skip(msg):
    print(f"  skip  {msg}")


def check(condition, good, bad=None):
    if condition:
        ok(good)
    else:
        fail(bad or f"not true: {good}")
    return condition


# ---- Dockerfile -----------------------------------------------------------------------------


def dockerfile_instructions(text):
    """(keyword, arguments, line number) for each instruction; continuations joined."""
    result, buf, start = [], "", 0
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not buf and (not line or line.startswith("#")):
            continue
        if buf and line.startswith("#"):
            continue  # comment lines inside a continuation are dropped by Docker too
        if not buf:
            start = number
        if line.endswith("\\"):
            buf += line[:-1] + " "
            continue
        buf += line
        keyword, _, args = buf.partition(" ")
        result.append((keyword.upper(), args.strip(), start))
        buf = ""
    if buf:
        fail(f"Dockerfile ends inside a line continuation (from line {start})")
    return result


def substitute_args(value, args):
    def repl(m):
        name = m.group(1) or m.group(2)
        return args.get(name, "")

    return re.sub(r"\$\{(\w+)\}|\$(\w+)", repl, value)


def split_flags(args):
    """('--from=build', ...), rest words. Good enough for COPY/ADD/RUN/HEALTHCHECK."""
    words = args.split()
    flags = [w for w in words if w.startswith("--")]
    rest = [w for w in words if not w.startswith("--")]
    return flags, rest


def json_form(args):
    if args.startswith("["):
        try:
            value = json.loads(args)
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                return value
        except json.JSONDecodeError:
            pass
    return None


def dockerignore_patterns():
    if not DOCKERIGNORE.exists():
        return []
    patterns = []
    for line in DOCKERIGNORE.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        pattern = line[1:] if negate else line
        pattern = os.path.normpath(pattern.strip("/")) if pattern.strip("/") else "."
        patterns.append((negate, pattern))
    return patterns


def glob_regex(pattern):
    """Docker's .dockerignore matching: * and ? stay within one path element, ** spans any."""
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**", i):
            out += ".*"
            i += 2
            if pattern.startswith("/", i):
                out += "/?"
                i += 1
        elif pattern[i] == "*":
            out += "[^/]*"
            i += 1
        elif pattern[i] == "?":
            out += "[^/]"
            i += 1
        else:
            out += re.escape(pattern[i])
            i += 1
    return re.compile(out + r"\Z")


def excluded_by_dockerignore(rel, patterns):
    """Last matching pattern wins; a pattern matching a parent directory matches the path."""
    parts = rel.split("/")
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    excluded = False
    for negate, pattern in patterns:
        rx = glob_regex(pattern)
        if any(rx.match(c) for c in candidates):
            excluded = not negate
    return excluded


def cmd_dockerfile():
    print(f"Dockerfile: {DOCKERFILE.relative_to(ROOT)}")
    text = DOCKERFILE.read_text()
    instructions = dockerfile_instructions(text)
    known = {
        "FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
        "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL", "MAINTAINER",
    }
    unknown = [f"{k} (line {n})" for k, _, n in instructions if k not in known]
    check(not unknown, "every instruction is a known Dockerfile instruction",
          f"unknown instructions: {', '.join(unknown)}")

    global_args, stages = {}, []
    for keyword, args, number in instructions:
        if keyword == "FROM":
            words = args.split()
            words = [w for w in words if not w.startswith("--platform")]
            image = substitute_args(words[0], global_args)
            alias = words[2] if len(words) >= 3 and words[1].upper() == "AS" else None
            stages.append({"image": image, "alias": alias, "line": number, "ins": []})
        elif not stages:
            if keyword == "ARG":
                name, _, default = args.partition("=")
                global_args[name.strip()] = default.strip().strip('"')
            else:
                fail(f"{keyword} before the first FROM (line {number})")
        else:
            stages[-1]["ins"].append((keyword, args, number))

    if not check(len(stages) >= 2, f"multi-stage build ({len(stages)} stages)"):
        return
    for stage in stages:
        image = stage["image"]
        tag = image.split("/")[-1].partition(":")[2]
        check(tag and tag != "latest" or "@sha256:" in image,
              f"base image {image} has an explicit tag",
              f"base image {image} is untagged or :latest (line {stage['line']})")

    aliases = {s["alias"] for s in stages if s["alias"]}
    build, final = stages[0], stages[-1]
    check(re.search(r"maven.*(jdk-?)?17|temurin-17", build["image"]) is not None,
          f"build stage from a Maven + JDK 17 image ({build['image']})",
          f"build stage image {build['image']} does not look like Maven + JDK 17")
    check(re.match(r"(docker\.io/)?(library/)?eclipse-temurin:17[.\w-]*jre", final["image"]) is not None,
          f"runtime stage from a Temurin 17 JRE image ({final['image']})",
          f"runtime stage image {final['image']} is not eclipse-temurin:17-jre")

    runs = [a for k, a, _ in build["ins"] if k == "RUN"]
    package = [r for r in runs if re.search(r"\b(mvn|\./mvnw)\b", r) and " package" in r]
    check(package, "build stage runs `mvn package`", "no `mvn`/`./mvnw package` RUN in the build stage")
    check(any("-DskipTests" in r or "-Dmaven.test.skip" in r for r in package),
          "the image build skips tests (-DskipTests)",
          "the Maven package in the image build does not skip tests")
    copied = " ".join(a for k, a, _ in build["ins"] if k == "COPY")
    check("pom.xml" in copied and re.search(r"\bsrc/?\b", copied),
          "build stage copies pom.xml and src/", "build stage does not copy pom.xml and src/")

    # Runtime stage: layered quarkus-app copy from an existing stage, in dependency order.
    from_copies = []
    for keyword, args, number in final["ins"]:
        if keyword == "COPY":
            flags, rest = split_flags(args)
            src_from = [f.split("=", 1)[1] for f in flags if f.startswith("--from=")]
            if src_from:
                if src_from[0] not in aliases and not src_from[0].isdigit():
                    fail(f"COPY --from={src_from[0]} names no stage (line {number})")
                from_copies.append((number, rest[:-1]))
    sources = [(n, s) for n, srcs in from_copies for s in srcs]
    order = []
    for part, pattern in [
        ("lib/", r"quarkus-app/lib/?$"),
        ("quarkus-run.jar", r"quarkus-app/(\*\.jar|quarkus-run\.jar)$"),
        ("app/", r"quarkus-app/app/?$"),
        ("quarkus/", r"quarkus-app/quarkus/?$"),
    ]:
        hit = [n for n, s in sources if re.search(pattern, s)]
        if check(hit, f"runtime stage copies quarkus-app/{part}",
                 f"runtime stage does not copy quarkus-app/{part} from the build stage"):
            order.append((part, hit[0]))
    if len(order) == 4:
        lines = dict(order)
        check(lines["lib/"] < lines["app/"],
              "lib/ (dependencies) is copied before app/ (layer caching)",
              "app/ is copied before lib/: every code change re-creates the dependency layer")

    exposes = [a for k, a, _ in final["ins"] if k == "EXPOSE"]
    check(any(str(APP_PORT) in e.split() or f"{APP_PORT}/tcp" in e.split() for e in exposes),
          f"EXPOSE {APP_PORT}", f"no EXPOSE {APP_PORT} in the runtime stage")

    users = [(a, n) for k, a, n in final["ins"] if k == "USER"]
    if check(users, "runtime stage sets USER", "runtime stage has no USER: it would run as root"):
        user = users[-1][0].split(":")[0]
        check(user not in ("root", "0"), f"runs as non-root user {users[-1][0]}",
              f"final USER is root ({users[-1][0]})")
        if not user.isdigit() and user != "root":
            runs_final = " ".join(a for k, a, _ in final["ins"] if k == "RUN")
            check(re.search(rf"(useradd|adduser)\b[^&;]*\b{re.escape(user)}\b", runs_final),
                  f"user {user} is created in the image", f"user {user} is never created")

    healthchecks = [(a, n) for k, a, n in final["ins"] if k == "HEALTHCHECK"]
    if check(healthchecks, "runtime stage has a HEALTHCHECK", "runtime stage has no HEALTHCHECK"):
        args = healthchecks[-1][0]
        options, _, command = args.partition("CMD")
        command = command.strip()
        check("/q/health/live" in command, "HEALTHCHECK probes /q/health/live",
              "HEALTHCHECK does not probe /q/health/live")
        for option in options.split():
            if not re.fullmatch(r"--(interval|timeout|start-period|start-interval|retries)=\S+", option):
                fail(f"HEALTHCHECK option {option} is not valid")
        argv = json_form(command)
        tool = argv[0] if argv else command.split()[0]
        installs = " ".join(a for k, a, _ in final["ins"] if k == "RUN")
        copies = [a for k, a, _ in final["ins"] if k in ("COPY", "ADD")]
        if tool in ("curl", "wget"):
            check(re.search(rf"install[^&;]*\b{tool}\b", installs),
                  f"HEALTHCHECK tool {tool} is installed in the runtime stage",
                  f"HEALTHCHECK uses {tool}, which the runtime stage does not install")
        elif tool in ("bash", "/bin/bash", "sh", "/bin/sh"):
            ok(f"HEALTHCHECK runs through {tool}")
        else:
            target = tool if tool.startswith("/") else f"/usr/local/bin/{tool}"
            check(any(c.split()[-1] == target for c in copies),
                  f"HEALTHCHECK tool {tool} is copied into the image ({target})",
                  f"HEALTHCHECK runs {tool}, which nothing copies to {target}")

    envs = " ".join(a for k, a, _ in final["ins"] if k == "ENV")
    check("MaxRAMPercentage" in envs, "JAVA_OPTS sizes the heap from the container (MaxRAMPercentage)",
          "no -XX:MaxRAMPercentage in the runtime ENV")
    check("java.util.logging.manager=org.jboss.logmanager.LogManager" in envs,
          "JAVA_OPTS sets the JBoss LogManager", "JAVA_OPTS lacks -Djava.util.logging.manager=org.jboss.logmanager.LogManager")

    entry = [(k, a) for k, a, _ in final["ins"] if k in ("ENTRYPOINT", "CMD")]
    if check(entry, "runtime stage has an ENTRYPOINT/CMD", "runtime stage has no ENTRYPOINT or CMD"):
        keyword, args = entry[-1]
        argv = json_form(args)
        joined = " ".join(argv) if argv else args
        check("quarkus-run.jar" in joined and "$JAVA_OPTS" in joined,
              f"{keyword} runs java $JAVA_OPTS -jar quarkus-run.jar",
              f"{keyword} does not run quarkus-run.jar with $JAVA_OPTS")
        if argv is None:
            fail(f"{keyword} is in shell form: java would not be PID 1 and would miss SIGTERM")
        elif argv[0] in ("/bin/sh", "sh", "/bin/bash", "bash"):
            check(re.search(r"\bexec\s+java\b", joined),
                  f"{keyword} execs java (PID 1, receives SIGTERM)",
                  f"{keyword} runs java under a shell without exec: SIGTERM will not reach it")

    adds = [n for k, _, n in instructions if k == "ADD"]
    if adds:
        warn(f"ADD used (lines {adds}); COPY is preferred for local files")

    # Build context: every local COPY source exists and survives Dockerfile.dockerignore.
    patterns = dockerignore_patterns()
    if DOCKERIGNORE.exists():
        ok(f"build context filter {DOCKERIGNORE.name} ({len(patterns)} patterns)")
    else:
        warn("no docker/Dockerfile.dockerignore: the whole repository (target/, .git) is sent to the builder")
    for stage in stages:
        for keyword, args, number in stage["ins"]:
            if keyword not in ("COPY", "ADD"):
                continue
            flags, rest = split_flags(args)
            if any(f.startswith("--from=") for f in flags) or json_form(args):
                continue
            for src in rest[:-1]:
                matches = [Path(p) for p in sorted(ROOT.glob(src.rstrip("/")))] if any(
                    c in src for c in "*?[") else [ROOT / src.rstrip("/")]
                present = [m for m in matches if m.exists()]
                if not present:
                    fail(f"COPY source {src} (line {number}) does not exist in the build context")
                    continue
                hidden = [m for m in present
                          if excluded_by_dockerignore(str(m.relative_to(ROOT)), patterns)]
                check(not hidden, f"COPY source {src} exists and is in the build context",
                      f"COPY source {src} (line {number}) is excluded by {DOCKERIGNORE.name}")
    for heavy in ["target", ".git"]:
        if (ROOT / heavy).exists():
            check(excluded_by_dockerignore(heavy, patterns), f"{heavy}/ is kept out of the build context",
                  f"{heavy}/ is sent to the builder (add it to {DOCKERIGNORE.name})")


# ---- compose.yaml ---------------------------------------------------------------------------


class Interpolation:
    """Compose variable interpolation with an empty environment: what the defaults give."""

    def __init__(self):
        self.unset = set()
        self.required = set()

    def expand(self, text):
        out, i = "", 0
        while i < len(text):
            c = text[i]
            if c != "$":
                out += c
                i += 1
                continue
            if text.startswith("$$", i):
                out += "$"
                i += 2
                continue
            if text.startswith("${", i):
                depth, j = 1, i + 2
                while j < len(text) and depth:
                    if text.startswith("${", j):
                        depth += 1
                        j += 2
                        continue
                    if text[j] == "}":
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError(f"unclosed ${{ in {text!r}")
                out += self.variable(text[i + 2 : j - 1])
                i = j
                continue
            m = re.match(r"\$([A-Za-z_]\w*)", text[i:])
            if m:
                out += self.variable(m.group(1))
                i += m.end()
                continue
            raise ValueError(f"a lone $ in {text!r} (write $$ for a literal $)")
        return out

    def variable(self, body):
        m = re.fullmatch(r"([A-Za-z_]\w*)(?:(:?[-?+])(.*))?", body, re.S)
        if not m:
            raise ValueError(f"invalid variable ${{{body}}}")
        name, op, arg = m.group(1), m.group(2), m.group(3)
        if op in (":-", "-"):
            return self.expand(arg)
        if op in (":?", "?"):
            self.required.add(name)
            return ""
        if op in (":+", "+"):
            return ""
        self.unset.add(name)
        return ""


def interpolate(node, interp, path="", errors=None):
    if isinstance(node, dict):
        return {k: interpolate(v, interp, f"{path}.{k}", errors) for k, v in node.items()}
    if isinstance(node, list):
        return [interpolate(v, interp, f"{path}[{i}]", errors) for i, v in enumerate(node)]
    if isinstance(node, str):
        try:
            return interp.expand(node)
        except ValueError as e:
            errors.append(f"{path.lstrip('.')}: {e}")
            return node
    return node


def load_pyyaml(path):
    import yaml

    class UniqueKeyLoader(yaml.SafeLoader):
        pass

    def construct_mapping(loader, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = loader.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    UniqueKeyLoader.add_constructor(
        yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    with open(path) as f:
        return yaml.load(f, Loader=UniqueKeyLoader)


SERVICE_KEYS = set("""
annotations attach blkio_config build cap_add cap_drop cgroup cgroup_parent command configs
container_name cpu_count cpu_percent cpu_period cpu_quota cpu_rt_period cpu_rt_runtime
cpu_shares cpus cpuset credential_spec depends_on deploy develop device_cgroup_rules devices dns
dns_opt dns_search domainname driver_opts entrypoint env_file environment expose extends
external_links extra_hosts gpus group_add healthcheck hostname image init ipc isolation labels
label_file links logging mac_address mem_limit mem_reservation mem_swappiness memswap_limit
models network_mode networks oom_kill_disable oom_score_adj pid pids_limit platform ports
post_start pre_stop privileged profiles provider pull_policy read_only restart runtime scale
secrets security_opt shm_size stdin_open stop_grace_period stop_signal storage_opt sysctls tmpfs
tty ulimits use_api_socket user userns_mode uts volumes volumes_from working_dir
""".split())
TOP_KEYS = {"version", "name", "services", "networks", "volumes", "secrets", "configs", "include", "models"}
HEALTH_KEYS = {"test", "interval", "timeout", "retries", "start_period", "start_interval", "disable"}
CONDITIONS = {"service_started", "service_healthy", "service_completed_successfully"}
DURATION = re.compile(r"(\d+(\.\d+)?(ns|us|ms|s|m|h))+")


def resolve_merge_keys(node):
    """YAML merge keys (`<<: *anchor`), which Compose supports, for parsers that leave them as
    plain "<<" keys (js-yaml 5 does). Explicit keys win over merged ones, earlier sources over
    later ones, as in YAML 1.1."""
    if isinstance(node, list):
        return [resolve_merge_keys(v) for v in node]
    if not isinstance(node, dict):
        return node
    merged = {}
    sources = node.get("<<", [])
    for source in reversed(sources if isinstance(sources, list) else [sources]):
        merged.update(resolve_merge_keys(source))
    merged.update({k: resolve_merge_keys(v) for k, v in node.items() if k != "<<"})
    return merged


def env_map(service):
    env = service.get("environment") or {}
    if isinstance(env, list):
        return dict(item.split("=", 1) if "=" in item else (item, None) for item in env)
    return env


def image_tag_version(image):
    tag = image.rpartition(":")[2]
    m = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?", tag)
    return tuple(int(g) for g in m.groups() if g is not None) if m else None


def parse_nginx(text):
    """A small nginx config parser: a list of (name, args, children or None)."""
    tokens = re.findall(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|#[^\n]*|[{};]|[^\s{};"\'#]+', text)
    tokens = [t for t in tokens if not t.startswith("#")]
    pos = 0

    def block():
        nonlocal pos
        items, words = [], []
        while pos < len(tokens):
            t = tokens[pos]
            pos += 1
            if t == ";":
                if words:
                    items.append((words[0], words[1:], None))
                words = []
            elif t == "{":
                children = block()
                items.append((words[0] if words else "", words[1:], children))
                words = []
            elif t == "}":
                if words:
                    raise ValueError(f"missing ';' after {' '.join(words)}")
                return items
            else:
                words.append(t[1:-1] if t[0] in "\"'" else t)
        if words:
            raise ValueError(f"missing ';' after {' '.join(words)}")
        return items

    items = block()
    if pos < len(tokens):
        raise ValueError("unbalanced '}'")
    return items


def nginx_find(items, name):
    for item in items:
        if item[0] == name:
            yield item
        if item[2]:
            yield from nginx_find(item[2], name)


def nginx_upstreams(items):
    """{upstream name: [(host, port, params)]}"""
    result = {}
    for _, args, children in nginx_find(items, "upstream"):
        servers = []
        for name, sargs, _ in children or []:
            if name == "server":
                host, _, port = sargs[0].rpartition(":")
                if not host:
                    host, port = sargs[0], "80"
                servers.append((host, int(port), sargs[1:]))
        result[args[0]] = servers
    return result


def nginx_listen_ports(items):
    ports = set()
    for _, args, _ in nginx_find(items, "listen"):
        m = re.search(r"(\d+)$", args[0])
        if m:
            ports.add(int(m.group(1)))
    return ports


def cmd_compose(loader, json_path):
    print(f"compose: {COMPOSE.relative_to(ROOT)} (parsed with {loader})")
    try:
        if loader == "pyyaml":
            raw = load_pyyaml(COMPOSE)
        else:
            raw = resolve_merge_keys(json.loads(Path(json_path).read_text()))
    except Exception as e:  # noqa: BLE001 - any parse error is the finding
        fail(f"compose.yaml does not parse: {e}")
        return
    ok("compose.yaml is valid YAML without duplicate keys")
    if not isinstance(raw, dict) or not isinstance(raw.get("services"), dict):
        fail("compose.yaml has no services mapping")
        return

    interp, errors = Interpolation(), []
    doc = interpolate(raw, interp, "", errors)
    for e in errors:
        fail(f"interpolation: {e}")
    check(not interp.unset, "every ${VAR} has an inline default (no .env needed)",
          f"variables without a default (blank unless set): {', '.join(sorted(interp.unset))}")
    check(not interp.required, "no required (${VAR:?}) variables",
          f"required variables: {', '.join(sorted(interp.required))}")

    unknown_top = [k for k in doc if k not in TOP_KEYS and not k.startswith("x-")]
    check(not unknown_top, "top-level keys are known", f"unknown top-level keys: {unknown_top}")
    if "version" in doc:
        warn("top-level `version` is obsolete in Compose v2")

    services = doc["services"]
    names = set(services)
    expected = {"postgres", "inventory-1", "inventory-2", "lb"}
    check(expected <= names, f"services {', '.join(sorted(expected))} are defined",
          f"missing services: {', '.join(sorted(expected - names))}")

    declared_volumes = set((doc.get("volumes") or {}).keys())
    for name, svc in sorted(services.items()):
        with group(f"{name}: well-formed (keys, healthcheck, depends_on, env and port types, volumes)"):
            bad = [k for k in svc if k not in SERVICE_KEYS and not k.startswith("x-")]
            check(not bad, f"{name}: attributes are valid Compose keys", f"{name}: unknown keys {bad}")
            check("image" in svc or "build" in svc, f"{name}: has an image or build",
                  f"{name}: neither image nor build")

            hc = svc.get("healthcheck")
            if check(hc and not hc.get("disable") and hc.get("test"), f"{name}: has a healthcheck",
                     f"{name}: no healthcheck"):
                bad = [k for k in hc if k not in HEALTH_KEYS]
                check(not bad, f"{name}: healthcheck keys valid", f"{name}: unknown healthcheck keys {bad}")
                test = hc["test"]
                if isinstance(test, list):
                    check(test and test[0] in ("CMD", "CMD-SHELL") and len(test) > 1,
                          f"{name}: healthcheck test is [\"{test[0]}\", ...]",
                          f"{name}: healthcheck test list must start with CMD or CMD-SHELL: {test}")
                else:
                    check(isinstance(test, str), f"{name}: healthcheck test is a shell string",
                          f"{name}: healthcheck test has type {type(test).__name__}")
                for key in ("interval", "timeout", "start_period", "start_interval"):
                    if key in hc:
                        check(DURATION.fullmatch(str(hc[key])), f"{name}: healthcheck {key} {hc[key]}",
                              f"{name}: healthcheck {key} {hc[key]!r} is not a duration")
                if "retries" in hc:
                    check(isinstance(hc["retries"], int) and hc["retries"] > 0,
                          f"{name}: healthcheck retries {hc['retries']}", f"{name}: bad retries {hc['retries']!r}")

            deps = svc.get("depends_on") or {}
            if isinstance(deps, list):
                deps = {d: {"condition": "service_started"} for d in deps}
            for dep, spec in deps.items():
                condition = (spec or {}).get("condition", "service_started")
                if not check(dep in services, f"{name}: depends on existing service {dep}",
                             f"{name}: depends on unknown service {dep}"):
                    continue
                check(condition in CONDITIONS, f"{name} -> {dep}: condition {condition}",
                      f"{name} -> {dep}: unknown condition {condition}")
                if condition == "service_healthy":
                    dep_hc = services[dep].get("healthcheck") or {}
                    check(dep_hc.get("test") and not dep_hc.get("disable"),
                          f"{name} -> {dep}: the dependency has a healthcheck to wait for",
                          f"{name} waits for {dep} healthy, but {dep} has no healthcheck")

            env = env_map(svc)
            for key, value in env.items():
                if isinstance(value, bool):
                    fail(f"{name}: environment {key} is a YAML boolean; quote it (\"{str(value).lower()}\")")
            for port in svc.get("ports") or []:
                if not isinstance(port, (str, dict)):
                    fail(f"{name}: port {port!r} is not a string (quote it: YAML may read 80:80 as a number)")

            for vol in svc.get("volumes") or []:
                if isinstance(vol, str):
                    source, _, rest = vol.partition(":")
                    target, _, mode = rest.partition(":")
                else:
                    source, target = vol.get("source", ""), vol.get("target", "")
                    mode = "ro" if vol.get("read_only") else ""
                if source.startswith((".", "/", "~")):
                    path = (COMPOSE.parent / source).resolve()
                    check(path.exists(), f"{name}: bind mount source {source} exists",
                          f"{name}: bind mount source {source} does not exist ({path})")
                elif source:
                    check(source in declared_volumes, f"{name}: named volume {source} is declared",
                          f"{name}: named volume {source} is not declared under top-level volumes")

    # Dependency cycles make `up` fail.
    def deps_of(n):
        d = services.get(n, {}).get("depends_on") or {}
        return list(d) if isinstance(d, (list, dict)) else []

    state, cycle = {}, []

    def visit(n, trail):
        if state.get(n) == 1:
            cycle.append(" -> ".join(trail + [n]))
            return
        if state.get(n) == 2:
            return
        state[n] = 1
        for d in deps_of(n):
            visit(d, trail + [n])
        state[n] = 2

    for n in services:
        visit(n, [])
    check(not cycle, "depends_on has no cycles", f"depends_on cycle: {cycle[:1]}")

    def condition(svc, dep):
        deps = services.get(svc, {}).get("depends_on") or {}
        if isinstance(deps, list):
            return "service_started" if dep in deps else None
        return (deps.get(dep) or {}).get("condition", "service_started") if dep in deps else None

    for svc, dep in [("inventory-1", "postgres"), ("inventory-2", "postgres"),
                     ("inventory-2", "inventory-1"), ("lb", "inventory-1"), ("lb", "inventory-2")]:
        if svc in services:
            got = condition(svc, dep)
            check(got == "service_healthy", f"{svc} waits for {dep} to be healthy",
                  f"{svc} -> {dep}: condition is {got}, expected service_healthy")

    # postgres
    pg = services.get("postgres", {})
    pg_env = env_map(pg)
    with group("postgres: image, pg_isready healthcheck, named data volume, credentials"):
        check(str(pg.get("image", "")).startswith("postgres:15"), f"postgres image {pg.get('image')}",
              f"postgres image is {pg.get('image')}, expected postgres:15")
        pg_test = json.dumps((pg.get("healthcheck") or {}).get("test", ""))
        check("pg_isready" in pg_test, "postgres healthcheck uses pg_isready",
              "postgres healthcheck does not use pg_isready")
        data_mounts = [v for v in pg.get("volumes") or [] if isinstance(v, str) and ":/var/lib/postgresql/data" in v]
        check(data_mounts and not data_mounts[0].startswith((".", "/")),
              "postgres data is on a named volume", "postgres data (/var/lib/postgresql/data) is not on a named volume")
        for key in ("POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD"):
            check(pg_env.get(key), f"postgres {key}={pg_env.get(key)!r}" if key != "POSTGRES_PASSWORD"
                  else "postgres POSTGRES_PASSWORD is set", f"postgres {key} is empty")

    # The replicas
    dockerfile_text = DOCKERFILE.read_text() if DOCKERFILE.exists() else ""
    exposed = {int(p) for p in re.findall(r"^\s*EXPOSE\s+(\d+)", dockerfile_text, re.M)}
    heals = re.findall(r"^\s*COPY\b[^\n]*\s(/usr/local/bin/(\S+))\s*$", dockerfile_text, re.M)
    image_tools = {name for _, name in heals}
    replicas = sorted(n for n in services if n.startswith("inventory-"))
    demo_on = []
    required_env = ["QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD", "INVENTORY_BOOTSTRAP_ADMIN_KEY",
                    "INVENTORY_DEMO_ENABLED", "QUARKUS_LOG_CONSOLE_JSON_ENABLED",
                    "INVENTORY_WAREHOUSE_TIME_ZONE"]
    for name in replicas:
        with group(f"{name}: build, env, database = postgres service, admin key, health, scaling"):
            svc = services[name]
            env = {k: ("" if v is None else str(v)) for k, v in env_map(svc).items()}
            build = svc.get("build") or {}
            if isinstance(build, str):
                build = {"context": build}
            context = (COMPOSE.parent / build.get("context", ".")).resolve()
            check(context == ROOT, f"{name}: build context is the repository root",
                  f"{name}: build context {context} is not the repository root {ROOT}")
            dockerfile = context / build.get("dockerfile", "Dockerfile")
            check(dockerfile.resolve() == DOCKERFILE, f"{name}: builds docker/Dockerfile",
                  f"{name}: builds {dockerfile}, not docker/Dockerfile")
            missing = [k for k in required_env if k not in env]
            check(not missing, f"{name}: sets {len(required_env)} service env vars",
                  f"{name}: missing env {missing}")
            url = env.get("QUARKUS_DATASOURCE_JDBC_URL", "")
            m = re.fullmatch(r"jdbc:postgresql://([\w.-]+)(?::(\d+))?/([\w-]+)(\?.*)?", url)
            if check(m, f"{name}: JDBC URL {url}", f"{name}: JDBC URL {url!r} is not jdbc:postgresql://host:port/db"):
                host, port, db = m.group(1), int(m.group(2) or 5432), m.group(3)
                check(host in services, f"{name}: database host {host} is a compose service",
                      f"{name}: database host {host} is not a compose service")
                check(port == 5432, f"{name}: database port {port}", f"{name}: database port {port} is not 5432")
                check(db == pg_env.get("POSTGRES_DB"), f"{name}: database {db} is the one postgres creates",
                      f"{name}: database {db} differs from POSTGRES_DB {pg_env.get('POSTGRES_DB')}")
            check(env.get("QUARKUS_DATASOURCE_USERNAME") == pg_env.get("POSTGRES_USER")
                  and env.get("QUARKUS_DATASOURCE_PASSWORD") == pg_env.get("POSTGRES_PASSWORD"),
                  f"{name}: database credentials match the postgres service",
                  f"{name}: database user/password differ from postgres's POSTGRES_USER/PASSWORD")
            key = env.get("INVENTORY_BOOTSTRAP_ADMIN_KEY", "")
            check(len(key) >= 16, f"{name}: bootstrap admin key is >= 16 characters ({len(key)})",
                  f"{name}: bootstrap admin key has {len(key)} characters, the service needs >= 16")
            for flag in ("INVENTORY_DEMO_ENABLED", "QUARKUS_LOG_CONSOLE_JSON_ENABLED"):
                check(env.get(flag) in ("true", "false"), f"{name}: {flag}={env.get(flag)}",
                      f"{name}: {flag}={env.get(flag)!r} is not true/false")
            if env.get("INVENTORY_DEMO_ENABLED") == "true":
                demo_on.append(name)
            zone = env.get("INVENTORY_WAREHOUSE_TIME_ZONE", "")
            try:
                import zoneinfo

                zoneinfo.ZoneInfo(zone)
                ok(f"{name}: time zone {zone} exists")
            except Exception:  # noqa: BLE001
                fail(f"{name}: time zone {zone!r} is unknown")
            test = (svc.get("healthcheck") or {}).get("test") or []
            check("/q/health/ready" in json.dumps(test), f"{name}: healthcheck probes /q/health/ready",
                  f"{name}: healthcheck does not probe /q/health/ready")
            if isinstance(test, list) and test[:1] == ["CMD"]:
                tool = test[1]
                check(tool in image_tools or tool.startswith("/"),
                      f"{name}: healthcheck command {tool} is installed by docker/Dockerfile",
                      f"{name}: healthcheck runs {tool}, which docker/Dockerfile does not install")
            check(not svc.get("ports"), f"{name}: publishes no host port (reached through lb; scalable)",
                  f"{name}: publishes host ports {svc.get('ports')}: --scale would conflict and lb is bypassed")
            check("container_name" not in svc, f"{name}: no container_name (scalable)",
                  f"{name}: container_name prevents --scale")
            limit = (((svc.get("deploy") or {}).get("resources") or {}).get("limits") or {}).get("memory") \
                or svc.get("mem_limit")
            if limit is None:
                warn(f"{name}: no memory limit: MaxRAMPercentage sizes the heap from the whole host")
            else:
                check(re.fullmatch(r"\d+(\.\d+)?[bkmg]?b?", str(limit), re.I),
                      f"{name}: memory limit {limit}", f"{name}: memory limit {limit!r} is not a size")
            if exposed:
                check(APP_PORT in exposed, f"{name}: image exposes {APP_PORT}",
                      f"{name}: Dockerfile exposes {exposed}, not {APP_PORT}")
    check(demo_on == ["inventory-1"], "demo data is enabled on inventory-1 only",
          f"demo data enabled on {demo_on or 'no replica'}; expected inventory-1 only")

    # lb, cross-checked with nginx.conf
    with group("lb: image, healthcheck, read-only nginx.conf, ports, upstream servers = replicas"):
        lb = services.get("lb", {})
        image = str(lb.get("image", ""))
        check(image.startswith("nginx:1.27"), f"lb image {image}", f"lb image {image} is not nginx:1.27*")
        try:
            conf = parse_nginx(NGINX_CONF.read_text())
        except (OSError, ValueError) as e:
            fail(f"nginx.conf cannot be read for cross-checks: {e}")
            return
        upstreams = nginx_upstreams(conf)
        uses_resolve = any("resolve" in params for servers in upstreams.values() for _, _, params in servers)
        if uses_resolve:
            version = image_tag_version(image) or ()
            check(version >= (1, 27, 3), f"lb image {image} supports `server ... resolve` (>= 1.27.3)",
                  f"nginx.conf uses `resolve`, which needs nginx >= 1.27.3; lb image {image} "
                  f"{'is older' if version else 'does not pin a patch version'}")
        lb_test = (lb.get("healthcheck") or {}).get("test") or []
        if isinstance(lb_test, list) and lb_test[1:2] in (["wget"], ["curl"]):
            tool = lb_test[1]
            check(tool == "wget" and "alpine" in image, f"lb healthcheck tool {tool} exists in {image} (busybox)",
                  f"lb healthcheck uses {tool}; not known to exist in {image}")
        mounts = [v for v in lb.get("volumes") or [] if isinstance(v, str)]
        conf_mounts = [v for v in mounts if v.split(":")[0] in ("./nginx.conf", "nginx.conf")]
        if check(conf_mounts, "lb mounts ./nginx.conf", "lb does not mount ./nginx.conf"):
            parts = conf_mounts[0].split(":")
            check(len(parts) == 3 and "ro" in parts[2].split(","), "lb mounts nginx.conf read-only",
                  "lb mounts nginx.conf writable (add :ro)")
            check(parts[1] in ("/etc/nginx/nginx.conf",) or parts[1].startswith("/etc/nginx/conf.d/"),
                  f"lb mounts it at {parts[1]}", f"lb mounts nginx.conf at {parts[1]}, which nginx does not read")
            if parts[1].startswith("/etc/nginx/conf.d/") and any(True for _ in nginx_find(conf, "http")):
                fail("nginx.conf has an http block but is mounted into conf.d (it is included inside http)")
        listen = nginx_listen_ports(conf)
        published = []
        for port in lb.get("ports") or []:
            spec = str(port).split("/")[0]
            bits = spec.split(":")
            if len(bits) >= 2:
                published.append((int(bits[-2]), int(bits[-1])))
        if check(published, f"lb publishes {', '.join(f'{h}->{c}' for h, c in published)}",
                 "lb publishes no port"):
            check(any(h == 8080 for h, _ in published), "lb is on host port 8080 by default",
                  "lb is not published on host port 8080")
            for host, container in published:
                check(container in listen, f"lb container port {container} is one nginx listens on",
                      f"lb publishes container port {container}, but nginx listens on {sorted(listen)}")
        servers = [(u, h, p) for u, ss in upstreams.items() for h, p, _ in ss]
        for upstream, host, port in servers:
            check(host in services, f"upstream {upstream}: {host} is a compose service",
                  f"upstream {upstream}: {host} is not a compose service")
            check(port == APP_PORT, f"upstream {upstream}: {host}:{port} is the service port",
                  f"upstream {upstream}: {host}:{port}, but the service listens on {APP_PORT}")
            if host in services:
                check(condition("lb", host) == "service_healthy", f"lb waits for {host} to be healthy",
                      f"lb does not wait for upstream {host} to be healthy")
        hosts = {h for _, h, _ in servers}
        missing = [r for r in replicas if r not in hosts]
        check(not missing, "every inventory replica is in the nginx upstream",
              f"replicas missing from the nginx upstream: {missing}")


# ---- nginx.conf (static) --------------------------------------------------------------------


def cmd_nginx_static():
    print(f"nginx.conf: {NGINX_CONF.relative_to(ROOT)} (static checks)")
    try:
        conf = parse_nginx(NGINX_CONF.read_text())
    except ValueError as e:
        fail(f"nginx.conf does not parse: {e}")
        return
    ok("nginx.conf parses (balanced braces, terminated directives)")
    check(any(True for _ in nginx_find(conf, "http")) and any(True for _ in nginx_find(conf, "events")),
          "nginx.conf is a complete main config (events + http)", "nginx.conf lacks events or http")
    upstreams = nginx_upstreams(conf)
    if not check(upstreams, f"upstreams: {', '.join(upstreams)}", "no upstream block"):
        return
    for _, args, children in nginx_find(conf, "upstream"):
        directives = {c[0] for c in children or []}
        balancing = directives & {"least_conn", "ip_hash", "hash", "random"}
        check(not balancing, f"upstream {args[0]}: round robin",
              f"upstream {args[0]}: uses {balancing}, not round robin")
        servers = upstreams[args[0]]
        check(len(servers) >= 2, f"upstream {args[0]}: {len(servers)} servers",
              f"upstream {args[0]}: only {len(servers)} server")
        for host, port, params in servers:
            keys = {p.split("=")[0] for p in params}
            check({"max_fails", "fail_timeout"} <= keys,
                  f"upstream {args[0]}: {host}:{port} has passive health (max_fails, fail_timeout)",
                  f"upstream {args[0]}: {host}:{port} lacks max_fails/fail_timeout")
        if any("resolve" in params for _, _, params in servers):
            check("zone" in directives, f"upstream {args[0]}: `resolve` has its shared zone",
                  f"upstream {args[0]}: `resolve` needs a `zone` in the upstream")
            check(any(True for _ in nginx_find(conf, "resolver")),
                  f"upstream {args[0]}: `resolve` has a resolver",
                  f"upstream {args[0]}: `resolve` is used but no resolver is configured")
    passes = [a[0] for _, a, _ in nginx_find(conf, "proxy_pass")]
    for target in passes:
        name = re.sub(r"^https?://", "", target).split("/")[0]
        check(name in upstreams, f"proxy_pass {target} uses a defined upstream",
              f"proxy_pass {target} names no upstream")
    headers = {a[0].lower(): " ".join(a[1:]) for _, a, _ in nginx_find(conf, "proxy_set_header")}
    for header, value in [("x-request-id", "$request_id"), ("x-forwarded-for", "$proxy_add_x_forwarded_for"),
                          ("x-forwarded-proto", "$scheme")]:
        check(headers.get(header) == value, f"proxy_set_header {header} {value}",
              f"proxy_set_header {header} is {headers.get(header)!r}, expected {value}")
    nexts = [set(a) for _, a, _ in nginx_find(conf, "proxy_next_upstream")]
    check(nexts and {"error", "timeout", "http_502", "http_503"} <= nexts[0],
          "proxy_next_upstream error timeout http_502 http_503",
          "proxy_next_upstream does not cover error timeout http_502 http_503")
    if nexts and "non_idempotent" in nexts[0]:
        fail("proxy_next_upstream non_idempotent would retry POST/PATCH on another replica")
    health = [c for _, a, c in nginx_find(conf, "location") if a[:2] == ["=", "/nginx-health"] or a[:1] == ["/nginx-health"]]
    if check(health, "location /nginx-health exists", "no location /nginx-health"):
        returns = [a for n, a, _ in health[0] if n == "return"]
        check(returns and returns[0][0] == "200", "/nginx-health returns 200",
              "/nginx-health does not return 200")
    check(not any(True for _ in nginx_find(conf, "user")), "no `user` directive (runs in any nginx image)",
          "a `user` directive ties the config to one image's users")


# ---- nginx -t and smoke test ----------------------------------------------------------------


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeReplica(http.server.ThreadingHTTPServer):
    """Answers like an inventory replica: its name and the request headers it got, as JSON."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, name, port, flaky=False, ready=True):
        self.name, self.flaky, self.ready, self.down = name, flaky, ready, False
        super().__init__(("127.0.0.1", port), FakeHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def handle_error(self, request, client_address):
        pass  # clients hanging up early (the health check reads one line) are expected


class FakeHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self):
        if self.server.down:  # stopped: drop the connection, kept-alive ones included
            self.close_connection = True
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        server = self.server
        status = 200
        if self.path == "/q/health/ready" and not server.ready:
            status = 503
        if self.path.startswith("/flaky") and server.flaky:
            status = 503
        body = json.dumps({"replica": server.name, "headers": dict(self.headers.items())}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = answer


def fetch(url, method="GET"):
    request = urllib.request.Request(url, method=method, data=b"{}" if method == "POST" else None,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def test_copy(conf_text, tmp, nginx_bin, upstream_ports, listen_port):
    """The config as nginx -t and the smoke test can use it outside compose: upstream host names
    become 127.0.0.1 with free ports (they only resolve in the compose network), `resolve` is
    dropped (pointless for an IP and unknown before nginx 1.27.3), listen moves to a free port,
    and temp paths go to a private directory."""
    notes = []
    out = []
    for line in conf_text.splitlines():
        m = re.match(r"(\s*server\s+)([\w.-]+):(\d+)(.*)", line)
        if m and m.group(2) in upstream_ports:
            rest = re.sub(r"\s+resolve\b", "", m.group(4))
            line = f"{m.group(1)}127.0.0.1:{upstream_ports[m.group(2)]}{rest}"
        line = re.sub(r"^(\s*listen\s+)\d+", rf"\g<1>{listen_port}", line)
        out.append(line)
    text = "\n".join(out) + "\n"
    notes.append("upstream hosts -> 127.0.0.1:<free ports>, `resolve` dropped, listen -> a free port")
    # Temp directories: nginx creates its compiled-in ones (/var/lib/nginx/...) even for -t.
    version_info = subprocess.run([nginx_bin, "-V"], capture_output=True, text=True).stderr
    temp = []
    for kind in re.findall(r"--http-([\w-]+)-temp-path=", version_info):
        directive = {"client-body": "client_body_temp_path"}.get(kind, f"{kind}_temp_path")
        temp.append(f"{directive} {tmp}/{kind};")
    # On the `http {` line itself, so that nginx's line numbers still match docker/nginx.conf.
    text = re.sub(r"(\bhttp\s*\{)", lambda m: m.group(1) + " " + " ".join(temp), text, count=1)
    return text, notes


def cmd_nginx_run(nginx_bin):
    version = subprocess.run([nginx_bin, "-v"], capture_output=True, text=True).stderr.strip()
    print(f"nginx.conf with {version} ({nginx_bin})")
    # Upstream servers by pattern (`server host:port`), so nginx -t still runs on a config the
    # small parser here rejects.
    hosts = sorted(set(re.findall(r"^\s*server\s+([A-Za-z][\w.-]*):\d+", NGINX_CONF.read_text(), re.M)))
    ports = {h: free_port() for h in hosts}
    listen = free_port()
    tmp = Path(tempfile.mkdtemp(prefix="validate-nginx-"))
    nginx = None
    replicas = []
    try:
        text, notes = test_copy(NGINX_CONF.read_text(), tmp, nginx_bin, ports, listen)
        (tmp / "nginx.conf").write_text(text)
        for note in notes:
            print(f"        (test copy: {note})")
        tmp.chmod(0o755)  # workers drop to an unprivileged user when nginx starts as root
        base = [nginx_bin, "-e", "stderr", "-p", str(tmp), "-c", str(tmp / "nginx.conf")]
        pid = f"pid {tmp}/nginx.pid;"
        result = subprocess.run(base + ["-g", pid, "-t"], capture_output=True, text=True)
        errors = result.stderr.replace(str(tmp / "nginx.conf"), "docker/nginx.conf").strip()
        if not check(result.returncode == 0, "nginx -t: configuration is valid",
                     "nginx -t failed:\n" + "\n".join("          " + l for l in errors.splitlines())):
            return

        # Smoke test: two fake replicas, the real config in front of them.
        if len(hosts) < 2:
            skip("smoke test needs two upstream servers")
            return
        replicas = [FakeReplica(h, ports[h], flaky=(i == 1)) for i, h in enumerate(hosts)]
        log = open(tmp / "nginx.log", "w")
        nginx = subprocess.Popen(base + ["-g", pid + " daemon off;"], stdout=subprocess.DEVNULL,
                                 stderr=log)
        lb = f"http://127.0.0.1:{listen}"
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", listen), timeout=0.2).close()
                break
            except OSError:
                if nginx.poll() is not None:
                    break
                time.sleep(0.1)
        if not check(nginx.poll() is None, "nginx starts with the config",
                     "nginx did not start: " + (tmp / "nginx.log").read_text()):
            return
        status, body = fetch(f"{lb}/nginx-health")
        check(status == 200 and body.strip() == "ok", "GET /nginx-health -> 200 ok",
              f"GET /nginx-health -> {status} {body!r}")

        seen, headers = [], []
        for _ in range(6):
            status, body = fetch(f"{lb}/v1/brands")
            if status == 200:
                data = json.loads(body)
                seen.append(data["replica"])
                headers.append({k.lower(): v for k, v in data["headers"].items()})
        check(set(seen) == set(hosts), f"round robin over {', '.join(hosts)} ({' '.join(seen)})",
              f"requests reached only {sorted(set(seen))} ({seen})")
        if headers:
            h = headers[0]
            rid = h.get("x-request-id", "")
            check(re.fullmatch(r"[0-9a-f]{32}", rid) and SERVICE_REQUEST_ID.fullmatch(rid),
                  f"replica receives X-Request-Id {rid} (nginx $request_id; the service accepts it)",
                  f"replica received X-Request-Id {rid!r}")
            check(len({x.get("x-request-id") for x in headers}) == len(headers),
                  "each request gets its own X-Request-Id", "X-Request-Id repeats across requests")
            check(h.get("x-forwarded-for") == "127.0.0.1", "replica receives X-Forwarded-For",
                  f"X-Forwarded-For is {h.get('x-forwarded-for')!r}")
            check(h.get("x-forwarded-proto") == "http", "replica receives X-Forwarded-Proto",
                  f"X-Forwarded-Proto is {h.get('x-forwarded-proto')!r}")
            check(h.get("host") == f"127.0.0.1:{listen}", "replica receives the client's Host",
                  f"Host is {h.get('host')!r}")

        # One replica answers 503 on /flaky: a POST is not retried (it was sent), GETs are.
        posts = [fetch(f"{lb}/flaky", "POST")[0] for _ in range(2)]
        check(503 in posts, f"a POST answered 503 is not retried on the other replica ({posts})",
              f"POST /flaky statuses {posts}: nginx retried a non-idempotent request")
        gets = [fetch(f"{lb}/flaky")[0] for _ in range(6)]
        check(all(s == 200 for s in gets), f"GET answered 503 is retried on the other replica ({gets})",
              f"GET /flaky statuses {gets}: 503 was not retried (proxy_next_upstream http_503)")

        # A replica goes away (kept-alive connections dropped, then connection refused): every
        # request is still served, by the other one. The flaky replica is the one stopped, so the
        # healthy one has no failures counted against it.
        replicas[1].down = True
        replicas[1].shutdown()
        replicas[1].server_close()
        downs = [fetch(f"{lb}/v1/brands") for _ in range(6)]
        served = [json.loads(b)["replica"] if s == 200 else s for s, b in downs]
        check(all(s == hosts[0] for s in served),
              f"with {hosts[1]} down every request is served by {hosts[0]} ({' '.join(served)})",
              f"with {hosts[1]} down: {served}")
    finally:
        if nginx and nginx.poll() is None:
            nginx.terminate()
            try:
                nginx.wait(timeout=5)
            except subprocess.TimeoutExpired:
                nginx.kill()
        for r in replicas:
            if not r.down:
                r.shutdown()
                r.server_close()
        shutil.rmtree(tmp, ignore_errors=True)


# ---- healthcheck.sh -------------------------------------------------------------------------


def cmd_healthcheck():
    print(f"healthcheck: {HEALTHCHECK.relative_to(ROOT)} against a local fake service")
    port = free_port()
    fake = FakeReplica("fake", port, ready=False)
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # accepts, never answers
    closed = free_port()

    def run(path, p, timeout="4"):
        env = dict(os.environ, QUARKUS_HTTP_PORT=str(p), HEALTHCHECK_TIMEOUT=timeout)
        started = time.monotonic()
        r = subprocess.run(["bash", str(HEALTHCHECK), path], env=env, capture_output=True,
                           text=True, timeout=20)
        return r.returncode, (r.stdout + r.stderr).strip().replace("\n", " | "), time.monotonic() - started

    try:
        code, out, _ = run("/q/health/live", port)
        check(code == 0, f"200 -> healthy (exit 0: {out})", f"live 200 gave exit {code}: {out}")
        code, out, _ = run("/q/health/ready", port)
        check(code != 0, f"503 -> unhealthy (exit {code}: {out})", f"ready 503 gave exit 0: {out}")
        code, out, _ = run("/q/health/live", closed)
        check(code != 0, f"nothing listening -> unhealthy (exit {code})", "closed port gave exit 0")
        code, out, took = run("/q/health/live", silent.getsockname()[1], timeout="1")
        check(code != 0 and took < 5, f"no answer -> unhealthy after its timeout ({took:.1f}s)",
              f"silent server: exit {code} after {took:.1f}s")
        code, out, _ = run("", port)
        check(code == 0, "default path is /q/health/live", f"default path: exit {code}: {out}")
    finally:
        fake.shutdown()
        fake.server_close()
        silent.close()


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    command, args = argv[0], argv[1:]
    if command == "dockerfile":
        cmd_dockerfile()
    elif command == "compose":
        if args[:1] == ["--pyyaml"]:
            cmd_compose("pyyaml", None)
        elif args[:1] == ["--json"] and len(args) == 2:
            cmd_compose("js-yaml", args[1])
        else:
            print("compose needs --pyyaml or --json FILE")
            return 2
    elif command == "nginx-static":
        cmd_nginx_static()
    elif command == "nginx-run":
        cmd_nginx_run(args[0])
    elif command == "healthcheck":
        cmd_healthcheck()
    else:
        print(f"unknown command {command}")
        return 2
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
