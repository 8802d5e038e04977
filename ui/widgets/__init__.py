"""Widgets and behaviours every step page shares: the grid helpers, the wheel guard, screen fit."""
