"""A set of disjoint [start, end) stretches with an overlap test in O(log n)."""

from bisect import bisect_right


class Stretches:
    def __init__(self, spans: "list[tuple[int, int]] | None" = None) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        # Overlapping spans given at once are merged: what is covered stays the same.
        for start, end in sorted(spans or ()):
            if self.ends and start < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, start)
        before = index > 0 and self.ends[index - 1] > start
        after = index < len(self.starts) and self.starts[index] < end
        return before or after

    def add(self, start: int, end: int) -> None:
        """Add a stretch that overlaps none already here."""
        index = bisect_right(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)
