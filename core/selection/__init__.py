"""Step 4, selection (选品分析): candidates, scorecard, profit calculator, compliance, decisions."""
