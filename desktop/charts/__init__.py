"""Charts: functions that take plain data and return a matplotlib `Figure`. No Qt, never pyplot.

Importing a chart module imports matplotlib, so callers import them only when a chart is first drawn.
Each function accepts a `figure` to draw into again (cleared first), so a canvas can be reused.
"""

KINDS = ("balance", "share", "activities", "qualities", "mood", "heatmap")  # see kinds.py
