"""Chart geometry shared by pages that draw bar charts (templates/insights/bars.html)."""

BAR_HEIGHT, LABEL_WIDTH, BAR_SPACE = 26, 170, 210


def bar_chart(rows):
    """A horizontal bar chart's geometry (SVG units), drawn by templates/insights/bars.html."""
    top = max((row["total"] for row in rows), default=0) or 1
    bars = [
        {
            **row,
            "y": index * BAR_HEIGHT,
            "text_y": index * BAR_HEIGHT + 17,
            "width": round(BAR_SPACE * row["total"] / top, 1),
            "value_x": LABEL_WIDTH + round(BAR_SPACE * row["total"] / top, 1) + 6,
        }
        for index, row in enumerate(rows)
    ]
    return {"bars": bars, "height": max(len(rows), 1) * BAR_HEIGHT, "label_width": LABEL_WIDTH}
