"""Step 2 Inventory review (梳理现有产品线): the review rules (``review``), flags, chart series,
platform × market performance, the Excel export and the ``export catalog`` command."""
