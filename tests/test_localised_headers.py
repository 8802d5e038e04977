"""Etsy and Shopify exports from Italian, German, French, Spanish and Japanese shops map like the
English ones. The localised files are the real Etsy export (and Shopify template) with the header
row translated here; the expected mapping is the English file's, column by column."""

from __future__ import annotations

import csv

import pytest

from core.importing.mapping import auto_map
from core.importing.readers import read_table
from tests.conftest import real_file

# English header → the header the same export has in each language (accents as the shops write
# them; some columns, such as SKU, are not translated).
ETSY = {
    "TITLE": ("TITOLO", "TITEL", "TITRE", "TÍTULO", "タイトル"),
    "DESCRIPTION": ("DESCRIZIONE", "BESCHREIBUNG", "DESCRIPTION", "DESCRIPCIÓN", "説明"),
    "PRICE": ("PREZZO", "PREIS", "PRIX", "PRECIO", "価格"),
    "CURRENCY_CODE": ("CODICE_VALUTA", "WÄHRUNGSCODE", "CODE_DEVISE", "CÓDIGO_DE_MONEDA", "通貨コード"),
    "QUANTITY": ("QUANTITÀ", "MENGE", "QUANTITÉ", "CANTIDAD", "数量"),
    "TAGS": ("TAG", "TAGS", "MOTS-CLÉS", "ETIQUETAS", "タグ"),
    "MATERIALS": ("MATERIALI", "MATERIALIEN", "MATÉRIAUX", "MATERIALES", "素材"),
    "VARIATION 1 TYPE": ("VARIAZIONE 1 TIPO", "VARIANTE 1 TYP", "VARIATION 1 TYPE", "VARIACIÓN 1 TIPO", "バリエーション1の種類"),
    "VARIATION 1 NAME": ("VARIAZIONE 1 NOME", "VARIANTE 1 NAME", "VARIATION 1 NOM", "VARIACIÓN 1 NOMBRE", "バリエーション1の名前"),
    "VARIATION 1 VALUES": ("VARIAZIONE 1 VALORI", "VARIANTE 1 WERTE", "VARIATION 1 VALEURS", "VARIACIÓN 1 VALORES", "バリエーション1の値"),
    "VARIATION 2 TYPE": ("VARIAZIONE 2 TIPO", "VARIANTE 2 TYP", "VARIATION 2 TYPE", "VARIACIÓN 2 TIPO", "バリエーション2の種類"),
    "VARIATION 2 NAME": ("VARIAZIONE 2 NOME", "VARIANTE 2 NAME", "VARIATION 2 NOM", "VARIACIÓN 2 NOMBRE", "バリエーション2の名前"),
    "VARIATION 2 VALUES": ("VARIAZIONE 2 VALORI", "VARIANTE 2 WERTE", "VARIATION 2 VALEURS", "VARIACIÓN 2 VALORES", "バリエーション2の値"),
    "SKU": ("SKU", "SKU", "SKU", "SKU", "SKU"),
}  # fmt: skip
IMAGE = ("IMMAGINE", "BILD", "IMAGE", "IMAGEN", "画像")
SHOPIFY = {
    "Handle": ("Handle", "Handle", "Handle", "Handle", "ハンドル"),
    "Title": ("Titolo", "Titel", "Titre", "Título", "タイトル"),
    "Vendor": ("Fornitore", "Anbieter", "Fournisseur", "Proveedor", "販売元"),
    "Type": ("Tipo", "Typ", "Type de produit", "Tipo", "タイプ"),
    "Variant SKU": ("SKU variante", "Varianten-SKU", "SKU de la variante", "SKU de variante", "バリエーションSKU"),
    "Variant Grams": ("Grammi variante", "Varianten-Gramm", "Grammes de la variante", "Gramos de variante", "バリエーショングラム"),
    "Variant Inventory Qty": ("Quantità inventario variante", "Varianten-Lagerbestand", "Quantité en stock de la variante", "Cantidad de inventario de variante", "バリエーション在庫数"),
    "Variant Price": ("Prezzo variante", "Variantenpreis", "Prix de la variante", "Precio de variante", "バリエーション価格"),
    "Variant Barcode": ("Codice a barre variante", "Varianten-Barcode", "Code-barres de la variante", "Código de barras de variante", "バリエーションバーコード"),
    "Cost per item": ("Costo per articolo", "Kosten pro Artikel", "Coût par article", "Costo por artículo", "商品原価"),
    "Option1 Name": ("Opzione1 nome", "Option1 Name", "Option1 nom", "Opción1 nombre", "オプション1の名前"),
    "Option1 Value": ("Opzione1 valore", "Option1 Wert", "Option1 valeur", "Opción1 valor", "オプション1の値"),
    "Option2 Name": ("Opzione2 nome", "Option2 Name", "Option2 nom", "Opción2 nombre", "オプション2の名前"),
    "Option2 Value": ("Opzione2 valore", "Option2 Wert", "Option2 valeur", "Opción2 valor", "オプション2の値"),
}  # fmt: skip
LANGUAGES = ("it", "de", "fr", "es", "ja")


def localise(header: str, table: dict, language: int) -> str:
    if header in table:
        return table[header][language]
    if header.startswith("IMAGE") and header[5:].isdigit():
        return IMAGE[language] + header[5:]
    return header


def write_localised(source, target, table, language):
    with open(source, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[0] = [localise(h, table, language) for h in rows[0]]
    with open(target, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return rows


@pytest.mark.parametrize("language", range(len(LANGUAGES)), ids=LANGUAGES)
def test_localised_etsy_export_maps_like_the_english_one(tmp_path, language):
    source = real_file("etsy-listings-en", "EtsyListingsDownload.csv")
    english = auto_map(read_table(source).headers)
    assert {"sku_code", "product_name", "price", "price_currency", "stock_qty"} <= set(english)
    target = tmp_path / f"EtsyListingsDownload-{LANGUAGES[language]}.csv"
    rows = write_localised(source, target, ETSY, language)
    table = read_table(target)
    assert auto_map(table.headers) == english  # same fields, same columns
    # and the cells under them are the file's: the price of the first listing, read with csv
    price_column = rows[0].index(ETSY["PRICE"][language])
    assert table.rows[0][price_column] == rows[1][price_column]


@pytest.mark.parametrize("language", range(len(LANGUAGES)), ids=LANGUAGES)
def test_localised_shopify_template_maps_like_the_english_one(tmp_path, language):
    source = real_file("shopify-product-template", "product_template.csv")
    english = auto_map(read_table(source).headers)
    target = tmp_path / f"product_template-{LANGUAGES[language]}.csv"
    write_localised(source, target, SHOPIFY, language)
    localised = auto_map(read_table(target).headers)
    for key in ("sku_code", "spu_code", "product_name", "brand", "price", "cost", "stock_qty",
                "barcode", "weight_g", "option1_name", "option1_value", "option2_name",
                "option2_value"):  # fmt: skip
        assert localised.get(key) == english[key], key


def test_accents_and_case_fold_but_kana_marks_do_not():
    from core.importing.fields import normalise_header

    assert normalise_header("QUANTITÀ") == normalise_header("quantita")
    assert normalise_header("CÓDIGO_DE_MONEDA") == normalise_header("codigo de moneda")
    assert normalise_header("バリエーション") != normalise_header("ハリエーション")
