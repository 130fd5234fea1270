#!/usr/bin/env python3
"""What the stack needs of docker/compose.yaml, cross-checked with nginx.conf and the Dockerfile:
the part no schema or linter knows. Run by docker/validate.sh. Needs python3 with PyYAML."""
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PORT = "8080"  # the service's HTTP port (Quarkus's default, which the stack keeps)
failures, count, unset = [], 0, set()


def check(condition, problem):
    global count
    count += 1
    failures.extend([] if condition else [problem])


def interpolate(node):
    """Compose interpolation with an empty environment: the file as its defaults make it."""
    if isinstance(node, dict):
        return {k: interpolate(v) for k, v in node.items()}
    if isinstance(node, list):
        return [interpolate(v) for v in node]
    if not isinstance(node, str):
        return node
    text = re.sub(r"\$\{(\w+)(:?-([^}]*))?\}", lambda m: (m[3] or "") if m[2] else unset.add(m[1]) or "",
                  node.replace("$$", "\0"))
    if "$" in text:
        failures.append(f"compose.yaml: {node!r}: write ${{VAR:-default}}, or $$ for a literal $")
    return text.replace("\0", "$")


compose = interpolate(yaml.safe_load((HERE / "compose.yaml").read_text()))
check(not unset, f"compose.yaml: variables without a default (no .env is needed): {sorted(unset)}")
services = compose.get("services") or {}
check({"postgres", "inventory-1", "inventory-2", "lb"} <= set(services),
      f"compose.yaml: services must include postgres, inventory-1, inventory-2, lb: {sorted(services)}")
svc = {n: services.get(n) or {} for n in {"postgres", "inventory-1", "inventory-2", "lb", *services}}
env = {n: s.get("environment") or {} for n, s in svc.items()}
replicas = sorted(n for n in services if n.startswith("inventory-"))

# Health checks, and the start order they gate.
for name, s in svc.items():
    deps = s.get("depends_on") or {}
    deps = dict.fromkeys(deps, {}) if isinstance(deps, list) else deps
    s["waits"] = {d: (c or {}).get("condition", "service_started") for d, c in deps.items()}
    check((s.get("healthcheck") or {}).get("test"), f"{name}: no healthcheck")
    check(set(deps) <= set(services), f"{name}: depends_on an unknown service")
for name, deps in {"inventory-1": ["postgres"], "inventory-2": ["postgres", "inventory-1"], "lb": replicas}.items():
    for dep in deps:
        check(svc[name]["waits"].get(dep) == "service_healthy", f"{name}: depends_on {dep} must be service_healthy")
pg = env["postgres"]
check(str(svc["postgres"].get("image")).startswith("postgres:15") and "pg_isready" in str(svc["postgres"])
      and all(pg.get(k) for k in ("POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD")),
      "postgres: image postgres:15, a pg_isready healthcheck, POSTGRES_DB/USER/PASSWORD set")

# The Dockerfile, continuation lines joined; its runtime stage is the text after the last FROM.
dockerfile = re.sub(r"\\\n\s*", " ", (HERE / "Dockerfile").read_text())
runtime = re.split(r"^FROM\b", dockerfile, flags=re.M)[-1]
tools = set(re.findall(r"^COPY\b.*\s/usr/local/bin/(\S+)\s*$", runtime, re.M))
check(re.search(rf"^EXPOSE\s+{PORT}\b", runtime, re.M), f"Dockerfile: the runtime stage must EXPOSE {PORT}")
users = re.findall(r"^USER\s+([^\s:]+)", runtime, re.M)
check(users and users[-1] not in ("root", "0"), "Dockerfile: the runtime stage must end on a non-root USER")
m = re.search(r'^HEALTHCHECK\b.*\bCMD\s+\["([^"]+)", "([^"]+)"\]', runtime, re.M)
check(m and m[1] in tools and m[2] == "/q/health/live",
      "Dockerfile: HEALTHCHECK must run a tool COPY'd to /usr/local/bin on /q/health/live")
check(re.search(r"^ENTRYPOINT \[.*\bexec java\b.*quarkus-run\.jar", runtime, re.M),
      "Dockerfile: ENTRYPOINT must be exec form and exec java -jar quarkus-run.jar (PID 1 gets SIGTERM)")
ignore = [line.strip() for line in (HERE / "Dockerfile.dockerignore").read_text().splitlines()]
allowed = [p[1:].strip("/") for p in ignore if p.startswith("!")]
check("*" in ignore, "Dockerfile.dockerignore must be an allow-list (`*`, then `!path` lines)")
for args in re.findall(r"^COPY\s+(?!.*--from=)(.*)$", dockerfile, re.M):
    for src in [w.strip("/") for w in args.split()[:-1] if not w.startswith("--")]:
        check((HERE.parent / src).exists() and any(src == a or src.startswith(a + "/") for a in allowed),
              f"Dockerfile: COPY source {src} is missing or not allowed by Dockerfile.dockerignore")

# The replicas: the image above, the settings the service reads, the database of `postgres`.
for name in replicas:
    s, e, build = svc[name], env[name], svc[name].get("build") or {}
    context = (HERE / build.get("context", ".")).resolve()
    check(context == HERE.parent and (context / build.get("dockerfile", "Dockerfile")).resolve() == HERE / "Dockerfile",
          f"{name}: must build docker/Dockerfile with the repository as context")
    missing = [k for k in ("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                           "INVENTORY_BOOTSTRAP_ADMIN_KEY", "INVENTORY_DEMO_ENABLED", "INVENTORY_WAREHOUSE_TIME_ZONE",
                           "QUARKUS_LOG_CONSOLE_JSON_ENABLED") if k not in e]
    check(not missing, f"{name}: environment lacks {missing}")
    check(e.get("QUARKUS_DATASOURCE_JDBC_URL") == f"jdbc:postgresql://postgres:5432/{pg.get('POSTGRES_DB')}",
          f"{name}: QUARKUS_DATASOURCE_JDBC_URL must be jdbc:postgresql://postgres:5432/<POSTGRES_DB>")
    check((e.get("QUARKUS_DATASOURCE_USERNAME"), e.get("QUARKUS_DATASOURCE_PASSWORD"))
          == (pg.get("POSTGRES_USER"), pg.get("POSTGRES_PASSWORD")),
          f"{name}: the datasource user/password must be postgres's POSTGRES_USER/POSTGRES_PASSWORD")
    check(len(e.get("INVENTORY_BOOTSTRAP_ADMIN_KEY", "")) >= 16, f"{name}: the admin key needs >= 16 characters")
    check(all(e.get(k) in ("true", "false") for k in ("INVENTORY_DEMO_ENABLED", "QUARKUS_LOG_CONSOLE_JSON_ENABLED")),
          f"{name}: INVENTORY_DEMO_ENABLED and QUARKUS_LOG_CONSOLE_JSON_ENABLED must be true or false")
    test = (s.get("healthcheck") or {}).get("test") or []
    check(test[:1] == ["CMD"] and len(test) > 1 and test[1] in tools and "/q/health/ready" in test,
          f"{name}: healthcheck must be [CMD, <a tool the Dockerfile installs>, /q/health/ready]")
    check(not s.get("ports") and "container_name" not in s,
          f"{name}: no ports and no container_name (reached through lb; --scale must work)")
check([n for n in replicas if env[n].get("INVENTORY_DEMO_ENABLED") == "true"] == ["inventory-1"],
      "INVENTORY_DEMO_ENABLED must be true on inventory-1 only (by default)")

# lb and nginx.conf
nginx, lb = (HERE / "nginx.conf").read_text(), svc["lb"]
servers = re.findall(r"^\s*server\s+([\w.-]+):(\d+)([^;]*);", nginx, re.M)
listen = re.findall(r"^\s*listen\s+(?:\S+:)?(\d+)", nginx, re.M)
passes = re.findall(r"proxy_pass\s+https?://([\w.-]+)", nginx)
check(sorted(h for h, _, _ in servers) == replicas, f"nginx.conf: the upstream servers must be the replicas {replicas}")
check(all(p == PORT for _, p, _ in servers), f"nginx.conf: the upstream servers must use port {PORT} (EXPOSE)")
check(passes and set(passes) <= set(re.findall(r"^\s*upstream\s+([\w.-]+)\s*\{", nginx, re.M)),
      "nginx.conf: proxy_pass must name a defined upstream")
if any(" resolve" in params for _, _, params in servers):
    tag = tuple(int(x) for x in re.findall(r"\d+", str(lb.get("image")).partition(":")[2])[:3])
    check(tag >= (1, 27, 3), "lb: nginx.conf uses `server ... resolve`: the image must pin nginx >= 1.27.3")
check("./nginx.conf:/etc/nginx/nginx.conf:ro" in (lb.get("volumes") or []),
      "lb: must mount ./nginx.conf:/etc/nginx/nginx.conf:ro")
ports = [str(p).split(":") for p in lb.get("ports") or []]
check(ports and all(p[-1] in listen for p in ports) and ports[0][-2] == PORT,
      f"lb: ports must map host port {PORT} to a port nginx.conf listens on ({listen})")
check("/nginx-health" in str(lb.get("healthcheck")) and re.search(r"location\s+=?\s*/nginx-health\b", nginx),
      "lb: the healthcheck must probe /nginx-health, and nginx.conf serve it")

for problem in failures:
    print(f"  FAIL  {problem}")
print(f"  {'FAIL' if failures else 'ok  '}  compose.yaml structure, cross-checked with nginx.conf and the"
      f" Dockerfile ({count - len(failures)} of {count} checks passed)")
sys.exit(1 if failures else 0)
