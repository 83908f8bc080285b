"""The packages depend one way: storage at the bottom, crawler and nlp beside each other on it,
the app (stancewatch) on top. An AST scan of every import (also the ones inside functions) keeps
it so, and keeps the module graph free of cycles."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYER = {"storage": 0, "crawler": 1, "nlp": 1, "stancewatch": 2}
# what each package may import from the others
ALLOWED = {"storage": set(), "crawler": {"storage"}, "nlp": {"storage"}, "stancewatch": {"storage", "crawler", "nlp"}}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> project modules it imports (a ``from pkg import name`` counts as ``pkg.name`` when
    that is a module, else ``pkg``)."""
    modules = {_module_name(p): p for pkg in LAYER for p in (ROOT / pkg).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([node.module] if node.module else []))
                for alias in node.names:
                    targets.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
        graph[name] = {t for t in targets if t.split(".")[0] in LAYER and t != name}
    return graph


def back_edges(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    return sorted((m, t) for m, ts in graph.items() for t in ts
                  if t.split(".")[0] != m.split(".")[0] and t.split(".")[0] not in ALLOWED[m.split(".")[0]])


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_packages_depend_one_way():
    graph = import_graph()
    assert sum(len(t) for t in graph.values()) > 150  # the scan sees the real imports
    assert back_edges(graph) == []


def test_no_import_cycles():
    assert cycles(import_graph()) == []


def test_the_check_can_fail():
    graph = {"storage.store": {"crawler.items"}, "crawler.items": {"storage.store"}, "nlp.a": {"crawler.b"}}
    assert back_edges(graph) == [("nlp.a", "crawler.b"), ("storage.store", "crawler.items")]
    assert cycles(graph) == [["crawler.items", "storage.store"]]


def test_storage_imports_without_the_other_layers():
    import subprocess
    import sys

    code = ("import sys, storage.store, storage.records, storage.config; "
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('crawler', 'nlp', 'stancewatch')); "
            "print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
