"""The scheduler `make test` runs under: pytest-xdist's `--dist loadgroup`, except that the test a crashed
worker was running is not sent out again."""

from __future__ import annotations

from xdist.scheduler import LoadGroupScheduling
from xdist.workermanage import WorkerController


class CrashedTestRunsOnce(LoadGroupScheduling):
    """pytest-xdist 3.8 puts a crashed worker's unfinished work back in the queue, the crashing test
    included, and hands it to another worker as soon as that one runs short of work: before the run is shut
    down. That worker then crashes on the same test (CI saw both workers go down on one `os.abort()`), and a
    test that hangs would hang once more. Here the crashing test is marked done before the rest goes back."""

    def remove_node(self, node: WorkerController) -> str | None:
        workload = self.assigned_work.get(node, {})
        unfinished = (nodeid for unit in workload.values() for nodeid, done in unit.items() if not done)
        crashed = next(unfinished, None)
        if crashed is None:  # the worker finished its work: a normal shutdown
            return super().remove_node(node)
        for unit in workload.values():
            if crashed in unit:
                unit[crashed] = True
        super().remove_node(node)  # queues the rest again; the id it returns is the next test, not this
        return crashed
