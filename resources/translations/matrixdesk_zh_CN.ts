<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BubbleChart</name>
    <message>
        <location filename="../../ui/charts/bubble_chart.py" line="32"/>
        <source>No SKU sold in the last 12 months with a known cost. Import a sales or orders report, and products with their costs, to place each SKU by revenue and margin.</source>
        <translation>最近 12 个月没有已知成本的 SKU 产生销售。请导入销售或订单报表，以及带成本的产品，才能按销售额和毛利率定位每个 SKU。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/bubble_chart.py" line="39"/>
        <source>Revenue, last 12 months ({unit} {currency})</source>
        <translation>近 12 个月销售额（{unit} {currency}）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/bubble_chart.py" line="43"/>
        <source>Gross margin (%)</source>
        <translation>毛利率（%）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/bubble_chart.py" line="48"/>
        <source>{sku}
Revenue {revenue:,.0f} {currency}
Gross margin {margin:.1f}%
Stock value {stock:,.0f} {currency}</source>
        <translation>{sku}
销售额 {revenue:,.0f} {currency}
毛利率 {margin:.1f}%
库存货值 {stock:,.0f} {currency}</translation>
    </message>
    <message>
        <location filename="../../ui/charts/bubble_chart.py" line="62"/>
        <source>Class {abc}</source>
        <translation>{abc} 类</translation>
    </message>
    <message>
        <location filename="../../ui/charts/bubble_chart.py" line="62"/>
        <source>No revenue</source>
        <translation>无销售额</translation>
    </message>
</context>
<context>
    <name>CandidateDetails</name>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="178"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="179"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="180"/>
        <source>Platform (for fees)</source>
        <translation>平台（用于计算费用）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="181"/>
        <source>Selling currency</source>
        <translation>销售币种</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="182"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="183"/>
        <source>Product cost</source>
        <translation>产品成本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="184"/>
        <source>Cost currency</source>
        <translation>成本币种</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="185"/>
        <source>Freight per unit</source>
        <translation>单件头程运费</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="186"/>
        <source>Freight currency</source>
        <translation>运费币种</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="187"/>
        <source>Shipping weight (g)</source>
        <translation>运输重量（克）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="188"/>
        <source>Supplier MOQ</source>
        <translation>供应商起订量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="189"/>
        <source>Supplier lead time (days)</source>
        <translation>供应商交期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="190"/>
        <source>Monthly units (market)</source>
        <translation>月销量（市场）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="191"/>
        <source>Monthly revenue (market)</source>
        <translation>月销售额（市场）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="192"/>
        <source>Reviews of top competitors</source>
        <translation>头部竞品评论数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="193"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="194"/>
        <source>Best-seller rank (BSR)</source>
        <translation>畅销排名（BSR）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="195"/>
        <source>Number of sellers</source>
        <translation>卖家数量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="199"/>
        <source>Target markets</source>
        <translation>目标市场</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="200"/>
        <source>e.g. US, DE</source>
        <translation>例如 US, DE</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="201"/>
        <source>IP risk (patents, trademarks)</source>
        <translation>知识产权风险（专利、商标）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="202"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="202"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="202"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="204"/>
        <source>Product attributes (for compliance)</source>
        <translation>产品属性（用于合规预检）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="207"/>
        <source>Seasonality: 12 monthly values, January first</source>
        <translation>季节性：12 个月的数值，从 1 月开始</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="208"/>
        <source>e.g. 80, 75, 90, … (units or a search index)</source>
        <translation>例如 80, 75, 90, …（销量或搜索指数）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="210"/>
        <source>Review pain points (what competitors&apos; buyers complain about)</source>
        <translation>评论痛点（竞品买家在抱怨什么）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="212"/>
        <source>tag, e.g. battery life</source>
        <translation>标签，例如 续航</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="213"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="214"/>
        <source>How many reviews mention it</source>
        <translation>有多少条评论提到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="215"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="216"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="217"/>
        <source>From a review file…</source>
        <translation>从评论文件提取…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="220"/>
        <source>Tag the low-star reviews of a competitor&apos;s review export and add the most frequent complaints</source>
        <translation>为竞品评论导出文件中的低星评论打标签，并添加最常见的抱怨</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="295"/>
        <source>Imported from {file} on {date}</source>
        <translation>{date} 从 {file} 导入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="380"/>
        <source>Seasonality: type 12 numbers separated by commas.</source>
        <translation>季节性：请输入 12 个用逗号分隔的数字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="441"/>
        <source>Competitor reviews</source>
        <translation>竞品评论</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="443"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xls);;All files (*)</source>
        <translation>表格文件 (*.csv *.tsv *.txt *.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/details.py" line="454"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
</context>
<context>
    <name>CandidatePoolModel</name>
    <message>
        <location filename="../../ui/models/candidate_pool_model.py" line="39"/>
        <source>#</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_pool_model.py" line="40"/>
        <source>Candidate</source>
        <translation>候选产品</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_pool_model.py" line="41"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_pool_model.py" line="42"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_pool_model.py" line="43"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_pool_model.py" line="44"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_pool_model.py" line="45"/>
        <source>Units / month</source>
        <translation>月销量</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_pool_model.py" line="46"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_pool_model.py" line="47"/>
        <source>Net margin</source>
        <translation>净利润率</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_pool_model.py" line="160"/>
        <source>Scored as a neutral 3 because the data is missing: {names}</source>
        <translation>因缺少数据按中性 3 分计：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_pool_model.py" line="165"/>
        <source>{date} · {name}: {reason}</source>
        <translation>{date} · {name}：{reason}</translation>
    </message>
</context>
<context>
    <name>CandidatePreviewModel</name>
    <message>
        <location filename="../../ui/models/candidate_preview_model.py" line="70"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_preview_model.py" line="70"/>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_preview_model.py" line="70"/>
        <source>Values from the file</source>
        <translation>文件中的数值</translation>
    </message>
    <message>
        <location filename="../../ui/models/candidate_preview_model.py" line="71"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <location filename="../../core/selection/pool.py" line="48"/>
        <source>A candidate needs a name.</source>
        <translation>候选产品需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../core/selection/pool.py" line="56"/>
        <source>&quot;{value}&quot; is not a currency code.</source>
        <translation>“{value}”不是币种代码。</translation>
    </message>
    <message>
        <location filename="../../core/selection/pool.py" line="67"/>
        <source>Amounts cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../core/selection/pool.py" line="76"/>
        <source>&quot;{value}&quot; is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../core/selection/pool.py" line="79"/>
        <source>Numbers cannot be negative.</source>
        <translation>数值不能为负数。</translation>
    </message>
    <message>
        <location filename="../../core/selection/pool.py" line="81"/>
        <source>A rating is at most 5 stars.</source>
        <translation>评分最高为 5 星。</translation>
    </message>
    <message>
        <location filename="../../core/selection/pool.py" line="88"/>
        <source>Unknown product attribute: {name}.</source>
        <translation>未知的产品属性：{name}。</translation>
    </message>
    <message>
        <location filename="../../core/selection/pool.py" line="99"/>
        <source>A seasonality curve has 12 months, none of them negative.</source>
        <translation>季节性曲线应有 12 个月的数值，且都不能为负数。</translation>
    </message>
    <message>
        <location filename="../../core/selection/pool.py" line="108"/>
        <source>IP risk is low, medium or high.</source>
        <translation>知识产权风险只能是低、中或高。</translation>
    </message>
    <message>
        <location filename="../../core/selection/pool.py" line="111"/>
        <source>&apos;{field}&apos; cannot be edited.</source>
        <translation>“{field}”不能编辑。</translation>
    </message>
    <message>
        <location filename="../../core/selection/pool.py" line="158"/>
        <source>This candidate no longer exists (id {id}).</source>
        <translation>该候选产品已不存在（id {id}）。</translation>
    </message>
    <message>
        <location filename="../../core/selection/pool.py" line="216"/>
        <source>A pain point needs a tag.</source>
        <translation>痛点需要一个标签。</translation>
    </message>
    <message>
        <location filename="../../core/selection/pool.py" line="280"/>
        <source>Unknown criterion {name}.</source>
        <translation>未知的评分项 {name}。</translation>
    </message>
    <message>
        <location filename="../../core/selection/pool.py" line="294"/>
        <source>A score is a whole number from 1 to 5.</source>
        <translation>评分必须是 1 到 5 的整数。</translation>
    </message>
    <message>
        <location filename="../../core/selection/pool.py" line="297"/>
        <source>Write down why, when you score a criterion by hand.</source>
        <translation>手动评分时请写明理由。</translation>
    </message>
    <message>
        <location filename="../../core/selection/importing.py" line="116"/>
        <source>{file} has no column with the product name or title.</source>
        <translation>{file} 中没有产品名称或标题列。</translation>
    </message>
    <message>
        <location filename="../../core/selection/importing.py" line="143"/>
        <source>Row {row}: no product name.</source>
        <translation>第 {row} 行：没有产品名称。</translation>
    </message>
    <message>
        <location filename="../../core/selection/importing.py" line="166"/>
        <source>Row {row}, column &quot;{column}&quot;: &quot;{value}&quot; is not a number.</source>
        <translation>第 {row} 行“{column}”列：“{value}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../core/selection/importing.py" line="376"/>
        <source>Import #{batch} is not a candidates import that can be undone.</source>
        <translation>导入 #{batch} 不是可撤销的候选产品导入。</translation>
    </message>
    <message>
        <location filename="../../core/selection/importing.py" line="395"/>
        <source>{name} was decided on after the import: undo that decision first.</source>
        <translation>{name} 在导入后已做出决定：请先撤销该决定。</translation>
    </message>
    <message>
        <location filename="../../core/selection/reviews.py" line="88"/>
        <source>{file} needs a rating column and a review text column.</source>
        <translation>{file} 需要有评分列和评论内容列。</translation>
    </message>
    <message>
        <location filename="../../core/selection/reviews.py" line="154"/>
        <source>{file}: {count} of {negative} low-star reviews</source>
        <translation>{file}：{negative} 条低星评论中有 {count} 条</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../core/catalog.py" line="44"/>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="45"/>
        <source>variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="46"/>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="47"/>
        <source>price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="48"/>
        <source>weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="49"/>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="50"/>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="51"/>
        <source>height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="52"/>
        <source>cost currency</source>
        <translation>成本币种</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="53"/>
        <source>price currency</source>
        <translation>售价币种</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="54"/>
        <source>barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="55"/>
        <source>stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="56"/>
        <source>lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="57"/>
        <source>product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="58"/>
        <source>SPU code</source>
        <translation>SPU 编码</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="59"/>
        <source>category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="60"/>
        <source>brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="61"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="85"/>
        <location filename="../../core/catalog.py" line="96"/>
        <location filename="../../core/catalog.py" line="99"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="102"/>
        <source>The {field} cannot be negative ({value}).</source>
        <translation>{field}不能为负数（{value}）。</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="113"/>
        <source>&apos;{value}&apos; is not a currency code: use three letters such as USD, EUR or CNY.</source>
        <translation>“{value}”不是币种代码：请使用三个字母，例如 USD、EUR 或 CNY。</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="132"/>
        <source>&apos;{value}&apos; is not yes or no.</source>
        <translation>“{value}”不是“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="141"/>
        <source>&apos;{value}&apos; is not a lifecycle stage: use intro, growth, mature or decline.</source>
        <translation>“{value}”不是生命周期阶段：请使用 intro（导入期）、growth（成长期）、mature（成熟期）或 decline（衰退期）。</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="154"/>
        <source>The {field} cannot be empty.</source>
        <translation>{field}不能为空。</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="158"/>
        <source>The {field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field}太长（{length} 个字符，最多 {limit} 个）。</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="179"/>
        <location filename="../../core/catalog.py" line="183"/>
        <source>&apos;{value}&apos; is not a variant.</source>
        <translation>“{value}”不是有效的变体。</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="204"/>
        <location filename="../../core/catalog_changes.py" line="144"/>
        <source>This SKU no longer exists (id {id}).</source>
        <translation>该 SKU 已不存在（id {id}）。</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="213"/>
        <source>This product no longer exists (id {id}).</source>
        <translation>该产品已不存在（id {id}）。</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="224"/>
        <location filename="../../core/catalog.py" line="285"/>
        <source>&apos;{field}&apos; cannot be edited here.</source>
        <translation>这里不能编辑“{field}”。</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="234"/>
        <location filename="../../core/catalog_changes.py" line="53"/>
        <source>Another SKU already has the code {code}.</source>
        <translation>已有其他 SKU 使用编码 {code}。</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="246"/>
        <source>The stock must be a whole number ({value}).</source>
        <translation>库存必须是整数（{value}）。</translation>
    </message>
    <message>
        <location filename="../../core/catalog.py" line="304"/>
        <location filename="../../core/catalog_changes.py" line="34"/>
        <source>Another product already has the SPU code {code}.</source>
        <translation>已有其他产品使用 SPU 编码 {code}。</translation>
    </message>
    <message>
        <location filename="../../core/catalog_changes.py" line="75"/>
        <source>{code} has sales, stock or listings: archive it (停售) instead, so its history stays.</source>
        <translation>{code} 有销售、库存或上架记录：请改为停售，以保留其历史记录。</translation>
    </message>
</context>
<context>
    <name>CatalogEditing</name>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="67"/>
        <source>New product (SPU)…</source>
        <translation>新建产品（SPU）…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="68"/>
        <source>New SKU of this product…</source>
        <translation>为此产品新建 SKU…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="69"/>
        <source>Delete the selected rows…</source>
        <translation>删除所选行…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="70"/>
        <source>Archive / bring back the selected (停售)</source>
        <translation>停售 / 恢复所选</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="71"/>
        <source>Show archived SKUs</source>
        <translation>显示已停售的 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="72"/>
        <source>Edit the selected rows…</source>
        <translation>批量修改所选行…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="73"/>
        <source>Paste from Excel</source>
        <translation>从 Excel 粘贴</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="119"/>
        <location filename="../../ui/pages/inventory/editing.py" line="122"/>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="119"/>
        <source>SPU code:</source>
        <translation>SPU 编码：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="122"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="130"/>
        <source>Add product {code}</source>
        <translation>新建产品 {code}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="140"/>
        <location filename="../../ui/pages/inventory/editing.py" line="147"/>
        <source>New SKU</source>
        <translation>新建 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="140"/>
        <source>Select the product the SKU belongs to first.</source>
        <translation>请先选择该 SKU 所属的产品。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="148"/>
        <source>SKU code (a variant of {code}):</source>
        <translation>SKU 编码（{code} 的一个变体）：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="160"/>
        <source>Add SKU {code}</source>
        <translation>新建 SKU {code}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="181"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="183"/>
        <source>Delete {products} products and {skus} SKUs? SKUs with sales or stock are kept: archive those instead. You can undo this (Ctrl+Z).</source>
        <translation>删除 {products} 个产品和 {skus} 个 SKU？有销售或库存的 SKU 不会被删除，请改为停售。此操作可以撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="204"/>
        <source>Delete {count} rows</source>
        <translation>删除 {count} 行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="236"/>
        <source>Archive {count} rows</source>
        <translation>停售 {count} 行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="236"/>
        <source>Bring back {count} rows</source>
        <translation>恢复 {count} 行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="261"/>
        <source>{first}
(and {more} more)</source>
        <translation>{first}
（另有 {more} 条）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="274"/>
        <source>Edit the selected rows</source>
        <translation>批量修改所选行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="275"/>
        <source>Set this for the {count} selected rows:</source>
        <translation>为所选的 {count} 行设置：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="298"/>
        <source>Set {field} of {count} rows</source>
        <translation>设置 {count} 行的{field}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/editing.py" line="343"/>
        <source>Paste {count} cells</source>
        <translation>粘贴 {count} 个单元格</translation>
    </message>
</context>
<context>
    <name>CatalogFiles</name>
    <message>
        <location filename="../../ui/pages/inventory/files.py" line="48"/>
        <source>Import #{id}: {rows} rows of {kind} imported, {replaced} earlier rows of the same period replaced, {skipped} skipped — &lt;a href=&quot;close&quot;&gt;close&lt;/a&gt;</source>
        <translation>导入 #{id}：已导入 {rows} 行{kind}，替换了同一期间之前的 {replaced} 行，跳过 {skipped} 行 — &lt;a href=&quot;close&quot;&gt;关闭&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/files.py" line="91"/>
        <source>{count} SKUs imported ({new} new, {changed} changed), highlighted below — &lt;a href=&quot;show&quot;&gt;show only them&lt;/a&gt; · &lt;a href=&quot;close&quot;&gt;close&lt;/a&gt;</source>
        <translation>已导入 {count} 个 SKU（新增 {new} 个，更改 {changed} 个），已在下方高亮 — &lt;a href=&quot;show&quot;&gt;只显示它们&lt;/a&gt; · &lt;a href=&quot;close&quot;&gt;关闭&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/files.py" line="100"/>
        <source>imported just now</source>
        <translation>刚刚导入的</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/files.py" line="123"/>
        <source>{workspace}-inventory-review.xlsx</source>
        <translation>{workspace}-产品线梳理.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/files.py" line="128"/>
        <source>Export the reviewed catalog</source>
        <translation>导出梳理后的产品目录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/files.py" line="130"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/files.py" line="139"/>
        <source>Exporting the catalog…</source>
        <translation>正在导出产品目录…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/files.py" line="147"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="32"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="33"/>
        <source>Product / variant</source>
        <translation>产品 / 变体</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="34"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="35"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="36"/>
        <source>Cost currency</source>
        <translation>成本币种</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="37"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="38"/>
        <source>Price currency</source>
        <translation>售价币种</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="39"/>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="40"/>
        <source>Revenue 12 months ({base})</source>
        <translation>近 12 个月销售额（{base}）</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="41"/>
        <source>Units 12 months</source>
        <translation>近 12 个月销量</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="42"/>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="43"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="44"/>
        <source>Stock value ({base})</source>
        <translation>库存货值（{base}）</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="45"/>
        <source>Days of cover</source>
        <translation>可售天数</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="46"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="47"/>
        <source>ABC</source>
        <translation>ABC 分类</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="48"/>
        <source>Top platform</source>
        <translation>主要平台</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="49"/>
        <source>Flags</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="50"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="51"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="93"/>
        <source>Stock unknown: the import did not give a quantity for this SKU (e.g. an Etsy listing gives one total for all its SKUs). It is left out of stock value, cover and aged stock. Double-click to enter it.</source>
        <translation>库存未知：导入的文件没有给出这个 SKU 的数量（例如 Etsy 的一条商品只给出所有 SKU 的合计）。它不计入库存货值、可售天数和库龄。双击可填写。</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="99"/>
        <source>The stock of {count} of these SKUs is unknown; the sum counts the others.</source>
        <translation>其中 {count} 个 SKU 的库存未知；合计只包含其余 SKU。</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="67"/>
        <source>Archived (no longer sold)</source>
        <translation>已停售</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_model.py" line="82"/>
        <source>Reviewing the sales… The figures appear here when the review is done.</source>
        <translation>正在分析销售数据…分析完成后，这里显示数字。</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_model.py" line="85"/>
        <source>Not reviewed: the review of the sales was cancelled. Review again from the line above the table.</source>
        <translation>未分析：销售数据的分析已取消。可在表格上方的一行重新分析。</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_model.py" line="90"/>
        <source>Not reviewed: the review of the sales failed (the line above the table says why).</source>
        <translation>未分析：销售数据的分析失败（原因见表格上方的一行）。</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_model.py" line="96"/>
        <source>For now the list-price margin: the sales are being reviewed, and where this SKU sold its realised margin replaces it.</source>
        <translation>暂为标价毛利率：正在分析销售数据，此 SKU 若有销售，将由实际毛利率取代。</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_model.py" line="101"/>
        <source>The list-price margin: the sales were not reviewed, so a realised margin (where this SKU sold) is not known.</source>
        <translation>标价毛利率：销售数据未分析，因此（此 SKU 有销售时的）实际毛利率未知。</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_model.py" line="387"/>
        <source>Its SKUs&apos; margins weighted by their 12-month revenue.</source>
        <translation>按其各 SKU 近 12 个月销售额加权的毛利率。</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_model.py" line="389"/>
        <source>Lowest to highest of its SKUs.</source>
        <translation>其各 SKU 的最低到最高值。</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_model.py" line="470"/>
        <source>Set by hand.</source>
        <translation>手动设置。</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_model.py" line="470"/>
        <source>Suggested from sales.</source>
        <translation>根据销售趋势建议。</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_model.py" line="473"/>
        <source>Double-click to override.</source>
        <translation>双击可手动修改。</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_rows.py" line="66"/>
        <source>{name}  ·  {count} SKUs</source>
        <translation>{name}  ·  {count} 个 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_model.py" line="496"/>
        <source>Follow the suggestion ({stage})</source>
        <translation>采用建议（{stage}）</translation>
    </message>
    <message>
        <location filename="../../ui/models/catalog_model.py" line="540"/>
        <source>Change {field} of {code}</source>
        <translation>修改 {code} 的{field}</translation>
    </message>
</context>
<context>
    <name>CellEditing</name>
    <message>
        <location filename="../../ui/pages/matrix/cell_editing.py" line="73"/>
        <source>Remove listing</source>
        <translation>移除上架</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editing.py" line="80"/>
        <location filename="../../ui/pages/matrix/cell_editing.py" line="83"/>
        <location filename="../../ui/pages/matrix/cell_editing.py" line="84"/>
        <source>Edit listing</source>
        <translation>编辑上架</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editing.py" line="86"/>
        <source>Sign off compliance</source>
        <translation>确认合规</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editing.py" line="109"/>
        <source>{rule}: {reason}</source>
        <translation>{rule}：{reason}</translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="74"/>
        <source>Listing in the matrix</source>
        <translation>矩阵中的上架</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="101"/>
        <source>Product role</source>
        <translation>产品角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="102"/>
        <source>Platform role</source>
        <translation>平台角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="103"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="107"/>
        <source>Suggested: {role} — {reason}</source>
        <translation>建议：{role} — {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="111"/>
        <source>Platform role: {role} — {reason}</source>
        <translation>平台角色：{role} — {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="125"/>
        <source>Certifications this market asks for: {names}</source>
        <translation>该市场要求的认证：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="130"/>
        <source>Signed off: certifications checked</source>
        <translation>已确认：认证已核对</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="132"/>
        <source>For this product in this market, all its variants and platforms.</source>
        <translation>适用于该产品在此市场的所有变体和平台。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="138"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="138"/>
        <source>List here</source>
        <translation>在此上架</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="144"/>
        <source>Remove listing</source>
        <translation>移除上架</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="147"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="159"/>
        <source>No fit score for this cell yet.</source>
        <translation>这个格子还没有匹配分。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/cell_editor.py" line="167"/>
        <source>Fit score {score:.0f} of 100, from {base:.0f}:</source>
        <translation>匹配分 {score:.0f}（满分 100），起点 {base:.0f}：</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/charts/plot_base.py" line="33"/>
        <source>thousand</source>
        <translation>千</translation>
    </message>
    <message>
        <location filename="../../ui/charts/plot_base.py" line="153"/>
        <source>Nothing to show yet.</source>
        <translation>暂无可显示的数据。</translation>
    </message>
</context>
<context>
    <name>ChartsFollowFilter</name>
    <message>
        <location filename="../../ui/pages/inventory/chart_filter.py" line="74"/>
        <source>Updating the charts…</source>
        <translation>正在更新图表…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/chart_filter.py" line="107"/>
        <source>Updating the charts for the filter of the Catalog tab…</source>
        <translation>正在按“产品目录”页的筛选更新图表…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/chart_filter.py" line="110"/>
        <source>The charts show the {count} SKUs the filter of the Catalog tab shows; revenue shares and ABC classes are ranked among them. Clear the filter to see the whole catalog.</source>
        <translation>图表只显示“产品目录”页筛选出的 {count} 个 SKU；销售额占比和 ABC 分类在这些 SKU 之间排名。清除筛选即可查看整个目录。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../core/cli.py" line="41"/>
        <source>categories</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="42"/>
        <source>products</source>
        <translation>产品（SPU）</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="43"/>
        <source>skus</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="44"/>
        <source>markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="45"/>
        <source>platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="46"/>
        <source>listings</source>
        <translation>上架链接</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="47"/>
        <source>team members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="48"/>
        <source>raci assignments</source>
        <translation>RACI 分工</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="49"/>
        <source>exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="50"/>
        <source>sales records</source>
        <translation>销售记录</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="51"/>
        <source>stock lots</source>
        <translation>库存批次</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="52"/>
        <source>imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="80"/>
        <source>MatrixDesk: product-matrix planning for cross-border sellers. Without a subcommand the desktop app starts (optionally on WORKSPACE).</source>
        <translation>MatrixDesk 出海产品矩阵：为跨境卖家规划产品矩阵。不带子命令时启动桌面应用（可指定要打开的 WORKSPACE 工作区）。</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="92"/>
        <source>language of the output (default: $MATRIXDESK_LANG, else the system language)</source>
        <translation>输出语言（默认取 $MATRIXDESK_LANG，未设置时跟随系统语言）</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="101"/>
        <source>write an empty workspace to PATH</source>
        <translation>在 PATH 写入一个空工作区</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="109"/>
        <source>currency that money is compared in (three letters; default: CNY)</source>
        <translation>用来比较金额的本位币（三个字母；默认 CNY）</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="115"/>
        <source>the shop or seller name</source>
        <translation>店铺或卖家名称</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="120"/>
        <source>write the demo workspace to PATH</source>
        <translation>把演示工作区写入 PATH</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="126"/>
        <source>replace PATH if it exists</source>
        <translation>PATH 已存在时覆盖它</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="131"/>
        <source>counts per entity and the schema version</source>
        <translation>各类数据的条数和数据库版本</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="134"/>
        <location filename="../../core/facts/cli.py" line="47"/>
        <location filename="../../core/goals/cli.py" line="26"/>
        <location filename="../../core/matrix/cli.py" line="40"/>
        <location filename="../../core/selection/cli.py" line="118"/>
        <location filename="../../core/selection/cli.py" line="133"/>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="137"/>
        <source>export data to Excel</source>
        <translation>把数据导出为 Excel</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="140"/>
        <source>the team and its RACI matrix</source>
        <translation>团队及其 RACI 分工矩阵</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="143"/>
        <location filename="../../core/facts/cli.py" line="44"/>
        <location filename="../../core/facts/import_cli.py" line="46"/>
        <location filename="../../core/goals/cli.py" line="23"/>
        <location filename="../../core/goals/cli.py" line="43"/>
        <location filename="../../core/importing/cli.py" line="59"/>
        <location filename="../../core/inventory/cli.py" line="24"/>
        <location filename="../../core/matrix/cli.py" line="37"/>
        <location filename="../../core/matrix/cli.py" line="59"/>
        <location filename="../../core/selection/cli.py" line="130"/>
        <source>workspace file</source>
        <translation>工作区文件</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="146"/>
        <location filename="../../core/goals/cli.py" line="46"/>
        <location filename="../../core/inventory/cli.py" line="27"/>
        <location filename="../../core/matrix/cli.py" line="62"/>
        <source>Excel file to write (.xlsx)</source>
        <translation>要写入的 Excel 文件（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="185"/>
        <source>A team database is set up with “team init ADDRESS --admin USER”, not with “new”; nothing was written.</source>
        <translation>团队数据库要用“team init 地址 --admin 用户名”创建，而不是“new”；没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="197"/>
        <source>{path} already exists; nothing was written.</source>
        <translation>{path} 已存在；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="206"/>
        <source>Empty workspace written to {path} (base currency {base}).</source>
        <translation>已在 {path} 写入空工作区（本位币 {base}）。</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="216"/>
        <source>{path} exists (use --force to replace it)</source>
        <translation>{path} 已存在（加 --force 可覆盖）</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="227"/>
        <source>Demo workspace written to {path}: {products} products, {skus} SKUs, {members} team members.</source>
        <translation>演示工作区已写入 {path}：{products} 个产品，{skus} 个 SKU，{members} 名团队成员。</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="255"/>
        <source>Workspace:      {path}</source>
        <translation>工作区：        {path}</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="259"/>
        <source>Schema version: {version}</source>
        <translation>数据库版本：    {version}</translation>
    </message>
    <message>
        <location filename="../../core/cli.py" line="281"/>
        <source>Team and RACI written to {out}</source>
        <translation>团队和 RACI 分工已写入 {out}</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="51"/>
        <source>import products from Excel/CSV; history; undo</source>
        <translation>从 Excel/CSV 导入产品；导入记录；撤销导入</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="56"/>
        <source>preview (and with --apply write) a product file</source>
        <translation>预览产品文件（加 --apply 才写入）</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="26"/>
        <source>import an order export (Shopify, WooCommerce, TikTok…)</source>
        <translation>导入订单导出文件（Shopify、WooCommerce、TikTok…）</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="27"/>
        <source>import an Amazon Business Report (sales and traffic)</source>
        <translation>导入亚马逊业务报告（销售与流量）</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="28"/>
        <source>import a Sponsored Products report</source>
        <translation>导入商品推广广告报告</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="29"/>
        <source>import an Amazon settlement report</source>
        <translation>导入亚马逊结算报告</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="30"/>
        <source>import a stock report</source>
        <translation>导入库存报告</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="31"/>
        <source>import customer reviews</source>
        <translation>导入客户评价</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="32"/>
        <source>import an active listings report (SKU, ASIN, price)</source>
        <translation>导入在售商品报告（SKU、ASIN、售价）</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="33"/>
        <source>detect what kind of file it is, then import it</source>
        <translation>识别文件类型，然后导入</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="49"/>
        <location filename="../../core/importing/cli.py" line="62"/>
        <source>Excel or CSV file to import</source>
        <translation>要导入的 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="53"/>
        <location filename="../../core/importing/cli.py" line="66"/>
        <source>saved column mapping to use (default: detected)</source>
        <translation>使用已保存的列映射方案（默认自动识别）</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="57"/>
        <location filename="../../core/importing/cli.py" line="69"/>
        <source>sheet to read (default: the first with data)</source>
        <translation>要读取的工作表（默认第一个有数据的）</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="62"/>
        <location filename="../../core/importing/cli.py" line="74"/>
        <source>row number of the header (1-based)</source>
        <translation>表头所在行号（从 1 开始）</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="67"/>
        <source>currency of amounts whose file names none, e.g. USD</source>
        <translation>文件没有注明币种时金额的币种，例如 USD</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="73"/>
        <source>period a report without dates covers, e.g. 2025-07-01:2025-07-07</source>
        <translation>没有日期的报表所涵盖的时间段，例如 2025-07-01:2025-07-07</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="81"/>
        <source>market (country) the file sold in, e.g. US, GB</source>
        <translation>文件所属的销售市场（国家），例如 US、GB</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="87"/>
        <source>how numeric dates are written (default: decided from the file)</source>
        <translation>数字日期的写法（默认：根据文件判断）</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="95"/>
        <source>add SKUs the catalog does not know as new SKUs</source>
        <translation>把商品目录中没有的 SKU 添加为新 SKU</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="103"/>
        <source>count the file&apos;s SKU CODE as the catalog&apos;s SKU (repeatable)</source>
        <translation>把文件中的 SKU CODE 计入目录中的 SKU（可重复）</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="109"/>
        <source>write the facts</source>
        <translation>写入数据</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="124"/>
        <source>--period {period} is not FROM:TO with dates like 2025-07-01.</source>
        <translation>--period {period} 不是 起:止 格式（日期如 2025-07-01）。</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="155"/>
        <location filename="../../core/facts/import_cli.py" line="214"/>
        <source>  left out: {message}</source>
        <translation>  未导入：{message}</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="201"/>
        <source>Kind:       {kind} ({profile})</source>
        <translation>类型：       {kind}（{profile}）</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="206"/>
        <source>Rows:       {read} read, {left} left out</source>
        <translation>行数：       读取 {read} 行，未导入 {left} 行</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="219"/>
        <source>  ... and {count} more rows left out</source>
        <translation>  ……另有 {count} 行未导入</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="232"/>
        <source>--pair wants CODE=SKU, not &apos;{value}&apos;</source>
        <translation>--pair 的格式应为 CODE=SKU，而不是“{value}”</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="248"/>
        <source>Applied as import #{id}: {inserted} facts written, {replaced} earlier facts of the same period replaced, {skipped} rows of unknown SKUs skipped. Undo with: import undo {path} {id}</source>
        <translation>已作为第 {id} 次导入写入：写入 {inserted} 条数据，替换同一时间段的 {replaced} 条旧数据，跳过 {skipped} 行未知 SKU。撤销：import undo {path} {id}</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="267"/>
        <source>SKUs the catalog does not know: {skus} (add --create-missing to add them)</source>
        <translation>商品目录中没有的 SKU：{skus}（加上 --create-missing 即可添加）</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="80"/>
        <source>currency of prices and costs whose row names none, e.g. USD (default: what the file says; required when it says nothing)</source>
        <translation>行内未注明币种的售价和成本所用的币种，如 USD（默认：按文件所写；文件未写明时必须给出）</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="91"/>
        <source>encoding of a CSV/TXT or HTML file, e.g. gb18030, cp1252, utf-8 (default: detected; the preview shows which)</source>
        <translation>CSV/TXT 或 HTML 文件的编码，例如 gb18030、cp1252、utf-8（默认：自动识别，预览中会显示识别结果）</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="102"/>
        <source>when different rows share a SKU code: key them by code + option values, by barcode, or reject the repeats (default: the preview&apos;s proposal)</source>
        <translation>不同的行共用一个 SKU 编码时：用“编码 + 选项值”或条码区分它们，或拒绝重复的行（默认：预览给出的建议）</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="113"/>
        <source>import costs of 0 as 0 (default: as missing, since 0 is mostly unfilled)</source>
        <translation>把为 0 的成本按 0 导入（默认按缺失导入，因为 0 多半是没填）</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="121"/>
        <source>write the new and changed rows</source>
        <translation>写入新增和有变化的行</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="125"/>
        <source>list the imports of a workspace</source>
        <translation>列出工作区的导入记录</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="129"/>
        <source>undo one import as a whole</source>
        <translation>整批撤销一次导入</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="190"/>
        <location filename="../../core/importing/cli.py" line="181"/>
        <source>no saved profile named &apos;{name}&apos;</source>
        <translation>没有名为“{name}”的已保存映射方案</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="192"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="193"/>
        <source>{file}: no column for the SKU code was found. Headers found: {headers}</source>
        <translation>{file}：没有找到 SKU 编码列。找到的表头：{headers}</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="160"/>
        <location filename="../../core/importing/cli.py" line="214"/>
        <source>Preview only: nothing was written (add --apply to import).</source>
        <translation>仅预览：未写入任何数据（加 --apply 才会导入）。</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="220"/>
        <source>Nothing to apply: no new or changed rows.</source>
        <translation>无需导入：没有新增或有变化的行。</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="223"/>
        <source>Applied as import #{id}: {new} new, {changed} changed. Undo with: import undo {path} {id}</source>
        <translation>已导入，导入编号 #{id}：新增 {new} 行，变更 {changed} 行。撤销命令：import undo {path} {id}</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="199"/>
        <location filename="../../core/importing/cli.py" line="247"/>
        <source>File:       {file}</source>
        <translation>文件：      {file}</translation>
    </message>
    <message>
        <location filename="../../core/facts/import_cli.py" line="200"/>
        <location filename="../../core/importing/cli.py" line="248"/>
        <source>Sheet:      {sheet}</source>
        <translation>工作表：    {sheet}</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="251"/>
        <source>Encoding:   {encoding}</source>
        <translation>编码：      {encoding}</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="252"/>
        <source>Header row: {row}</source>
        <translation>表头行：    {row}</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="254"/>
        <source>Mapping:    profile {name}</source>
        <translation>列映射：    映射方案 {name}</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="256"/>
        <source>Mapping:    detected from headers</source>
        <translation>列映射：    按表头自动识别</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="264"/>
        <source>Rows:       {new} new, {changed} changed, {unchanged} unchanged, {rejected} rejected, {skipped} skipped</source>
        <translation>行数：      新增 {new}，变更 {changed}，未变 {unchanged}，拒绝 {rejected}，跳过 {skipped}</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="272"/>
        <source>WooCommerce:  {count} variable or grouped products become products (SPUs), not SKUs; their variations are the SKUs. A sale price in effect is the selling price.</source>
        <translation>WooCommerce：{count} 个可变商品或组合商品作为产品（SPU）导入，不作为 SKU；它们的变体才是 SKU。正在生效的促销价作为售价。</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="279"/>
        <source>Instructions: {count} rows of template instructions were skipped.</source>
        <translation>填写说明：跳过了 {count} 行模板说明。</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="284"/>
        <source>Products without variants: {count} rows had no SKU and got their product&apos;s code (see the warnings).</source>
        <translation>无变种的产品：{count} 行没有 SKU，已用产品编码作为 SKU 编码（见警告）。</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="291"/>
        <source>Costs of 0:  {count} rows, imported as 0 (as asked).</source>
        <translation>成本为 0：{count} 行，按要求以 0 导入。</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="294"/>
        <source>Costs of 0:  {count} rows, imported as missing (add --zero-cost-is-real if they are real).</source>
        <translation>成本为 0：{count} 行，按缺失导入（如果确实为 0，请加上 --zero-cost-is-real）。</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="305"/>
        <source>  changed row {row} {sku}: {changes}</source>
        <translation>  变更 第 {row} 行 {sku}：{changes}</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="308"/>
        <source>  ... and {count} more changed rows</source>
        <translation>  …… 另有 {count} 行变更</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="312"/>
        <source>  warning: {message}</source>
        <translation>  提醒：{message}</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="315"/>
        <source>  ... and {count} more warnings</source>
        <translation>  …… 另有 {count} 条提醒</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="319"/>
        <source>  rejected: {message}</source>
        <translation>  拒绝：{message}</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="322"/>
        <source>  ... and {count} more rejected rows</source>
        <translation>  …… 另有 {count} 行被拒绝</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="328"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="329"/>
        <source>Currencies: prices {prices}; costs {costs}</source>
        <translation>币种：售价 {prices}；成本 {costs}</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="345"/>
        <source>Not mapped: {fields}. Columns with values that are not imported: {columns}. To use one, map it in the import wizard, save the mapping as a profile and pass --profile.</source>
        <translation>未对应：{fields}。有内容但未导入的列：{columns}。如需使用其中一列，请在导入向导中对应它、把对应关系保存为方案，再加上 --profile。</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="358"/>
        <source>Shared codes: {codes} SKU codes are used by {rows} rows that differ.</source>
        <translation>共用编码：{codes} 个 SKU 编码被 {rows} 个内容不同的行共用。</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="366"/>
        <source>  --duplicate-codes {choice}: {label}, {count} rejected</source>
        <translation>  --duplicate-codes {choice}：{label}，拒绝 {count} 行</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="371"/>
        <source>  --duplicate-codes {choice}: {label}, {count} rows keyed (e.g. {old} -&gt; {new})</source>
        <translation>  --duplicate-codes {choice}：{label}，区分出 {count} 行（例如 {old} -&gt; {new}）</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="377"/>
        <source>  --duplicate-codes {choice}: {label}, tells no rows apart</source>
        <translation>  --duplicate-codes {choice}：{label}，区分不出任何行</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="385"/>
        <source>proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="387"/>
        <source>used</source>
        <translation>已采用</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="401"/>
        <source>No imports yet.</source>
        <translation>还没有导入记录。</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="404"/>
        <source>undone {time}</source>
        <translation>已于 {time} 撤销</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="406"/>
        <source>applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="407"/>
        <source>#{id} {time}  {file}{sheet}  {new} new, {changed} changed, {unchanged} unchanged, {rejected} rejected  ({state})</source>
        <translation>#{id} {time}  {file}{sheet}  新增 {new}，变更 {changed}，未变 {unchanged}，拒绝 {rejected}（{state}）</translation>
    </message>
    <message>
        <location filename="../../core/importing/cli.py" line="437"/>
        <source>Import #{id} undone.</source>
        <translation>导入 #{id} 已撤销。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/cli.py" line="20"/>
        <source>the reviewed catalog (margin, lifecycle, ABC class, flags)</source>
        <translation>盘点后的产品目录（毛利率、生命周期、ABC 分类、标记）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/cli.py" line="34"/>
        <location filename="../../core/matrix/cli.py" line="74"/>
        <source>review date YYYY-MM-DD (default today): the 12 complete months before it are reviewed</source>
        <translation>盘点日期 YYYY-MM-DD（默认今天）：盘点此日期之前完整的 12 个月</translation>
    </message>
    <message>
        <location filename="../../core/inventory/cli.py" line="53"/>
        <source>Reviewed catalog written to {out}</source>
        <translation>盘点后的产品目录已写入 {out}</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="36"/>
        <source>unit profit, margin and break-even of a product</source>
        <translation>产品的单件利润、利润率和盈亏平衡点</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="38"/>
        <source>Per unit, in the selling currency. Percent options are plain numbers (--vat 19). Money options are in the selling currency, except --cost (in --cost-currency) and --freight (in --freight-currency, default the selling currency).</source>
        <translation>按单件、以销售币种计算。百分比选项写普通数字（--vat 19）。金额选项用销售币种，只有 --cost（币种见 --cost-currency）和 --freight（币种见 --freight-currency，默认销售币种）例外。</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="48"/>
        <source>selling price, tax included</source>
        <translation>售价（含税）</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="51"/>
        <source>selling currency, e.g. EUR</source>
        <translation>销售币种，如 EUR</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="54"/>
        <source>product cost per unit</source>
        <translation>单件产品成本</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="59"/>
        <source>currency of the cost, e.g. CNY</source>
        <translation>成本币种，如 CNY</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="62"/>
        <source>freight to the market per unit</source>
        <translation>到目标市场的单件头程运费</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="67"/>
        <source>currency of the freight (default: the selling currency)</source>
        <translation>运费币种（默认：销售币种）</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="72"/>
        <source>import duty, percent of cost + freight</source>
        <translation>进口关税，占成本+运费的百分比</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="77"/>
        <source>VAT included in the price, percent (0 in the US)</source>
        <translation>售价中包含的增值税，百分比（美国为 0）</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="82"/>
        <source>platform referral fee, percent of the price</source>
        <translation>平台佣金，占售价的百分比</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="85"/>
        <source>fulfilment fee per unit</source>
        <translation>单件配送费（如 FBA 费）</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="90"/>
        <source>payment fee, percent of the price</source>
        <translation>支付手续费，占售价的百分比</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="93"/>
        <source>other costs per unit</source>
        <translation>单件其他成本</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="98"/>
        <source>share of units returned, percent</source>
        <translation>退货率，百分比</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="103"/>
        <source>money lost per returned unit</source>
        <translation>每件退货的损失金额</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="108"/>
        <source>ad spend, percent of net sales (TACoS)</source>
        <translation>广告花费占净销售额的百分比（TACoS）</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="115"/>
        <source>workspace whose exchange-rate table converts the cost</source>
        <translation>用其汇率表换算成本的工作区</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="127"/>
        <source>the candidate pool of step 4, best score first</source>
        <translation>第 4 步的候选产品池，按评分从高到低</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="141"/>
        <source>preview a research export (Jungle Scout, Helium 10, Keepa …) into the pool</source>
        <translation>预览将选品工具导出文件（Jungle Scout、Helium 10、Keepa 等）导入产品池</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="150"/>
        <source>currency of prices that name none (default: USD)</source>
        <translation>未注明币种的价格所用币种（默认：USD）</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="155"/>
        <source>with --import: write the previewed candidates</source>
        <translation>与 --import 一起使用：写入预览的候选产品</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="161"/>
        <source>with --apply: write the file&apos;s values over values someone else changed after the preview</source>
        <translation>与 --apply 一起用：把文件里的值写在别人于预览后改过的值上</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="172"/>
        <source>undo a candidates import (its number in the history)</source>
        <translation>撤销一次候选产品导入（导入记录中的编号）</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="223"/>
        <source>Net price (without VAT)</source>
        <translation>净售价（不含增值税）</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="226"/>
        <source>Landed cost</source>
        <translation>到岸成本</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="228"/>
        <source>Profit before ads</source>
        <translation>广告前利润</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="231"/>
        <source>Unit profit</source>
        <translation>单件利润</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="232"/>
        <source>Net margin</source>
        <translation>净利润率</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="233"/>
        <source>Break-even ACoS</source>
        <translation>盈亏平衡 ACoS</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="235"/>
        <source>Break-even price</source>
        <translation>盈亏平衡售价</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="276"/>
        <source>* some scores rest on missing data</source>
        <translation>* 部分评分缺少数据支撑</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="278"/>
        <source>No candidates in this workspace yet.</source>
        <translation>这个工作区还没有候选产品。</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="294"/>
        <source>Import #{batch} undone.</source>
        <translation>已撤销导入 #{batch}。</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="311"/>
        <source>{file}: {new} new, {changed} changed, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{file}：新增 {new} 个，变更 {changed} 个，未变 {unchanged} 个，拒绝 {rejected} 个。</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="323"/>
        <source>Nothing written: --overwrite acts only with --apply. With both, the file&apos;s values go in even where someone else changes the same candidates after the preview; with --apply alone, such an import stops and names who changed what.</source>
        <translation>未写入任何内容：--overwrite 只在与 --apply 一起使用时才起作用。两者都加上时，即使有人在预览之后修改了同样的候选产品，文件中的值也会写入；只加 --apply 时，这样的导入会停下并说明谁改了什么。</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="332"/>
        <source>Nothing written: add --apply to import.</source>
        <translation>未写入任何内容：加上 --apply 才会导入。</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="344"/>
        <source>Run it again to see the new preview, or add --overwrite to write the file&apos;s values over theirs.</source>
        <translation>再运行一次可看到新的预览；或加上 --overwrite，用文件里的值覆盖他们的值。</translation>
    </message>
    <message>
        <location filename="../../core/selection/cli.py" line="351"/>
        <source>Imported as #{batch}.</source>
        <translation>已导入，编号 #{batch}。</translation>
    </message>
    <message>
        <location filename="../../core/goals/cli.py" line="20"/>
        <source>every goal with target, actual, progress and status</source>
        <translation>每个目标的目标值、实际值、进度和状态</translation>
    </message>
    <message>
        <location filename="../../core/goals/cli.py" line="33"/>
        <source>judge progress as of this day YYYY-MM-DD (default today)</source>
        <translation>按这一天 YYYY-MM-DD 判断进度（默认今天）</translation>
    </message>
    <message>
        <location filename="../../core/goals/cli.py" line="40"/>
        <source>the goals with their progress, and platform roles</source>
        <translation>目标及其进度，以及平台角色</translation>
    </message>
    <message>
        <location filename="../../core/goals/cli.py" line="63"/>
        <source>Goals written to {out}</source>
        <translation>目标已写入 {out}</translation>
    </message>
    <message>
        <location filename="../../core/goals/cli.py" line="109"/>
        <source>No goals yet: set them in step 3 of the app.</source>
        <translation>还没有目标：请在应用的第 3 步设定。</translation>
    </message>
    <message>
        <location filename="../../core/goals/cli.py" line="119"/>
        <source>by {deadline}</source>
        <translation>截止 {deadline}</translation>
    </message>
    <message>
        <location filename="../../core/goals/cli.py" line="127"/>
        <source>run-rate {amount} for the period</source>
        <translation>按当前速度全期可达 {amount}</translation>
    </message>
    <message>
        <location filename="../../core/facts/cli.py" line="19"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../core/facts/cli.py" line="20"/>
        <source>Units</source>
        <translation>销量</translation>
    </message>
    <message>
        <location filename="../../core/facts/cli.py" line="21"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../core/facts/cli.py" line="22"/>
        <source>Returned</source>
        <translation>退货件数</translation>
    </message>
    <message>
        <location filename="../../core/facts/cli.py" line="23"/>
        <source>Sessions</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../core/facts/cli.py" line="24"/>
        <source>Ad spend</source>
        <translation>广告花费</translation>
    </message>
    <message>
        <location filename="../../core/facts/cli.py" line="25"/>
        <source>Ad sales</source>
        <translation>广告销售额</translation>
    </message>
    <message>
        <location filename="../../core/facts/cli.py" line="38"/>
        <source>revenue, units, orders, returns, sessions and ads from imported facts</source>
        <translation>根据导入的数据汇总销售额、销量、订单、退货、访客和广告</translation>
    </message>
    <message>
        <location filename="../../core/facts/cli.py" line="50"/>
        <source>one line per group</source>
        <translation>每组一行</translation>
    </message>
    <message>
        <location filename="../../core/facts/cli.py" line="57"/>
        <source>first day counted, YYYY-MM-DD (default: all)</source>
        <translation>统计的第一天，YYYY-MM-DD（默认：全部）</translation>
    </message>
    <message>
        <location filename="../../core/facts/cli.py" line="64"/>
        <source>last day counted, YYYY-MM-DD (default: all)</source>
        <translation>统计的最后一天，YYYY-MM-DD（默认：全部）</translation>
    </message>
    <message>
        <location filename="../../core/facts/cli.py" line="78"/>
        <source>--from {first} is after --to {last}.</source>
        <translation>--from {first} 晚于 --to {last}。</translation>
    </message>
    <message>
        <location filename="../../core/facts/cli.py" line="97"/>
        <location filename="../../core/facts/cli.py" line="100"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../core/facts/cli.py" line="104"/>
        <source>Money in {base}.</source>
        <translation>金额单位：{base}。</translation>
    </message>
    <message>
        <location filename="../../core/team_cli.py" line="30"/>
        <source>copy a workspace between a file and a team database (postgresql://…), checking rows and a checksum per table</source>
        <translation>在工作区文件和团队数据库（postgresql://…）之间复制工作区，并逐表核对行数和校验和</translation>
    </message>
    <message>
        <location filename="../../core/team_cli.py" line="57"/>
        <source>{path} already exists; copy into a new file. Nothing was changed.</source>
        <translation>{path} 已存在；请复制到一个新文件。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../core/team_cli.py" line="76"/>
        <source>Copied {source} to {dest}: {tables} tables, {rows} rows; rows and checksums match in every table.</source>
        <translation>已将 {source} 复制到 {dest}：{tables} 张表，{rows} 行；每张表的行数和校验和都一致。</translation>
    </message>
    <message>
        <location filename="../../core/team_cli.py" line="95"/>
        <source>set up a team workspace on a PostgreSQL server</source>
        <translation>在 PostgreSQL 服务器上建立团队工作区</translation>
    </message>
    <message>
        <location filename="../../core/team_cli.py" line="101"/>
        <source>create the team database, its roles (owner, editor, viewer) and grants; URL names a server administrator and the database</source>
        <translation>创建团队数据库、它的角色（所有者、编辑者、查看者）和权限；URL 写明服务器管理员和数据库</translation>
    </message>
    <message>
        <location filename="../../core/team_cli.py" line="113"/>
        <source>the person who owns the team workspace</source>
        <translation>团队工作区的所有者</translation>
    </message>
    <message>
        <location filename="../../core/team_cli.py" line="117"/>
        <location filename="../../core/team_cli.py" line="129"/>
        <source>their password (default: a new one, printed once)</source>
        <translation>此人的密码（默认：生成一个新密码，只显示一次）</translation>
    </message>
    <message>
        <location filename="../../core/team_cli.py" line="122"/>
        <source>give a person a login as editor or viewer</source>
        <translation>为某人开通编辑者或查看者登录</translation>
    </message>
    <message>
        <location filename="../../core/team_cli.py" line="139"/>
        <source>Password of {user}: {password} (shown only now; they can save it in the app&apos;s Connect dialog)</source>
        <translation>{user} 的密码：{password}（只显示这一次；可以在应用的“连接”对话框里保存）</translation>
    </message>
    <message>
        <location filename="../../core/team_cli.py" line="159"/>
        <source>Team workspace ready. {user} owns it; connect to {address}. Add people with: python main.py team add-user {address} NAME --role editor</source>
        <translation>团队工作区已就绪。所有者是 {user}；连接地址：{address}。添加成员：python main.py team add-user {address} 姓名 --role editor</translation>
    </message>
    <message>
        <location filename="../../core/team_cli.py" line="179"/>
        <source>{user} may now edit the team workspace at {address}.</source>
        <translation>{user} 现在可以编辑 {address} 上的团队工作区。</translation>
    </message>
    <message>
        <location filename="../../core/team_cli.py" line="181"/>
        <source>{user} may now read the team workspace at {address}.</source>
        <translation>{user} 现在可以查看 {address} 上的团队工作区。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cli.py" line="31"/>
        <source>the product matrix: roles, fit score and status per listing, and warnings</source>
        <translation>产品矩阵：每个刊登的角色、匹配分和状态，以及警告</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cli.py" line="45"/>
        <source>list every cell, not only the listings</source>
        <translation>列出每个单元格，而不只是已刊登的</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cli.py" line="53"/>
        <source>the matrix grid with role colours and a legend, warnings and fit</source>
        <translation>矩阵表（带角色颜色和图例）、警告和匹配分</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cli.py" line="148"/>
        <source>No SKUs yet: import the catalog in step 2.</source>
        <translation>还没有 SKU：请在第 2 步导入产品目录。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cli.py" line="174"/>
        <source>Marks: {legend}; ? no role</source>
        <translation>标记：{legend}；? 无角色</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cli.py" line="177"/>
        <source>No warnings.</source>
        <translation>没有警告。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cli.py" line="188"/>
        <source>Matrix written to {out}</source>
        <translation>产品矩阵已写入 {out}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../ui/pages/selection/compare_panel.py" line="55"/>
        <source>Select 2 to 4 candidates in the pool (Ctrl+click) to compare them. Green marks the best score in a row.</source>
        <translation>在产品池中选择 2 到 4 个候选产品（Ctrl+单击）进行对比。绿色表示该行最高分。</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../ui/models/comparison_model.py" line="57"/>
        <source>Weighted score</source>
        <translation>加权总分</translation>
    </message>
    <message>
        <location filename="../../ui/models/comparison_model.py" line="59"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../ui/models/comparison_model.py" line="72"/>
        <source>Missing data: counted as a neutral 3</source>
        <translation>缺少数据：按中性 3 分计</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../../core/selection/compliance.py" line="20"/>
        <source>Electrical / electronic</source>
        <translation>电子电气产品</translation>
    </message>
    <message>
        <location filename="../../core/selection/compliance.py" line="21"/>
        <source>Mains-powered</source>
        <translation>市电供电</translation>
    </message>
    <message>
        <location filename="../../core/selection/compliance.py" line="22"/>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <location filename="../../core/selection/compliance.py" line="23"/>
        <source>Wireless (Bluetooth, Wi-Fi)</source>
        <translation>无线（蓝牙、Wi-Fi）</translation>
    </message>
    <message>
        <location filename="../../core/selection/compliance.py" line="24"/>
        <source>Food contact</source>
        <translation>食品接触</translation>
    </message>
    <message>
        <location filename="../../core/selection/compliance.py" line="25"/>
        <source>Children&apos;s product</source>
        <translation>儿童产品</translation>
    </message>
    <message>
        <location filename="../../core/selection/compliance.py" line="26"/>
        <source>Toy</source>
        <translation>玩具</translation>
    </message>
    <message>
        <location filename="../../core/selection/compliance.py" line="27"/>
        <source>Cosmetic</source>
        <translation>化妆品</translation>
    </message>
</context>
<context>
    <name>ComplianceModel</name>
    <message>
        <location filename="../../ui/models/compliance_model.py" line="25"/>
        <source>Certification or registration</source>
        <translation>认证或注册</translation>
    </message>
    <message>
        <location filename="../../ui/models/compliance_model.py" line="26"/>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../ui/models/compliance_model.py" line="27"/>
        <source>Lead time (weeks)</source>
        <translation>周期（周）</translation>
    </message>
    <message>
        <location filename="../../ui/models/compliance_model.py" line="28"/>
        <source>Typical cost ({currency})</source>
        <translation>典型费用（{currency}）</translation>
    </message>
    <message>
        <location filename="../../ui/models/compliance_model.py" line="69"/>
        <source>{what}
Source: {source}. Estimate: verify by {date}.</source>
        <translation>{what}
来源：{source}。估算值：请在 {date} 前核实。</translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <location filename="../../ui/pages/selection/compliance_panel.py" line="36"/>
        <source>Estimates from the reference table (resources/reference/compliance.json): hover a row for the source and the date to verify it by. Certifications run in parallel, so the slowest sets the earliest launch.</source>
        <translation>来自参考表（resources/reference/compliance.json）的估算值：鼠标悬停在某行可查看来源和核实日期。各项认证可并行办理，最慢的一项决定最早上线时间。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/compliance_panel.py" line="55"/>
        <source>Add target markets to see what is needed.</source>
        <translation>添加目标市场后即可查看所需认证。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/compliance_panel.py" line="59"/>
        <source>{count} certifications or registrations for {markets}: up to {weeks} weeks, about {low}–{high} CNY</source>
        <translation>{markets} 需要 {count} 项认证或注册：最长 {weeks} 周，约 {low}–{high} 元</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../core/edits.py" line="71"/>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="114"/>
        <location filename="../../core/edits.py" line="118"/>
        <location filename="../../core/team.py" line="268"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="169"/>
        <source>{who} changed {what} at {when} while you were editing it: {fields} differ from what you entered.</source>
        <translation>你编辑期间，{who} 于 {when} 修改了 {what}：{fields} 与你输入的不同。</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="175"/>
        <source>{who} changed {what} while you were editing it: {fields} differ from what you entered.</source>
        <translation>你编辑期间，{who} 修改了 {what}：{fields} 与你输入的不同。</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="189"/>
        <source>{who} changed {field} of {what} at {when} while you were editing it: it is now {theirs}; you entered {mine}.</source>
        <translation>你编辑期间，{who} 于 {when} 修改了 {what} 的 {field}：现在是 {theirs}；你输入的是 {mine}。</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="195"/>
        <source>{who} changed {field} of {what} while you were editing it: it is now {theirs}; you entered {mine}.</source>
        <translation>你编辑期间，{who} 修改了 {what} 的 {field}：现在是 {theirs}；你输入的是 {mine}。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="210"/>
        <source>the goal {name}</source>
        <translation>目标“{name}”</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="506"/>
        <location filename="../../core/selection/conflicts.py" line="25"/>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../core/selection/conflicts.py" line="27"/>
        <source>from the numbers</source>
        <translation>按数据评分</translation>
    </message>
    <message>
        <location filename="../../core/selection/conflicts.py" line="28"/>
        <source>no decision</source>
        <translation>未决定</translation>
    </message>
    <message>
        <location filename="../../core/selection/conflicts.py" line="85"/>
        <source>the hand score of {criterion} for the candidate {name}</source>
        <translation>候选产品“{name}”的{criterion}手动评分</translation>
    </message>
    <message>
        <location filename="../../core/selection/conflicts.py" line="116"/>
        <source>{decision} by {name}: {reason}</source>
        <translation>{name} {decision}：{reason}</translation>
    </message>
    <message>
        <location filename="../../core/selection/conflicts.py" line="141"/>
        <location filename="../../core/selection/importing.py" line="356"/>
        <location filename="../../core/selection/pool.py" line="133"/>
        <location filename="../../core/selection/pool.py" line="197"/>
        <source>the candidate {name}</source>
        <translation>候选产品“{name}”</translation>
    </message>
    <message>
        <location filename="../../core/selection/conflicts.py" line="173"/>
        <source>the pain point “{tag}” of the candidate {name}</source>
        <translation>候选产品“{name}”的痛点“{tag}”</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="256"/>
        <source>team member {name}</source>
        <translation>团队成员 {name}</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="343"/>
        <source>the responsibility of {name} for {subject}</source>
        <translation>{name} 在“{subject}”上的职责</translation>
    </message>
    <message>
        <location filename="../../core/matrix/compliance.py" line="141"/>
        <source>{product} in {market}</source>
        <translation>{product} 在 {market}</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cell_conflicts.py" line="29"/>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cell_conflicts.py" line="30"/>
        <source>active</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cell_conflicts.py" line="31"/>
        <source>paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cell_conflicts.py" line="32"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cell_conflicts.py" line="35"/>
        <source>listed</source>
        <translation>已上架</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cell_conflicts.py" line="36"/>
        <source>not listed</source>
        <translation>未上架</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cell_conflicts.py" line="51"/>
        <source>the matrix cell {sku} on {platform} {market}</source>
        <translation>矩阵单元格 {sku}（{platform} {market}）</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan_conflicts.py" line="21"/>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan_conflicts.py" line="29"/>
        <location filename="../../core/goals/plan_conflicts.py" line="34"/>
        <source>the plan of step 3</source>
        <translation>第 3 步的计划</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan_conflicts.py" line="120"/>
        <source>{platform} in {market}</source>
        <translation>{platform}（{market}）</translation>
    </message>
    <message>
        <location filename="../../core/matrix/rules.py" line="80"/>
        <source>the fit rules</source>
        <translation>匹配规则</translation>
    </message>
    <message>
        <location filename="../../core/selection/scoring_edits.py" line="41"/>
        <source>the scoring thresholds</source>
        <translation>评分阈值</translation>
    </message>
    <message>
        <location filename="../../core/selection/scoring_edits.py" line="66"/>
        <source>the scoring weights</source>
        <translation>评分权重</translation>
    </message>
    <message>
        <location filename="../../core/import_conflicts.py" line="52"/>
        <source>{who} changed {what} at {when}, after the preview of {file}: {fields} differ from the file.</source>
        <translation>{who} 在预览 {file} 之后，于 {when} 修改了 {what}：{fields} 与文件中的不同。</translation>
    </message>
    <message>
        <location filename="../../core/import_conflicts.py" line="58"/>
        <source>{who} changed {what} after the preview of {file}: {fields} differ from the file.</source>
        <translation>{who} 在预览 {file} 之后修改了 {what}：{fields} 与文件中的不同。</translation>
    </message>
    <message>
        <location filename="../../core/import_conflicts.py" line="72"/>
        <source>{who} changed {field} of {what} at {when}, after the preview of {file}: it is now {theirs}; the file has {mine}.</source>
        <translation>{who} 在预览 {file} 之后，于 {when} 修改了 {what} 的 {field}：现在是 {theirs}；文件中是 {mine}。</translation>
    </message>
    <message>
        <location filename="../../core/import_conflicts.py" line="78"/>
        <source>{who} changed {field} of {what} after the preview of {file}: it is now {theirs}; the file has {mine}.</source>
        <translation>{who} 在预览 {file} 之后修改了 {what} 的 {field}：现在是 {theirs}；文件中是 {mine}。</translation>
    </message>
    <message>
        <location filename="../../core/import_conflicts.py" line="99"/>
        <source>Nothing was imported: someone else changed records after the preview of {file} ({count}).</source>
        <translation>什么都没有导入：预览 {file} 之后，有人修改了其中的记录（{count} 条）。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="80"/>
        <source>Someone else changed this</source>
        <translation>别人已修改了这项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="120"/>
        <source>Do the same for the rest ({count})</source>
        <translation>其余的也照此处理（{count} 条）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="151"/>
        <source>What you entered</source>
        <translation>你输入的</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="108"/>
        <source>Keep mine writes what you entered over their change; take theirs drops your edit. Either way, a field only they changed keeps their value.</source>
        <translation>“保留我的”会用你输入的内容覆盖对方的修改；“采用对方的”会放弃你的编辑。无论哪种，只有对方改过的字段都保留对方的值。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="103"/>
        <source>Keep the file&apos;s value writes it over their change; keep theirs leaves their value. Either way, a field the file does not have keeps their value.</source>
        <translation>“保留文件的值”会用文件中的值覆盖对方的修改；“保留对方的”会保留对方的值。无论哪种，文件中没有的字段都保留对方的值。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="126"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="126"/>
        <source>Keep the file&apos;s value</source>
        <translation>保留文件的值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="129"/>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="129"/>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="131"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="145"/>
        <source>someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="148"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="149"/>
        <source>When you started</source>
        <translation>你开始编辑时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="149"/>
        <source>At the preview</source>
        <translation>预览时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="150"/>
        <source>Saved now ({who})</source>
        <translation>当前已保存（{who}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="151"/>
        <source>In the file</source>
        <translation>文件中的</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="168"/>
        <source>Ticked: keep mine for this field.</source>
        <translation>勾选：此字段保留我的。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="183"/>
        <source>(not in the file: theirs stays)</source>
        <translation>（文件中没有：保留对方的）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="185"/>
        <source>(not changed by you: theirs stays)</source>
        <translation>（你未修改：保留对方的）</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="129"/>
        <source>Fill in the database and your user name.</source>
        <translation>请填写数据库和你的用户名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="164"/>
        <source>Stopped waiting for {server}.</source>
        <translation>已停止等待 {server}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="199"/>
        <source>Connecting to {server}… Cancel stops waiting.</source>
        <translation>正在连接 {server}…点“取消”可停止等待。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="209"/>
        <source>Connect to a team workspace</source>
        <translation>连接团队工作区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="212"/>
        <source>A team workspace lives on your team&apos;s PostgreSQL server. Ask its owner for the address and your user name.</source>
        <translation>团队工作区存放在你们团队的 PostgreSQL 服务器上。请向所有者索取地址和你的用户名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="219"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="220"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="221"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="222"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="223"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="228"/>
        <source>e.g. db.myshop.cn or 192.168.1.20</source>
        <translation>例如 db.myshop.cn 或 192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="229"/>
        <source>Remember the password in this computer&apos;s keychain</source>
        <translation>在这台电脑的钥匙串中记住密码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="232"/>
        <source>This computer has no keychain MatrixDesk can use, so the password is not saved: you will be asked for it each time.</source>
        <translation>这台电脑没有 MatrixDesk 可用的钥匙串，因此不会保存密码：每次连接时都会询问。</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <location filename="../../core/workspace_copy.py" line="67"/>
        <source>The two workspaces are at different schema versions ({source} and {dest}). Open both with this MatrixDesk first.</source>
        <translation>两个工作区的结构版本不同（{source} 和 {dest}）。请先用这个版本的 MatrixDesk 分别打开它们。</translation>
    </message>
    <message>
        <location filename="../../core/workspace_copy.py" line="91"/>
        <source>The copy in {dest} does not match the original in these tables: {tables}. Do not use the copy; try again.</source>
        <translation>{dest} 中的副本在这些表上与原件不一致：{tables}。请不要使用这个副本，再试一次。</translation>
    </message>
    <message>
        <location filename="../../core/workspace_copy.py" line="116"/>
        <source>{dest} already holds data (in {tables}). Copy into a new file or an empty team database; nothing was changed.</source>
        <translation>{dest} 中已有数据（在 {tables} 中）。请复制到新文件或空的团队数据库；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <location filename="../../core/currency.py" line="52"/>
        <source>&quot;{code}&quot; is not a currency code: use three letters such as USD.</source>
        <translation>“{code}”不是币种代码：请用三个字母，例如 USD。</translation>
    </message>
    <message>
        <location filename="../../core/currency.py" line="66"/>
        <source>The rate for {code} must be a number.</source>
        <translation>{code} 的汇率必须是数字。</translation>
    </message>
    <message>
        <location filename="../../core/currency.py" line="70"/>
        <source>The rate for {code} must be a number greater than zero.</source>
        <translation>{code} 的汇率必须是大于零的数字。</translation>
    </message>
    <message>
        <location filename="../../core/currency.py" line="83"/>
        <source>{code} is the base currency: its rate is always 1.</source>
        <translation>{code} 是本位币，汇率固定为 1。</translation>
    </message>
    <message>
        <location filename="../../core/currency.py" line="99"/>
        <source>{code} is the base currency and cannot be deleted.</source>
        <translation>{code} 是本位币，不能删除。</translation>
    </message>
    <message>
        <location filename="../../core/currency.py" line="132"/>
        <source>Add a rate for {code} first: the new base needs one to restate the others.</source>
        <translation>请先为 {code} 添加汇率：新的本位币需要它来换算其他汇率。</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <location filename="../../core/selection/conflicts.py" line="21"/>
        <source>Approve (立项)</source>
        <translation>立项</translation>
    </message>
    <message>
        <location filename="../../core/selection/conflicts.py" line="22"/>
        <source>Park</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../core/selection/conflicts.py" line="23"/>
        <source>Reject</source>
        <translation>否决</translation>
    </message>
    <message>
        <location filename="../../core/selection/decision.py" line="72"/>
        <source>Nobody is Accountable for product approval in the team&apos;s RACI matrix (step 1).</source>
        <translation>团队 RACI 矩阵（第 1 步）中没有人对产品立项负责（A）。</translation>
    </message>
    <message>
        <location filename="../../core/selection/decision.py" line="80"/>
        <source>{name} is Accountable for product approval (step 1): approvals should be theirs.</source>
        <translation>{name} 对产品立项负责（第 1 步）：立项应由其批准。</translation>
    </message>
    <message>
        <location filename="../../core/selection/decision.py" line="106"/>
        <source>Decide approve, park or reject.</source>
        <translation>请选择立项、暂缓或否决。</translation>
    </message>
    <message>
        <location filename="../../core/selection/decision.py" line="116"/>
        <source>{name} is already approved: undo the approval first.</source>
        <translation>{name} 已立项：请先撤销立项。</translation>
    </message>
    <message>
        <location filename="../../core/selection/decision.py" line="120"/>
        <source>Write down the reason for the decision.</source>
        <translation>请写明决定的理由。</translation>
    </message>
    <message>
        <location filename="../../core/selection/decision.py" line="122"/>
        <source>Choose who decides, from the team.</source>
        <translation>请从团队中选择决定人。</translation>
    </message>
    <message>
        <location filename="../../core/selection/decision.py" line="203"/>
        <source>Approved from the candidate pool on {date} by {name} (score {score}).</source>
        <translation>{date} 由 {name} 从候选产品池立项（评分 {score}）。</translation>
    </message>
    <message>
        <location filename="../../core/selection/decision.py" line="251"/>
        <source>{code} already has listings, sales or stock in the catalog: it stays. Change or end it in step 2 instead.</source>
        <translation>{code} 在产品目录中已有上架、销售或库存：不能撤销。请到第 2 步修改或停售。</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/pages/selection/decision_dialog.py" line="47"/>
        <source>Why? The team reads this in the review.</source>
        <translation>为什么？团队会在复盘时阅读。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/decision_dialog.py" line="63"/>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/decision_dialog.py" line="64"/>
        <source>Decided by:</source>
        <translation>决定人：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/decision_dialog.py" line="65"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/decision_dialog.py" line="78"/>
        <source>Approving adds the product and its SKU to the catalog (step 2).</source>
        <translation>立项后，产品及其 SKU 会加入产品目录（第 2 步）。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../core/demo_names.py" line="8"/>
        <source>demo sales history</source>
        <translation>演示销售历史</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="39"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>MatrixDesk hit an unexpected problem. Your data is safe: every change you made before this was already saved.</source>
        <translation>MatrixDesk 遇到了意外问题。你的数据是安全的：在此之前的每一处修改都已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="102"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange_rates_dialog.py" line="117"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_rates_dialog.py" line="121"/>
        <source>Amounts are compared in your base currency, {base}. Type what one unit of each currency is worth in {base} (for example {example} → {rate}). Changes are saved at once.</source>
        <translation>所有金额都换算成你的本位币 {base} 来比较。请填写每种货币 1 个单位折合多少 {base}（例如 {example} → {rate}）。修改会立即保存。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_rates_dialog.py" line="126"/>
        <source>Rates as of:</source>
        <translation>汇率日期：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_rates_dialog.py" line="128"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_rates_dialog.py" line="129"/>
        <source>1 unit in {base}</source>
        <translation>1 单位折合 {base}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_rates_dialog.py" line="130"/>
        <source>Add / update</source>
        <translation>添加 / 更新</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_rates_dialog.py" line="131"/>
        <source>Base currency:</source>
        <translation>本位币：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_rates_dialog.py" line="133"/>
        <source>Margins, revenue and stock value are shown in this currency. Changing it restates every rate; no amount changes its value.</source>
        <translation>毛利率、销售额和库存货值都按这个币种显示。更换后所有汇率会自动换算，金额的实际价值不变。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_rates_dialog.py" line="137"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_rates_dialog.py" line="155"/>
        <source>Add {codes} with approximate rates (edit them to yours)</source>
        <translation>添加 {codes}，使用近似汇率（请改成你自己的汇率）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exchange_rates_dialog.py" line="157"/>
        <source>, </source>
        <comment>between the currency codes of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesModel</name>
    <message>
        <location filename="../../ui/models/exchange_rates_model.py" line="60"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/models/exchange_rates_model.py" line="62"/>
        <source>1 unit in {base}</source>
        <translation>1 单位折合 {base}</translation>
    </message>
    <message>
        <location filename="../../ui/models/exchange_rates_model.py" line="80"/>
        <source>{code} is the base currency: every amount is converted to it.</source>
        <translation>{code} 是本位币：所有金额都换算成它。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../core/xlsx_export.py" line="258"/>
        <source>Could not write {path}: the disk is full. Free some space and try again.</source>
        <translation>无法写入 {path}：磁盘已满。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../core/xlsx_export.py" line="262"/>
        <source>Could not write {path}: the file is open in another program (close it there) or the folder is read-only. Nothing was written; choose another file or folder.</source>
        <translation>无法写入 {path}：该文件正在被其他程序打开（请先在那里关闭它），或该文件夹是只读的。没有写入任何内容；请换一个文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../../core/xlsx_apart.py" line="219"/>
        <source>Could not write {path}: the writing stopped abruptly ({reason}), usually for lack of memory. Nothing was written; close other programs and try again.</source>
        <translation>无法写入 {path}：写入过程意外中止（{reason}），通常是内存不足。没有写入任何内容；请关闭其他程序后重试。</translation>
    </message>
    <message>
        <location filename="../../core/xlsx_apart.py" line="230"/>
        <location filename="../../core/xlsx_export.py" line="268"/>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>Exported</name>
    <message>
        <location filename="../../ui/widgets/exported.py" line="18"/>
        <source>Saved {name} — &lt;a href=&quot;file&quot;&gt;open the file&lt;/a&gt; · &lt;a href=&quot;folder&quot;&gt;open its folder&lt;/a&gt;</source>
        <translation>已保存 {name} — &lt;a href=&quot;file&quot;&gt;打开文件&lt;/a&gt; · &lt;a href=&quot;folder&quot;&gt;打开所在文件夹&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>FactFiles</name>
    <message>
        <location filename="../../core/facts/fields.py" line="18"/>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="19"/>
        <source>sales &amp; traffic</source>
        <translation>销售与流量</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="20"/>
        <source>advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="21"/>
        <source>settlement and fees</source>
        <translation>结算与费用</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="22"/>
        <source>inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="23"/>
        <source>reviews</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="24"/>
        <source>listings</source>
        <translation>上架链接</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="33"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="34"/>
        <source>ASIN</source>
        <translation>ASIN</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="35"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="36"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="37"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="38"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="39"/>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="44"/>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="47"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="48"/>
        <source>Line amount (sales)</source>
        <translation>行金额（销售额）</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="49"/>
        <source>Line discount</source>
        <translation>行折扣</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="50"/>
        <source>Discount rate</source>
        <translation>折扣率</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="51"/>
        <source>Order discount</source>
        <translation>订单折扣</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="52"/>
        <source>Refunded amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="53"/>
        <source>Returned quantity</source>
        <translation>退货数量</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="55"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="56"/>
        <source>Cancelled at</source>
        <translation>取消时间</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="57"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="59"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="60"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="65"/>
        <source>Parent ASIN</source>
        <translation>父 ASIN</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="68"/>
        <source>Sessions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="69"/>
        <source>Page views</source>
        <translation>页面浏览量</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="70"/>
        <source>Units ordered</source>
        <translation>已订购件数</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="71"/>
        <source>Ordered product sales</source>
        <translation>已订购商品销售额</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="72"/>
        <source>Order items</source>
        <translation>订单商品数</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="73"/>
        <source>Buy Box percentage</source>
        <translation>购买按钮赢得率</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="78"/>
        <source>Campaign</source>
        <translation>广告活动</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="79"/>
        <source>Ad group</source>
        <translation>广告组</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="82"/>
        <source>Customer search term</source>
        <translation>客户搜索词</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="83"/>
        <source>Targeting</source>
        <translation>投放</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="84"/>
        <source>Impressions</source>
        <translation>曝光量</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="85"/>
        <source>Clicks</source>
        <translation>点击量</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="86"/>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="87"/>
        <source>7-day sales</source>
        <translation>7 天销售额</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="88"/>
        <source>14-day sales</source>
        <translation>14 天销售额</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="89"/>
        <source>7-day orders</source>
        <translation>7 天订单数</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="90"/>
        <source>14-day orders</source>
        <translation>14 天订单数</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="91"/>
        <source>7-day units</source>
        <translation>7 天件数</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="92"/>
        <source>14-day units</source>
        <translation>14 天件数</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="96"/>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="97"/>
        <source>Settlement start</source>
        <translation>结算开始</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="98"/>
        <source>Settlement end</source>
        <translation>结算结束</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="99"/>
        <source>Deposit date</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="100"/>
        <source>Total paid out</source>
        <translation>打款总额</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="102"/>
        <source>Transaction type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="104"/>
        <source>Marketplace</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="105"/>
        <source>Posted date</source>
        <translation>入账日期</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="108"/>
        <source>Price type</source>
        <translation>价格类型</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="109"/>
        <source>Price amount</source>
        <translation>价格金额</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="110"/>
        <source>Fee type</source>
        <translation>费用类型</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="111"/>
        <source>Fee amount</source>
        <translation>费用金额</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="112"/>
        <source>Shipment fee</source>
        <translation>运输费用</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="113"/>
        <source>Order fee</source>
        <translation>订单费用</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="114"/>
        <source>Other fees</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="115"/>
        <source>Other fee amount</source>
        <translation>其他费用金额</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="116"/>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="117"/>
        <source>Direct payment</source>
        <translation>直接付款</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="118"/>
        <source>Other amount</source>
        <translation>其他金额</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="119"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="123"/>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="124"/>
        <source>Inbound</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="125"/>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="126"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="132"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="134"/>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="138"/>
        <source>Variation</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="139"/>
        <source>Review title</source>
        <translation>评价标题</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="140"/>
        <source>Review text</source>
        <translation>评价内容</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="145"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="148"/>
        <source>Listing ID</source>
        <translation>链接 ID</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="149"/>
        <source>Listed since</source>
        <translation>上架日期</translation>
    </message>
    <message>
        <location filename="../../core/facts/fields.py" line="150"/>
        <source>Fulfilment channel</source>
        <translation>配送渠道</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="39"/>
        <source>Sheet “{sheet}” of “{file}”</source>
        <translation>“{file}”的工作表“{sheet}”</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="40"/>
        <source>{where}: none of the known reports has these columns ({headers}), so it cannot be read as {kind}. Choose the columns yourself on the mapping page, or export the report again from the platform without changing its columns.</source>
        <translation>{where}：没有哪种已知报表有这些列（{headers}），无法作为{kind}读取。请在列对应页面自己选择列，或从平台重新导出报表且不要改动列。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="46"/>
        <source>{where}: its columns ({headers}) match no known orders, sales, advertising, settlement, inventory, review or listings report. Choose what kind of file it is, then its columns.</source>
        <translation>{where}：它的列（{headers}）不符合任何已知的订单、销售、广告、结算、库存、评价或上架链接报表。请先选择文件类型，再选择列。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="51"/>
        <source>orders, sales, advertising or stock</source>
        <translation>订单、销售、广告或库存</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="52"/>
        <source>{where} looks like {source}, a product list, not a report of {kind}: import it as products (step 2, Import products).</source>
        <translation>{where} 看起来是{source}，属于产品清单，而不是{kind}报表：请作为产品导入（第 2 步“导入产品”）。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="57"/>
        <source>{where} looks like {profile}, which holds {found}, not {kind}: import it as {found}.</source>
        <translation>{where} 看起来是{profile}，内容是{found}，不是{kind}：请作为{found}导入。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="61"/>
        <source>{where} has no column for {fields}, which {profile} files always have. Choose the columns on the mapping page, or export the report again with all its columns.</source>
        <translation>{where} 缺少 {fields} 列，而{profile}文件总是有这些列。请在列对应页面选择列，或重新导出包含全部列的报表。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="66"/>
        <source>“{file}” does not say which currency its amounts are in: choose the currency.</source>
        <translation>“{file}”没有说明金额的币种：请选择币种。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="70"/>
        <source>“{file}” ({profile}) has no dates in its rows: say which period it covers (the file name suggests {start} to {end}).</source>
        <translation>“{file}”（{profile}）的行中没有日期：请说明它涵盖的时间段（文件名提示为 {start} 至 {end}）。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="75"/>
        <source>“{file}” ({profile}) has no dates in its rows: say which period it covers.</source>
        <translation>“{file}”（{profile}）的行中没有日期：请说明它涵盖的时间段。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="79"/>
        <source>{where}: dates are written both day first (“{day_first}”) and month first (“{month_first}”). Fix the file so all dates use one order, then import it again.</source>
        <translation>{where}：日期既有日在前（“{day_first}”）也有月在前（“{month_first}”）。请修正文件，让所有日期使用同一种顺序，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="84"/>
        <source>{where} has column names but no rows of data under them.</source>
        <translation>{where} 有列名，但下面没有数据行。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="85"/>
        <source>{where}: none of its {count} rows could be read; the first problem: {first}</source>
        <translation>{where}：{count} 行都无法读取；第一个问题：{first}</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="91"/>
        <source>{where}, row {row}, column {column}: &apos;{value}&apos; is not a number.</source>
        <translation>{where}，第 {row} 行，“{column}”列：“{value}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="94"/>
        <source>{where}, row {row}, column {column}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{where}，第 {row} 行，“{column}”列：“{value}”不是整数。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="97"/>
        <source>{where}, row {row}, column {column}: &apos;{value}&apos; is not a date.</source>
        <translation>{where}，第 {row} 行，“{column}”列：“{value}”不是日期。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="100"/>
        <source>{where}, row {row}, column {column}: &apos;{value}&apos; is not a currency code (USD, EUR, GBP, CNY…).</source>
        <translation>{where}，第 {row} 行，“{column}”列：“{value}”不是币种代码（USD、EUR、GBP、CNY…）。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="104"/>
        <source>{where}, row {row}, column {column}: {field} is empty; the row is left out.</source>
        <translation>{where}，第 {row} 行，“{column}”列：{field}为空；这一行不导入。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="107"/>
        <source>{where}, row {row}, column {column}: &apos;{value}&apos; is in {found}, but the row&apos;s currency is {currency}; the row is left out.</source>
        <translation>{where}，第 {row} 行，“{column}”列：“{value}”的币种是 {found}，但这一行的币种是 {currency}；这一行不导入。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="114"/>
        <source>Dates are read day/month/year: “{value}” can only be read that way.</source>
        <translation>日期按 日/月/年 读取：“{value}”只能这样读。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="117"/>
        <source>Dates are read month/day/year: “{value}” can only be read that way.</source>
        <translation>日期按 月/日/年 读取：“{value}”只能这样读。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="120"/>
        <source>Every date in this file could be day/month or month/day; they are read day/month/year as {profile} files write them. Check a few dates in the preview.</source>
        <translation>这个文件中的每个日期都既可以是 日/月 也可以是 月/日；按{profile}文件的写法读作 日/月/年。请在预览中核对几个日期。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="125"/>
        <source>Every date in this file could be day/month or month/day; they are read month/day/year as {profile} files write them. Check a few dates in the preview.</source>
        <translation>这个文件中的每个日期都既可以是 日/月 也可以是 月/日；按{profile}文件的写法读作 月/日/年。请在预览中核对几个日期。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="130"/>
        <source>Amounts are in {currency}, as the column “{column}” says.</source>
        <translation>金额为 {currency}，如“{column}”列所示。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="133"/>
        <source>Rows that name no currency are taken as {currency}, as you chose.</source>
        <translation>没有注明币种的行按你选择的 {currency} 处理。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="136"/>
        <source>The report covers {start} to {end}.</source>
        <translation>报表涵盖 {start} 至 {end}。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="137"/>
        <source>The rows carry no dates; the file name suggests {start} to {end}. Confirm or change the period.</source>
        <translation>行中没有日期；文件名提示为 {start} 至 {end}。请确认或修改时间段。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="142"/>
        <source>Sheet “{sheet}”: {orders} returned orders found; their {lines} order lines count as returned.</source>
        <translation>工作表“{sheet}”：找到 {orders} 个退货订单；其中 {lines} 个订单行计为退货。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="146"/>
        <source>{lines} order lines of fully refunded orders count as returned; partly refunded orders keep their units and count the refunded amount only.</source>
        <translation>全额退款订单的 {lines} 个订单行计为退货；部分退款的订单保留件数，只计退款金额。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="151"/>
        <source>This report&apos;s rows name campaigns, not SKUs: its spend and sales are kept per campaign, so totals stay right without being split over products.</source>
        <translation>这份报表的行对应广告活动而不是 SKU：花费和销售额按广告活动保存，总数保持正确，不会被拆分到产品上。</translation>
    </message>
    <message>
        <location filename="../../core/facts/messages.py" line="156"/>
        <source>Rows left out: {count}. The list below says which and why.</source>
        <translation>未导入的行：{count}。下方列表说明是哪些行以及原因。</translation>
    </message>
    <message>
        <location filename="../../core/facts/convert.py" line="61"/>
        <source>“{file}” does not say in which market (country) it sold: choose the market, e.g. US, GB or DE.</source>
        <translation>“{file}”没有说明在哪个市场（国家）销售：请选择市场，例如 US、GB 或 DE。</translation>
    </message>
    <message>
        <location filename="../../core/facts/convert.py" line="66"/>
        <source>Lines of cancelled orders are left out: {lines}.</source>
        <translation>已取消订单的行不导入：{lines} 行。</translation>
    </message>
    <message>
        <location filename="../../core/facts/convert.py" line="69"/>
        <source>This export has no line prices or amounts: units, refunds and returns are imported, revenue counts as 0.</source>
        <translation>这个导出文件没有行单价或行金额：导入件数、退款和退货，销售额按 0 计。</translation>
    </message>
    <message>
        <location filename="../../core/facts/convert.py" line="74"/>
        <source>{where}, row {row}: the row has no date; it is left out.</source>
        <translation>{where}，第 {row} 行：这一行没有日期，不导入。</translation>
    </message>
</context>
<context>
    <name>FactProfiles</name>
    <message>
        <location filename="../../core/facts/profiles.py" line="48"/>
        <source>Shopify orders export</source>
        <translation>Shopify 订单导出</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="49"/>
        <source>Superstore orders (with its Returns sheet)</source>
        <translation>Superstore 订单（含退货工作表）</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="50"/>
        <source>WooCommerce orders export</source>
        <translation>WooCommerce 订单导出</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="51"/>
        <source>TikTok Shop orders export</source>
        <translation>TikTok Shop 订单导出</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="52"/>
        <source>ERP order export</source>
        <translation>ERP 订单导出</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="53"/>
        <source>Amazon Business Report (child ASIN)</source>
        <translation>亚马逊业务报告（子 ASIN）</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="54"/>
        <source>Amazon Sponsored Products advertised product report</source>
        <translation>亚马逊商品推广“推广的商品”报告</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="55"/>
        <source>Amazon Sponsored Products search term report</source>
        <translation>亚马逊商品推广“搜索词”报告</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="56"/>
        <source>Amazon Sponsored Products campaign report</source>
        <translation>亚马逊商品推广“广告活动”报告</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="57"/>
        <source>Amazon settlement report (flat file V1)</source>
        <translation>亚马逊结算报告（平面文件 V1）</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="58"/>
        <source>Amazon settlement report (flat file V2)</source>
        <translation>亚马逊结算报告（平面文件 V2）</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="59"/>
        <source>Amazon FBA inventory report</source>
        <translation>亚马逊 FBA 库存报告</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="60"/>
        <source>ERP stock list</source>
        <translation>ERP 库存清单</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="61"/>
        <source>Amazon product reviews</source>
        <translation>亚马逊商品评价</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="62"/>
        <source>Olist order reviews</source>
        <translation>Olist 订单评价</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="63"/>
        <source>Amazon active listings report</source>
        <translation>亚马逊在售商品报告</translation>
    </message>
    <message>
        <location filename="../../core/facts/profiles.py" line="64"/>
        <source>Your saved mapping</source>
        <translation>你保存的列对应</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../../core/facts/kpi.py" line="217"/>
        <source>There is no exchange rate for {currency} to {base}: add it (Exchange rates) to total the figures.</source>
        <translation>没有 {currency} 换算成 {base} 的汇率：请先添加（汇率表），才能汇总这些数字。</translation>
    </message>
    <message>
        <location filename="../../core/facts/store.py" line="103"/>
        <source>Unknown kind of facts: {kind}.</source>
        <translation>未知的数据类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../core/facts/store.py" line="106"/>
        <source>{file}: no rows to import.</source>
        <translation>{file}：没有可导入的行。</translation>
    </message>
    <message>
        <location filename="../../core/facts/store.py" line="212"/>
        <source>{file}: {count} rows have amounts but do not say in which currency. Nothing was imported; choose the currency of the file (--currency).</source>
        <translation>{file}：有 {count} 行带金额，但没有写明币种。什么都没有导入；请选择这个文件的币种（--currency）。</translation>
    </message>
    <message>
        <location filename="../../core/facts/store.py" line="224"/>
        <source>{file} has amounts in {currencies}, but the rate table has no rate for it to {base}. Nothing was imported; add the rate (Exchange rates) and import again.</source>
        <translation>{file} 里有 {currencies} 的金额，但汇率表里没有它换算成 {base} 的汇率。什么都没有导入；请先添加汇率（汇率表），再重新导入。</translation>
    </message>
    <message>
        <location filename="../../core/facts/store.py" line="250"/>
        <source>The period starts ({first}) after it ends ({last}).</source>
        <translation>期间的开始日期（{first}）晚于结束日期（{last}）。</translation>
    </message>
    <message>
        <location filename="../../core/facts/store.py" line="262"/>
        <source>{file} does not say which period it covers. Nothing was imported; give the period of the report (--period FROM:TO, e.g. 2024-03-01:2024-03-31).</source>
        <translation>{file} 没有写明它覆盖哪段期间。什么都没有导入；请给出报表的期间（--period 开始:结束，例如 2024-03-01:2024-03-31）。</translation>
    </message>
    <message>
        <location filename="../../core/facts/store.py" line="321"/>
        <source>{sku} was paired with {target}, which is not in the catalog.</source>
        <translation>{sku} 被配对到 {target}，但目录里没有这个 SKU。</translation>
    </message>
    <message>
        <location filename="../../core/facts/undo.py" line="41"/>
        <source>Import #{later} ({file}) replaced facts of import #{batch} since. Undo import #{later} first.</source>
        <translation>导入 #{later}（{file}）之后替换了导入 #{batch} 的数据。请先撤销导入 #{later}。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../core/edits.py" line="259"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="260"/>
        <source>Main role</source>
        <translation>主要角色</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="261"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="262"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="263"/>
        <source>Capacity (h/week)</source>
        <translation>可投入时间（小时/周）</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="264"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="265"/>
        <source>Responsibility (R, A, C, I)</source>
        <translation>职责（R、A、C、I）</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="266"/>
        <source>Measure</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="267"/>
        <source>Product role</source>
        <translation>产品角色</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="268"/>
        <location filename="../../core/goals/plan_conflicts.py" line="40"/>
        <source>Platform role</source>
        <translation>平台角色</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="269"/>
        <location filename="../../core/edits.py" line="285"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="270"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="271"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="272"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="273"/>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="274"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="275"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="276"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="277"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="278"/>
        <source>Platform SKU</source>
        <translation>平台 SKU</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="279"/>
        <source>Platform&apos;s id (ASIN…)</source>
        <translation>平台编号（ASIN…）</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="280"/>
        <source>Certifications signed off</source>
        <translation>已签核的认证</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="281"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="282"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="283"/>
        <source>Freight</source>
        <translation>头程运费</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="284"/>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="286"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="287"/>
        <source>IP risk</source>
        <translation>知识产权风险</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="288"/>
        <location filename="../../core/selection/conflicts.py" line="30"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../core/edits.py" line="289"/>
        <location filename="../../core/selection/conflicts.py" line="31"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan_conflicts.py" line="38"/>
        <source>Target markets</source>
        <translation>目标市场</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan_conflicts.py" line="39"/>
        <source>Platform order</source>
        <translation>平台顺序</translation>
    </message>
    <message>
        <location filename="../../core/selection/conflicts.py" line="32"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../core/selection/conflicts.py" line="33"/>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <location filename="../../core/selection/conflicts.py" line="34"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../core/selection/conflicts.py" line="35"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/pages/matrix/filter_bar.py" line="50"/>
        <source>Group by</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/filter_bar.py" line="52"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/filter_bar.py" line="52"/>
        <source>Product role</source>
        <translation>产品角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/filter_bar.py" line="56"/>
        <source>All categories</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/filter_bar.py" line="57"/>
        <source>No category</source>
        <translation>无类目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/filter_bar.py" line="61"/>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/filter_bar.py" line="64"/>
        <source>Listed without a role</source>
        <translation>已上架但无角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/filter_bar.py" line="65"/>
        <source>On no platform yet</source>
        <translation>尚未上任何平台</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/filter_bar.py" line="70"/>
        <source>All markets</source>
        <translation>全部市场</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/filter_bar.py" line="72"/>
        <source>Find SKU or product</source>
        <translation>查找 SKU 或产品</translation>
    </message>
</context>
<context>
    <name>FitRules</name>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="29"/>
        <source>Starting score</source>
        <translation>起始分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="30"/>
        <source>Price inside the platform&apos;s band (points)</source>
        <translation>价格在平台的典型价格带内（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="33"/>
        <source>Price below the band (points)</source>
        <translation>价格低于价格带（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="34"/>
        <source>Price above the band (points)</source>
        <translation>价格高于价格带（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="35"/>
        <source>Thin margin after fees, below (fraction)</source>
        <translation>扣费后毛利偏薄，低于（比例）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="38"/>
        <source>Thin margin after fees (points)</source>
        <translation>扣费后毛利偏薄（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="39"/>
        <source>Healthy margin after fees, from (fraction)</source>
        <translation>扣费后毛利健康，不低于（比例）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="42"/>
        <source>Healthy margin after fees (points)</source>
        <translation>扣费后毛利健康（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="43"/>
        <source>Heavier than the platform ships (points)</source>
        <translation>超出平台物流重量上限（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="46"/>
        <source>First platform in step 3&apos;s priority (points)</source>
        <translation>第 3 步优先级第一的平台（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="49"/>
        <source>Second platform in the priority (points)</source>
        <translation>优先级第二的平台（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="52"/>
        <source>Third platform in the priority (points)</source>
        <translation>优先级第三的平台（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="55"/>
        <source>Platform not in the priority (points)</source>
        <translation>不在优先级中的平台（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="58"/>
        <source>Market not a target market (points)</source>
        <translation>非目标市场（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="61"/>
        <source>Each open compliance requirement (points)</source>
        <translation>每项未完成的合规要求（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="64"/>
        <source>Compliance lowers the score at most by (points)</source>
        <translation>合规最多扣减（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="67"/>
        <source>Platform does not serve the market (points)</source>
        <translation>平台不在该市场销售（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="68"/>
        <source>Role suggestion: high margin from (fraction)</source>
        <translation>角色建议：高毛利不低于（比例）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="71"/>
        <source>Role suggestion: low margin below (fraction)</source>
        <translation>角色建议：低毛利低于（比例）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="74"/>
        <source>Role suggestion: image price from quantile</source>
        <translation>角色建议：形象款价格分位不低于</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="77"/>
        <source>Role suggestion: defensive price up to quantile</source>
        <translation>角色建议：防御款价格分位不高于</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="80"/>
        <source>Warning: one platform holds more than (fraction)</source>
        <translation>提醒：单一平台占比超过（比例）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="83"/>
        <source>Warning: concentration from this many listings</source>
        <translation>提醒：上架数达到此数才检查集中度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="86"/>
        <source>Warning: listed without a role in at least (cells)</source>
        <translation>提醒：无角色上架至少（格）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="91"/>
        <source>{platform}: price band from ({currency})</source>
        <translation>{platform}：价格带下限（{currency}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="92"/>
        <source>{platform}: price band up to ({currency})</source>
        <translation>{platform}：价格带上限（{currency}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="93"/>
        <source>{platform}: fees (% of price)</source>
        <translation>{platform}：费用（占售价 %）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="94"/>
        <source>{platform}: heaviest parcel (g)</source>
        <translation>{platform}：包裹重量上限（克）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="95"/>
        <source>{platform}: {what} (points)</source>
        <translation>{platform}：{what}（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="96"/>
        <source>{platform}: category “{what}” (points)</source>
        <translation>{platform}：类目“{what}”（分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="99"/>
        <source>battery</source>
        <translation>带电池</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="100"/>
        <source>liquid</source>
        <translation>液体</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="101"/>
        <source>powder</source>
        <translation>粉末</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="102"/>
        <source>magnetic</source>
        <translation>带磁</translation>
    </message>
</context>
<context>
    <name>FlagCard</name>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="54"/>
        <source>{count} more</source>
        <translation>另有 {count} 个</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="62"/>
        <source>Show {count} SKUs in the catalog</source>
        <translation>在目录中查看这 {count} 个 SKU</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="173"/>
        <source>No sales in the last 12 months yet: concentration needs sales.</source>
        <translation>近 12 个月还没有销售：有了销售数据才能计算集中度。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="176"/>
        <source>No sales imported yet: concentration needs sales data. Import a sales or orders report.</source>
        <translation>尚未导入销售数据：集中度需要销售数据。请导入销售或订单报表。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="188"/>
        <source>Top SKU share of revenue</source>
        <translation>第一大 SKU 销售额占比</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="190"/>
        <source>Top platform share of revenue</source>
        <translation>第一大平台销售额占比</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="196"/>
        <source>SKU concentration index (HHI)</source>
        <translation>SKU 集中度指数（HHI）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="199"/>
        <source>as if revenue came from {count} equal SKUs</source>
        <translation>相当于销售额来自 {count} 个同等规模的 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="204"/>
        <source>Platform concentration index (HHI)</source>
        <translation>平台集中度指数（HHI）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="207"/>
        <source>as if revenue came from {count} equal platforms</source>
        <translation>相当于销售额来自 {count} 个同等规模的平台</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="225"/>
        <source>{who}: above the limit of {limit}</source>
        <translation>{who}：超过上限 {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="227"/>
        <source>{who}: within the limit of {limit}</source>
        <translation>{who}：在上限 {limit} 以内</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="240"/>
        <source>Revenue by platform: {platforms}
Revenue by market: {markets}</source>
        <translation>各平台销售额：{platforms}
各市场销售额：{markets}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="271"/>
        <source>Concentration</source>
        <translation>集中度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="272"/>
        <source>Thresholds…</source>
        <translation>预警阈值…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="273"/>
        <source>Flags</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="275"/>
        <source>Click a SKU code to select it in the catalog, or show all SKUs of a flag.</source>
        <translation>点击 SKU 编码可在目录中选中它，也可以查看某条提示涉及的全部 SKU。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/flags.py" line="277"/>
        <source>No flags: nothing above the thresholds.</source>
        <translation>没有风险提示：各项指标都在阈值以内。</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="208"/>
        <source>Add a goal</source>
        <translation>添加目标</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="109"/>
        <source>&amp;Measure:</source>
        <translation>衡量(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="110"/>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="111"/>
        <source>Mar&amp;ket:</source>
        <translation>市场(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="112"/>
        <source>Product &amp;role:</source>
        <translation>产品角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="113"/>
        <source>&amp;Target:</source>
        <translation>目标值(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="114"/>
        <source>P&amp;eriod:</source>
        <translation>周期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="115"/>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="116"/>
        <source>&amp;Deadline:</source>
        <translation>截止(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="117"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="125"/>
        <source>&amp;Name (optional):</source>
        <translation>名称（可选）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="127"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="128"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="129"/>
        <source>All markets</source>
        <translation>全部市场</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="130"/>
        <source>Any role</source>
        <translation>任意角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="131"/>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="132"/>
        <source>Other dates</source>
        <translation>其他日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="133"/>
        <source>e.g. 5 SKUs, 120000, or 35 %</source>
        <translation>例如 5 个 SKU、120000 或 35 %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="168"/>
        <source>Nobody owns this goal yet: you can give it an owner later.</source>
        <translation>这个目标还没有负责人：你可以稍后再指定。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_dialog.py" line="177"/>
        <source>SKUs</source>
        <translation>个 SKU</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="364"/>
        <source>Set your matrix goals</source>
        <translation>设定矩阵目标</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../core/goals/plan.py" line="37"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="38"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="39"/>
        <source>This half-year</source>
        <translation>本半年</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="40"/>
        <source>This year</source>
        <translation>本年度</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="147"/>
        <location filename="../../core/goals/ranking.py" line="52"/>
        <source>There is no market number {id}.</source>
        <translation>没有编号为 {id} 的市场。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="143"/>
        <location filename="../../core/goals/ranking.py" line="67"/>
        <source>There is no platform number {id}.</source>
        <translation>没有编号为 {id} 的平台。</translation>
    </message>
    <message>
        <location filename="../../core/goals/ranking.py" line="106"/>
        <source>&quot;{role}&quot; is not a platform role.</source>
        <translation>“{role}”不是平台角色。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="102"/>
        <source>Choose what to measure: SKU count, revenue or margin.</source>
        <translation>请选择衡量什么：SKU 数量、销售额或毛利率。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="108"/>
        <source>Give a number to reach, greater than zero.</source>
        <translation>请填写要达到的数字，须大于零。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="111"/>
        <source>A SKU count is a whole number.</source>
        <translation>SKU 数量必须是整数。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="114"/>
        <source>A margin target must be below 100 %.</source>
        <translation>毛利率目标必须低于 100 %。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="117"/>
        <source>Give a deadline.</source>
        <translation>请填写截止日期。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="120"/>
        <source>The deadline comes before the start.</source>
        <translation>截止日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="123"/>
        <source>Give the day the goal starts.</source>
        <translation>请填写目标的开始日期。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="128"/>
        <source>&quot;{role}&quot; is not a product role.</source>
        <translation>“{role}”不是产品角色。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="140"/>
        <source>The owner is not in the team.</source>
        <translation>负责人不在团队中。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="186"/>
        <source>This goal was deleted meanwhile.</source>
        <translation>这个目标已被删除。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="291"/>
        <source>Choose your target markets.</source>
        <translation>选择你的目标市场。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="294"/>
        <source>Rank your platforms.</source>
        <translation>给你的平台排定优先级。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="302"/>
        <source>Give {platforms} a role (test, main or clearance).</source>
        <translation>给 {platforms} 定一个角色（测款、主力或清仓）。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="310"/>
        <source>Set at least one goal.</source>
        <translation>至少设定一个目标。</translation>
    </message>
    <message>
        <location filename="../../core/goals/plan.py" line="316"/>
        <source>Give an owner to {count} goal(s).</source>
        <translation>为 {count} 个目标指定负责人。</translation>
    </message>
    <message>
        <location filename="../../core/goals/progress.py" line="151"/>
        <source>{scope}: SKUs</source>
        <translation>{scope}：SKU 数</translation>
    </message>
    <message>
        <location filename="../../core/goals/progress.py" line="152"/>
        <source>{scope}: {role} SKUs</source>
        <translation>{scope}：{role}款 SKU 数</translation>
    </message>
    <message>
        <location filename="../../core/goals/progress.py" line="155"/>
        <source>{scope}: revenue</source>
        <translation>{scope}：销售额</translation>
    </message>
    <message>
        <location filename="../../core/goals/progress.py" line="156"/>
        <source>{scope}: revenue of {role} SKUs</source>
        <translation>{scope}：{role}款销售额</translation>
    </message>
    <message>
        <location filename="../../core/goals/progress.py" line="160"/>
        <source>{scope}: gross margin</source>
        <translation>{scope}：毛利率</translation>
    </message>
    <message>
        <location filename="../../core/goals/progress.py" line="162"/>
        <source>{scope}: gross margin of {role} SKUs</source>
        <translation>{scope}：{role}款毛利率</translation>
    </message>
    <message>
        <location filename="../../core/goals/progress.py" line="171"/>
        <source>{platform}, all markets</source>
        <translation>{platform}（全部市场）</translation>
    </message>
    <message>
        <location filename="../../core/goals/progress.py" line="175"/>
        <source>All platforms in {market}</source>
        <translation>{market} 全部平台</translation>
    </message>
    <message>
        <location filename="../../core/goals/progress.py" line="177"/>
        <source>All platforms and markets</source>
        <translation>全部平台和市场</translation>
    </message>
    <message>
        <location filename="../../core/goals/progress.py" line="256"/>
        <source>No listing has a product role yet: roles are given in step 5 (Platform fit).</source>
        <translation>还没有任何刊登设定产品角色：角色在第 5 步（匹配平台特性）中设定。</translation>
    </message>
    <message>
        <location filename="../../core/goals/progress.py" line="297"/>
        <source>Sales in {currencies} left out: add their exchange rates.</source>
        <translation>以 {currencies} 计价的销售未计入：请添加它们的汇率。</translation>
    </message>
    <message>
        <location filename="../../core/goals/progress.py" line="307"/>
        <source>No sales data for this period yet.</source>
        <translation>本期还没有销售数据。</translation>
    </message>
    <message>
        <location filename="../../core/goals/progress.py" line="335"/>
        <source>{count} SKU(s) without a cost left out of the margin.</source>
        <translation>{count} 个没有成本的 SKU 未计入毛利率。</translation>
    </message>
    <message>
        <location filename="../../core/goals/texts.py" line="41"/>
        <source>{actual} (target {target})</source>
        <translation>{actual}（目标 {target}）</translation>
    </message>
    <message>
        <location filename="../../core/goals/texts.py" line="47"/>
        <source>{actual} of {target} (+{planned} planned)</source>
        <translation>{actual} / {target}（另有 {planned} 个计划中）</translation>
    </message>
    <message>
        <location filename="../../core/goals/texts.py" line="52"/>
        <source>{actual} of {target}</source>
        <translation>{actual} / {target}</translation>
    </message>
    <message>
        <location filename="../../core/goals/texts.py" line="71"/>
        <source>Gross margin = (revenue − product cost) ÷ revenue of the period so far.
On track: at or above the target. At risk: less than {points} points below. Off track: further below. Done: at or above the target at the deadline.</source>
        <translation>毛利率 = （销售额 − 产品成本）÷ 本期至今的销售额。
进展顺利：达到或高于目标。有风险：低于目标不到 {points} 个百分点。落后：低得更多。已完成：截止时达到或高于目标。</translation>
    </message>
    <message>
        <location filename="../../core/goals/texts.py" line="80"/>
        <source>Run-rate = revenue so far ÷ days elapsed × days in the period.
On track: run-rate at least {on} % of the target. At risk: at least {risk} %. Off track: below that, or the deadline passed. Done: the target is reached.</source>
        <translation>全期预计 = 至今销售额 ÷ 已过天数 × 本期天数。
进展顺利：预计至少达到目标的 {on} %。有风险：至少 {risk} %。落后：低于此值，或已过截止日期。已完成：已达到目标。</translation>
    </message>
    <message>
        <location filename="../../core/goals/texts.py" line="87"/>
        <source>Counts SKUs with a live listing in this role on this platform and market.
On track: the share reached is at least {on} % of the share of time gone by. At risk: at least {risk} %. Off track: below that, or the deadline passed. Done: the target is reached.</source>
        <translation>统计在该平台和市场以此角色在售的 SKU。
进展顺利：完成比例至少达到已过时间比例的 {on} %。有风险：至少 {risk} %。落后：低于此值，或已过截止日期。已完成：已达到目标。</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="11"/>
        <source>Hero</source>
        <translation>主推</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="12"/>
        <source>Traffic</source>
        <translation>引流</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="13"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="14"/>
        <source>Image</source>
        <translation>形象</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="15"/>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="16"/>
        <source>Defensive</source>
        <translation>防御</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="21"/>
        <source>Main</source>
        <translation>主力</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="22"/>
        <source>Test</source>
        <translation>测款</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="23"/>
        <source>Clearance</source>
        <translation>清仓</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="34"/>
        <source>SKU count</source>
        <translation>SKU 数量</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="35"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="36"/>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="48"/>
        <source>On track</source>
        <translation>进展顺利</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="49"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="50"/>
        <source>Off track</source>
        <translation>落后</translation>
    </message>
    <message>
        <location filename="../../core/goals/roles.py" line="51"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../core/goals/export.py" line="23"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../core/goals/export.py" line="25"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../core/goals/export.py" line="26"/>
        <source>Measure</source>
        <translation>衡量</translation>
    </message>
    <message>
        <location filename="../../core/goals/export.py" line="27"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../core/goals/export.py" line="28"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../core/goals/export.py" line="29"/>
        <source>Progress (%)</source>
        <translation>进度（%）</translation>
    </message>
    <message>
        <location filename="../../core/goals/export.py" line="30"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../core/goals/export.py" line="31"/>
        <source>Run-rate</source>
        <translation>全期预计</translation>
    </message>
    <message>
        <location filename="../../core/goals/export.py" line="32"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../core/goals/export.py" line="33"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../core/goals/export.py" line="34"/>
        <source>Deadline</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../core/goals/export.py" line="35"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../core/goals/export.py" line="57"/>
        <source>Platform roles</source>
        <translation>平台角色</translation>
    </message>
    <message>
        <location filename="../../core/goals/export.py" line="58"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
</context>
<context>
    <name>GoalsChart</name>
    <message>
        <location filename="../../ui/charts/goals_chart.py" line="28"/>
        <source>Progress towards the target (%)</source>
        <translation>目标完成进度（%）</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="164"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="165"/>
        <source>Measure</source>
        <translation>衡量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="166"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="167"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="168"/>
        <source>Product role</source>
        <translation>产品角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="169"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="170"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="171"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="172"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="173"/>
        <source>Deadline</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="174"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="178"/>
        <source>SKUs as a whole number, money in the goal&apos;s currency, margin in % (35 or 35 %).</source>
        <translation>SKU 数填整数，金额按目标的币种，毛利率按百分比（35 或 35 %）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="182"/>
        <source>Computed from your listings and sales, never typed. The thin line shows where you should be by now.</source>
        <translation>根据你的商品刊登和销售自动计算，无需手填。细线表示此时应达到的位置。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="220"/>
        <source>Run-rate for the whole period: {amount}</source>
        <translation>按当前速度全期预计：{amount}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="226"/>
        <source>Sales data up to {day}</source>
        <translation>销售数据截至 {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="237"/>
        <location filename="../../ui/pages/goals/goals_model.py" line="277"/>
        <location filename="../../ui/pages/goals/goals_model.py" line="279"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="248"/>
        <location filename="../../ui/pages/goals/goals_model.py" line="282"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goals_model.py" line="259"/>
        <location filename="../../ui/pages/goals/goals_model.py" line="284"/>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="210"/>
        <source>Step 3: Goals</source>
        <translation>第 3 步：设定矩阵目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="213"/>
        <source>Decide where you aim: target markets, platform priority and each platform&apos;s role, then SKU counts per product role, revenue and margin with a deadline and an owner. Progress is computed from your listings and sales; double-click a cell to edit (saved at once, Ctrl+Z undoes).</source>
        <translation>确定主攻方向：目标市场、平台优先级和各平台的角色，再按产品角色定 SKU 数量，以及带截止日期和负责人的销售额和毛利率目标。进度根据你的刊登和销售自动计算；双击单元格即可修改（立即保存，Ctrl+Z 撤销）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="219"/>
        <source>Start the goal wizard…</source>
        <translation>启动目标向导…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="220"/>
        <source>Goal wizard…</source>
        <translation>目标向导…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="221"/>
        <source>Add goal…</source>
        <translation>添加目标…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="222"/>
        <source>Delete goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="223"/>
        <source>Columns…</source>
        <translation>列…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="224"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="225"/>
        <source>Filter: goal, owner, status…</source>
        <translation>筛选：目标、负责人、状态…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="227"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="228"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="229"/>
        <source>Platform priority and roles</source>
        <translation>平台优先级和角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="232"/>
        <source>Main: most sales and ad budget. Test: new products in small batches. Clearance: sell off slow stock.</source>
        <translation>主力：主要销量和广告预算。测款：小批量试新品。清仓：清理滞销库存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="235"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="236"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="237"/>
        <source>Progress (the tick: where you should be by now)</source>
        <translation>进度（竖线：此时应达到的位置）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="352"/>
        <source>Your workspace has no markets or platforms yet. Import your catalog in step 2 (Inventory review) first: goals are set on the markets and platforms you sell on.</source>
        <translation>你的工作区还没有市场或平台。请先在第 2 步（梳理现有产品线）导入产品目录：目标是针对你在售的市场和平台设定的。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="359"/>
        <source>No goals yet. Start the goal wizard: it asks for your target markets, your platforms and their roles, then your targets, in three short pages.</source>
        <translation>还没有目标。启动目标向导：用三个简短的页面依次询问目标市场、平台及其角色，以及你的目标值。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="369"/>
        <source>Still to do: {items}</source>
        <translation>还需完成：{items}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="373"/>
        <source>Step 3 is set: every goal has a number, a date and an owner.</source>
        <translation>第 3 步已完成：每个目标都有数值、日期和负责人。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="407"/>
        <source>Cannot change the goal</source>
        <translation>无法修改目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="446"/>
        <source>add goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="469"/>
        <source>delete goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="501"/>
        <source>{workspace}-goals.xlsx</source>
        <translation>{workspace}-目标.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="505"/>
        <source>Export the goals to Excel</source>
        <translation>把目标导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="507"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="516"/>
        <source>Exporting the goals…</source>
        <translation>正在导出目标…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/page.py" line="522"/>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>Hazard</name>
    <message>
        <location filename="../../core/models.py" line="21"/>
        <source>Battery</source>
        <translation>带电池</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="22"/>
        <source>Liquid</source>
        <translation>液体</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="23"/>
        <source>Powder</source>
        <translation>粉末</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="24"/>
        <source>Magnetic</source>
        <translation>带磁</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="25"/>
        <source>Children&apos;s product</source>
        <translation>儿童产品</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="26"/>
        <source>Food contact</source>
        <translation>食品接触</translation>
    </message>
    <message>
        <location filename="../../core/models.py" line="27"/>
        <source>Radio / wireless</source>
        <translation>无线电 / 无线</translation>
    </message>
</context>
<context>
    <name>HoursDelegate</name>
    <message>
        <location filename="../../ui/pages/team_delegates.py" line="134"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../core/importing/apply.py" line="60"/>
        <source>The workspace changed since the preview (SKU {sku}, row {row}). Nothing was imported; please preview the file again.</source>
        <translation>预览之后工作区数据已有变动（SKU {sku}，第 {row} 行）。本次未导入任何数据，请重新预览该文件。</translation>
    </message>
    <message>
        <location filename="../../core/importing/apply.py" line="74"/>
        <source>{file}: {count} rows have a price or cost but the file does not say in which currency. Nothing was imported; choose the currency of the file.</source>
        <translation>{file}：有 {count} 行写了售价或成本，但文件没有写明币种。本次未导入任何数据；请选择该文件的币种。</translation>
    </message>
    <message>
        <location filename="../../core/importing/apply.py" line="120"/>
        <source>Backing up the workspace…</source>
        <translation>正在备份工作区…</translation>
    </message>
    <message>
        <location filename="../../core/importing/apply.py" line="130"/>
        <source>Writing products…</source>
        <translation>正在写入产品…</translation>
    </message>
    <message>
        <location filename="../../core/importing/apply.py" line="156"/>
        <source>Writing SKUs…</source>
        <translation>正在写入 SKU…</translation>
    </message>
    <message>
        <location filename="../../core/importing/apply.py" line="181"/>
        <source>Recording the import…</source>
        <translation>正在记录本次导入…</translation>
    </message>
    <message>
        <location filename="../../core/importing/apply.py" line="184"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="35"/>
        <source>SKU code</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="44"/>
        <source>SPU code (product)</source>
        <translation>SPU 编码（款号）</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="51"/>
        <location filename="../../core/importing/fields.py" line="227"/>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="58"/>
        <location filename="../../core/importing/fields.py" line="235"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="65"/>
        <source>Variant (e.g. Black / L)</source>
        <translation>规格（如 黑色 / L）</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="72"/>
        <source>Option 1 name</source>
        <translation>规格1 名称</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="80"/>
        <source>Option 1 value</source>
        <translation>规格1 值</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="88"/>
        <source>Option 2 name</source>
        <translation>规格2 名称</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="96"/>
        <source>Option 2 value</source>
        <translation>规格2 值</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="104"/>
        <source>Option 3 name</source>
        <translation>规格3 名称</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="112"/>
        <source>Option 3 value</source>
        <translation>规格3 值</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="120"/>
        <source>Cost (purchase price)</source>
        <translation>成本（采购价）</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="127"/>
        <source>Cost currency</source>
        <translation>成本币种</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="133"/>
        <source>Selling price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="140"/>
        <source>List price (before a sale)</source>
        <translation>原价（促销前）</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="148"/>
        <source>Price currency</source>
        <translation>售价币种</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="154"/>
        <source>Weight (g)</source>
        <translation>重量（g）</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="162"/>
        <source>Length (cm)</source>
        <translation>长（cm）</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="169"/>
        <source>Width (cm)</source>
        <translation>宽（cm）</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="176"/>
        <source>Height (cm)</source>
        <translation>高（cm）</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="183"/>
        <source>Barcode (UPC/EAN)</source>
        <translation>条码（UPC/EAN）</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="190"/>
        <source>Stock quantity</source>
        <translation>库存数量</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="197"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="241"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="248"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="255"/>
        <source>Monthly units sold</source>
        <translation>月销量</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="262"/>
        <source>Monthly revenue</source>
        <translation>月销售额</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="269"/>
        <source>Number of reviews</source>
        <translation>评论数</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="275"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="281"/>
        <source>Best-seller rank (BSR)</source>
        <translation>畅销排名（BSR）</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="287"/>
        <source>Number of sellers</source>
        <translation>卖家数量</translation>
    </message>
    <message>
        <location filename="../../core/importing/fields.py" line="294"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../core/importing/history.py" line="69"/>
        <source>Import #{batch} does not exist.</source>
        <translation>导入记录 #{batch} 不存在。</translation>
    </message>
    <message>
        <location filename="../../core/importing/history.py" line="73"/>
        <source>Import #{batch} was already undone on {when}.</source>
        <translation>导入 #{batch} 已于 {when} 撤销过。</translation>
    </message>
    <message>
        <location filename="../../core/importing/history.py" line="79"/>
        <source>Import #{batch} filled the candidate pool: undo it on step 4.</source>
        <translation>导入 #{batch} 写入的是候选产品池：请在第 4 步撤销。</translation>
    </message>
    <message>
        <location filename="../../core/importing/history.py" line="162"/>
        <source>Import #{later} ({file}, {when}) changed the same rows after import #{batch}. Undo import #{later} first.</source>
        <translation>导入 #{later}（{file}，{when}）在导入 #{batch} 之后修改了相同的行。请先撤销导入 #{later}。</translation>
    </message>
    <message>
        <location filename="../../core/importing/history.py" line="193"/>
        <source>Product {spu} was edited after the import. Undoing would overwrite that edit, so nothing was undone.</source>
        <translation>产品 {spu} 在导入后被修改过。撤销会覆盖这次修改，因此未做任何撤销。</translation>
    </message>
    <message>
        <location filename="../../core/importing/history.py" line="209"/>
        <source>SKU {sku} came with this import and was edited since by {who} ({when}). Undoing would delete it with that edit, so nothing was undone.</source>
        <translation>SKU {sku} 是这次导入新建的，之后被 {who} 修改过（{when}）。撤销会把它连同这次修改一起删除，所以没有撤销任何内容。</translation>
    </message>
    <message>
        <location filename="../../core/importing/history.py" line="215"/>
        <source>SKU {sku} came with this import and was edited since ({when}). Undoing would delete it with that edit, so nothing was undone.</source>
        <translation>SKU {sku} 是这次导入新建的，之后又被修改过（{when}）。撤销会把它连同这次修改一起删除，所以没有撤销任何内容。</translation>
    </message>
    <message>
        <location filename="../../core/importing/history.py" line="226"/>
        <source>SKU {sku} was edited after the import ({column}: {value}). Undoing would overwrite that edit, so nothing was undone.</source>
        <translation>SKU {sku} 在导入后被修改过（{column}：{value}）。撤销会覆盖这次修改，因此未做任何撤销。</translation>
    </message>
    <message>
        <location filename="../../core/importing/history.py" line="256"/>
        <source>SKU {sku} came with this import and now has listings, sales or stock. Undoing would delete them, so nothing was undone.</source>
        <translation>SKU {sku} 由本次导入新增，现在已有上架、销售或库存数据。撤销会把这些数据一并删除，因此未做任何撤销。</translation>
    </message>
    <message>
        <location filename="../../core/importing/products.py" line="306"/>
        <source>Checking rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="32"/>
        <source>a Shopify order export</source>
        <translation>Shopify 订单导出表</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="36"/>
        <source>an Amazon Business Report (sales and traffic)</source>
        <translation>亚马逊业务报告（销售与流量）</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="42"/>
        <source>an Amazon settlement report</source>
        <translation>亚马逊结算报告</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="48"/>
        <source>an Amazon advertising (Sponsored Products) report</source>
        <translation>亚马逊广告（商品推广）报告</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="53"/>
        <source>a list of customer reviews</source>
        <translation>买家评价列表</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="55"/>
        <source>an order list</source>
        <translation>订单列表</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="58"/>
        <source>a Shopify product export</source>
        <translation>Shopify 商品导出表</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="61"/>
        <source>a WooCommerce product export</source>
        <translation>WooCommerce 商品导出表</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="64"/>
        <source>an Etsy listings download</source>
        <translation>Etsy 商品刊登导出表</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="67"/>
        <source>an Amazon listings report</source>
        <translation>亚马逊在售商品报告</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="70"/>
        <source>a TikTok Shop / 店小秘 product template</source>
        <translation>TikTok Shop / 店小秘 商品模板</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="72"/>
        <source>a product table</source>
        <translation>商品表</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="191"/>
        <source>“{file}” looks like {kind}, not a product list. Import it as {facts}: choose “{facts}” under “Import as” (on the command line: import {command} WORKSPACE FILE). Product lists (SKU, name, price, cost, stock…) are imported as products.</source>
        <translation>“{file}”看起来是{kind}，不是产品清单。请把它导入为{facts}：在“导入为”中选择“{facts}”（命令行：import {command} 工作区 文件）。产品清单（SKU、名称、售价、成本、库存…）才按产品导入。</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="197"/>
        <source>Sheet “{sheet}” of “{file}” looks like {kind}, not a product list. Import it as {facts}: choose “{facts}” under “Import as” (on the command line: import {command} WORKSPACE FILE), or choose another sheet for products.</source>
        <translation>“{file}”的工作表“{sheet}”看起来是{kind}，不是产品清单。请把它导入为{facts}：在“导入为”中选择“{facts}”（命令行：import {command} 工作区 文件），或者选择另一个工作表来导入产品。</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="228"/>
        <source>“{file}” has column names in row {row} but no rows of data under them: fill in the template or export it again with products.</source>
        <translation>“{file}”第 {row} 行有列名，但下面没有任何数据行：请先填写模板，或重新导出带商品的文件。</translation>
    </message>
    <message>
        <location filename="../../core/importing/kinds.py" line="233"/>
        <source>Sheet “{sheet}” of “{file}” has column names in row {row} but no rows of data under them: fill in the template or export it again with products.</source>
        <translation>“{file}”的工作表“{sheet}”第 {row} 行有列名，但下面没有任何数据行：请先填写模板，或重新导出带商品的文件。</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="96"/>
        <source>“{file}” holds no data.</source>
        <translation>“{file}”里没有数据。</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="97"/>
        <source>Sheet “{sheet}” of “{file}” holds no data.</source>
        <translation>“{file}”的工作表“{sheet}”里没有数据。</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="111"/>
        <source>“{file}” has no row {row}.</source>
        <translation>“{file}”没有第 {row} 行。</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="112"/>
        <source>Sheet “{sheet}” of “{file}” has no row {row}.</source>
        <translation>“{file}”的工作表“{sheet}”没有第 {row} 行。</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="143"/>
        <source>“{file}” has no header row.</source>
        <translation>“{file}”没有表头行。</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="144"/>
        <source>Sheet “{sheet}” of “{file}” has no header row.</source>
        <translation>“{file}”的工作表“{sheet}”没有表头行。</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="333"/>
        <source>“{file}” could not be read: {reason}.</source>
        <translation>无法读取“{file}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../core/importing/workbooks.py" line="30"/>
        <source>“{file}” is damaged or incomplete (it is not a readable Excel workbook). Open it in Excel or WPS and save it again.</source>
        <translation>“{file}”已损坏或不完整（不是可读取的 Excel 工作簿）。请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <location filename="../../core/importing/xlsx_guard.py" line="323"/>
        <source>“{file}” was refused: its part “{part}” declares XML entities, which Excel and WPS never write (a known way to attack a program). Open it in Excel or WPS and save it again.</source>
        <translation>已拒绝“{file}”：其中的“{part}”声明了 XML 实体，Excel 和 WPS 从不写入这种内容（这是一种已知的攻击手段）。请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <location filename="../../core/importing/xlsx_guard.py" line="350"/>
        <source>“{file}” was refused: one of its texts is {size} MB long; Excel holds at most 32,767 characters in a cell. The file is damaged or built to exhaust memory.</source>
        <translation>已拒绝“{file}”：其中一段文字长达 {size} MB，而 Excel 一个单元格最多只能容纳 32,767 个字符。文件已损坏，或是专门用来耗尽内存的。</translation>
    </message>
    <message>
        <location filename="../../core/importing/xlsx_guard.py" line="396"/>
        <source>“{file}” was refused: it holds {count} parts, far more than a workbook.</source>
        <translation>已拒绝“{file}”：其中包含 {count} 个部件，远多于正常的工作簿。</translation>
    </message>
    <message>
        <location filename="../../core/importing/xlsx_guard.py" line="409"/>
        <source>“{file}” was refused: its part “{part}” would unpack to {size} MB ({ratio}× its packed size), too large to read safely.</source>
        <translation>已拒绝“{file}”：其中的“{part}”解压后达 {size} MB（压缩大小的 {ratio} 倍），太大，无法安全读取。</translation>
    </message>
    <message>
        <location filename="../../core/importing/xlsx_guard.py" line="420"/>
        <source>“{file}” would unpack to {size} MB, too large to import safely.</source>
        <translation>“{file}”解压后有 {size} MB，太大，无法安全导入。</translation>
    </message>
    <message>
        <location filename="../../core/importing/xlsx_guard.py" line="301"/>
        <source>Sheet “{sheet}” of “{file}” was refused: it uses cells up to {cell} ({rows} rows × {columns} columns), more than can be read safely (at most {limit_columns} columns and {limit_cells} cells). Delete the far-away cells in Excel or WPS, or copy the table to a new sheet.</source>
        <translation>已拒绝“{file}”的工作表“{sheet}”：它用到了远至 {cell} 的单元格（{rows} 行 × {columns} 列），超出可安全读取的范围（最多 {limit_columns} 列、{limit_cells} 个单元格）。请在 Excel 或 WPS 中删除远处的单元格，或把表格复制到新工作表。</translation>
    </message>
    <message>
        <location filename="../../core/importing/workbooks.py" line="70"/>
        <source>“{file}” is not an Excel workbook (its content is something else). Choose an .xlsx or .csv file.</source>
        <translation>“{file}”不是 Excel 工作簿（内容是别的格式）。请选择 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../core/importing/workbooks.py" line="83"/>
        <source>“{file}” could not be read as a workbook: {reason}. Open it in Excel or WPS and save it again.</source>
        <translation>无法读取工作簿“{file}”：{reason}。请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="202"/>
        <source>“{file}” has no sheets.</source>
        <translation>“{file}”里没有工作表。</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="205"/>
        <source>“{file}” has no sheet named “{sheet}”.</source>
        <translation>“{file}”里没有名为“{sheet}”的工作表。</translation>
    </message>
    <message>
        <location filename="../../core/importing/workbooks.py" line="116"/>
        <source>Sheet “{sheet}” of “{file}” could not be read: {reason}.</source>
        <translation>无法读取“{file}”的工作表“{sheet}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="279"/>
        <source>“{file}” does not exist or is not a file.</source>
        <translation>“{file}”不存在或不是文件。</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="283"/>
        <location filename="../../core/importing/text_files.py" line="179"/>
        <source>“{file}” is empty.</source>
        <translation>“{file}”是空文件。</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="286"/>
        <source>“{file}” is {size} MB, too large to import. Split it into smaller files.</source>
        <translation>“{file}”有 {size} MB，太大无法导入。请拆分成几个小文件。</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="296"/>
        <source>“{file}” could not be opened: {reason}.</source>
        <translation>无法打开“{file}”：{reason}。</translation>
    </message>
    <message>
        <location filename="../../core/importing/readers.py" line="248"/>
        <source>“{file}” is too large to import. Split it into smaller files.</source>
        <translation>“{file}”太大，无法导入。请拆分成几个小文件。</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="32"/>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode（UTF-8）</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="33"/>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>Unicode（UTF-8，带 BOM）</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="34"/>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode（UTF-16）</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="35"/>
        <source>Chinese Simplified (GBK / GB18030)</source>
        <translation>简体中文（GBK / GB18030）</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="36"/>
        <source>Chinese Traditional (Big5)</source>
        <translation>繁体中文（Big5）</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="37"/>
        <source>Japanese (Shift-JIS)</source>
        <translation>日文（Shift-JIS）</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="38"/>
        <source>Korean (EUC-KR)</source>
        <translation>韩文（EUC-KR）</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="39"/>
        <source>Western European (Windows-1252)</source>
        <translation>西欧（Windows-1252）</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="40"/>
        <source>Western European (ISO-8859-1)</source>
        <translation>西欧（ISO-8859-1）</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="41"/>
        <source>Central European (Windows-1250)</source>
        <translation>中欧（Windows-1250）</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="42"/>
        <source>Cyrillic (Windows-1251)</source>
        <translation>西里尔文（Windows-1251）</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="149"/>
        <source>“{file}” is not a text table (its characters could not be read). Save it as CSV (UTF-8) or .xlsx and try again.</source>
        <translation>“{file}”不是文本表格（文字编码无法识别）。请另存为 CSV（UTF-8）或 .xlsx 后再试。</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="190"/>
        <source>“{file}” is not a text table (it holds binary data). Save it as CSV (UTF-8) or .xlsx and try again.</source>
        <translation>“{file}”不是文本表格（含有二进制数据）。请另存为 CSV（UTF-8）或 .xlsx 后再试。</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="220"/>
        <source>“{file}” row {row} holds a cell longer than {limit} million characters (a file without line breaks?). It is not a table that can be imported.</source>
        <translation>“{file}”第 {row} 行有一个单元格超过 {limit} 百万个字符（文件没有换行？），不是可以导入的表格。</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="231"/>
        <source>“{file}” row {row} could not be read: {reason}.</source>
        <translation>“{file}”第 {row} 行无法读取：{reason}。</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="261"/>
        <source>“{file}” looks cut off: its last row {row} ends without a line end and has {fields} of {expected} fields. That row was left out; check the file is complete.</source>
        <translation>“{file}”似乎不完整：最后一行（第 {row} 行）没有换行结尾，只有 {expected} 个字段中的 {fields} 个。该行未导入，请检查文件是否完整。</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="274"/>
        <source>“{file}” row {row} has {columns} columns, more than {limit}: it is not a table that can be imported (check the separator and the line breaks).</source>
        <translation>“{file}”第 {row} 行有 {columns} 列，超过 {limit} 列，不是可以导入的表格（请检查分隔符和换行）。</translation>
    </message>
    <message>
        <location filename="../../core/importing/text_files.py" line="288"/>
        <source>“{file}” is not valid {encoding} text (row {row}). Choose the file&apos;s encoding.</source>
        <translation>“{file}”不是有效的 {encoding} 文本（第 {row} 行）。请选择文件的编码。</translation>
    </message>
    <message>
        <location filename="../../core/importing/expand.py" line="36"/>
        <source>{where}, row {row}, column {column}: the {count} SKUs of this row could not be matched to the option values (their codes do not name the values, and the file does not list them in option order); they are imported without variant attributes.</source>
        <translation>{where}，第 {row} 行，{column} 列：这一行的 {count} 个 SKU 无法和变体选项值一一对应（SKU 编码里没有写出选项值，文件也没有按选项顺序排列 SKU），这些 SKU 将不带变体属性导入。</translation>
    </message>
    <message>
        <location filename="../../core/importing/expand.py" line="42"/>
        <source>{where}, row {row}, column {column}: rows that list several SKUs in one cell give the stock of the whole listing ({value} here), not of each SKU; stock is left empty for the SKUs of such rows.</source>
        <translation>{where}，第 {row} 行，{column} 列：一个单元格里列出多个 SKU 的行，库存是整个商品（listing）的合计（这里是 {value}），不是每个 SKU 的库存；这类行的 SKU 不导入库存，库存留空。</translation>
    </message>
    <message>
        <location filename="../../core/importing/validate.py" line="88"/>
        <source>{where}, row {row}, column {column}: &apos;{value}&apos; is not a number.</source>
        <translation>{where}，第 {row} 行，“{column}”列：“{value}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../core/importing/validate.py" line="194"/>
        <source>{where}, row {row}, column {column}: &apos;{value}&apos; is not a currency code this app knows (use CNY, USD, EUR, GBP, JPY ... or ¥ $ € £).</source>
        <translation>{where}，第 {row} 行，“{column}”列：无法识别币种“{value}”（请使用 CNY、USD、EUR、GBP、JPY 等代码，或 ¥ $ € £）。</translation>
    </message>
    <message>
        <location filename="../../core/importing/validate.py" line="204"/>
        <source>{where}, row {row}, column {column}: &apos;{value}&apos; looks like a barcode Excel turned into a rounded number, so digits are lost. Format the column as Text in Excel, retype the barcodes and import again.</source>
        <translation>{where}，第 {row} 行，“{column}”列：“{value}”像是被 Excel 转成了科学计数法的条码，后几位数字已经丢失。请在 Excel 中把该列设置为“文本”格式，重新填写条码后再导入。</translation>
    </message>
    <message>
        <location filename="../../core/importing/validate.py" line="269"/>
        <source>Sheet “{sheet}”</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <location filename="../../core/importing/validate.py" line="273"/>
        <source>{where}, row {row}, column {column}: the SKU is empty; every row needs one.</source>
        <translation>{where}，第 {row} 行，“{column}”列：SKU 为空，每一行都必须有 SKU。</translation>
    </message>
    <message>
        <location filename="../../core/importing/validate.py" line="276"/>
        <source>{where}, row {row}, column {column}: SKU &apos;{value}&apos; already appears in row {first_row}; only that first row is imported.</source>
        <translation>{where}，第 {row} 行，“{column}”列：SKU“{value}”已在第 {first_row} 行出现，只导入最先出现的那一行。</translation>
    </message>
    <message>
        <location filename="../../core/importing/validate.py" line="281"/>
        <source>{where}, row {row}, column {column}: the text is {length} characters long; at most {limit} fit.</source>
        <translation>{where}，第 {row} 行，“{column}”列：内容有 {length} 个字符，最多只能 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../core/importing/validate.py" line="286"/>
        <source>{where}, row {row}, column {column}: &apos;{value}&apos; is negative; it must be 0 or more.</source>
        <translation>{where}，第 {row} 行，“{column}”列：“{value}”是负数，必须大于或等于 0。</translation>
    </message>
    <message>
        <location filename="../../core/importing/validate.py" line="290"/>
        <source>{where}, row {row}, column {column}: &apos;{value}&apos; is more than {limit}; please check the number and its unit.</source>
        <translation>{where}，第 {row} 行，“{column}”列：“{value}”超过 {limit}，请检查数值和单位。</translation>
    </message>
    <message>
        <location filename="../../core/importing/validate.py" line="295"/>
        <source>{where}, row {row}, column {column}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{where}，第 {row} 行，“{column}”列：“{value}”不是整数。</translation>
    </message>
    <message>
        <location filename="../../core/importing/validate.py" line="298"/>
        <source>{where}, row {row}, column {column}: the price is 0; imported as it is.</source>
        <translation>{where}，第 {row} 行，“{column}”列：售价为 0，已按原值导入。</translation>
    </message>
    <message>
        <location filename="../../core/importing/validate.py" line="302"/>
        <source>{problem} The cell was left empty; the rest of the row is imported.</source>
        <translation>{problem} 该单元格按空值处理；这一行的其余内容照常导入。</translation>
    </message>
    <message>
        <location filename="../../core/importing/validate.py" line="415"/>
        <source>{where}, row {row}, column {column}: &apos;{value}&apos; was left empty because the row&apos;s currency cannot be read.</source>
        <translation>{where}，第 {row} 行，“{column}”列：“{value}”按空值处理，因为这一行的币种无法识别。</translation>
    </message>
    <message>
        <location filename="../../core/importing/history.py" line="232"/>
        <source>SKU {sku} came with this import and was edited since ({column}: {value}). Undoing would delete it with that edit, so nothing was undone.</source>
        <translation>SKU {sku} 是这次导入新建的，之后又被修改过（{column}：{value}）。撤销会把它连同这次修改一起删除，所以没有撤销任何内容。</translation>
    </message>
    <message>
        <location filename="../../core/importing/currencies.py" line="289"/>
        <source>{code} as you chose, although the file suggests {hint}: {columns}</source>
        <translation>{code}（你的选择；文件提示的是 {hint}：{columns}）</translation>
    </message>
    <message>
        <location filename="../../core/importing/currencies.py" line="293"/>
        <source>{code} as you chose</source>
        <translation>{code}（你的选择）</translation>
    </message>
    <message>
        <location filename="../../core/importing/currencies.py" line="295"/>
        <source>{code} from the column {columns}</source>
        <translation>{code}，来自“{columns}”列</translation>
    </message>
    <message>
        <location filename="../../core/importing/currencies.py" line="297"/>
        <source>{code} from the market columns: {columns}</source>
        <translation>{code}，来自市场列：{columns}</translation>
    </message>
    <message>
        <location filename="../../core/importing/currencies.py" line="308"/>
        <source>{file}: the file names several currencies ({found}) but not which one its prices and costs are in. Give it with {option}.</source>
        <translation>{file}：文件中出现了多个币种（{found}），但没有写明售价和成本用的是哪一个。请用 {option} 指定。</translation>
    </message>
    <message>
        <location filename="../../core/importing/currencies.py" line="314"/>
        <source>{file}: the file does not say which currency its prices and costs are in. Give it with {option}.</source>
        <translation>{file}：文件没有写明售价和成本的币种。请用 {option} 指定。</translation>
    </message>
    <message>
        <location filename="../../core/importing/html_tables.py" line="287"/>
        <source>“{file}” is a web page (HTML) whose characters could not be read as {encoding}. Choose the file&apos;s encoding.</source>
        <translation>“{file}”是网页（HTML）文件，无法按 {encoding} 读取其中的字符。请选择文件的编码。</translation>
    </message>
    <message>
        <location filename="../../core/importing/html_tables.py" line="305"/>
        <source>“{file}” was refused: its table is larger than can be read safely (at most {columns} columns and {cells} cells).</source>
        <translation>已拒绝“{file}”：其中的表格太大，无法安全读取（最多 {columns} 列、{cells} 个单元格）。</translation>
    </message>
    <message>
        <location filename="../../core/importing/html_tables.py" line="317"/>
        <source>“{file}” is a web page (HTML) without a table. Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>“{file}”是不含表格的网页（HTML）文件。请用 Excel 或 WPS 打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../core/importing/isolation.py" line="133"/>
        <source>Reading “{file}” was stopped: it needed more than {limit} MB of memory. The file is too large or damaged; split it, or save it again as CSV.</source>
        <translation>已停止读取“{file}”：需要超过 {limit} MB 内存。文件过大或已损坏，请拆分文件，或重新另存为 CSV。</translation>
    </message>
    <message>
        <location filename="../../core/importing/isolation.py" line="202"/>
        <source>Reading “{file}” was stopped after {seconds} seconds. The file is too large or damaged; split it, or save it again as CSV.</source>
        <translation>读取“{file}”超过 {seconds} 秒，已停止。文件过大或已损坏，请拆分文件，或重新另存为 CSV。</translation>
    </message>
    <message>
        <location filename="../../core/importing/isolation.py" line="237"/>
        <source>“{file}” could not be read: {reason}. The file is damaged or not a table; open it in Excel or WPS and save it again.</source>
        <translation>无法读取“{file}”：{reason}。文件已损坏或不是表格，请用 Excel 或 WPS 打开后重新保存。</translation>
    </message>
    <message>
        <location filename="../../core/importing/isolation.py" line="322"/>
        <source>Reading “{file}” stopped abruptly ({reason}), usually because it needed more than {limit} MB of memory. The file is too large or damaged; split it, or save it again as CSV.</source>
        <translation>读取“{file}”意外中止（{reason}），通常是因为需要超过 {limit} MB 内存。文件过大或已损坏，请拆分文件，或重新另存为 CSV。</translation>
    </message>
    <message>
        <location filename="../../core/importing/shared_codes.py" line="39"/>
        <source>code + option values</source>
        <translation>编码 + 选项值</translation>
    </message>
    <message>
        <location filename="../../core/importing/shared_codes.py" line="40"/>
        <source>the barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../core/importing/shared_codes.py" line="41"/>
        <source>reject the repeated rows</source>
        <translation>拒绝重复的行</translation>
    </message>
    <message>
        <location filename="../../core/importing/shared_codes.py" line="43"/>
        <source>{where}, row {row}, column {column}: SKU &apos;{value}&apos; is shared with row {first_row}, and {key} does not tell the two apart; choose another key or give the rows their own codes.</source>
        <translation>{where}，第 {row} 行，“{column}”列：SKU“{value}”与第 {first_row} 行共用，而“{key}”区分不出这两行；请换一种区分方式，或给这些行各自的编码。</translation>
    </message>
    <message>
        <location filename="../../core/importing/unknowns.py" line="20"/>
        <source>{where}, row {row}, column {column}: a cost of 0 is almost always a field left unfilled, so it is imported as missing. If your costs of 0 are real, say so in the preview (command line: --zero-cost-is-real).</source>
        <translation>{where}，第 {row} 行，“{column}”列：成本为 0 几乎总是没有填写，因此按缺失导入。如果你的成本确实为 0，请在预览中说明（命令行：--zero-cost-is-real）。</translation>
    </message>
    <message>
        <location filename="../../core/importing/conventions.py" line="35"/>
        <source>{where}, row {row}, column {column}: the SKU is empty, as 店小秘 templates leave it for a product without variants; the SKU gets the product&apos;s code “{code}”.</source>
        <translation>{where}，第 {row} 行，“{column}”列：SKU 为空（店小秘模板中无变种的产品不填 SKU），已用产品编码“{code}”作为 SKU 编码。</translation>
    </message>
    <message>
        <location filename="../../core/importing/rejects.py" line="18"/>
        <source>Why it was not imported</source>
        <translation>未导入的原因</translation>
    </message>
    <message>
        <location filename="../../core/importing/rejects.py" line="19"/>
        <source>Row in the file</source>
        <translation>文件中的行号</translation>
    </message>
    <message>
        <location filename="../../core/importing/rejects.py" line="20"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../core/importing/rejects.py" line="21"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
</context>
<context>
    <name>ImportChoicesBox</name>
    <message>
        <location filename="../../ui/dialogs/import_choices_box.py" line="59"/>
        <source>Key the variants by:</source>
        <translation>区分变体的方式：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_choices_box.py" line="60"/>
        <source>Costs of 0 in this file are real</source>
        <translation>这个文件里为 0 的成本是真实的</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_choices_box.py" line="82"/>
        <source>{codes} SKU codes are each used by several rows that differ ({rows} rows in all), e.g. every size of a style. Rows that repeat another row exactly are rejected either way.</source>
        <translation>有 {codes} 个 SKU 编码各自被多个内容不同的行共用（共 {rows} 行），例如同一款式的各个尺码。与另一行完全相同的行无论如何都会被拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_choices_box.py" line="92"/>
        <source>{label}: {count} rows rejected</source>
        <translation>{label}：拒绝 {count} 行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_choices_box.py" line="96"/>
        <source>{label}: {count} rows keyed, e.g. {old} → {new}</source>
        <translation>{label}：区分出 {count} 行，例如 {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_choices_box.py" line="100"/>
        <source>{label}: tells no rows apart</source>
        <translation>{label}：区分不出任何行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_choices_box.py" line="102"/>
        <source>(proposed)</source>
        <translation>（建议）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_choices_box.py" line="108"/>
        <source>{count} rows give a cost of 0; they are imported as 0.</source>
        <translation>有 {count} 行的成本为 0，将按 0 导入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_choices_box.py" line="111"/>
        <source>{count} rows give a cost of 0. That is almost always a field left unfilled (it would show a 100 % margin), so these costs are imported as missing.</source>
        <translation>有 {count} 行的成本为 0。这几乎总是没有填写（会显示 100% 的毛利率），因此这些成本按缺失导入。</translation>
    </message>
</context>
<context>
    <name>ImportFactsPage</name>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="18"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="19"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="20"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="21"/>
        <source>Units</source>
        <translation>销量</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="22"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="23"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="24"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="25"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="26"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="27"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="28"/>
        <source>Returned</source>
        <translation>退货件数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="29"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="30"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="31"/>
        <source>Sessions</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="32"/>
        <source>Page views</source>
        <translation>页面浏览量</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="33"/>
        <source>Order items</source>
        <translation>订单商品数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="34"/>
        <source>Buy Box</source>
        <translation>购物车占有率</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="36"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="37"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="38"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="39"/>
        <source>Campaign</source>
        <translation>广告活动</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="40"/>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="41"/>
        <source>Ad group</source>
        <translation>广告组</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="42"/>
        <source>Search term</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="43"/>
        <source>Targeting</source>
        <translation>投放</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="44"/>
        <source>Impressions</source>
        <translation>曝光量</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="45"/>
        <source>Clicks</source>
        <translation>点击量</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="46"/>
        <source>7-day sales</source>
        <translation>7 天销售额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="47"/>
        <source>14-day sales</source>
        <translation>14 天销售额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="48"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="49"/>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="50"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="51"/>
        <source>Amount type</source>
        <translation>金额类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="52"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="53"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="54"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="55"/>
        <source>On hand</source>
        <translation>在库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="56"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="57"/>
        <source>Inbound</source>
        <translation>在途</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="58"/>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="59"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="60"/>
        <source>Review</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="61"/>
        <source>Variation</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="62"/>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/facts_preview_table.py" line="63"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="113"/>
        <source>Check and import</source>
        <translation>检查并导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="114"/>
        <source>Currency of the amounts:</source>
        <translation>金额的币种：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="115"/>
        <source>e.g. USD</source>
        <translation>例如 USD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="116"/>
        <source>Period of the report:</source>
        <translation>报表期间：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="117"/>
        <source>Market (country):</source>
        <translation>市场（国家）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="118"/>
        <source>e.g. US</source>
        <translation>例如 US</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="119"/>
        <source>Read again with these answers</source>
        <translation>按这些回答重新读取</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="120"/>
        <source>Exchange rates…</source>
        <translation>汇率…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="123"/>
        <source>Skip their rows</source>
        <translation>跳过这些行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="124"/>
        <source>Create them as new catalog SKUs</source>
        <translation>在产品目录中新建这些 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="126"/>
        <source>SKUs you do not pair:</source>
        <translation>你不配对的 SKU：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="133"/>
        <source>Read as {kind}. Nothing is written until you press Import.</source>
        <translation>按{kind}读取。按“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="137"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="167"/>
        <source>Reading “{file}”…</source>
        <translation>正在读取“{file}”…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="170"/>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="187"/>
        <source>This file cannot be imported as it is.</source>
        <translation>这个文件目前无法导入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="205"/>
        <source>{profile}: one question first</source>
        <translation>{profile}：先回答一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="224"/>
        <source>{profile}: {rows} rows of {kind} to import</source>
        <translation>{profile}：将导入 {rows} 行{kind}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="229"/>
        <source>{read} rows read, {left} left out</source>
        <translation>已读取 {read} 行，{left} 行未导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="237"/>
        <source>dates {first} – {last}</source>
        <translation>日期 {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="242"/>
        <source>currency {codes}</source>
        <translation>币种 {codes}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="253"/>
        <source>… and {count} more rows left out</source>
        <translation>… 另有 {count} 行未导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="274"/>
        <source>The amounts are in {codes}, which has no exchange rate yet: add it to import the file.</source>
        <translation>金额的币种是 {codes}，还没有汇率：请先添加汇率再导入这个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="300"/>
        <source>{count} SKUs are not in your catalog ({rows} rows): {codes}</source>
        <translation>有 {count} 个 SKU 不在你的产品目录中（{rows} 行）：{codes}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="303"/>
        <source>{count} SKUs are not in your catalog ({rows} rows): {codes}. Their rows are kept, not matched to a catalog SKU.</source>
        <translation>有 {count} 个 SKU 不在你的产品目录中（{rows} 行）：{codes}。这些行会保留，但不对应到目录中的 SKU。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_facts_page.py" line="359"/>
        <source>Importing {kind}</source>
        <translation>正在导入{kind}</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="102"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="103"/>
        <source>An Excel workbook or a CSV/TSV/TXT export from Shopify, WooCommerce, Etsy, Amazon, TikTok Shop, 店小秘 or your ERP.</source>
        <translation>Excel 工作簿，或从 Shopify、WooCommerce、Etsy、亚马逊、TikTok Shop、店小秘、ERP 导出的 CSV/TSV/TXT 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="105"/>
        <source>Nothing is written to your workspace until you press Import on the last page.</source>
        <translation>在最后一页点击“导入”之前，不会改动你的工作区。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="107"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="108"/>
        <source>Blank template…</source>
        <translation>空白模板…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="110"/>
        <source>An empty Excel sheet with the columns this import understands</source>
        <translation>一张空白 Excel 表，列名都是本导入能识别的</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="112"/>
        <source>Path of the file to import</source>
        <translation>要导入的文件路径</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="113"/>
        <source>Import as:</source>
        <translation>导入为：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="117"/>
        <source>products (the catalog)</source>
        <translation>产品（产品目录）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="174"/>
        <source>What is this file? {profile}: {kind}.</source>
        <translation>这是什么文件？{profile}：{kind}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="179"/>
        <source>What is this file? A product list (or a table MatrixDesk does not know: map its columns on the next pages).</source>
        <translation>这是什么文件？产品清单（或 MatrixDesk 不认识的表格：请在后面几页对应各列）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="209"/>
        <source>Save a blank import template</source>
        <translation>保存空白导入模板</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="210"/>
        <source>product-import-template.xlsx</source>
        <translation>产品导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="211"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="227"/>
        <source>Tables (*.xlsx *.xlsm *.xls *.xlsb *.ods *.htm *.html *.csv *.tsv *.txt);;All files (*)</source>
        <translation>表格 (*.xlsx *.xlsm *.xls *.xlsb *.ods *.htm *.html *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="245"/>
        <source>Reading “{file}”…</source>
        <translation>正在读取“{file}”…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="247"/>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="285"/>
        <source>Reading was cancelled.</source>
        <translation>已取消读取。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="296"/>
        <source>Web page table saved as a spreadsheet (HTML) · encoding {encoding} · {rows} rows in “{sheet}”</source>
        <translation>另存为表格的网页（HTML）· 编码 {encoding} ·“{sheet}”中有 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="301"/>
        <source>Excel 2003 XML workbook · encoding {encoding} · {sheets} sheet(s) · {rows} rows in “{sheet}”</source>
        <translation>Excel 2003 XML 工作簿 · 编码 {encoding} · {sheets} 个工作表 ·“{sheet}”中有 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="307"/>
        <source>Excel workbook · {sheets} sheet(s) · {rows} rows in “{sheet}”</source>
        <translation>Excel 工作簿 · {sheets} 个工作表 · “{sheet}”共 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="311"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="311"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="312"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="312"/>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="313"/>
        <source>Text table · encoding {encoding} · separated by {delimiter} · {rows} rows</source>
        <translation>文本表格 · 编码 {encoding} · 分隔符：{delimiter} · 共 {rows} 行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="322"/>
        <source>Recognised: {source}</source>
        <translation>已识别：{source}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_file_page.py" line="331"/>
        <source>{sheets} sheet(s) · “{sheet}”</source>
        <translation>{sheets} 个工作表 · “{sheet}”</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_history_dialog.py" line="81"/>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history_dialog.py" line="84"/>
        <source>Every import is recorded here. Undoing one puts back the values it changed and removes the SKUs, products and categories it added. A backup of the workspace was made before each import.</source>
        <translation>每次导入都记录在这里。撤销某次导入会恢复它修改过的数值，并删除它新增的 SKU、产品和类目。每次导入前都已自动备份工作区。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history_dialog.py" line="89"/>
        <source>No imports yet.</source>
        <translation>还没有导入记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history_dialog.py" line="90"/>
        <source>Undo this import</source>
        <translation>撤销这次导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history_dialog.py" line="110"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history_dialog.py" line="112"/>
        <source>Undo import #{number} of {file}? {new} added SKUs are removed and {changed} changed SKUs get their earlier values back.</source>
        <translation>撤销 {file} 的导入 #{number}？将删除新增的 {new} 个 SKU，并把 {changed} 个变更的 SKU 恢复为原来的数值。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history_dialog.py" line="129"/>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history_dialog.py" line="147"/>
        <source>Import #{number} was undone.</source>
        <translation>导入 #{number} 已撤销。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <location filename="../../ui/models/import_history_model.py" line="67"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_history_model.py" line="68"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_history_model.py" line="69"/>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_history_model.py" line="70"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_history_model.py" line="71"/>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_history_model.py" line="72"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_history_model.py" line="73"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_history_model.py" line="74"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_history_model.py" line="92"/>
        <source>Column mapping: {profile}</source>
        <translation>列映射方案：{profile}</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_history_model.py" line="103"/>
        <source>{file} [{sheet}]</source>
        <translation>{file} [{sheet}]</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_history_model.py" line="110"/>
        <source>Undone {when}</source>
        <translation>已于 {when} 撤销</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_history_model.py" line="111"/>
        <source>Applied</source>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="93"/>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="94"/>
        <source>Columns were matched by their names. Correct any match; fields marked * must be filled.</source>
        <translation>已按列名自动对应。可以修改任何一项；带 * 的字段必须选择。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="96"/>
        <source>Mapping profile:</source>
        <translation>对应方案：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="97"/>
        <source>Save as profile…</source>
        <translation>保存为方案…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="98"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="99"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="100"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="101"/>
        <source>Currency of prices and costs:</source>
        <translation>售价和成本的币种：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="102"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="107"/>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="143"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="109"/>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="122"/>
        <source>Automatic (by column names)</source>
        <translation>自动（按列名）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="114"/>
        <source>{field} *</source>
        <translation>{field} *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="198"/>
        <source>The file names several currencies ({found}): choose the one its prices and costs are in.</source>
        <translation>文件中出现了多个币种（{found}）：请选择售价和成本所用的那一个。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="201"/>
        <source>Rows name their currency in the column {columns}; this one is for rows that leave it empty.</source>
        <translation>各行的币种写在“{columns}”列；这里的选择用于该列为空的行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="204"/>
        <source>The file&apos;s market columns ({columns}) say {code}.</source>
        <translation>文件的市场列（{columns}）表明币种是 {code}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="207"/>
        <source>The file does not say which currency its prices and costs are in.</source>
        <translation>文件没有写明售价和成本的币种。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="209"/>
        <source>Used for prices and costs whose row names no currency.</source>
        <translation>用于行内未写明币种的售价和成本。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="226"/>
        <source>Save as profile</source>
        <translation>保存为方案</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="227"/>
        <source>Name of the profile (e.g. the supplier or platform):</source>
        <translation>方案名称（如供应商或平台）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="246"/>
        <source>This mapping will be saved as profile “{name}” when you import; files with the same columns will use it.</source>
        <translation>导入时会把这套对应保存为方案“{name}”；以后列名相同的文件会自动使用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="250"/>
        <source>Saved profile “{name}” fits these columns and was used.</source>
        <translation>已保存的方案“{name}”与这些列相符，已自动使用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="253"/>
        <source>Save the mapping as a profile to reuse your corrections next time.</source>
        <translation>把对应关系保存为方案，下次可直接沿用你的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="259"/>
        <source>Choose a column for: {fields}.</source>
        <translation>请为以下字段选择列：{fields}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping_page.py" line="262"/>
        <source>Choose the currency of the prices and costs.</source>
        <translation>请选择售价和成本的币种。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="70"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="91"/>
        <source>In the file: {code}, a code several variants share.</source>
        <translation>文件中的编码：{code}，由多个变体共用。</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="109"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="111"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="113"/>
        <source>Changes (old → new)</source>
        <translation>变更（原值 → 新值）</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="115"/>
        <source>Why it was not imported</source>
        <translation>未导入原因</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="124"/>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="125"/>
        <source>Press Import to write the new and changed rows in one step. Rejected rows are left out; the import can be undone later.</source>
        <translation>点击“导入”会一次性写入新增和变更的行。被拒绝的行不会导入；导入之后可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="127"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="129"/>
        <location filename="../../ui/dialogs/import_preview_page.py" line="136"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="150"/>
        <source>Checking every row against your catalog…</source>
        <translation>正在逐行与你的产品库对比…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="152"/>
        <source>Checking the rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="164"/>
        <source>Nothing has been written yet.</source>
        <translation>尚未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="185"/>
        <source>The check failed.</source>
        <translation>检查失败。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="192"/>
        <source>Cancelled. Nothing has been written.</source>
        <translation>已取消，没有写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="215"/>
        <source>Save the rows that were not imported</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="216"/>
        <source>{file}-not-imported.xlsx</source>
        <translation>{file}-失败数据.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="217"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="242"/>
        <source>Save the {count} rejected rows to Excel…</source>
        <translation>将 {count} 行失败数据保存为 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="273"/>
        <source>New ({count})</source>
        <translation>新增（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="273"/>
        <source>Changed ({count})</source>
        <translation>变更（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="274"/>
        <source>Unchanged ({count})</source>
        <translation>未变（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="275"/>
        <source>Rejected ({count})</source>
        <translation>拒绝（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="347"/>
        <source>Importing candidates</source>
        <translation>正在导入候选产品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="252"/>
        <source>{new} new SKUs, {changed} changed, {unchanged} unchanged, {rejected} rejected (from {file}, header in row {header}).</source>
        <translation>新增 {new} 个 SKU，变更 {changed} 个，未变 {unchanged} 个，拒绝 {rejected} 个（来自 {file}，表头在第 {header} 行）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="257"/>
        <source>Rows with a warning: {count} (marked ⚠; point at a row to read it). They are imported all the same.</source>
        <translation>带提示的行：{count} 行（标有 ⚠，把鼠标指向该行即可查看），这些行照常导入。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="260"/>
        <source>WooCommerce: {count} variable or grouped products become products, their variations the SKUs; a sale price in effect is the selling price.</source>
        <translation>WooCommerce：{count} 个可变商品或组合商品作为产品导入，它们的变体作为 SKU；正在生效的促销价作为售价。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="264"/>
        <source>Rows of template instructions skipped: {count}.</source>
        <translation>跳过的模板说明行：{count} 行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="267"/>
        <source>Products without variants and without a SKU: {count}; each got its product&apos;s code as SKU code.</source>
        <translation>没有变种也没有 SKU 的产品：{count} 个，已分别用产品编码作为 SKU 编码。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="289"/>
        <source>{new} new candidates, {changed} changed, {unchanged} unchanged, {rejected} rejected (from {file}).</source>
        <translation>新增候选产品 {new} 个，变更 {changed} 个，未变 {unchanged} 个，拒绝 {rejected} 个（来自 {file}）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="294"/>
        <source>Rows with a warning: {count}; the values named in the warning stay empty.</source>
        <translation>有警告的行：{count} 行；警告中提到的数值留空。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="304"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="305"/>
        <source>Currencies written: prices {prices}; costs {costs}.</source>
        <translation>将写入的币种：售价 {prices}；成本 {costs}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="309"/>
        <source>Rows without their own currency: {source}.</source>
        <translation>未写明币种的行：{source}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="315"/>
        <source>and {count} more</source>
        <translation>等另外 {count} 列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="322"/>
        <source>Not mapped: {fields}, while the file has columns that are not imported. Go Back to map one if it holds them.</source>
        <translation>未对应：{fields}，而文件里还有未导入的列。如果其中有这些内容，请点“上一步”去对应。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="328"/>
        <source>Columns with values that are not imported: {columns}.</source>
        <translation>有内容但未导入的列：{columns}。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="346"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_page.py" line="347"/>
        <source>Importing products</source>
        <translation>正在导入产品</translation>
    </message>
</context>
<context>
    <name>ImportSheetPage</name>
    <message>
        <location filename="../../ui/dialogs/import_sheet_page.py" line="110"/>
        <source>Sheet and header row</source>
        <translation>工作表和表头行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_sheet_page.py" line="111"/>
        <source>Check that the highlighted row holds the column names. Title rows and notes above it are skipped. Click a row to use it.</source>
        <translation>请确认高亮的那一行是列名。它上面的标题行和说明会被跳过。点击某一行即可改用该行作表头。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_sheet_page.py" line="113"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_sheet_page.py" line="114"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_sheet_page.py" line="115"/>
        <source>If letters look wrong (Cafť, 鍟嗗搧), choose another encoding: the file is read again.</source>
        <translation>如果文字显示为乱码（如 Cafť、鍟嗗搧），请换一种编码，文件会重新读取。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_sheet_page.py" line="118"/>
        <source>Column names in row:</source>
        <translation>列名所在行：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_sheet_page.py" line="178"/>
        <source>Reading the file again</source>
        <translation>正在重新读取文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_sheet_page.py" line="189"/>
        <source>Found automatically: row {row}.</source>
        <translation>自动识别：第 {row} 行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_sheet_page.py" line="191"/>
        <source>{rows} data rows and {columns} columns below row {header}.</source>
        <translation>第 {header} 行以下共 {rows} 行数据、{columns} 列。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_sheet_page.py" line="207"/>
        <source>Reading the sheet</source>
        <translation>正在读取工作表</translation>
    </message>
</context>
<context>
    <name>ImportSources</name>
    <message>
        <location filename="../../core/importing/sources.py" line="18"/>
        <source>Shopify products export</source>
        <translation>Shopify 商品导出文件</translation>
    </message>
    <message>
        <location filename="../../core/importing/sources.py" line="22"/>
        <source>WooCommerce products export</source>
        <translation>WooCommerce 商品导出文件</translation>
    </message>
    <message>
        <location filename="../../core/importing/sources.py" line="26"/>
        <source>Etsy listings export</source>
        <translation>Etsy 商品列表导出文件</translation>
    </message>
    <message>
        <location filename="../../core/importing/sources.py" line="30"/>
        <source>Amazon active listings report</source>
        <translation>亚马逊在售商品报告</translation>
    </message>
    <message>
        <location filename="../../core/importing/sources.py" line="34"/>
        <source>店小秘 Dianxiaomi / TikTok Shop template</source>
        <translation>店小秘 / TikTok Shop 导入模板</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="67"/>
        <source>Import candidates</source>
        <translation>导入候选产品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="69"/>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
</context>
<context>
    <name>InsightRefresh</name>
    <message>
        <location filename="../../ui/pages/matrix/insight_refresh.py" line="38"/>
        <source>Checking the matrix…</source>
        <translation>正在检查矩阵…</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="56"/>
        <source>A cross-functional team</source>
        <translation>跨职能小组</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="59"/>
        <source>The product matrix is planned by people from every function, not by one person.</source>
        <translation>产品矩阵由各职能的人一起规划，而不是一个人拍板。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="64"/>
        <source>&lt;p&gt;The process starts with a small team where every function that touches a product has a voice:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Product manager&lt;/b&gt; leads selection, product approval (立项) and review meetings (复盘).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Operations&lt;/b&gt; knows the platforms: listing, ads and traffic.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Purchasing&lt;/b&gt; owns suppliers, lead times and replenishment.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Finance&lt;/b&gt; checks margins, cash flow and the ad budget.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Legal / compliance&lt;/b&gt; signs off certificates, IP and platform rules.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Design and customer service are optional but help with images and with what customers complain about.&lt;/p&gt;&lt;p&gt;On the next page you choose the roles and type names; then you see who would be Responsible, Accountable, Consulted and Informed for each step and duty. Nothing is written until you press Finish.&lt;/p&gt;</source>
        <translation>&lt;p&gt;流程的第一步是组建一个小团队，让每个与产品相关的职能都有发言权：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;产品经理&lt;/b&gt;主导选品、产品立项和复盘会。&lt;/li&gt;&lt;li&gt;&lt;b&gt;运营&lt;/b&gt;熟悉各平台：上架、广告和流量。&lt;/li&gt;&lt;li&gt;&lt;b&gt;采购&lt;/b&gt;负责供应商、交期和补货。&lt;/li&gt;&lt;li&gt;&lt;b&gt;财务&lt;/b&gt;把关毛利率、现金流和广告预算。&lt;/li&gt;&lt;li&gt;&lt;b&gt;法务 / 合规&lt;/b&gt;审批认证、知识产权和平台规则。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;设计和客服为可选角色，但能在图片和客户投诉方面提供帮助。&lt;/p&gt;&lt;p&gt;下一页选择角色并填写姓名；然后可以看到每个步骤和职责由谁执行（R）、负责（A）、咨询（C）、知会（I）。点击“完成”之前不会写入任何内容。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <location filename="../../core/inventory/lifecycle.py" line="26"/>
        <source>Intro</source>
        <translation>导入期</translation>
    </message>
    <message>
        <location filename="../../core/inventory/lifecycle.py" line="27"/>
        <source>Growth</source>
        <translation>成长期</translation>
    </message>
    <message>
        <location filename="../../core/inventory/lifecycle.py" line="28"/>
        <source>Mature</source>
        <translation>成熟期</translation>
    </message>
    <message>
        <location filename="../../core/inventory/lifecycle.py" line="29"/>
        <source>Decline</source>
        <translation>衰退期</translation>
    </message>
    <message>
        <location filename="../../core/inventory/lifecycle.py" line="31"/>
        <source>No sales yet</source>
        <translation>暂无销售</translation>
    </message>
    <message>
        <location filename="../../core/inventory/lifecycle.py" line="34"/>
        <source>Suggested lifecycle stage. Fewer than 4 months with sales, or launched less than 120 days ago: Intro. With 13 months of history or more, the units of the last 3 complete months are compared with the same 3 months a year before, so a seasonal peak is not taken for growth; with less history, with the 3 months before (not seasonally adjusted). Up by 20 % or more: Growth. Down by 20 % or more: Decline. Otherwise: Mature. No sales in the last 12 months: no suggestion. You can set the stage by hand; your choice wins over the suggestion.</source>
        <translation>建议的生命周期阶段。有销售的月份少于 4 个，或上架不足 120 天：导入期。有 13 个月及以上的销售历史时，把最近 3 个完整月的销量与去年同期 3 个月比较，季节性高峰不会被当成增长；历史较短时，与之前 3 个月比较（未做季节调整）。增长 20 % 及以上：成长期。下降 20 % 及以上：衰退期。否则：成熟期。最近 12 个月没有销售：不给建议。你可以手动设定阶段，你的选择优先于建议。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/lifecycle.py" line="127"/>
        <source>Last 3 months {last} units, the same 3 months a year before {before} units ({change}).</source>
        <translation>最近 3 个月 {last} 件，去年同期 3 个月 {before} 件（{change}）。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/lifecycle.py" line="134"/>
        <source>Last 3 months {last} units, the 3 months before {before} units ({change}). Not seasonally adjusted: {history} months of history (13 needed to compare with the same months a year before).</source>
        <translation>最近 3 个月 {last} 件，之前 3 个月 {before} 件（{change}）。未做季节调整：只有 {history} 个月的销售历史（与去年同期比较需要 13 个月）。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/review.py" line="65"/>
        <source>ABC classes by revenue of the last 12 months: SKUs sorted from the largest, A until 80 % of revenue is reached (the SKU that crosses 80 % is still A), B up to 95 %, C the rest.</source>
        <translation>按近 12 个月销售额做 ABC 分类：SKU 从高到低排序，累计到销售额的 80% 为 A 类（跨过 80% 的那个 SKU 仍算 A 类），到 95% 为 B 类，其余为 C 类。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/review.py" line="73"/>
        <source>Realised margin where the SKU sold in the last 12 months: (revenue − units sold × cost) ÷ revenue, so a market priced differently shows it. List-price margin where it did not: (price − cost) ÷ price. Both in {currency} with the exchange rates.</source>
        <translation>最近 12 个月有销售的 SKU 显示实际毛利率：（销售额 − 销量 × 成本）÷ 销售额，定价不同的市场会体现出来。没有销售的显示标价毛利率：（售价 − 成本）÷ 售价。两者都按汇率折算为 {currency}。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/review.py" line="82"/>
        <source>Realised margin (from sales)</source>
        <translation>实际毛利率（来自销售）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/review.py" line="83"/>
        <source>List-price margin (no sales)</source>
        <translation>标价毛利率（暂无销售）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/lifecycle.py" line="65"/>
        <source>No sales in the last 12 months: no suggestion.</source>
        <translation>近 12 个月没有销售：不给建议。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/lifecycle.py" line="99"/>
        <source>Launched {days} days ago (less than 120): Intro.</source>
        <translation>上架 {days} 天（不满 120 天）：导入期。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/lifecycle.py" line="105"/>
        <source>Only {months} months with sales so far (fewer than 4): Intro.</source>
        <translation>目前只有 {months} 个月有销量（不足 4 个月）：导入期。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/lifecycle.py" line="149"/>
        <source>&quot;{stage}&quot; is not a lifecycle stage.</source>
        <translation>“{stage}”不是生命周期阶段。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/lifecycle.py" line="156"/>
        <source>The SKU no longer exists.</source>
        <translation>该 SKU 已不存在。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/charts.py" line="43"/>
        <source>0–30 days</source>
        <translation>0–30 天</translation>
    </message>
    <message>
        <location filename="../../core/inventory/charts.py" line="44"/>
        <source>31–90 days</source>
        <translation>31–90 天</translation>
    </message>
    <message>
        <location filename="../../core/inventory/charts.py" line="45"/>
        <source>91–180 days</source>
        <translation>91–180 天</translation>
    </message>
    <message>
        <location filename="../../core/inventory/charts.py" line="46"/>
        <source>181–365 days</source>
        <translation>181–365 天</translation>
    </message>
    <message>
        <location filename="../../core/inventory/charts.py" line="47"/>
        <source>&gt;365 days</source>
        <translation>365 天以上</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="25"/>
        <location filename="../../core/inventory/export.py" line="54"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="26"/>
        <source>SPU</source>
        <translation>SPU</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="27"/>
        <location filename="../../core/inventory/export.py" line="55"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="28"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="29"/>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="30"/>
        <source>Cost ({currency})</source>
        <translation>成本（{currency}）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="31"/>
        <source>Price ({currency})</source>
        <translation>售价（{currency}）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="32"/>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="33"/>
        <source>Margin basis</source>
        <translation>毛利率口径</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="34"/>
        <location filename="../../core/inventory/export.py" line="155"/>
        <source>Revenue 12 months ({currency})</source>
        <translation>近 12 个月销售额（{currency}）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="35"/>
        <source>Units 12 months</source>
        <translation>近 12 个月销量</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="36"/>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="37"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="38"/>
        <source>Stock value ({currency})</source>
        <translation>库存货值（{currency}）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="39"/>
        <source>Days of cover</source>
        <translation>可售天数</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="40"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="41"/>
        <source>ABC</source>
        <translation>ABC 分类</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="42"/>
        <location filename="../../core/inventory/export.py" line="230"/>
        <source>Flags</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="45"/>
        <source>Cost as entered</source>
        <translation>成本（原币种）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="46"/>
        <source>Cost currency</source>
        <translation>成本币种</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="47"/>
        <source>Price as entered</source>
        <translation>售价（原币种）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="48"/>
        <source>Price currency</source>
        <translation>售价币种</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="49"/>
        <source>Lifecycle set by hand</source>
        <translation>生命周期手动设置</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="52"/>
        <location filename="../../core/inventory/export.py" line="59"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="53"/>
        <location filename="../../core/inventory/export.py" line="60"/>
        <source>Flag</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="57"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="61"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="62"/>
        <source>SKUs affected</source>
        <translation>涉及 SKU 数</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="63"/>
        <source>SKU codes</source>
        <translation>SKU 编码</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="66"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="67"/>
        <source>Amount ({currency})</source>
        <translation>金额（{currency}）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="70"/>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="72"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="160"/>
        <source>SKUs reviewed: {count}</source>
        <translation>已盘点 SKU：{count}</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="163"/>
        <source>Archived SKUs left out of the review: {count}</source>
        <translation>未纳入梳理的停售 SKU：{count}</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="167"/>
        <source>SKUs with unknown stock: {count}</source>
        <translation>库存未知的 SKU：{count}</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="242"/>
        <source>Flagged SKUs</source>
        <translation>风险 SKU 明细</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="68"/>
        <source>Share or index</source>
        <translation>占比或指数</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="69"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="172"/>
        <source>SKU concentration index (HHI)</source>
        <translation>SKU 集中度指数（HHI）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="176"/>
        <source>Effective number of SKUs (1 ÷ HHI)</source>
        <translation>等效 SKU 数（1 ÷ HHI）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="186"/>
        <source>Platform concentration index (HHI)</source>
        <translation>平台集中度指数（HHI）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="190"/>
        <source>Effective number of platforms (1 ÷ HHI)</source>
        <translation>等效平台数（1 ÷ HHI）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="196"/>
        <source>Platform {platform}</source>
        <translation>平台 {platform}</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="205"/>
        <source>Market {market}</source>
        <translation>市场 {market}</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="214"/>
        <source>Catalog review</source>
        <translation>产品线梳理</translation>
    </message>
    <message>
        <location filename="../../core/inventory/export.py" line="236"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="30"/>
        <source>Fix</source>
        <translation>需修正</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="31"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="32"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="36"/>
        <source>Over-reliance on one SKU</source>
        <translation>过度依赖单一爆款</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="37"/>
        <source>Over-reliance on one platform</source>
        <translation>过度依赖单一平台</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="38"/>
        <source>Slow mover</source>
        <translation>滞销</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="39"/>
        <source>Aged stock</source>
        <translation>库龄过长</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="40"/>
        <source>Missing code</source>
        <translation>缺少编码</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="41"/>
        <source>Duplicate code</source>
        <translation>编码重复</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="42"/>
        <source>Missing cost</source>
        <translation>缺少成本</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="43"/>
        <source>Missing price</source>
        <translation>缺少售价</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="44"/>
        <source>Missing exchange rate</source>
        <translation>缺少汇率</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="45"/>
        <source>Unknown stock</source>
        <translation>库存未知</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="46"/>
        <source>Needs sales data</source>
        <translation>需要销售数据</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="47"/>
        <source>Archived, not reviewed</source>
        <translation>已停售，未纳入梳理</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="87"/>
        <source>{name} must be a share between 0 and 100 %.</source>
        <translation>{name}必须是 0 到 100% 之间的比例。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="103"/>
        <source>{name} must be between 1 and 3650 days.</source>
        <translation>{name}必须在 1 到 3650 天之间。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="112"/>
        <source>Top SKU share of revenue</source>
        <translation>第一大 SKU 销售额占比</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="113"/>
        <source>Top platform share of revenue</source>
        <translation>第一大平台销售额占比</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="270"/>
        <source>{sku} brings {share} of revenue (limit {limit}); revenue is spread as if over {effective} equal SKUs (concentration index HHI {hhi}). Build other SKUs up so a stock-out or a bad review on it does not stop the business.</source>
        <translation>{sku} 贡献了 {share} 的销售额（上限 {limit}）；销售额分布相当于 {effective} 个同等规模的 SKU（集中度指数 HHI {hhi}）。培养其他 SKU，避免它断货或出现差评时生意停摆。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="277"/>
        <source>{sku} each bring {share} of revenue (limit {limit}); revenue is spread as if over {effective} equal SKUs (concentration index HHI {hhi}). Build other SKUs up so a stock-out or a bad review on one of them does not stop the business.</source>
        <translation>{sku} 各贡献 {share} 的销售额（上限 {limit}）；销售额分布相当于 {effective} 个同等规模的 SKU（集中度指数 HHI {hhi}）。培养其他 SKU，避免其中一个断货或出现差评时生意停摆。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="318"/>
        <source>{platform} brings {share} of revenue (limit {limit}); revenue is spread as if over {effective} equal platforms (concentration index HHI {hhi}). {count} SKUs make more than {limit} of their revenue there: one account suspension would hit them all.</source>
        <translation>{platform} 贡献了 {share} 的销售额（上限 {limit}）；销售额分布相当于 {effective} 个同等规模的平台（集中度指数 HHI {hhi}）。有 {count} 个 SKU 超过 {limit} 的销售额来自该平台：一次封号就会同时影响它们。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="326"/>
        <source>{platform} each bring {share} of revenue (limit {limit}); revenue is spread as if over {effective} equal platforms (concentration index HHI {hhi}). {count} SKUs make more than {limit} of their revenue on one of them.</source>
        <translation>{platform} 各贡献 {share} 的销售额（上限 {limit}）；销售额分布相当于 {effective} 个同等规模的平台（集中度指数 HHI {hhi}）。有 {count} 个 SKU 超过 {limit} 的销售额来自其中一个平台。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="401"/>
        <source>{count} SKUs with unknown stock: left out of stock value, days of cover, slow movers and aged stock until their stock is known.</source>
        <translation>{count} 个 SKU 库存未知：在库存已知之前，不计入库存金额、可售天数、滞销和库龄规则。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="409"/>
        <source>No sales imported yet: slow movers, days of cover, lifecycle, ABC classes and concentration need sales data. Import a sales or orders report; until then {count} SKUs with stock are not judged.</source>
        <translation>尚未导入销售数据：滞销、可售天数、生命周期、ABC 分类和集中度都需要销售数据。请导入销售或订单报表；在此之前，{count} 个有库存的 SKU 暂不评判。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="418"/>
        <source>{count} archived (停售) SKUs are left out of the review: no flags, ABC classes, concentration or charts for them.</source>
        <translation>{count} 个已停售的 SKU 未纳入梳理：不对它们标记问题，也不计入 ABC 分类、集中度和图表。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="114"/>
        <source>Slow mover: days of cover</source>
        <translation>滞销：可售天数</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="115"/>
        <source>Aged stock: days since received</source>
        <translation>库龄过长：入库天数</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="355"/>
        <source>{count} SKUs have more than {days} days of cover, or stock and no sales in the last 3 months.</source>
        <translation>{count} 个 SKU 的可售天数超过 {days} 天，或有库存但近 3 个月没有销售。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="363"/>
        <source>{count} SKUs have stock received more than {days} days ago.</source>
        <translation>{count} 个 SKU 有入库超过 {days} 天的库存。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="369"/>
        <source>{count} SKUs have a blank SKU or SPU code.</source>
        <translation>{count} 个 SKU 的 SKU 编码或 SPU 编码为空。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="373"/>
        <source>{count} SKUs share a code that differs only in upper/lower case or spaces: stock sync across platforms will mix them up.</source>
        <translation>{count} 个 SKU 的编码只有大小写或空格不同：跨平台库存同步时会混淆。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="381"/>
        <source>{count} SKUs have no cost: their margin cannot be computed.</source>
        <translation>{count} 个 SKU 没有成本，无法计算毛利率。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="387"/>
        <source>{count} SKUs have no price: their margin cannot be computed.</source>
        <translation>{count} 个 SKU 没有售价，无法计算毛利率。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/flags.py" line="393"/>
        <source>{count} SKUs use a currency without an exchange rate ({currencies}). Add the rate in the exchange-rate table.</source>
        <translation>{count} 个 SKU 使用了没有汇率的币种（{currencies}）。请在汇率表中添加汇率。</translation>
    </message>
</context>
<context>
    <name>InventoryCharts</name>
    <message>
        <location filename="../../ui/charts/inventory_charts.py" line="103"/>
        <source>Margin vs revenue</source>
        <translation>毛利率与销售额</translation>
    </message>
    <message>
        <location filename="../../ui/charts/inventory_charts.py" line="105"/>
        <source>Each bubble is a SKU; its size is the stock value, its colour the ABC class. Hover for details.</source>
        <translation>每个气泡是一个 SKU；大小表示库存货值，颜色表示 ABC 分类。鼠标悬停查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/inventory_charts.py" line="109"/>
        <source>Pareto curve and ABC classes</source>
        <translation>帕累托曲线与 ABC 分类</translation>
    </message>
    <message>
        <location filename="../../ui/charts/inventory_charts.py" line="111"/>
        <source>Lifecycle mix</source>
        <translation>生命周期结构</translation>
    </message>
    <message>
        <location filename="../../ui/charts/inventory_charts.py" line="113"/>
        <source>Stages suggested from the sales trend, year on year where there are 13 months of history, unless set by hand. Hover for the rule.</source>
        <translation>阶段根据销售趋势建议，有 13 个月销售历史时按同比计算，手动设定的除外。鼠标悬停查看规则。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/inventory_charts.py" line="118"/>
        <source>Stock aging</source>
        <translation>库龄分布</translation>
    </message>
    <message>
        <location filename="../../ui/charts/inventory_charts.py" line="119"/>
        <source>Units and value on hand by days since the stock lot was received.</source>
        <translation>按批次入库天数统计的在库数量和货值。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/inventory_charts.py" line="125"/>
        <source>{count} SKUs have less than 13 months of history: their stage is not seasonally adjusted.</source>
        <translation>{count} 个 SKU 的销售历史不足 13 个月：其阶段未做季节调整。</translation>
    </message>
</context>
<context>
    <name>InventoryChecklist</name>
    <message>
        <location filename="../../ui/pages/inventory/checklist.py" line="115"/>
        <source>{count} SKUs without a cost</source>
        <translation>{count} 个 SKU 缺少成本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/checklist.py" line="116"/>
        <source>{count} SKUs without a price</source>
        <translation>{count} 个 SKU 缺少售价</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/checklist.py" line="117"/>
        <source>{count} SKUs without a category</source>
        <translation>{count} 个 SKU 缺少类目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/checklist.py" line="118"/>
        <source>{count} SKUs in {currencies}, which has no exchange rate</source>
        <translation>{count} 个 SKU 使用 {currencies}，但还没有汇率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/checklist.py" line="124"/>
        <source>Import your catalog…</source>
        <translation>导入你的产品目录…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/checklist.py" line="127"/>
        <source>Bring in your existing products as SPU → SKU with cost, price, stock and sales: an Excel or CSV file of your own, a Shopify product export, or a product export from 店小秘 Dianxiaomi, 马帮 Mabang, 通途 Tongtool or 领星 Lingxing.</source>
        <translation>按 SPU → SKU 导入现有产品，包括成本、售价、库存和销售：可以是你自己的 Excel 或 CSV 文件、Shopify 产品导出，或店小秘、马帮、通途、领星导出的产品表。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/checklist.py" line="135"/>
        <source>Reading the catalog…</source>
        <translation>正在读取产品目录…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/checklist.py" line="137"/>
        <source>Open or create a workspace first (File menu).</source>
        <translation>请先打开或新建一个工作区（文件菜单）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/checklist.py" line="140"/>
        <source>No catalog yet: start by importing it.</source>
        <translation>还没有产品目录：先导入吧。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/checklist.py" line="147"/>
        <source>show them</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/checklist.py" line="150"/>
        <source>set the rates</source>
        <translation>设置汇率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/checklist.py" line="156"/>
        <source>Every SKU has a category, a cost, a price and an exchange rate: margins are complete.</source>
        <translation>每个 SKU 都有类目、成本、售价和汇率：毛利率已完整。</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="228"/>
        <location filename="../../ui/pages/inventory/page.py" line="277"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="243"/>
        <source>Undo {action}</source>
        <translation>撤销{action}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="243"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="246"/>
        <source>Redo {action}</source>
        <translation>重做{action}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="246"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="250"/>
        <source>Step 2: Inventory review</source>
        <translation>第 2 步：梳理现有产品线</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="253"/>
        <source>Sort out the product line you already sell: category, gross margin, lifecycle stage and platform performance of every SKU, and the risks the flags point at. Double-click a cell to edit it; every change is saved at once (Ctrl+Z undoes).</source>
        <translation>梳理你正在销售的产品线：每个 SKU 的类目、毛利率、生命周期阶段和各平台表现，以及风险提示指出的问题。双击单元格即可编辑，每次修改都会立即保存（Ctrl+Z 撤销）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="258"/>
        <source>Import catalog…</source>
        <translation>导入产品目录…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="259"/>
        <source>Import history…</source>
        <translation>导入记录…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="260"/>
        <source>Exchange rates…</source>
        <translation>汇率…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="261"/>
        <source>Columns…</source>
        <translation>显示列…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="262"/>
        <source>SKU list</source>
        <translation>SKU 列表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="264"/>
        <source>Every SKU as its own row, to sort the whole catalog (Ctrl+L)</source>
        <translation>每个 SKU 单独一行，可对整个目录排序（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="266"/>
        <source>Top SKUs by gross margin</source>
        <translation>毛利率最高的 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="267"/>
        <source>Expand all products</source>
        <translation>展开全部产品</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="268"/>
        <source>Collapse all products</source>
        <translation>折叠全部产品</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="269"/>
        <source>Show the SKU details</source>
        <translation>显示 SKU 详情</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="270"/>
        <source>Show the guide</source>
        <translation>显示引导</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="271"/>
        <source>Find in the catalog</source>
        <translation>在目录中查找</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="273"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="275"/>
        <source>Filter: SKU, SPU, name or category…</source>
        <translation>筛选：SKU、SPU、名称或类目…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="276"/>
        <source>Catalog</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="278"/>
        <source>Platforms</source>
        <translation>平台表现</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="279"/>
        <source>Flags</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/reloading.py" line="51"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="346"/>
        <source>Reviewing the catalog…</source>
        <translation>正在分析产品目录…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/reloading.py" line="52"/>
        <source>Reviewing the sales…</source>
        <translation>正在分析销售数据…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/reloading.py" line="53"/>
        <source>Reviewing the sales… {percent} %</source>
        <translation>正在分析销售数据… {percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/reloading.py" line="54"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/reloading.py" line="55"/>
        <source>The review of the sales was cancelled</source>
        <translation>销售数据的分析已取消</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/reloading.py" line="56"/>
        <source>Review again</source>
        <translation>重新分析</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/reloading.py" line="57"/>
        <source>Cannot review the catalog</source>
        <translation>无法分析产品目录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="371"/>
        <source>Your sales history ends in {month}: lifecycle, ABC classes and the platform table review the 12 months up to then.</source>
        <translation>你的销售记录截止到 {month}：生命周期、ABC 分类和平台表按截至那时的 12 个月来评估。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="469"/>
        <source>Cannot change this value</source>
        <translation>无法修改该值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/page.py" line="508"/>
        <source>Showing {count} SKUs: {what} — &lt;a href=&quot;clear&quot;&gt;show all&lt;/a&gt;</source>
        <translation>仅显示 {count} 个 SKU：{what} — &lt;a href=&quot;clear&quot;&gt;显示全部&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../ui/job_runner.py" line="102"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LifecycleChart</name>
    <message>
        <location filename="../../ui/charts/lifecycle_chart.py" line="21"/>
        <source>No SKU has a lifecycle stage yet: stages are suggested from the sales trend. Import a sales or orders report with at least 4 months of sales, or set a stage by hand in the catalog.</source>
        <translation>还没有 SKU 有生命周期阶段：阶段根据销售趋势建议。请导入至少 4 个月销售的销售或订单报表，或在产品目录中手动设定阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/lifecycle_chart.py" line="27"/>
        <location filename="../../ui/charts/lifecycle_chart.py" line="45"/>
        <source>SKUs</source>
        <translation>SKU 数</translation>
    </message>
    <message>
        <location filename="../../ui/charts/lifecycle_chart.py" line="30"/>
        <source>Revenue ({unit} {currency})</source>
        <translation>销售额（{unit} {currency}）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/lifecycle_chart.py" line="45"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../ui/main_menus.py" line="128"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="138"/>
        <source>Filter the table</source>
        <translation>筛选表格</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="143"/>
        <source>Leave a table</source>
        <translation>离开表格</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="143"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="161"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="162"/>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="163"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="164"/>
        <source>&amp;Connect to a team workspace…</source>
        <translation>连接团队工作区(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="165"/>
        <source>Cop&amp;y workspace to a file or team database…</source>
        <translation>将工作区复制到文件或团队数据库(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="166"/>
        <source>&amp;Refresh (see others&apos; changes)</source>
        <translation>刷新(&amp;R)（查看他人的修改）</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="167"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="168"/>
        <source>Save a &amp;copy as…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="169"/>
        <source>Re&amp;name workspace…</source>
        <translation>重命名工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="170"/>
        <source>&amp;Start screen…</source>
        <translation>开始页面(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="171"/>
        <source>Open the &amp;demo workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="172"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="173"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="174"/>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="177"/>
        <source>Step {number}: {name}</source>
        <translation>第 {number} 步：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="181"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="182"/>
        <source>&amp;Language / 语言</source>
        <translation>语言 / Language(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="183"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="184"/>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="185"/>
        <source>Restore a &amp;backup…</source>
        <translation>恢复备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="186"/>
        <source>Open the backups folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/main_menus.py" line="187"/>
        <source>&amp;About MatrixDesk</source>
        <translation>关于 MatrixDesk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>MatrixDesk 出海产品矩阵</source>
        <translation>MatrixDesk 出海产品矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Workspace: {path}  ·  saved automatically</source>
        <translation>工作区：{path}  ·  自动保存</translation>
    </message>
</context>
<context>
    <name>MarketsPage</name>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="126"/>
        <source>Target markets</source>
        <translation>目标市场</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="127"/>
        <source>Which markets do you aim at? Put the most important first.</source>
        <translation>你主攻哪些市场？把最重要的放在最前面。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="129"/>
        <source>These are the markets your catalog already sells in (from step 2).</source>
        <translation>这些是你的产品目录已经在售的市场（来自第 2 步）。</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <location filename="../../core/matrix/fit.py" line="40"/>
        <source>Price band</source>
        <translation>价格带</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="41"/>
        <source>Category norms</source>
        <translation>类目惯例</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="42"/>
        <source>Fees</source>
        <translation>平台费用</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="43"/>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="44"/>
        <source>Platform priority</source>
        <translation>平台优先级</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="45"/>
        <source>Target market</source>
        <translation>目标市场</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="46"/>
        <source>Platform in market</source>
        <translation>平台所在市场</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="47"/>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="139"/>
        <source>No fit rules for {platform} yet.</source>
        <translation>{platform} 还没有匹配规则。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="150"/>
        <source>{platform} does not sell in {market}.</source>
        <translation>{platform} 不在 {market} 销售。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="160"/>
        <source>Not signed off for {market}: {missing}.</source>
        <translation>{market} 尚未确认：{missing}。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="175"/>
        <source>No price yet: price band not judged.</source>
        <translation>还没有价格：未评估价格带。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="182"/>
        <source>No exchange rate from {currency} to {band_currency}: price band not judged.</source>
        <translation>没有 {currency} 兑 {band_currency} 的汇率：未评估价格带。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="196"/>
        <source>{price} {band_currency} is below {platform}&apos;s typical basket ({low}–{high} {band_currency}).</source>
        <translation>{price} {band_currency} 低于 {platform} 的典型客单价区间（{low}–{high} {band_currency}）。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="207"/>
        <source>{price} {band_currency} is above {platform}&apos;s typical basket ({low}–{high} {band_currency}).</source>
        <translation>{price} {band_currency} 高于 {platform} 的典型客单价区间（{low}–{high} {band_currency}）。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="218"/>
        <source>{price} {band_currency} is inside {platform}&apos;s typical basket ({low}–{high} {band_currency}).</source>
        <translation>{price} {band_currency} 在 {platform} 的典型客单价区间内（{low}–{high} {band_currency}）。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="239"/>
        <source>{category} on {platform}: {delta} by the category norms.</source>
        <translation>{category} 在 {platform}：按类目惯例 {delta}。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="250"/>
        <source>No cost or price: fees not judged.</source>
        <translation>没有成本或价格：未评估平台费用。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="259"/>
        <source>After {platform}&apos;s ~{fee} % fees only {left} % margin is left.</source>
        <translation>扣除 {platform} 约 {fee}% 的费用后，只剩 {left}% 毛利。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="268"/>
        <source>After {platform}&apos;s ~{fee} % fees {left} % margin is left.</source>
        <translation>扣除 {platform} 约 {fee}% 的费用后，还剩 {left}% 毛利。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="281"/>
        <source>{weight} g: heavier than the {limit} g that suit {platform}&apos;s shipping.</source>
        <translation>{weight} 克：超过 {platform} 物流适合的 {limit} 克。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="292"/>
        <source>{hazard}: restricted in {platform}&apos;s shipping.</source>
        <translation>{hazard}：{platform} 的物流对此有限制。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="308"/>
        <source>{platform} is priority {rank} in step 3.</source>
        <translation>{platform} 在第 3 步中排第 {rank} 优先。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="315"/>
        <source>{platform} is not in step 3&apos;s platform priority.</source>
        <translation>{platform} 不在第 3 步的平台优先级中。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/fit.py" line="322"/>
        <source>{market} is not one of step 3&apos;s target markets.</source>
        <translation>{market} 不是第 3 步的目标市场。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/grid.py" line="54"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../core/matrix/grid.py" line="55"/>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../core/matrix/grid.py" line="56"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../core/matrix/grid.py" line="57"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cells.py" line="55"/>
        <source>“{role}” is not a product role.</source>
        <translation>“{role}”不是产品角色。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cells.py" line="60"/>
        <source>“{role}” is not a platform role.</source>
        <translation>“{role}”不是平台角色。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cells.py" line="65"/>
        <source>“{status}” is not a listing status.</source>
        <translation>“{status}”不是刊登状态。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cells.py" line="121"/>
        <source>There is no {what} number {id}.</source>
        <translation>没有编号为 {id} 的 {what}。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cells.py" line="150"/>
        <source>This SKU is already listed there.</source>
        <translation>这个 SKU 已经在那里刊登了。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/cells.py" line="168"/>
        <source>There is no listing number {id}.</source>
        <translation>没有编号为 {id} 的刊登。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/rules.py" line="158"/>
        <source>The fit rules must be a JSON object.</source>
        <translation>匹配规则必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/rules.py" line="160"/>
        <source>The base score must be between 0 and 100.</source>
        <translation>基础分必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/rules.py" line="165"/>
        <source>Every value of the rule “{rule}” must be a number.</source>
        <translation>规则“{rule}”的每个值都必须是数字。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/rules.py" line="173"/>
        <source>The platforms of the fit rules must be an object.</source>
        <translation>匹配规则中的平台必须是一个对象。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/rules.py" line="178"/>
        <source>The rules of platform {platform} must be an object.</source>
        <translation>平台 {platform} 的规则必须是一个对象。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/rules.py" line="189"/>
        <source>The price band of {platform} must be two numbers, low to high.</source>
        <translation>{platform} 的价格带必须是两个数字，从低到高。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/rules.py" line="198"/>
        <source>Every value of {section} of {platform} must be a number.</source>
        <translation>{platform} 的 {section} 的每个值都必须是数字。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/rules.py" line="207"/>
        <source>{field} of {platform} must be a number.</source>
        <translation>{platform} 的 {field} 必须是数字。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/portfolio.py" line="34"/>
        <source>Star</source>
        <translation>明星</translation>
    </message>
    <message>
        <location filename="../../core/matrix/portfolio.py" line="35"/>
        <source>Cash cow</source>
        <translation>现金牛</translation>
    </message>
    <message>
        <location filename="../../core/matrix/portfolio.py" line="36"/>
        <source>Question mark</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../core/matrix/portfolio.py" line="37"/>
        <source>Dog</source>
        <translation>瘦狗</translation>
    </message>
    <message>
        <location filename="../../core/matrix/suggest.py" line="125"/>
        <source>Declining, slow-moving or aged stock: clear it; at a lower price it draws shoppers while the stock lasts.</source>
        <translation>销量下滑、动销慢或库龄老：清掉它；降价后在清完之前还能引来顾客。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/suggest.py" line="133"/>
        <source>New or without sales yet: let it prove itself before a bigger role.</source>
        <translation>新品或还没有销售：先让它证明自己，再给更重的角色。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/suggest.py" line="139"/>
        <source>No cost or price, so no margin: role left open to test.</source>
        <translation>没有成本或价格，因此没有毛利：角色先留作测试。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/suggest.py" line="144"/>
        <source>Class A (top 80 % of revenue) with a {margin} % margin: a hero.</source>
        <translation>A 类（贡献前 80% 销售额），毛利率 {margin}%：主推款。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/suggest.py" line="151"/>
        <source>Sells in volume (class {abc}) at a thin {margin} % margin: it brings shoppers in.</source>
        <translation>走量（{abc} 类）但毛利率只有 {margin}%：用它引流。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/suggest.py" line="160"/>
        <location filename="../../core/matrix/suggest.py" line="181"/>
        <source>A {margin} % margin: it earns the profit.</source>
        <translation>毛利率 {margin}%：用它赚利润。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/suggest.py" line="167"/>
        <source>Among the dearest of its category: it shows the brand at its best.</source>
        <translation>在同类目中价格最高之列：用它展示品牌形象。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/suggest.py" line="173"/>
        <source>Among the cheapest of its category: it holds the low price point against competitors.</source>
        <translation>在同类目中价格最低之列：用它守住低价位、防御竞争对手。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/suggest.py" line="185"/>
        <source>A thin {margin} % margin: use it to bring shoppers in.</source>
        <translation>毛利率只有 {margin}%：用它引流。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/suggest.py" line="195"/>
        <source>A clearance candidate: clear it here.</source>
        <translation>清仓候选：在这里清掉。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/suggest.py" line="200"/>
        <source>Step 3 gives this platform the role {role} here.</source>
        <translation>第 3 步给这个平台在这里定的角色是“{role}”。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/suggest.py" line="204"/>
        <source>New: test it in small batches.</source>
        <translation>新品：小批量测款。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/suggest.py" line="205"/>
        <source>An established SKU: sell it fully.</source>
        <translation>成熟的 SKU：全力销售。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="39"/>
        <source>No traffic driver</source>
        <translation>没有引流款</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="40"/>
        <source>Everything on one platform</source>
        <translation>全部集中在一个平台</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="41"/>
        <source>Only one hero</source>
        <translation>只有一个主推款</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="42"/>
        <source>Listed everywhere without a role</source>
        <translation>盲目铺货</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="43"/>
        <source>Clearance platform with nothing to clear</source>
        <translation>清仓平台没有可清的货</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="46"/>
        <source>Compliance not signed off</source>
        <translation>合规未确认</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="47"/>
        <source>Role contradicts its numbers</source>
        <translation>角色与数据矛盾</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="110"/>
        <source>{platform} {market}: {count} listings and none in the Traffic role to bring shoppers to the others.</source>
        <translation>{platform} {market}：有 {count} 个刊登，但没有一个是引流款来给其他产品带来顾客。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="141"/>
        <source>{count} of {total} listings ({share} %) are on {platform}: if it changes its rules or fees, the whole matrix feels it.</source>
        <translation>{total} 个刊登中有 {count} 个（{share}%）在 {platform}：一旦它改规则或费用，整个矩阵都会受影响。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="163"/>
        <source>{sku} is the only hero: if it falters there is no other to take over. Build a second one from the potential or profit SKUs.</source>
        <translation>{sku} 是唯一的主推款：它一旦失速就没有替补。请从潜力款或利润款中培养第二个。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="189"/>
        <source>{sku} is listed in {count} places without a role in any of them: decide where it leads and where it only fills a gap.</source>
        <translation>{sku} 在 {count} 个地方刊登，却没有一个有角色：请决定它在哪里主打、在哪里只是补位。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="220"/>
        <source>{platform} {market} is for clearance, but none of its {count} listings is declining, slow-moving or aged stock ({waiting} such SKUs in the catalog).</source>
        <translation>{platform} {market} 用于清仓，但它的 {count} 个刊登中没有一个是销量下滑、动销慢或库龄老的货（产品目录中有 {waiting} 个这样的 SKU）。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="258"/>
        <source>{count} listings of {products} products in {market} still miss certifications the pre-check asks for ({missing}): sign them off or hold the listings.</source>
        <translation>{market} 有 {products} 个产品的 {count} 个刊登仍缺少合规预检要求的认证（{missing}）：请确认完成，或暂缓这些刊登。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="293"/>
        <source>{sku} has the role {role} but loses money: its margin is {margin} %.</source>
        <translation>{sku} 的角色是“{role}”，却在亏钱：毛利率为 {margin}%。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/warnings.py" line="298"/>
        <source>{sku} has the role {role} but its sales are declining.</source>
        <translation>{sku} 的角色是“{role}”，但销量在下滑。</translation>
    </message>
    <message>
        <location filename="../../core/matrix/compliance.py" line="177"/>
        <source>English</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="72"/>
        <location filename="../../core/matrix/export.py" line="172"/>
        <source>No role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="61"/>
        <location filename="../../core/matrix/export.py" line="185"/>
        <source>fit {score}</source>
        <translation>匹配 {score}</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="130"/>
        <location filename="../../core/matrix/export.py" line="226"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="131"/>
        <source>SPU</source>
        <translation>SPU</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="132"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="133"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="134"/>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="154"/>
        <source>Matrix</source>
        <translation>产品矩阵</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="166"/>
        <source>Product role</source>
        <translation>产品角色</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="173"/>
        <source>Listed, no product role yet</source>
        <translation>已刊登，还没有产品角色</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="180"/>
        <source>Platform role</source>
        <translation>平台角色</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="187"/>
        <source>Fit score: how well the product suits the platform in the market</source>
        <translation>匹配分：产品在该市场的该平台上有多合适</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="194"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="195"/>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="195"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="201"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="203"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="204"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="205"/>
        <source>Cells</source>
        <translation>单元格</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="224"/>
        <source>Fit</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="227"/>
        <source>Platform · market</source>
        <translation>平台 · 市场</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="228"/>
        <source>Fit score</source>
        <translation>匹配分</translation>
    </message>
    <message>
        <location filename="../../core/matrix/export.py" line="229"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>MatrixInsights</name>
    <message>
        <location filename="../../ui/pages/matrix/insights.py" line="141"/>
        <source>Warnings ({count})</source>
        <translation>提醒（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/insights.py" line="141"/>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/insights.py" line="143"/>
        <source>Role mix</source>
        <translation>角色结构</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/insights.py" line="146"/>
        <source>SKUs per product role against step 3&apos;s targets, revenue and margin</source>
        <translation>各产品角色的 SKU 数对比第 3 步的目标，以及收入和毛利率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/insights.py" line="148"/>
        <source>Portfolio</source>
        <translation>产品组合</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/insights.py" line="153"/>
        <source>Each bubble is a SKU: right = a bigger share of your revenue, up = growing (the last 6 months against the 6 before). Stars (top right) deserve the hero role; shrinking small SKUs are candidates for clearance.</source>
        <translation>每个气泡是一个 SKU：越靠右占你的收入越多，越靠上增长越快（近 6 个月对比之前 6 个月）。右上角的明星款适合做主推；收入小又在下滑的 SKU 可以考虑清仓。</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../ui/pages/matrix/grid_model.py" line="260"/>
        <source>No category</source>
        <translation>无类目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/grid_model.py" line="278"/>
        <source>fit {score:.0f}</source>
        <translation>匹配 {score:.0f}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/grid_model.py" line="306"/>
        <source>Product / SKU</source>
        <translation>产品 / SKU</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/grid_model.py" line="312"/>
        <source>{platform} in {market}: platform role {role} (set in step 3)</source>
        <translation>{platform} 在 {market}：平台角色为{role}（在第 3 步设置）</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="222"/>
        <source>Step {number}: {title}</source>
        <translation>第 {number} 步：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="228"/>
        <source>Place each product on the platforms and markets where it fits, with a role. Click a cell to list, edit or remove; keys 1–6 set a role, Delete removes, drag a role onto a cell. Saved at once; Ctrl+Z undoes.</source>
        <translation>把每个产品放到适合它的平台和市场，并给它一个角色。点击格子即可上架、修改或移除；数字键 1–6 设置角色，Delete 移除，也可以把角色拖到格子上。所有修改立即保存，Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="233"/>
        <source>Edit cell…</source>
        <translation>编辑格子…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="234"/>
        <source>Remove listings</source>
        <translation>移除上架</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="235"/>
        <source>Use suggested roles</source>
        <translation>采用建议角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="238"/>
        <source>Give the selected cells (none selected: every listing without a role) the roles their numbers suggest: margin, price position, ABC class, lifecycle.</source>
        <translation>给选中的格子（未选中时：所有还没有角色的上架）设置数据建议的角色：依据毛利、价格位置、ABC 分类和生命周期。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="242"/>
        <source>Fit rules…</source>
        <translation>匹配规则…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="243"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="245"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="246"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="247"/>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="248"/>
        <source>Collapse all</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="250"/>
        <source>Role: {role}</source>
        <translation>角色：{role}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="296"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="300"/>
        <source>Reading the matrix…</source>
        <translation>正在读取矩阵…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="322"/>
        <source>Cannot read the matrix</source>
        <translation>无法读取矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="362"/>
        <source>Open or create a workspace first.</source>
        <translation>请先打开或新建一个工作区。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="366"/>
        <source>No products yet. Import your catalog in step 2 or approve candidates in step 4; they appear here as rows.</source>
        <translation>还没有产品。请在第 2 步导入你的产品目录，或在第 4 步立项候选产品；它们会作为行出现在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="373"/>
        <source>No platforms or markets yet. Choose your target markets and platform priority in step 3; each platform in each market becomes a column.</source>
        <translation>还没有平台或市场。请在第 3 步选择目标市场和平台优先级；每个市场中的每个平台都会成为一列。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="384"/>
        <source>{count} SKUs are on no platform yet (&lt;a href=&quot;unplaced&quot;&gt;show them&lt;/a&gt;).</source>
        <translation>{count} 个 SKU 还没有上任何平台（&lt;a href=&quot;unplaced&quot;&gt;查看&lt;/a&gt;）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="388"/>
        <source>{count} listings have no role yet.</source>
        <translation>{count} 个上架还没有角色。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="391"/>
        <source>Still to do: </source>
        <translation>还需完成：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="394"/>
        <source>✓ Every SKU is placed and every listing has a role.</source>
        <translation>✓ 每个 SKU 都已布局，每个上架都有角色。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="472"/>
        <source>Export the matrix</source>
        <translation>导出矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="474"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/page.py" line="481"/>
        <source>Exporting the matrix…</source>
        <translation>正在导出矩阵…</translation>
    </message>
</context>
<context>
    <name>MatrixRoles</name>
    <message>
        <location filename="../../ui/pages/matrix/roles.py" line="22"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/roles.py" line="23"/>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/roles.py" line="24"/>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/roles.py" line="25"/>
        <source>Ended</source>
        <translation>已下架</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/roles.py" line="35"/>
        <source>No role yet</source>
        <translation>暂无角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/roles.py" line="48"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="108"/>
        <source>Add a team member</source>
        <translation>添加小组成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="110"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="111"/>
        <source>Main &amp;role:</source>
        <translation>主要角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="112"/>
        <source>Also does:</source>
        <translation>兼任：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="113"/>
        <source>&amp;Contact:</source>
        <translation>联系方式(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="114"/>
        <source>Capacity (&amp;h/week):</source>
        <translation>可投入时间（小时/周）(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="115"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="119"/>
        <source>e.g. Lin Wei 林伟</source>
        <translation>例如：林伟</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="120"/>
        <source>phone, WeChat or e-mail</source>
        <translation>手机、微信或邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="121"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/member_dialog.py" line="127"/>
        <source>In a small shop one person often holds several roles.</source>
        <translation>小团队里一个人常常身兼数职。</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../../ui/opening_page.py" line="164"/>
        <source>Connecting to {server}…</source>
        <translation>正在连接 {server}…</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="168"/>
        <source>Logging in, checking your rights and the team workspace&apos;s version.
{address}
The window stays usable; Cancel stops waiting.</source>
        <translation>正在登录，检查你的权限和团队工作区的版本。
{address}
窗口可以照常使用；点“取消”可停止等待。</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="173"/>
        <source>Writing the demo workspace…</source>
        <translation>正在写入演示工作区…</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="175"/>
        <source>A sample seller with about 100 SKUs, to try every step on. This takes a few seconds.</source>
        <translation>一个约有 100 个 SKU 的示例卖家，可用来试用每个步骤。需要几秒钟。</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="179"/>
        <source>Last: the sales history, goals and candidates…</source>
        <translation>最后：销售历史、目标和候选品…</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="181"/>
        <source>Product {done} of {total}: {item}</source>
        <translation>产品 {done}/{total}：{item}</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="188"/>
        <source>Opening MatrixDesk…</source>
        <translation>正在打开 MatrixDesk…</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="192"/>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="194"/>
        <source>Checking the file and reading where each step stands.
{location}</source>
        <translation>正在检查文件，读取每一步的进度。
{location}</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="199"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="200"/>
        <source>Connect to a team workspace…</source>
        <translation>连接团队工作区…</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="201"/>
        <source>Open a local workspace…</source>
        <translation>打开本地工作区…</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="202"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="211"/>
        <source>Not connected to {server}</source>
        <translation>未连接到 {server}</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="212"/>
        <source>You stopped waiting for the server.</source>
        <translation>你已停止等待服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="214"/>
        <location filename="../../ui/workspace_opening.py" line="319"/>
        <source>Cannot write the demo workspace</source>
        <translation>无法写入演示工作区</translation>
    </message>
    <message>
        <location filename="../../ui/opening_page.py" line="217"/>
        <source>Cannot connect to {server}</source>
        <translation>无法连接 {server}</translation>
    </message>
</context>
<context>
    <name>OrderedChecklist</name>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="76"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="77"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <location filename="../../ui/charts/pareto_chart.py" line="29"/>
        <source>No revenue in the last 12 months: the ABC classes need sales. Import a sales or orders report.</source>
        <translation>最近 12 个月没有销售额：ABC 分类需要销售数据。请导入销售或订单报表。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/pareto_chart.py" line="34"/>
        <source>SKUs ranked by revenue</source>
        <translation>按销售额排名的 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/charts/pareto_chart.py" line="35"/>
        <source>Share of revenue (%)</source>
        <translation>销售额占比（%）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/pareto_chart.py" line="72"/>
        <source>Share of revenue</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <location filename="../../ui/charts/pareto_chart.py" line="79"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
</context>
<context>
    <name>PlatformPerformance</name>
    <message>
        <location filename="../../core/inventory/platforms.py" line="34"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="35"/>
        <source>All markets</source>
        <translation>全部市场</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="36"/>
        <source>Revenue, units and returns of the last 12 complete months by platform and market, in {currency}. Margin: realised there, (revenue − units sold × cost) ÷ revenue, so a market priced differently shows it. Trend: revenue of the last 3 complete months against the 3 months before.</source>
        <translation>最近 12 个完整月按平台和市场统计的销售额、销量和退货，单位 {currency}。毛利率：该平台市场的实际毛利率，（销售额 − 销量 × 成本）÷ 销售额，定价不同的市场会体现出来。趋势：最近 3 个完整月的销售额与之前 3 个月相比。</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="46"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="47"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="48"/>
        <source>Listings</source>
        <translation>在售链接</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="49"/>
        <source>SKUs sold</source>
        <translation>动销 SKU</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="50"/>
        <source>Units</source>
        <translation>销量</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="53"/>
        <source>Revenue ({currency})</source>
        <translation>销售额（{currency}）</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="56"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="57"/>
        <source>Returned</source>
        <translation>退货数</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="58"/>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="59"/>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="60"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="63"/>
        <source>Platform × market</source>
        <translation>平台 × 市场</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="64"/>
        <source>By platform</source>
        <translation>按平台</translation>
    </message>
    <message>
        <location filename="../../core/inventory/platforms.py" line="65"/>
        <source>By market</source>
        <translation>按市场</translation>
    </message>
</context>
<context>
    <name>PlatformPerformanceModel</name>
    <message>
        <location filename="../../ui/models/platform_performance_model.py" line="82"/>
        <source>Active listings of this platform in this market</source>
        <translation>该平台在该市场的在售链接数</translation>
    </message>
    <message>
        <location filename="../../ui/models/platform_performance_model.py" line="84"/>
        <source>SKUs that sold at least one unit in the last 12 months</source>
        <translation>最近 12 个月至少卖出 1 件的 SKU 数</translation>
    </message>
    <message>
        <location filename="../../ui/models/platform_performance_model.py" line="86"/>
        <source>Gross margin of the SKUs sold here, weighted by their revenue here</source>
        <translation>在此售出 SKU 的毛利率，按其在此的销售额加权</translation>
    </message>
    <message>
        <location filename="../../ui/models/platform_performance_model.py" line="89"/>
        <source>Revenue of the last 3 complete months against the 3 months before; empty when there was no revenue before.</source>
        <translation>最近 3 个完整月的销售额对比之前 3 个月；之前没有销售额时留空。</translation>
    </message>
    <message>
        <location filename="../../ui/models/platform_performance_model.py" line="117"/>
        <source>Last 3 months {recent} {currency}, the 3 before {before}</source>
        <translation>最近 3 个月 {recent} {currency}，之前 3 个月 {before}</translation>
    </message>
</context>
<context>
    <name>PlatformRevenueChart</name>
    <message>
        <location filename="../../ui/charts/platform_revenue_chart.py" line="30"/>
        <source>No revenue in the last 12 months. Import a sales or orders report (with platform and market) to see each platform&apos;s monthly revenue.</source>
        <translation>最近 12 个月没有销售额。请导入带平台和市场的销售或订单报表，查看各平台的月度销售额。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/platform_revenue_chart.py" line="35"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/charts/platform_revenue_chart.py" line="38"/>
        <source>Revenue ({unit} {currency})</source>
        <translation>销售额（{unit} {currency}）</translation>
    </message>
</context>
<context>
    <name>PlatformRolesModel</name>
    <message>
        <location filename="../../ui/pages/goals/platform_roles_model.py" line="128"/>
        <source>No role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/platform_roles_model.py" line="135"/>
        <source>Main: where most sales and ad budget go. Test: try new products in small batches. Clearance: sell off slow stock.</source>
        <translation>主力：主要销量和广告预算投放的平台。测款：小批量试新品。清仓：清理滞销库存。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/platform_roles_model.py" line="144"/>
        <source>role of {platform} in {market}</source>
        <translation>{platform} 在 {market} 的角色</translation>
    </message>
</context>
<context>
    <name>PlatformsPage</name>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="159"/>
        <source>Platforms and their roles</source>
        <translation>平台及其角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="162"/>
        <source>Rank your platforms (e.g. Amazon first, TikTok Shop second) and say what each does in each market.</source>
        <translation>给平台排序（例如 Amazon 为主、TikTok Shop 为辅），并说明每个平台在各市场的角色。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="166"/>
        <source>Tick the platforms you plan with; the first is your main channel.</source>
        <translation>勾选你要规划的平台；排第一的是你的主渠道。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="170"/>
        <source>Roles: main = most sales and ad budget; test = try new products in small batches; clearance = sell off slow stock.</source>
        <translation>角色：主力 = 主要销量和广告预算；测款 = 小批量试新品；清仓 = 清理滞销库存。</translation>
    </message>
</context>
<context>
    <name>PlatformsPanel</name>
    <message>
        <location filename="../../ui/pages/inventory/platforms.py" line="117"/>
        <source>{workspace}-platforms.xlsx</source>
        <translation>{workspace}-平台表现.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/platforms.py" line="156"/>
        <source>&amp;Show:</source>
        <translation>查看(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/platforms.py" line="159"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/platforms.py" line="160"/>
        <source>Revenue per month by platform</source>
        <translation>各平台月销售额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/platforms.py" line="175"/>
        <source>Sales in {codes} count for units only: add their exchange rates to include their revenue.</source>
        <translation>{codes} 计价的销售只计入销量：请添加相应汇率，才能计入销售额。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/platforms.py" line="191"/>
        <source>Export the platform performance</source>
        <translation>导出平台表现</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/platforms.py" line="193"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/platforms.py" line="202"/>
        <source>Exporting the platform performance…</source>
        <translation>正在导出平台表现…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/platforms.py" line="211"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>PortfolioChart</name>
    <message>
        <location filename="../../ui/pages/matrix/portfolio_chart.py" line="58"/>
        <source>No sales yet, so no portfolio to show. Import a sales or orders report in step 2 (with SKU, month and revenue): each SKU then appears by its growth and its share of your revenue.</source>
        <translation>还没有销售数据，无法显示产品组合。请在第 2 步导入销售或订单报表（含 SKU、月份和收入）：之后每个 SKU 会按增长和收入占比显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/portfolio_chart.py" line="64"/>
        <source>Share of revenue (%)</source>
        <translation>收入占比（%）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/portfolio_chart.py" line="66"/>
        <source>Growth (%)</source>
        <translation>增长（%）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/portfolio_chart.py" line="71"/>
        <source>new: no sales in the 6 months before</source>
        <translation>新品：之前 6 个月没有销售</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/portfolio_chart.py" line="76"/>
        <source>{sku} {name}
Role: {role}
Share of revenue {share:.1f}%
Growth {growth}
Revenue {revenue:,.0f} {currency}</source>
        <translation>{sku} {name}
角色：{role}
收入占比 {share:.1f}%
增长 {growth}
收入 {revenue:,.0f} {currency}</translation>
    </message>
</context>
<context>
    <name>Profit</name>
    <message>
        <location filename="../../core/selection/profit.py" line="111"/>
        <source>{label} must be a number, not &quot;{value}&quot;.</source>
        <translation>{label} 必须是数字，而不是“{value}”。</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="116"/>
        <source>{label} must be a number.</source>
        <translation>{label} 必须是数字。</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="143"/>
        <source>{label} is in {source} but the price is in {target}: give a workspace with exchange rates (--rates).</source>
        <translation>{label} 的币种是 {source}，但售价是 {target}：请指定一个带汇率表的工作区（--rates）。</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="155"/>
        <source>The workspace has no exchange rate for {code}: add one first.</source>
        <translation>工作区里没有 {code} 的汇率：请先添加。</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="168"/>
        <source>&quot;{code}&quot; is not a currency MatrixDesk knows.</source>
        <translation>“{code}”不是 MatrixDesk 认识的币种。</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="172"/>
        <source>The price must be greater than zero.</source>
        <translation>售价必须大于零。</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="174"/>
        <location filename="../../core/selection/profit.py" line="214"/>
        <source>Product cost</source>
        <translation>产品成本</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="175"/>
        <location filename="../../core/selection/profit.py" line="221"/>
        <source>Freight</source>
        <translation>头程运费</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="176"/>
        <source>Duty</source>
        <translation>关税</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="177"/>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="178"/>
        <source>Referral fee</source>
        <translation>平台佣金</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="179"/>
        <source>Fulfilment fee</source>
        <translation>配送费</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="180"/>
        <source>Payment fee</source>
        <translation>支付手续费</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="181"/>
        <source>Other costs</source>
        <translation>其他成本</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="182"/>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="183"/>
        <source>Loss per return</source>
        <translation>每件退货损失</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="184"/>
        <source>TACoS</source>
        <translation>TACoS</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="189"/>
        <source>{label} cannot be negative.</source>
        <translation>{label} 不能为负数。</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="195"/>
        <source>{label} cannot be more than 100 %.</source>
        <translation>{label} 不能超过 100%。</translation>
    </message>
    <message>
        <location filename="../../core/selection/profit.py" line="245"/>
        <source>No price breaks even: referral, payment, ads and VAT together take all of every sale, so a higher price only loses more.</source>
        <translation>任何售价都无法保本：佣金、支付费、广告和增值税合计吃掉了全部销售额，售价越高只会亏得越多。</translation>
    </message>
</context>
<context>
    <name>ProfitForm</name>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="164"/>
        <source>Price (tax included)</source>
        <translation>售价（含税）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="165"/>
        <source>Product cost</source>
        <translation>产品成本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="166"/>
        <source>Freight per unit</source>
        <translation>单件头程运费</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="167"/>
        <source>Duty %</source>
        <translation>关税 %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="168"/>
        <source>VAT %</source>
        <translation>增值税 %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="169"/>
        <source>Referral fee %</source>
        <translation>平台佣金 %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="170"/>
        <source>Fulfilment fee</source>
        <translation>配送费</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="171"/>
        <source>Payment fee %</source>
        <translation>支付手续费 %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="172"/>
        <source>Other costs</source>
        <translation>其他成本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="173"/>
        <source>Return rate %</source>
        <translation>退货率 %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="174"/>
        <source>Loss per return</source>
        <translation>每件退货损失</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="175"/>
        <source>Ad spend (TACoS) %</source>
        <translation>广告花费（TACoS）%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="180"/>
        <source>Net price (without VAT)</source>
        <translation>净售价（不含增值税）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="181"/>
        <source>Landed cost</source>
        <translation>到岸成本</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="182"/>
        <source>Profit before ads</source>
        <translation>广告前利润</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="183"/>
        <source>Unit profit</source>
        <translation>单件利润</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="184"/>
        <source>Net margin</source>
        <translation>净利润率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="185"/>
        <source>Break-even ACoS</source>
        <translation>盈亏平衡 ACoS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="186"/>
        <source>Break-even price</source>
        <translation>盈亏平衡售价</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="190"/>
        <source>Fill in fees and taxes</source>
        <translation>填入费用和税率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="192"/>
        <source>Estimates from the reference table; check them against your account.</source>
        <translation>来自参考表的估算值；请对照你的账户核实。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="194"/>
        <source>Per unit, in the selling currency</source>
        <translation>按单件、以销售币种计</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="197"/>
        <source>Net price = price ÷ (1 + VAT). Unit profit = net price − landed cost − fees − returns − ads. Break-even ACoS = profit before ads ÷ net price. Referral and payment fees are charged on the price with tax.</source>
        <translation>净售价 = 售价 ÷ （1 + 增值税率）。单件利润 = 净售价 − 到岸成本 − 各项费用 − 退货损失 − 广告。盈亏平衡 ACoS = 广告前利润 ÷ 净售价。佣金和支付费按含税售价收取。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="246"/>
        <source>No default in the reference table: enter your own.</source>
        <translation>参考表中没有默认值：请自行填写。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/profit_form.py" line="250"/>
        <source>Estimate. Source: {source}. Verify by {date}.</source>
        <translation>估算值。来源：{source}。请在 {date} 前核实。</translation>
    </message>
</context>
<context>
    <name>RaciLetterDelegate</name>
    <message>
        <location filename="../../ui/pages/team_delegates.py" line="119"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_delegates.py" line="122"/>
        <source>{letter} — {meaning}</source>
        <translation>{letter} — {meaning}</translation>
    </message>
</context>
<context>
    <name>RaciModel</name>
    <message>
        <location filename="../../ui/models/raci_model.py" line="114"/>
        <source>{role} +{count}</source>
        <translation>{role} 等 +{count}</translation>
    </message>
    <message>
        <location filename="../../ui/models/raci_model.py" line="119"/>
        <source>{name}
{role}</source>
        <translation>{name}
{role}</translation>
    </message>
    <message>
        <location filename="../../ui/models/raci_model.py" line="121"/>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <location filename="../../ui/models/raci_model.py" line="134"/>
        <source>This row needs exactly one Accountable (A).</source>
        <translation>这一行必须有且只有一个负责人（A）。</translation>
    </message>
</context>
<context>
    <name>RaciWarningsPanel</name>
    <message>
        <location filename="../../ui/pages/team_status.py" line="101"/>
        <source>All clear: every step and duty has exactly one Accountable person.</source>
        <translation>全部就绪：每个步骤和职责都有且只有一个负责人（A）。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="136"/>
        <source>Before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="138"/>
        <source>Before an upgrade of the file</source>
        <translation>文件升级之前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="140"/>
        <source>Damaged file set aside</source>
        <translation>已移开的损坏文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="158"/>
        <source>Cannot restore the backup</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="164"/>
        <source>Restore a backup — {name}</source>
        <translation>恢复备份 — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="168"/>
        <source>MatrixDesk backs up the workspace before every import and upgrade, in {folder}. Choose the backup to go back to. The current file is first set aside in the same folder, so nothing is deleted; changes made after the backup are not in it.</source>
        <translation>MatrixDesk 会在每次导入和升级之前备份工作区，备份保存在 {folder}。请选择要恢复到的备份。当前文件会先移到同一文件夹中保留，不会删除任何内容；备份之后所做的修改不在备份里。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="174"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="174"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="174"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="174"/>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="180"/>
        <source>whole</source>
        <translation>完好</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="180"/>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="183"/>
        <source>No backups of this workspace yet</source>
        <translation>这个工作区还没有备份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="186"/>
        <source>A backup is a complete copy of the workspace file that you can go back to. MatrixDesk makes one by itself before every import and before it upgrades the file for a new version, and keeps the newest {count}.</source>
        <translation>备份是工作区文件的完整副本，需要时可以回到它。MatrixDesk 会在每次导入之前、以及为新版本升级文件之前自动备份，并保留最新的 {count} 份。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="193"/>
        <source>They are saved in the backups folder beside the workspace and will be listed here, with when and why each was made:</source>
        <translation>备份保存在工作区旁边的备份文件夹里，并会列在这里，注明每份的时间和原因：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="199"/>
        <source>Until the first one, a copy you make yourself (File ▸ Save a copy as…) is the way back.</source>
        <translation>在第一份备份之前，可以用自己保存的副本（文件 ▸ 另存副本…）回到之前的状态。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="203"/>
        <source>Restore this backup</source>
        <translation>恢复这个备份</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="211"/>
        <source>Review the proposed responsibilities</source>
        <translation>检查建议的职责分工</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="213"/>
        <source>R = Responsible, A = Accountable (one per row), C = Consulted, I = Informed.</source>
        <translation>R = 执行，A = 负责（每行一个），C = 咨询，I = 知会。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="217"/>
        <source>Press Finish to add these people and fill the matrix. Cells you already filled in keep their letters.</source>
        <translation>点击“完成”即可添加这些成员并填好矩阵。你已经填写的单元格保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="238"/>
        <source>{name}
{role}</source>
        <translation>{name}
{role}</translation>
    </message>
</context>
<context>
    <name>RoleEditing</name>
    <message>
        <location filename="../../ui/pages/matrix/role_editing.py" line="55"/>
        <source>Set role to {role}</source>
        <translation>角色设为{role}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_editing.py" line="75"/>
        <source>No suggestion for these cells yet: they need a listing (and a moment).</source>
        <translation>这些格子还没有建议：需要先上架（并稍等片刻）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_editing.py" line="78"/>
        <source>Use suggested roles ({count})</source>
        <translation>采用建议角色（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_editing.py" line="83"/>
        <source>Remove {count} listings</source>
        <translation>移除 {count} 个上架</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_editing.py" line="96"/>
        <source>Copy roles</source>
        <translation>复制角色</translation>
    </message>
</context>
<context>
    <name>RoleMixChart</name>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_chart.py" line="45"/>
        <source>No listings with a role yet. Give cells a role in the grid (keys 1–6), and set SKU-count targets per role in step 3 to compare against.</source>
        <translation>还没有带角色的上架。请在表格中给格子设置角色（数字键 1–6），并在第 3 步按角色设定 SKU 数量目标以便对比。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_chart.py" line="50"/>
        <source>Product role</source>
        <translation>产品角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_chart.py" line="51"/>
        <source>SKUs</source>
        <translation>SKU 数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_chart.py" line="91"/>
        <source>Target (step 3)</source>
        <translation>目标（第 3 步）</translation>
    </message>
</context>
<context>
    <name>RoleMixModel</name>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_model.py" line="22"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_model.py" line="23"/>
        <source>all markets</source>
        <translation>全部市场</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_model.py" line="53"/>
        <source>Platform · market</source>
        <translation>平台 · 市场</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_model.py" line="54"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_model.py" line="55"/>
        <source>Active SKUs</source>
        <translation>在售 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_model.py" line="56"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_model.py" line="57"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_model.py" line="58"/>
        <source>Still missing</source>
        <translation>尚缺</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_model.py" line="59"/>
        <source>Revenue ({currency})</source>
        <translation>收入（{currency}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_model.py" line="61"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_mix_model.py" line="62"/>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
</context>
<context>
    <name>RolePalette</name>
    <message>
        <location filename="../../ui/pages/matrix/role_palette.py" line="68"/>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_palette.py" line="73"/>
        <source>Click: give the selected cells this role (key {key}). Or drag it onto a cell.</source>
        <translation>点击：给选中的格子设置这个角色（快捷键 {key}）。也可以拖到格子上。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/role_palette.py" line="78"/>
        <source>In a cell: the role&apos;s colour and mark, the fit score (0–100), ● active, ○ paused, dashed border: planned, struck through: ended. Grey numbers: the fit where the SKU is not listed yet.</source>
        <translation>格子里：角色的颜色和标记、匹配分（0–100）、● 在售、○ 暂停、虚线边框：计划中、删除线：已下架。灰色数字：SKU 尚未上架时在该处的匹配分。</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="133"/>
        <source>Choose the roles and the people</source>
        <translation>选择角色和人员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="136"/>
        <source>The five core roles are checked. One person doing several roles? Type the same name in each of their rows: they become one member holding those roles.</source>
        <translation>已勾选五个核心角色。一个人身兼数职？在他负责的每一行填同一个名字：他会成为一名兼任这些角色的成员。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="142"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="142"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="142"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="142"/>
        <source>Hours/week</source>
        <translation>小时/周</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="149"/>
        <source>{role} (already in your team)</source>
        <translation>{role}（小组中已有）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="151"/>
        <source>{role} (optional)</source>
        <translation>{role}（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="153"/>
        <source>Name (empty: the role name)</source>
        <translation>姓名（留空则用角色名）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="154"/>
        <source>phone, WeChat or e-mail</source>
        <translation>手机、微信或邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="155"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="158"/>
        <source>A two- or three-person shop is complete when together they hold the five core roles. An empty name uses the role name. You can change names, roles and every RACI cell later on the Team page.</source>
        <translation>两三个人的小团队，只要合起来担任了五个核心角色，就算组建完成。名字留空则使用角色名。之后可以在团队页面修改姓名、角色和 RACI 的每一格。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="179"/>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/pages/matrix/rules_dialog.py" line="36"/>
        <source>Fit rules</source>
        <translation>匹配规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_dialog.py" line="41"/>
        <source>How the fit score (0–100) is computed. Points are added to the starting score when a rule applies; double-click a value to change it (saved in this workspace at once). Changed values are bold.</source>
        <translation>匹配分（0–100）的计算方式：规则适用时，在起始分上加减相应分数。双击数值即可修改（立即保存在这个工作区）。改过的数值以粗体显示。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_dialog.py" line="49"/>
        <source>Find a rule, e.g. Amazon or margin</source>
        <translation>查找规则，例如 Amazon 或 毛利</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_dialog.py" line="69"/>
        <source>Reset to defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_dialog.py" line="73"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_dialog.py" line="119"/>
        <source>Reset the fit rules</source>
        <translation>恢复默认匹配规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_dialog.py" line="120"/>
        <source>Go back to the shipped rules? Every value you changed is lost.</source>
        <translation>恢复到自带的规则吗？你改过的所有数值都会丢失。</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="184"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="184"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/rules_model.py" line="184"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../ui/charts/score_chart.py" line="25"/>
        <source>Score (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
</context>
<context>
    <name>ScoreThresholdsDialog</name>
    <message>
        <location filename="../../ui/pages/selection/thresholds_dialog.py" line="30"/>
        <source>Scoring thresholds</source>
        <translation>评分阈值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/thresholds_dialog.py" line="34"/>
        <source>A criterion earns 1 point, plus one for each threshold its number reaches. These thresholds count for every candidate in this workspace.</source>
        <translation>每个评分项基础 1 分，数值每达到一个阈值加 1 分。这些阈值适用于本工作区的所有候选产品。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/thresholds_dialog.py" line="65"/>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/thresholds_dialog.py" line="67"/>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <location filename="../../core/selection/scorecard.py" line="50"/>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="54"/>
        <source>units sold per month by the top competitors</source>
        <translation>头部竞品的月销量</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="58"/>
        <source>Trend and seasonality</source>
        <translation>趋势与季节性</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="62"/>
        <source>peak month ÷ average month of the 12-month curve</source>
        <translation>12 个月曲线中最高月 ÷ 月平均</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="66"/>
        <source>Competition</source>
        <translation>竞争</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="70"/>
        <source>reviews of the leading competitors</source>
        <translation>头部竞品的评论数</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="74"/>
        <source>Margin after all costs</source>
        <translation>全成本后利润率</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="78"/>
        <source>net margin from the profit calculator</source>
        <translation>利润计算器得出的净利润率</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="82"/>
        <source>Differentiation</source>
        <translation>差异化</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="86"/>
        <source>review pain points the product can fix</source>
        <translation>产品能解决的评论痛点数</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="90"/>
        <source>Supply readiness</source>
        <translation>供应就绪度</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="94"/>
        <source>supplier lead time in days (MOQ over 1,000 costs a point)</source>
        <translation>供应商交期（天）；起订量超过 1,000 扣 1 分</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="98"/>
        <source>Compliance and IP risk</source>
        <translation>合规与知识产权风险</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="102"/>
        <source>certification cost in CNY (upper estimate); IP risk costs points</source>
        <translation>认证费用（人民币，估算上限）；知识产权风险扣分</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="108"/>
        <source>Logistics friendliness</source>
        <translation>物流友好度</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="112"/>
        <source>shipping weight in grams (a battery costs a point)</source>
        <translation>运输重量（克）；带电池扣 1 分</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="135"/>
        <source>A weight must be between 0 and 100.</source>
        <translation>权重必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="138"/>
        <source>At least one weight must be above zero.</source>
        <translation>至少要有一个权重大于零。</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="151"/>
        <source>Give four thresholds, for 2, 3, 4 and 5.</source>
        <translation>请给出 4 个阈值，分别对应 2、3、4、5 分。</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="155"/>
        <source>The thresholds must rise from 2 to 5 points.</source>
        <translation>阈值必须从 2 分到 5 分逐级升高。</translation>
    </message>
    <message>
        <location filename="../../core/selection/scorecard.py" line="157"/>
        <source>The thresholds must fall from 2 to 5 points.</source>
        <translation>阈值必须从 2 分到 5 分逐级降低。</translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <location filename="../../ui/models/scorecard_model.py" line="34"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../ui/models/scorecard_model.py" line="35"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/models/scorecard_model.py" line="36"/>
        <source>Score (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <location filename="../../ui/models/scorecard_model.py" line="37"/>
        <source>Based on</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/models/scorecard_model.py" line="41"/>
        <source>{number} units a month</source>
        <translation>每月 {number} 件</translation>
    </message>
    <message>
        <location filename="../../ui/models/scorecard_model.py" line="42"/>
        <source>{number} reviews</source>
        <translation>{number} 条评论</translation>
    </message>
    <message>
        <location filename="../../ui/models/scorecard_model.py" line="43"/>
        <source>{number} pain points</source>
        <translation>{number} 个痛点</translation>
    </message>
    <message>
        <location filename="../../ui/models/scorecard_model.py" line="44"/>
        <source>{number} days lead time</source>
        <translation>交期 {number} 天</translation>
    </message>
    <message>
        <location filename="../../ui/models/scorecard_model.py" line="45"/>
        <source>{number} CNY to certify</source>
        <translation>认证费用 {number} 元</translation>
    </message>
    <message>
        <location filename="../../ui/models/scorecard_model.py" line="46"/>
        <source>{number} g</source>
        <translation>{number} 克</translation>
    </message>
    <message>
        <location filename="../../ui/models/scorecard_model.py" line="55"/>
        <source>By hand: {reason}</source>
        <translation>手动：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/models/scorecard_model.py" line="57"/>
        <source>⚠ Missing data: counted as 3</source>
        <translation>⚠ 缺少数据：按 3 分计</translation>
    </message>
    <message>
        <location filename="../../ui/models/scorecard_model.py" line="126"/>
        <source>{measure}. Thresholds for 2, 3, 4 and 5 points: {bands}</source>
        <translation>{measure}。2、3、4、5 分的阈值：{bands}</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <location filename="../../ui/pages/selection/scorecard_panel.py" line="120"/>
        <source>Score by hand…</source>
        <translation>手动评分…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/scorecard_panel.py" line="121"/>
        <source>Score from the numbers</source>
        <translation>按数据评分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/scorecard_panel.py" line="122"/>
        <source>Thresholds…</source>
        <translation>阈值…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/scorecard_panel.py" line="125"/>
        <source>Weights count for every candidate in this workspace (double-click to change). Hover a criterion for its thresholds. ⚠ marks a score that rests on missing data.</source>
        <translation>权重适用于本工作区的所有候选产品（双击修改）。鼠标悬停在评分项上可查看阈值。⚠ 表示该评分缺少数据支撑。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/scorecard_panel.py" line="149"/>
        <source>{name}: weighted score {score} of 5</source>
        <translation>{name}：加权总分 {score}（满分 5）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/scorecard_panel.py" line="153"/>
        <source>Select a candidate in the pool</source>
        <translation>请在产品池中选择一个候选产品</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/scorecard_panel.py" line="183"/>
        <location filename="../../ui/pages/selection/scorecard_panel.py" line="191"/>
        <source>Score by hand</source>
        <translation>手动评分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/scorecard_panel.py" line="184"/>
        <source>{criterion}: score 1–5</source>
        <translation>{criterion}：评分 1–5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/scorecard_panel.py" line="191"/>
        <source>Why?</source>
        <translation>理由？</translation>
    </message>
</context>
<context>
    <name>SeasonalityChart</name>
    <message>
        <location filename="../../ui/charts/seasonality_chart.py" line="20"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/charts/seasonality_chart.py" line="21"/>
        <source>Index (average = 100)</source>
        <translation>指数（月平均 = 100）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/seasonality_chart.py" line="28"/>
        <source>No seasonality curve yet</source>
        <translation>还没有季节性曲线</translation>
    </message>
</context>
<context>
    <name>SelectionPage</name>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="236"/>
        <source>Step {number}: {title}</source>
        <translation>第 {number} 步：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="241"/>
        <source>Add candidate…</source>
        <translation>添加候选产品…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="242"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="243"/>
        <source>Import research file…</source>
        <translation>导入调研文件…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="245"/>
        <source>Exports of Jungle Scout, Helium 10, Keepa or any table with product names</source>
        <translation>Jungle Scout、Helium 10、Keepa 的导出文件，或任何带产品名称的表格</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="247"/>
        <source>Undo last import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="248"/>
        <source>Filter candidates</source>
        <translation>筛选候选产品</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="249"/>
        <source>Candidate pool, best score first</source>
        <translation>候选产品池（按评分从高到低）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="252"/>
        <source>Undo decision</source>
        <translation>撤销决定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="255"/>
        <source>Scorecard</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="256"/>
        <source>Research data</source>
        <translation>调研数据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="257"/>
        <source>Profit calculator</source>
        <translation>利润计算器</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="258"/>
        <source>Compliance</source>
        <translation>合规预检</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="259"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="288"/>
        <source>Import #{batch}: {file}</source>
        <translation>导入 #{batch}：{file}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="342"/>
        <source>{decision} on {date} by {name}: {reason}</source>
        <translation>{date} 由 {name} {decision}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="350"/>
        <source>No decision yet.</source>
        <translation>尚未决定。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="356"/>
        <source>Next: add the products you are considering, or import a research export.</source>
        <translation>下一步：添加你正在考虑的产品，或导入调研工具的导出文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="361"/>
        <source>Next: some scores rest on missing data (⚠): fill it in or score by hand: {names}</source>
        <translation>下一步：部分评分缺少数据（⚠），请补充数据或手动评分：{names}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="364"/>
        <source>Next: decide on every candidate: approve, park or reject.</source>
        <translation>下一步：为每个候选产品做出决定：立项、暂缓或否决。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="367"/>
        <source>Every candidate has a decision. Approved products are in step 2&apos;s catalog.</source>
        <translation>所有候选产品都已有决定。已立项的产品在第 2 步的产品目录中。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="389"/>
        <source>Add candidate</source>
        <translation>添加候选产品</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="389"/>
        <source>Product name:</source>
        <translation>产品名称：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="422"/>
        <source>Remove candidate</source>
        <translation>删除候选产品</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="423"/>
        <source>Remove {name} and its pain points and scores from the pool?</source>
        <translation>要从产品池中删除 {name} 及其痛点和评分吗？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/selection/page.py" line="461"/>
        <source>{code} is now in the catalog (step 2).</source>
        <translation>{code} 已加入产品目录（第 2 步）。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="24"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="26"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="26"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../ui/pages/matrix/sign_off.py" line="68"/>
        <source>Sign off compliance</source>
        <translation>确认合规</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/sign_off.py" line="74"/>
        <source>Tick each product once you have checked it holds the certifications the market asks for. Saved at once; Ctrl+Z undoes.</source>
        <translation>核对产品已具备该市场要求的认证后，勾选它。立即保存；按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/sign_off.py" line="88"/>
        <source>Missing: {missing}</source>
        <translation>缺少：{missing}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/sign_off.py" line="104"/>
        <source>Sign off ticked</source>
        <translation>确认已勾选项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/sign_off.py" line="106"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SigningOff</name>
    <message>
        <location filename="../../ui/pages/matrix/sign_off.py" line="192"/>
        <source>Sign off compliance</source>
        <translation>确认合规</translation>
    </message>
</context>
<context>
    <name>SkuDetailPanel</name>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="140"/>
        <source>Where</source>
        <translation>平台 / 市场</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="136"/>
        <source>Sales by platform and market (12 months, {base})</source>
        <translation>各平台和市场的销售（近 12 个月，{base}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="141"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="142"/>
        <source>Units</source>
        <translation>销量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="143"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="150"/>
        <source>Reviewing the sales… This SKU&apos;s figures appear here when it is done.</source>
        <translation>正在分析销售数据…完成后，这里显示此 SKU 的数字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="153"/>
        <source>Select a SKU to see its details.</source>
        <translation>选择一个 SKU 查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="165"/>
        <source>{code} — {name}</source>
        <translation>{code} — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="171"/>
        <source>{basis}: {margin} · revenue {revenue} {base} · {units} units · ABC class {abc} · {cover} days of cover</source>
        <translation>{basis}：{margin} · 销售额 {revenue} {base} · {units} 件 · ABC 分类 {abc} · 可售 {cover} 天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="174"/>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="189"/>
        <source>Lifecycle: {stage} (set by hand). Suggested: {suggested} — {reason}</source>
        <translation>生命周期：{stage}（手动设置）。系统建议：{suggested} — {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="192"/>
        <source>Lifecycle: {suggested} (suggested) — {reason}</source>
        <translation>生命周期：{suggested}（系统建议）— {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="196"/>
        <source>Flags: {flags}</source>
        <translation>风险提示：{flags}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="203"/>
        <source>Stock on hand: — (unknown)</source>
        <translation>现有库存：—（未知）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="206"/>
        <source>Stock on hand: {count}</source>
        <translation>现有库存：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="217"/>
        <source>Market {code}</source>
        <translation>市场 {code}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/inventory/detail.py" line="235"/>
        <source>No sales in the last 12 months.</source>
        <translation>近 12 个月没有销售。</translation>
    </message>
</context>
<context>
    <name>SkuPairing</name>
    <message>
        <location filename="../../ui/dialogs/sku_pairing.py" line="42"/>
        <source>SKU in the file</source>
        <translation>文件中的 SKU</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sku_pairing.py" line="42"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sku_pairing.py" line="42"/>
        <source>Pair with a catalog SKU</source>
        <translation>与目录中的 SKU 配对</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sku_pairing.py" line="47"/>
        <location filename="../../ui/dialogs/sku_pairing.py" line="64"/>
        <source>Not paired</source>
        <translation>不配对</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sku_pairing.py" line="98"/>
        <source>{paired} SKUs paired ({rows} rows), {left} not paired</source>
        <translation>已配对 {paired} 个 SKU（{rows} 行），{left} 个未配对</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/dialogs/start_dialog.py" line="30"/>
        <source>MatrixDesk — start</source>
        <translation>MatrixDesk — 开始</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start_dialog.py" line="33"/>
        <source>Welcome to MatrixDesk 出海产品矩阵</source>
        <translation>欢迎使用 MatrixDesk 出海产品矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start_dialog.py" line="41"/>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start_dialog.py" line="49"/>
        <source>No recent workspaces yet: start with the demo or create your own.</source>
        <translation>还没有最近的工作区：可以先打开演示，或新建你自己的工作区。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start_dialog.py" line="56"/>
        <source>Open selected</source>
        <translation>打开所选</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start_dialog.py" line="58"/>
        <source>New workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start_dialog.py" line="60"/>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/start_dialog.py" line="62"/>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
</context>
<context>
    <name>StepIntroPage</name>
    <message>
        <location filename="../../ui/pages/step_intro_page.py" line="46"/>
        <source>Step {number}: {title}</source>
        <translation>第 {number} 步：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/step_intro_page.py" line="51"/>
        <source>What this step needs</source>
        <translation>这一步需要什么</translation>
    </message>
    <message>
        <location filename="../../ui/pages/step_intro_page.py" line="55"/>
        <source>This step&apos;s workspace is being built. Everything you enter in the earlier steps will flow into it.</source>
        <translation>这一步的功能正在建设中。你在前面步骤中录入的一切都会自动流入这里。</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../ui/step_list.py" line="19"/>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../core/steps.py" line="19"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="20"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="21"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="37"/>
        <source>Team</source>
        <translation>组建跨职能小组</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="38"/>
        <source>Build a cross-functional team: product manager, operations, purchasing, finance and legal/compliance, with clear responsibilities (RACI) for every step and recurring duty.</source>
        <translation>组建跨职能小组：产品经理、运营、采购、财务和法务/合规，为每个步骤和日常职责明确分工（RACI）。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="44"/>
        <source>Team members and their roles; one Accountable person per step and duty.</source>
        <translation>小组成员及其角色；每个步骤和职责有且只有一位负责人（A）。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="51"/>
        <source>Inventory review</source>
        <translation>梳理现有产品线</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="52"/>
        <source>Sort the existing product line by category, gross margin, lifecycle stage and platform performance; spot over-reliance on one hero SKU or platform, slow movers and aged stock.</source>
        <translation>按类目、毛利率、生命周期阶段和平台表现梳理现有产品线；发现对单一爆款或单一平台的过度依赖、滞销品和库龄过长的库存。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="58"/>
        <source>Your catalog (SPU and SKU) imported from Excel, CSV or your ERP, with cost, price and sales.</source>
        <translation>从 Excel、CSV 或 ERP 导入的商品目录（SPU 与 SKU），包含成本、售价和销量。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="67"/>
        <source>Goals</source>
        <translation>设定矩阵目标</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="68"/>
        <source>Set the matrix goals: target markets, platform priority and role (test / main / clearance), SKU count targets per product role, revenue and margin targets with deadlines.</source>
        <translation>设定矩阵目标：主攻市场、平台优先级与平台角色（测款 / 主力 / 清仓）、各产品角色的 SKU 数量目标，以及带截止日期的销售额和利润率目标。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="74"/>
        <source>The reviewed catalog from step 2 and the team from step 1.</source>
        <translation>第 2 步梳理好的产品目录和第 1 步组建的小组。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="79"/>
        <location filename="../../ui/pages/selection/compliance_panel.py" line="46"/>
        <source>Selection</source>
        <translation>选品分析</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="80"/>
        <source>Score candidate products with a weighted scorecard, compute landed cost and profit per platform and market, check seasonality, review pain points and compliance, then approve, park or reject.</source>
        <translation>用加权产品评分卡为候选产品打分，按平台和市场测算到岸成本与利润，查看季节性、评论痛点和合规要求，然后立项、搁置或否决。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="86"/>
        <source>Candidate products (typed in or from Jungle Scout, Helium 10 or Keepa exports) and the goals from step 3.</source>
        <translation>候选产品（手动录入或来自 Jungle Scout、Helium 10、Keepa 的导出文件）以及第 3 步的目标。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="95"/>
        <source>Platform fit</source>
        <translation>匹配平台特性</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="96"/>
        <source>Match each approved product to platforms and markets, give it a product role (hero, traffic, profit, image, potential, defensive) and see the matrix grid against the goals.</source>
        <translation>为每个已立项产品匹配平台和市场，分配产品角色（主推、引流、利润、形象、潜力、防御），并对照目标查看矩阵网格。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="102"/>
        <source>Approved products from step 4 and the platform priorities from step 3.</source>
        <translation>第 4 步已立项的产品和第 3 步的平台优先级。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="109"/>
        <source>Launch cadence</source>
        <translation>制定上线节奏</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="110"/>
        <source>Plan launch batches on a timeline with small test quantities first, A/B tests, and a weekly cash-flow simulation that warns before cash runs low.</source>
        <translation>在时间轴上规划上线批次，先小批量测试，安排 A/B 测试，并按周模拟现金流，在资金紧张前发出预警。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="116"/>
        <source>The matrix from step 5, lead times, compliance dates and your cash floor.</source>
        <translation>第 5 步的产品矩阵、交期、合规时间和你的现金底线。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="123"/>
        <source>ERP link</source>
        <translation>接入ERP</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="124"/>
        <source>Connect 店小秘, 马帮, 通途, 领星 or any CSV/XLSX through column mappings; keep one SKU code rule and a pairing table so stock is never counted twice; every sync is previewed and can be undone.</source>
        <translation>通过列映射接入店小秘、马帮、通途、领星或任意 CSV/XLSX；使用统一产品编号规则和 SKU 配对表，避免库存重复计算；每次同步都先预览，并可撤销。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="130"/>
        <source>Exports from your ERP and platform reports (Amazon Business Report, advertising reports, Shopify orders).</source>
        <translation>ERP 导出文件和平台报表（亚马逊业务报告、广告报告、Shopify 订单）。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="139"/>
        <source>Dashboard</source>
        <translation>建立数据看板</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="140"/>
        <source>Watch KPIs by SKU, role, platform and market; get alerts for stop-loss candidates, recurring complaints, overstock and stock-outs; hold review meetings whose decisions flow back into the matrix.</source>
        <translation>按 SKU、角色、平台和市场监控关键指标；对止损候选、反复出现的差评、积压和断货风险发出预警；召开复盘会，决议直接回写到产品矩阵。</translation>
    </message>
    <message>
        <location filename="../../core/steps.py" line="146"/>
        <source>Sales, advertising, returns and reviews from step 7.</source>
        <translation>第 7 步接入的销售、广告、退货和评论数据。</translation>
    </message>
</context>
<context>
    <name>StockAgingChart</name>
    <message>
        <location filename="../../ui/charts/stock_aging_chart.py" line="19"/>
        <source>No stock lots with a received date. Import a stock or inventory report with the date each lot was received to see how old the stock is.</source>
        <translation>没有带入库日期的库存批次。请导入包含每批入库日期的库存报表，查看库存的库龄。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/stock_aging_chart.py" line="24"/>
        <location filename="../../ui/charts/stock_aging_chart.py" line="39"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/charts/stock_aging_chart.py" line="27"/>
        <source>Stock value ({unit} {currency})</source>
        <translation>库存货值（{unit} {currency}）</translation>
    </message>
    <message>
        <location filename="../../ui/charts/stock_aging_chart.py" line="31"/>
        <source>Days since received</source>
        <translation>入库天数</translation>
    </message>
    <message>
        <location filename="../../ui/charts/stock_aging_chart.py" line="40"/>
        <source>Stock value</source>
        <translation>库存货值</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="231"/>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="238"/>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="239"/>
        <source>Mar&amp;ket:</source>
        <translation>市场(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="240"/>
        <source>P&amp;eriod:</source>
        <translation>周期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="245"/>
        <source>{role} SKUs:</source>
        <translation>{role}款 SKU 数：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="247"/>
        <source>e.g. 500000</source>
        <translation>例如 500000</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="248"/>
        <source>Revenue ({currency}):</source>
        <translation>销售额（{currency}）：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="250"/>
        <source>Gross margin at least:</source>
        <translation>毛利率至少：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="251"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="257"/>
        <source>Targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="260"/>
        <source>A number, a date and an owner for each goal. Leave 0 for what you don&apos;t aim at.</source>
        <translation>每个目标都要有数值、日期和负责人。不打算设定的项保留 0。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="264"/>
        <source>Progress is counted from your listings&apos; roles and your sales, never typed.</source>
        <translation>进度根据你刊登的产品角色和销售自动统计，无需手填。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="306"/>
        <source>The revenue target must be a number greater than zero.</source>
        <translation>销售额目标必须是大于零的数字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals/goal_wizard.py" line="308"/>
        <source>Give at least one target: a SKU count, a revenue or a margin.</source>
        <translation>至少填写一个目标：SKU 数量、销售额或毛利率。</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../core/team.py" line="18"/>
        <source>Product manager</source>
        <translation>产品经理</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="19"/>
        <source>Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="20"/>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="21"/>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="22"/>
        <source>Legal / compliance</source>
        <translation>法务 / 合规</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="23"/>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="24"/>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="31"/>
        <source>Product approval (立项)</source>
        <translation>产品立项</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="32"/>
        <source>Listing</source>
        <translation>上架</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="33"/>
        <source>Replenishment</source>
        <translation>补货</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="34"/>
        <source>Ad budget</source>
        <translation>广告预算</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="35"/>
        <source>Compliance sign-off</source>
        <translation>合规审批</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="36"/>
        <source>Review meeting (复盘)</source>
        <translation>复盘会</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="41"/>
        <source>Responsible: does the work</source>
        <translation>执行：具体干活的人</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="42"/>
        <source>Accountable: decides and signs off (exactly one)</source>
        <translation>负责：拍板并签字（只能一个人）</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="43"/>
        <source>Consulted: asked before</source>
        <translation>咨询：事前征求意见</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="44"/>
        <source>Informed: told after</source>
        <translation>知会：事后通知</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="166"/>
        <source>A member needs a name.</source>
        <translation>成员必须填写姓名。</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="160"/>
        <source>Unknown role: {role}</source>
        <translation>未知角色：{role}</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="172"/>
        <source>Capacity must be between 0 and 168 hours a week.</source>
        <translation>可投入时间必须在每周 0 到 168 小时之间。</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="197"/>
        <source>This team member no longer exists.</source>
        <translation>该小组成员已不存在。</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="201"/>
        <source>A member needs at least one role.</source>
        <translation>成员至少要有一个角色。</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="308"/>
        <source>Use R, A, C or I (or leave the cell empty).</source>
        <translation>请填写 R、A、C 或 I（或留空）。</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="442"/>
        <source>{subject}: nobody is Accountable (A).</source>
        <translation>{subject}：没有负责人（A）。</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="443"/>
        <source>{subject}: {count} people are Accountable (A); keep exactly one.</source>
        <translation>{subject}：有 {count} 个负责人（A），只能保留一个。</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="474"/>
        <location filename="../../ui/dialogs/team_wizard.py" line="232"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="503"/>
        <source>Team</source>
        <translation>组建跨职能小组</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="505"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="506"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="507"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="508"/>
        <source>Capacity (h/week)</source>
        <translation>可投入时间（小时/周）</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="509"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="515"/>
        <source>RACI</source>
        <translation>RACI 职责矩阵</translation>
    </message>
    <message>
        <location filename="../../core/team.py" line="516"/>
        <source>Step or duty</source>
        <translation>步骤或职责</translation>
    </message>
    <message>
        <location filename="../../core/engines/postgresql.py" line="82"/>
        <source>The connection to {host} is encrypted, but MatrixDesk cannot check that it is really your server: no certificate of it is known. Ask whoever runs the server for its root certificate and save it as {path}.</source>
        <translation>到 {host} 的连接已加密，但 MatrixDesk 无法确认它确实是你的服务器：没有它的证书。请向服务器管理员索取根证书，并保存为 {path}。</translation>
    </message>
    <message>
        <location filename="../../core/engines/postgresql.py" line="109"/>
        <source>The server at {host} refused the login of {user}: the user name or password is wrong.</source>
        <translation>{host} 上的服务器拒绝了 {user} 的登录：用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../core/engines/postgresql.py" line="114"/>
        <source>The server at {host} has no database {database}. Check the name, or set the team workspace up first (python main.py team init).</source>
        <translation>{host} 上的服务器没有数据库 {database}。请检查名称，或先建立团队工作区（python main.py team init）。</translation>
    </message>
    <message>
        <location filename="../../core/engines/postgresql.py" line="121"/>
        <source>The server at {host} has no user {user}. Ask the owner to add you.</source>
        <translation>{host} 上的服务器没有用户 {user}。请让所有者把你加进来。</translation>
    </message>
    <message>
        <location filename="../../core/engines/postgresql.py" line="125"/>
        <source>The server at {host}:{port} did not answer within {seconds} seconds. Check the address and your network; your local workspaces still work.</source>
        <translation>{host}:{port} 上的服务器在 {seconds} 秒内没有应答。请检查地址和网络；你的本地工作区仍可照常使用。</translation>
    </message>
    <message>
        <location filename="../../core/engines/postgresql.py" line="132"/>
        <source>Cannot reach the server at {host}:{port} ({detail}). Check the address and that the server is running; your local workspaces still work.</source>
        <translation>无法连接 {host}:{port} 上的服务器（{detail}）。请检查地址以及服务器是否在运行；你的本地工作区仍可照常使用。</translation>
    </message>
    <message>
        <location filename="../../core/engines/postgresql.py" line="180"/>
        <source>The team database was upgraded by a newer MatrixDesk (schema {found}). Please update MatrixDesk.</source>
        <translation>团队数据库已被更新版本的 MatrixDesk 升级（结构 {found}）。请更新 MatrixDesk。</translation>
    </message>
    <message>
        <location filename="../../core/engines/postgresql.py" line="192"/>
        <source>The team database needs an upgrade that only its owner may make: ask them to run python main.py team init {address}.</source>
        <translation>团队数据库需要升级，只有所有者可以执行：请让所有者运行 python main.py team init {address}。</translation>
    </message>
    <message>
        <location filename="../../core/engines/postgresql.py" line="256"/>
        <source>You can read this team workspace but not change it: your role ({user}) is a viewer. Ask the owner for the editor role to make changes.</source>
        <translation>你可以查看这个团队工作区，但不能修改：你的角色（{user}）是查看者。如需修改，请向所有者申请编辑者角色。</translation>
    </message>
    <message>
        <location filename="../../core/team_setup.py" line="76"/>
        <source>The address must name the team database: {address}</source>
        <translation>地址中必须写明团队数据库：{address}</translation>
    </message>
</context>
<context>
    <name>TeamChecklist</name>
    <message>
        <location filename="../../ui/pages/team_status.py" line="47"/>
        <source>✓ {count} team members</source>
        <translation>✓ 小组共 {count} 人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_status.py" line="49"/>
        <source>Add your team members</source>
        <translation>添加小组成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_status.py" line="51"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_status.py" line="52"/>
        <source>Missing core roles: {roles}</source>
        <translation>缺少核心角色：{roles}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_status.py" line="54"/>
        <source>✓ All five core roles are filled</source>
        <translation>✓ 五个核心角色均已到位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_status.py" line="56"/>
        <source>Fill the RACI matrix</source>
        <translation>填写 RACI 职责矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_status.py" line="58"/>
        <source>{count} steps or duties need exactly one Accountable</source>
        <translation>{count} 个步骤或职责需要指定唯一负责人（A）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_status.py" line="61"/>
        <source>✓ One Accountable for every step and duty</source>
        <translation>✓ 每个步骤和职责都有唯一负责人</translation>
    </message>
</context>
<context>
    <name>TeamEmptyState</name>
    <message>
        <location filename="../../ui/pages/team_status.py" line="138"/>
        <source>Your team is still empty</source>
        <translation>小组还没有成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_status.py" line="141"/>
        <source>The product matrix is planned by a cross-functional team: product manager, operations, purchasing, finance and legal/compliance (design and customer service are optional). Start with the proposed team: you type the names, MatrixDesk fills a responsibility matrix you can change afterwards.</source>
        <translation>产品矩阵由跨职能小组共同规划：产品经理、运营、采购、财务和法务/合规（设计和客服可选）。从建议的小组开始：你只需填写姓名，MatrixDesk 会生成一份之后可随时修改的职责矩阵。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_status.py" line="147"/>
        <source>Start with the proposed team…</source>
        <translation>从建议的小组开始…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_status.py" line="148"/>
        <source>Add members one by one…</source>
        <translation>逐个添加成员…</translation>
    </message>
</context>
<context>
    <name>TeamMembersModel</name>
    <message>
        <location filename="../../ui/models/team_members_model.py" line="98"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/team_members_model.py" line="99"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/models/team_members_model.py" line="100"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/models/team_members_model.py" line="101"/>
        <source>Capacity (h/week)</source>
        <translation>可投入时间（小时/周）</translation>
    </message>
    <message>
        <location filename="../../ui/models/team_members_model.py" line="102"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/models/team_members_model.py" line="105"/>
        <source>In a small shop one person may hold several roles; the first is their main role.</source>
        <translation>小团队里一个人可以身兼数职；第一个是他的主要角色。</translation>
    </message>
    <message>
        <location filename="../../ui/models/team_members_model.py" line="108"/>
        <source>Phone, WeChat or e-mail.</source>
        <translation>手机、微信或邮箱。</translation>
    </message>
    <message>
        <location filename="../../ui/models/team_members_model.py" line="110"/>
        <source>Hours per week this person can give the matrix work (0–168).</source>
        <translation>此人每周可投入产品矩阵工作的小时数（0–168）。</translation>
    </message>
    <message>
        <location filename="../../ui/models/team_members_model.py" line="135"/>
        <source>Double-click to tick the roles this person holds.</source>
        <translation>双击勾选此人担任的角色。</translation>
    </message>
    <message>
        <location filename="../../ui/models/team_members_model.py" line="171"/>
        <source>Capacity must be a number of hours.</source>
        <translation>可投入时间必须是小时数。</translation>
    </message>
</context>
<context>
    <name>TeamMode</name>
    <message>
        <location filename="../../ui/team_window.py" line="73"/>
        <source>Connection not verified</source>
        <translation>连接未经验证</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="116"/>
        <source>Others&apos; changes are shown.</source>
        <translation>已显示其他人的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="179"/>
        <source>Read only: you are a viewer of this team workspace ({user}). You can look at everything; changes are refused. Ask the owner for the editor role.</source>
        <translation>只读：你是这个团队工作区的查看者（{user}）。你可以查看所有内容，但修改会被拒绝。如需修改，请向所有者申请编辑者角色。</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="186"/>
        <source>Others have changed this team workspace. Press F5 (View &gt; Refresh) to see their changes.</source>
        <translation>其他人修改了这个团队工作区。按 F5（视图 &gt; 刷新）查看他们的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="193"/>
        <source>This workspace was changed in another window. Press F5 (View &gt; Refresh) to see the changes.</source>
        <translation>这个工作区已在另一个窗口中被修改。按 F5（视图 &gt; 刷新）查看这些修改。</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="211"/>
        <location filename="../../ui/team_window.py" line="226"/>
        <source>Copy workspace</source>
        <translation>复制工作区</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="213"/>
        <source>Copy every table of this workspace to a new file (a path ending in .matrixdesk) or an empty team database (postgresql://user@server/database). Rows and a checksum per table are compared afterwards.</source>
        <translation>把这个工作区的每张表复制到一个新文件（以 .matrixdesk 结尾的路径）或一个空的团队数据库（postgresql://用户@服务器/数据库）。复制后会逐表核对行数和校验和。</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="228"/>
        <source>Copied to {target}: {tables} tables, {rows} rows. Rows and checksums match in every table.</source>
        <translation>已复制到 {target}：{tables} 张表，{rows} 行。每张表的行数和校验和都一致。</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="234"/>
        <source>Cannot copy the workspace</source>
        <translation>无法复制工作区</translation>
    </message>
    <message>
        <location filename="../../ui/team_window.py" line="238"/>
        <source>Copying the workspace…</source>
        <translation>正在复制工作区…</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../ui/pages/team_page.py" line="344"/>
        <source>Added {count} team members and filled the RACI matrix.</source>
        <translation>已添加 {count} 名小组成员并填好 RACI 职责矩阵。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="370"/>
        <source>{name} joined the team. Give them letters in the RACI matrix below.</source>
        <translation>{name} 已加入小组。请在下方 RACI 矩阵中为其分配职责。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="387"/>
        <source>Remove team member</source>
        <translation>移除小组成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="389"/>
        <source>Remove {name} from the team? Their letters in the RACI matrix are removed too.</source>
        <translation>确定将 {name} 移出小组吗？其在 RACI 矩阵中的职责也会一并删除。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="400"/>
        <source>{name} was removed from the team.</source>
        <translation>已将 {name} 移出小组。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="408"/>
        <source>{workspace}-team.xlsx</source>
        <translation>{workspace}-小组.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="412"/>
        <source>Export the team to Excel</source>
        <translation>导出小组到 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="414"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="423"/>
        <source>Exporting the team…</source>
        <translation>正在导出小组…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="440"/>
        <source>Could not export: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="446"/>
        <source>Step {number}: {title}</source>
        <translation>第 {number} 步：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="174"/>
        <source>Undo {action}</source>
        <translation>撤销{action}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="174"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="177"/>
        <source>Redo {action}</source>
        <translation>重做{action}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="177"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="202"/>
        <source>Reading the team…</source>
        <translation>正在读取团队…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="216"/>
        <source>Reading the team from the server…</source>
        <translation>正在从服务器读取团队…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="236"/>
        <source>Could not read the team: {reason}</source>
        <translation>无法读取团队：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="301"/>
        <source>RACI letters</source>
        <translation>RACI 字母</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="306"/>
        <source>member edit</source>
        <translation>成员修改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="341"/>
        <source>guided start</source>
        <translation>引导式开始</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="360"/>
        <source>add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="397"/>
        <source>remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="452"/>
        <source>Who is on the team, and who is Responsible, Accountable, Consulted and Informed for each step and recurring duty. Every change is saved at once (Ctrl+Z undoes).</source>
        <translation>团队里有谁，以及每个步骤和日常职责由谁负责执行（R）、谁拍板（A）、征求谁的意见（C）、通知谁（I）。每处修改都会立即保存（Ctrl+Z 撤销）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="456"/>
        <source>Guided start…</source>
        <translation>引导开始…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="457"/>
        <source>Propose the cross-functional team and its RACI</source>
        <translation>按建议组建跨职能小组并生成 RACI</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="458"/>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="459"/>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="461"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="462"/>
        <source>Filter members…</source>
        <translation>筛选成员…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_page.py" line="463"/>
        <source>Filter members</source>
        <translation>筛选成员</translation>
    </message>
</context>
<context>
    <name>TeamTables</name>
    <message>
        <location filename="../../ui/pages/team_tables.py" line="144"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_tables.py" line="145"/>
        <source>Responsibility matrix (RACI)</source>
        <translation>RACI 职责矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/pages/team_tables.py" line="148"/>
        <source>Select cells and type R, A, C or I (Delete clears), or double-click a cell to choose. Each step and duty needs exactly one A.</source>
        <translation>选中单元格后输入 R、A、C 或 I（Delete 清空），或双击单元格选择。每个步骤和职责必须有且只有一个 A。</translation>
    </message>
</context>
<context>
    <name>TeamWizard</name>
    <message>
        <location filename="../../ui/dialogs/team_wizard.py" line="281"/>
        <source>Guided start: your team</source>
        <translation>引导开始：组建你的小组</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../ui/dialogs/thresholds_dialog.py" line="110"/>
        <source>Flag thresholds</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/thresholds_dialog.py" line="113"/>
        <source>A flag is raised when a measure goes above its limit. Concentration is judged by the top share: a seller split evenly over two, three or four platforms is not over-reliant. Changes are saved at once.</source>
        <translation>指标超过上限时会提示。集中度按最大份额判断：均匀分布在两个、三个或四个平台上的卖家不算过度依赖。修改会立即保存。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/thresholds_dialog.py" line="121"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/thresholds_dialog.py" line="122"/>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>WarningsModel</name>
    <message>
        <location filename="../../ui/pages/matrix/warnings_panel.py" line="57"/>
        <source>{title}: {message}</source>
        <translation>{title}：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/warnings_panel.py" line="61"/>
        <source>Click to select the {count} cells behind it.</source>
        <translation>点击即可选中相关的 {count} 个格子。</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../ui/pages/matrix/warnings_panel.py" line="148"/>
        <source>Click a warning to select the cells behind it.</source>
        <translation>点击提醒即可选中相关的格子。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/warnings_panel.py" line="149"/>
        <source>✓ No warnings: the matrix holds together.</source>
        <translation>✓ 没有提醒：矩阵结构合理。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/warnings_panel.py" line="150"/>
        <source>Sign off compliance…</source>
        <translation>确认合规…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matrix/warnings_panel.py" line="152"/>
        <source>Select a “compliance not signed off” warning, then sign its products off.</source>
        <translation>选中一条“合规未确认”警告，然后确认其中的产品。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../core/workspace.py" line="215"/>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../core/workspace.py" line="229"/>
        <source>{path} is not a MatrixDesk workspace (not an SQLite database).</source>
        <translation>{path} 不是 MatrixDesk 工作区（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <location filename="../../core/workspace.py" line="280"/>
        <location filename="../../core/workspace_guard.py" line="111"/>
        <source>{path} is damaged or not a workspace: {error}</source>
        <translation>{path} 已损坏或不是工作区：{error}</translation>
    </message>
    <message>
        <location filename="../../core/workspace_guard.py" line="134"/>
        <location filename="../../core/workspace_guard.py" line="147"/>
        <source>{path} was saved by a newer MatrixDesk (schema {found}; this version knows up to {known}). Please update MatrixDesk.</source>
        <translation>{path} 由更新版本的 MatrixDesk 保存（数据结构版本 {found}；当前版本最高支持 {known}）。请升级 MatrixDesk。</translation>
    </message>
    <message>
        <location filename="../../core/workspace.py" line="366"/>
        <location filename="../../core/workspace.py" line="409"/>
        <source>{path} already exists.</source>
        <translation>{path} 已存在。</translation>
    </message>
    <message>
        <location filename="../../core/workspace.py" line="400"/>
        <source>&apos;{name}&apos; cannot be used as a file name.</source>
        <translation>“{name}”不能用作文件名。</translation>
    </message>
    <message>
        <location filename="../../core/backups.py" line="73"/>
        <source>the backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../core/backups.py" line="132"/>
        <source>Cannot write a backup into {folder}: the folder is read-only. Nothing was changed; make the folder writable or open a copy of the workspace elsewhere.</source>
        <translation>无法在 {folder} 中写入备份：该文件夹是只读的。没有做任何更改；请让该文件夹可写，或在其他位置打开工作区的副本。</translation>
    </message>
    <message>
        <location filename="../../core/workspace.py" line="267"/>
        <source>The disk holding {path} is full, so MatrixDesk cannot open it for writing. Free some space and try again.</source>
        <translation>{path} 所在的磁盘已满，MatrixDesk 无法以可写方式打开它。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../core/workspace_guard.py" line="121"/>
        <source>{path} is not a MatrixDesk workspace (it says its version is {version}). Nothing was changed.</source>
        <translation>{path} 不是 MatrixDesk 工作区（它标示的版本号是 {version}）。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../core/workspace_guard.py" line="164"/>
        <source>{path} is empty: it is not a workspace. Use New workspace to create one.</source>
        <translation>{path} 是空文件，不是工作区。请用“新建工作区”来创建。</translation>
    </message>
    <message>
        <location filename="../../core/workspace_guard.py" line="190"/>
        <source>{path} is an SQLite database but not a MatrixDesk workspace. It was not changed.</source>
        <translation>{path} 是 SQLite 数据库，但不是 MatrixDesk 工作区。它没有被改动。</translation>
    </message>
    <message>
        <location filename="../../core/workspace_guard.py" line="254"/>
        <source>{path} is damaged: SQLite found broken pages in it ({detail}). It was not changed. Restore the latest good backup (kept in {folder}).</source>
        <translation>{path} 已损坏：SQLite 在其中发现了损坏的数据页（{detail}）。它没有被改动。请恢复最近一个完好的备份（保存在 {folder}）。</translation>
    </message>
    <message>
        <location filename="../../core/workspace_guard.py" line="280"/>
        <source>{path} is read-only (the file, its folder or the disk cannot be written), so MatrixDesk cannot save changes to it. Open a copy of it instead.</source>
        <translation>{path} 是只读的（文件、所在文件夹或磁盘不可写），MatrixDesk 无法保存对它的修改。请改为打开它的一个副本。</translation>
    </message>
    <message>
        <location filename="../../core/workspace_guard.py" line="307"/>
        <source>{path} is busy: another window or program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>{path} 正忙：另一个窗口或程序正在写入它。没有做任何更改；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../core/workspace_guard.py" line="327"/>
        <source>The disk holding {path} is full. Nothing was changed; free some space and try again.</source>
        <translation>{path} 所在的磁盘已满。没有做任何更改；请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../core/workspace_guard.py" line="350"/>
        <source>The connection to the team server was lost, so the change was not saved. Check the network and try again.</source>
        <translation>与团队服务器的连接已断开，因此这次修改没有保存。请检查网络后再试。</translation>
    </message>
    <message>
        <location filename="../../core/workspace_guard.py" line="359"/>
        <source>The disk is full, so the change could not be saved. Nothing was changed; free some space and try again.</source>
        <translation>磁盘已满，这次修改没能保存。没有做任何更改；请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../core/workspace_guard.py" line="365"/>
        <source>The workspace is busy: another window or program is writing to it (an import can take a while). Nothing was changed; try again in a moment.</source>
        <translation>工作区正忙：另一个窗口或程序正在写入它（导入可能需要一段时间）。没有做任何更改；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../core/workspace_guard.py" line="371"/>
        <source>The workspace cannot be written (it is read-only), so the change was not saved. Open a copy of it instead (File &gt; Save a copy as).</source>
        <translation>工作区不可写（它是只读的），这次修改没有保存。请改为打开它的一个副本（文件 &gt; 另存副本）。</translation>
    </message>
    <message>
        <location filename="../../core/workspace_guard.py" line="405"/>
        <source>The disk is full: {what} needs about {needed} free in {folder}, but only {free} is free. Free up at least {missing} and try again. Nothing was changed.</source>
        <translation>磁盘空间不足：{what}需要在 {folder} 中约 {needed} 的可用空间，但只剩 {free}。请至少腾出 {missing} 后重试。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../core/engines/postgresql.py" line="239"/>
        <location filename="../../core/workspace_locks.py" line="68"/>
        <source>Another import or undo is running on {name} (in this or another window). Wait until it has finished, then try again.</source>
        <translation>{name} 上正在进行另一次导入或撤销（在本窗口或另一个窗口中）。请等它完成后再试。</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <location filename="../../ui/workspace_files.py" line="79"/>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="98"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="100"/>
        <location filename="../../ui/workspace_files.py" line="138"/>
        <source>MatrixDesk workspaces (*{suffix})</source>
        <translation>MatrixDesk 工作区 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="112"/>
        <source>Cannot create workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="119"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="121"/>
        <source>MatrixDesk workspaces (*{suffix});;All files (*)</source>
        <translation>MatrixDesk 工作区 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="136"/>
        <source>Save a copy as</source>
        <translation>另存副本为</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="148"/>
        <source>Cannot save a copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="159"/>
        <source>Rename workspace</source>
        <translation>重命名工作区</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="159"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="169"/>
        <source>Cannot rename workspace</source>
        <translation>无法重命名工作区</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="232"/>
        <source>About MatrixDesk</source>
        <translation>关于 MatrixDesk</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="234"/>
        <source>MatrixDesk {version}
Product-matrix planning for cross-border sellers.

Your data folder: {folder}</source>
        <translation>MatrixDesk {version}
为跨境卖家打造的产品矩阵规划工具。

数据文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_files.py" line="245"/>
        <source>Backups of this workspace: {folder}</source>
        <translation>这个工作区的备份：{folder}</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpening</name>
    <message>
        <location filename="../../ui/workspace_opening.py" line="167"/>
        <source>The server at {server} answered with an error: {error}</source>
        <translation>{server} 上的服务器返回了错误：{error}</translation>
    </message>
</context>
<context>
    <name>WorkspaceProblems</name>
    <message>
        <location filename="../../ui/workspace_problems.py" line="38"/>
        <source>Workspace is read-only</source>
        <translation>工作区是只读的</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_problems.py" line="43"/>
        <source>Open a copy</source>
        <translation>打开副本</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_problems.py" line="91"/>
        <source>Cannot copy the workspace</source>
        <translation>无法复制工作区</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_problems.py" line="96"/>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_problems.py" line="105"/>
        <source>Open in another window</source>
        <translation>已在另一个窗口中打开</translation>
    </message>
    <message>
        <location filename="../../ui/workspace_problems.py" line="107"/>
        <source>{name} is already open in another MatrixDesk window. Both windows save every change at once and show each other&apos;s changes within a few seconds (not while you are in the middle of an edit); imports run one at a time.</source>
        <translation>{name} 已在另一个 MatrixDesk 窗口中打开。两个窗口的每次修改都会立即保存，并在几秒内显示另一个窗口的修改（你正在编辑时除外）；导入会一个接一个地进行。</translation>
    </message>
</context>
</TS>
