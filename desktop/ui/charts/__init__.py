"""Showing the charts of `desktop.charts` in Qt; matplotlib is imported when a chart is first drawn."""
