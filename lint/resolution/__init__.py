"""Which findings stand: overlaps, propagation, allow/deny lists, profiles, suppression,
baselines."""
