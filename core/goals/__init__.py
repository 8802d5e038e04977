"""Step 3: Goals (设定矩阵目标).

Target markets, platform priority with a role per platform × market, and SMART goals (SKU
counts per product role, revenue, margin) whose progress is always computed from the catalog,
the listings' roles and the sales table, never typed in.
"""
