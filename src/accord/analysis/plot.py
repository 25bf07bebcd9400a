"""Draw a dyad's series: cooperation above zero, conflict below, net Goldstein as a line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

COLORS = {"quad1": "#9ecae1", "quad2": "#3182bd", "quad3": "#fdae6b", "quad4": "#e6550d"}
LABELS = {
    "quad1": "verbal cooperation",
    "quad2": "material cooperation",
    "quad3": "verbal conflict",
    "quad4": "material conflict",
}


def plot_dyad(series: list[dict[str, Any]], a: str, b: str, path: str | Path, by: str = "month") -> Path:
    """Write the chart to ``path`` (.png or .svg); returns the path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise ValueError("the plot file must end in .png or .svg")
    periods = [r["period"] for r in series]
    x = list(range(len(periods)))
    fig, ax = plt.subplots(figsize=(max(8.0, min(16.0, 0.35 * len(x) + 4)), 4.8))
    up = [0.0] * len(x)
    for k in ("quad1", "quad2"):
        vals = [r[k] for r in series]
        ax.bar(x, vals, bottom=up, color=COLORS[k], label=LABELS[k], width=0.8)
        up = [u + v for u, v in zip(up, vals)]
    down = [0.0] * len(x)
    for k in ("quad3", "quad4"):
        vals = [-r[k] for r in series]
        ax.bar(x, vals, bottom=down, color=COLORS[k], label=LABELS[k], width=0.8)
        down = [d + v for d, v in zip(down, vals)]
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_ylabel("events (conflict below zero)")
    ax2 = ax.twinx()
    ax2.plot(x, [r["goldstein_sum"] for r in series], color="black", marker="o", markersize=3,
             linewidth=1.2, label="net Goldstein")
    ax2.axhline(0, color="grey", linewidth=0.5, linestyle=":")
    ax2.set_ylabel("net Goldstein score")
    lim = max([abs(r["goldstein_sum"]) for r in series] + [1.0]) * 1.15
    ax2.set_ylim(-lim, lim)
    blim = max(up + [-d for d in down] + [1.0]) * 1.15
    ax.set_ylim(-blim, blim)
    step = max(1, len(x) // 24)
    ax.set_xticks(x[::step])
    ax.set_xticklabels(periods[::step], rotation=45, ha="right", fontsize=8)
    ax.set_title(f"{a} - {b}: events by {by}")
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    fig.legend(h1 + h2, l1 + l2, fontsize=7, loc="lower center", ncol=5, frameon=False)
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path
