"""An import-linter contract type: no import cycle between the modules of the named packages.

import-linter's own `acyclic_siblings` compares packages (a whole subpackage as one node) and misses a
cycle through a package's `__init__`; this one looks at modules, the way a reader follows imports.
Every import counts: at the top, inside a function, or only for type checking. `pyproject.toml` uses
it (`make lint`); `tests/test_import_contracts.py` proves that a cycle breaks the lint.
"""

from __future__ import annotations

import itertools

from importlinter import Contract, ContractCheck, fields, output


def strongly_connected(edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm without recursion: the groups of modules that import each other, in turn."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(edges[successor]))))
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))
    return groups


class AcyclicModulesContract(Contract):
    type_name = "acyclic_modules"

    containers = fields.ListField(subfield=fields.StringField())

    def check(self, graph, verbose: bool) -> ContractCheck:
        containers = list(self.containers)  # type: ignore[call-overload]
        inside = {
            m for c in containers for m in (c, *graph.find_descendants(c)) if not graph.is_module_squashed(m)
        }
        edges = {m: graph.find_modules_directly_imported_by(m) & inside for m in inside}
        cycles = []
        for group in strongly_connected(edges):
            start = group[0]
            following = min(edges[start] & set(group))
            chain = (start, *graph.find_shortest_chain(importer=following, imported=start))
            steps = []
            for importer, imported in itertools.pairwise(chain):
                details = graph.get_import_details(importer=importer, imported=imported)
                line = details[0]["line_number"] if details else "?"
                steps.append((importer, imported, line))
            cycles.append({"modules": group, "steps": steps})
        return ContractCheck(kept=not cycles, metadata={"cycles": cycles})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for cycle in check.metadata["cycles"]:
            output.print_error(f"These modules import each other: {', '.join(cycle['modules'])}")
            for importer, imported, line in cycle["steps"]:
                output.indent_cursor()
                output.print_error(f"- {importer} -> {imported} (l.{line})", bold=False)
            output.new_line()
