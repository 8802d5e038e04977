"""Header names of Etsy and Shopify exports from shops set to Italian, German, French, Spanish
or Japanese, per target field. They are added after each field's own aliases (so an English or
Chinese name still wins a tie) by :func:`core.importing.fields.with_localised`.

Headers are compared after normalise_header, which folds case, width and accents: "QUANTITÀ",
"Quantita" and "quantità" are one key, and so are "CÓDIGO_DE_MONEDA" and "codigo de moneda".
"""

from __future__ import annotations

# One "|"-separated string per field key, grouped it | de | fr | es | ja in each line.
LOCALISED_ALIASES: dict[str, str] = {
    "sku_code": (
        "sku variante|codice sku|"
        "varianten-sku|variante sku|artikelnummer|"
        "sku de la variante|sku variante|référence|"
        "sku de variante|sku de la variante|referencia|"
        "バリエーションsku|sku（バリエーション）|商品コード|品番"
    ),
    "spu_code": "handle|ハンドル|url handle|identificativo|identifiant|identificador",
    "product_name": (
        "titolo|nome|nome prodotto|titolo prodotto|"
        "titel|produktname|produkttitel|"
        "titre|nom|nom du produit|titre du produit|"
        "título|nombre|nombre del producto|título del producto|"
        "タイトル|商品名|商品タイトル"
    ),
    "category": (
        "tipo|tipo di prodotto|categoria prodotto|categoria|"
        "typ|produkttyp|produktkategorie|kategorie|"
        "type de produit|catégorie de produit|catégorie|"
        "tipo de producto|categoría de producto|categoría|"
        "タイプ|商品タイプ|商品カテゴリー|カテゴリー"
    ),
    "option1_name": (
        "variazione 1 nome|nome variazione 1|opzione1 nome|nome opzione1|"
        "variante 1 name|name variante 1|option1 name|"
        "variation 1 nom|nom de la variation 1|option1 nom|nom de l'option1|"
        "variación 1 nombre|nombre de la variación 1|opción1 nombre|nombre de opción1|"
        "バリエーション1の名前|バリエーション1名|オプション1の名前|オプション1名"
    ),
    "option1_value": (
        "variazione 1 valori|valori variazione 1|opzione1 valore|valore opzione1|"
        "variante 1 werte|werte variante 1|option1 wert|"
        "variation 1 valeurs|valeurs de la variation 1|option1 valeur|valeur de l'option1|"
        "variación 1 valores|valores de la variación 1|opción1 valor|valor de opción1|"
        "バリエーション1の値|オプション1の値"
    ),
    "option2_name": (
        "variazione 2 nome|nome variazione 2|opzione2 nome|nome opzione2|"
        "variante 2 name|name variante 2|option2 name|"
        "variation 2 nom|nom de la variation 2|option2 nom|nom de l'option2|"
        "variación 2 nombre|nombre de la variación 2|opción2 nombre|nombre de opción2|"
        "バリエーション2の名前|バリエーション2名|オプション2の名前|オプション2名"
    ),
    "option2_value": (
        "variazione 2 valori|valori variazione 2|opzione2 valore|valore opzione2|"
        "variante 2 werte|werte variante 2|option2 wert|"
        "variation 2 valeurs|valeurs de la variation 2|option2 valeur|valeur de l'option2|"
        "variación 2 valores|valores de la variación 2|opción2 valor|valor de opción2|"
        "バリエーション2の値|オプション2の値"
    ),
    "option3_name": (
        "opzione3 nome|nome opzione3|option3 name|option3 nom|nom de l'option3|"
        "opción3 nombre|nombre de opción3|オプション3の名前|オプション3名"
    ),
    "option3_value": (
        "opzione3 valore|valore opzione3|option3 wert|option3 valeur|valeur de l'option3|"
        "opción3 valor|valor de opción3|オプション3の値"
    ),
    "cost": (
        "costo per articolo|costo|prezzo di acquisto|"
        "kosten pro artikel|einkaufspreis|kosten|"
        "coût par article|coût|prix d'achat|"
        "costo por artículo|coste por artículo|costo|coste|precio de compra|"
        "商品原価|原価|アイテムあたりのコスト|仕入れ値|仕入価格"
    ),
    "price": (
        "prezzo variante|prezzo|"
        "variantenpreis|preis|verkaufspreis|"
        "prix de la variante|prix|prix de vente|"
        "precio de variante|precio|precio de venta|"
        "バリエーション価格|価格|販売価格"
    ),
    "price_currency": (
        "codice valuta|valuta|"
        "währungscode|währung|"
        "code devise|code de devise|devise|"
        "código de moneda|código de divisa|moneda|divisa|"
        "通貨コード|通貨"
    ),
    "weight_g": (
        "grammi variante|peso|"
        "varianten-gramm|variante gramm|gewicht|"
        "grammes de la variante|poids|"
        "gramos de variante|peso|"
        "バリエーショングラム|重量|重さ"
    ),
    "barcode": (
        "codice a barre variante|codice a barre|"
        "varianten-barcode|barcode|strichcode|"
        "code-barres de la variante|code-barres|code barre|"
        "código de barras de variante|código de barras|"
        "バリエーションバーコード|バーコード"
    ),
    "stock_qty": (
        "quantità inventario variante|quantità|giacenza|"
        "varianten-lagerbestand|lagerbestand|menge|bestand|anzahl|"
        "quantité en stock de la variante|quantité|"
        "cantidad de inventario de variante|cantidad|inventario|existencias|"
        "バリエーション在庫数|在庫数|数量|在庫"
    ),
    "brand": (
        "fornitore|venditore|marca|"
        "anbieter|hersteller|marke|"
        "fournisseur|vendeur|marque|"
        "proveedor|vendedor|marca|"
        "販売元|ベンダー|ブランド"
    ),
}
