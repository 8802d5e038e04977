"""Import pipeline: read a seller's file (readers), map its columns to our fields (fields,
mapping), then validate, preview and apply the rows (products)."""
