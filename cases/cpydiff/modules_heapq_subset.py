"""
categories: Modules, uheapq
description: `heapq` has only `heappush()`, `heappop()` and `heapify()`
cause: uheapq implements the three functions the spec documents; the
  combined and higher-level functions (`heapreplace`, `nlargest`, `merge`,
  ...) are not built in.
workaround: Use `heappop()` followed by `heappush()` for `heapreplace()`,
  and `sorted(data)[:n]` for `nsmallest()`.
"""
import heapq

print([n for n in ("heappush", "heappop", "heapify", "heapreplace", "heappushpop",
                   "nlargest", "nsmallest", "merge") if not hasattr(heapq, n)])
