"""Loading matplotlib for the charts, meant to run on a worker thread together with the data.

The first import takes a noticeable moment; done in the worker, the GUI thread stays responsive and
only builds the canvas once the modules are there.
"""

from __future__ import annotations


def load_chart_modules() -> None:
    from matplotlib.backends import backend_qtagg  # noqa: F401

    import desktop.charts.export
    import desktop.charts.kinds  # noqa: F401  (matplotlib itself)
