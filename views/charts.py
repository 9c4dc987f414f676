"""Plotly defaults for every chart: id-ID separators, readable on a tablet, no toolbar clutter."""

from __future__ import annotations

import plotly.graph_objects as go

from views.session import lang

# Plotly's `separators` is "<decimal><thousands>": ",." renders 1.234.567,8 for Indonesian.
SEPARATORS = {"id": ",.", "en": ".,"}
CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"],
          "responsive": True}


def style(figure: go.Figure, height: int = 320, legend: bool = True) -> go.Figure:
    """Apply the house layout; call on every figure before ``st.plotly_chart``."""
    figure.update_layout(
        separators=SEPARATORS[lang()],
        height=height,
        margin={"l": 8, "r": 8, "t": 32, "b": 8},
        font={"family": "Source Sans Pro, sans-serif", "size": 13},
        hovermode="x unified",
        showlegend=legend,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
        plot_bgcolor="white",
    )
    figure.update_xaxes(showgrid=False)
    figure.update_yaxes(gridcolor="#eaeef2", rangemode="tozero")
    return figure
