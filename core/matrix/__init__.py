"""Step 5 Platform fit (匹配平台特性): the product matrix, fit scores, roles and warnings.

grid: load the matrix and change its cells; fit + rules: the fit score and its editable rules;
compliance: what each product still needs per market.
"""
