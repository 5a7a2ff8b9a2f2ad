"""The Insights page: every chart over a chosen range, and a few plain sentences."""
