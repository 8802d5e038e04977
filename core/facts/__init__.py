"""The fact store: what a seller sold, showed, advertised, was paid, stocked and was told in
reviews, per listing (SKU × platform × market) per day or report period. Every step reads it.

THE CONTRACT between the files (parsers, profiles: ``core.facts`` parsing modules) and the store
-------------------------------------------------------------------------------------------------
Kinds (``core.facts.rows.FACT_KINDS``): orders, sales (sales & traffic), ads, settlement,
inventory, reviews, listings. A parser turns a file into a list of ONE row dataclass of
``core.facts.rows`` per kind:

    orders      OrderLine(order_id, day, sku, units, revenue, platform, market, currency,
                          discount, refund, returned_units, customer_id, title, row)
    sales       SalesTraffic(sku, platform, market, sessions, page_views, units, revenue,
                             order_items, returned_units, buy_box, asin, period_from,
                             period_to, currency, title, row)
    ads         AdRow(level "product"|"campaign"|"search_term", campaign, platform, market,
                      spend, period_from, period_to, sku, asin, ad_group, search_term,
                      targeting, impressions, clicks, sales_7d, sales_14d, orders, units,
                      currency, row)      — campaign and search-term rows have sku ""
    settlement  FeeRow(settlement_id, day, amount, platform, market, amount_type,
                       description, transaction_type, order_id, sku, quantity, currency, row)
    inventory   StockRow(sku, on_hand, platform, market, warehouse, inbound, reserved, day,
                         title, row)
    reviews     ReviewRow(rating, day, platform, market, sku, asin, review_id, order_id,
                          title, text, variation, row)
    listings    ListingRow(sku, platform, market, asin, price, currency, quantity, status,
                           title, row)

Rules for the rows: ``platform`` a lower-case code ("amazon", "shopify", "woocommerce",
"tiktok", "superstore"…) and ``market`` an upper-case country/market code ("US", "IN", "BR");
the store creates platforms and markets it does not have. Money is ``Decimal`` in currency
units, as the file shows it (parsed from "£112.60", "1,234.5"); ``currency`` None when the file
does not say (the user's ``--currency`` is used; never guessed). Dates are ``datetime.date``;
a sales/ads row whose file has no dates leaves period_from/period_to None and the import's
``--period`` is used. Cancelled orders: leave them out (or units 0). Returns listed apart
(Superstore's Returns sheet) are merged into the lines they return (returned_units).

Writing: ``core.facts.store.apply_facts(session, kind, rows, ApplyOptions(...)) -> ApplyResult``
inside a transaction (``core.facts.importing.import_facts(workspace, kind, rows, options)`` is
the whole job: lock, backup, transaction). It records one ImportBatch (entity = kind, the file
name), so the import shows in the history and undoes as a whole. A re-import never
double-counts: the current facts of the same kind, platform and market (ads: and level;
inventory: and warehouse) dated in the new file's period are replaced (a settlement replaces
the same settlement id); undoing the re-import brings them back. SKUs the catalog does not know
are paired (``options.pairs``), created as new catalog SKUs (``create_missing``) or skipped and
counted (``result.unknown_skus``); ads, fees and reviews of unknown SKUs are kept unmatched.
A currency without a rate to the base currency refuses the import, naming it
(``ImportRefused``, a translatable message).

Reading: ``core.facts.summary`` keeps the per-month/per-week rollup (``factsummary``) and the
monthly ``salesrecord`` table steps 2 and 3 read; ``core.facts.kpi`` sums revenue, units,
orders, returned units, sessions, ad spend and ad sales in the base currency.

Both engines (a workspace file, or a team database on PostgreSQL) run the same code: the SQL
is written once, and the few differences (a date's month or week, the KPI's temporary table)
are in ``core.facts.dialect``. Fact rows go in with COPY on PostgreSQL and one executemany on
SQLite (``core.bulk``); an import or undo holds the workspace's import lock (an advisory lock
on the server). Amounts and the rollup's sums are 64-bit on both.
"""
