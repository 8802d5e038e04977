"""Step 2 Inventory review page and its panels (mirrors ``core.inventory``)."""
