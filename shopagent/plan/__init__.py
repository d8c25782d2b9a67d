"""Shopping lists for a situation under a budget: scenario roles, per-role search, an exact choice."""
