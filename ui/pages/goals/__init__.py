"""Step 3 Goals: the page, its models, the goal dialog and the wizard (mirrors core/goals/)."""
