<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Currency</name>
    <message>
        <source>"{code}" is not a currency code: use three letters such as USD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rate for {code} must be a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rate for {code} must be a number greater than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{code} is the base currency: its rate is always 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{code} is the base currency and cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>MatrixDesk hit an unexpected problem. Your data is safe: every change you made before this was already saved.</source>
        <translation>MatrixDesk 遇到了意外问题。您的数据是安全的：在此之前的每一处修改都已保存。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>Hazard</name>
    <message>
        <source>Battery</source>
        <translation>带电池</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>液体</translation>
    </message>
    <message>
        <source>Powder</source>
        <translation>粉末</translation>
    </message>
    <message>
        <source>Magnetic</source>
        <translation>带磁</translation>
    </message>
    <message>
        <source>Children's product</source>
        <translation>儿童产品</translation>
    </message>
    <message>
        <source>Food contact</source>
        <translation>食品接触</translation>
    </message>
    <message>
        <source>Radio / wireless</source>
        <translation>无线电 / 无线</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>正在创建演示工作区…</translation>
    </message>
    <message>
        <source>Cannot create the demo</source>
        <translation>无法创建演示工作区</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>MatrixDesk workspaces (*{suffix})</source>
        <translation>MatrixDesk 工作区 (*{suffix})</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>MatrixDesk workspaces (*{suffix});;All files (*)</source>
        <translation>MatrixDesk 工作区 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>另存副本为</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>重命名工作区</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Cannot rename workspace</source>
        <translation>无法重命名工作区</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>About MatrixDesk</source>
        <translation>关于 MatrixDesk</translation>
    </message>
    <message>
        <source>MatrixDesk {version}
Product-matrix planning for cross-border sellers.

Your data folder: {folder}</source>
        <translation>MatrixDesk {version}
为跨境卖家打造的产品矩阵规划工具。

数据文件夹：{folder}</translation>
    </message>
    <message>
        <source>MatrixDesk 出海产品矩阵</source>
        <translation>MatrixDesk 出海产品矩阵</translation>
    </message>
    <message>
        <source>Workspace: {path}  ·  saved automatically</source>
        <translation>工作区：{path}  ·  自动保存</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;name workspace…</source>
        <translation>重命名工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Start screen…</source>
        <translation>开始页面(&amp;S)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language / 语言</source>
        <translation>语言 / Language(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>&amp;About MatrixDesk</source>
        <translation>关于 MatrixDesk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>MatrixDesk — start</source>
        <translation>MatrixDesk — 开始</translation>
    </message>
    <message>
        <source>Welcome to MatrixDesk 出海产品矩阵</source>
        <translation>欢迎使用 MatrixDesk 出海产品矩阵</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <source>No recent workspaces yet: start with the demo or create your own.</source>
        <translation>还没有最近的工作区：可以先打开演示，或新建您自己的工作区。</translation>
    </message>
    <message>
        <source>Open selected</source>
        <translation>打开所选</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
</context>
<context>
    <name>StepIntroPage</name>
    <message>
        <source>Step {number}: {title}</source>
        <translation>第 {number} 步：{title}</translation>
    </message>
    <message>
        <source>What this step needs</source>
        <translation>这一步需要什么</translation>
    </message>
    <message>
        <source>This step's workspace is being built. Everything you enter in the earlier steps will flow into it.</source>
        <translation>这一步的功能正在建设中。您在前面步骤中录入的一切都会自动流入这里。</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>组建跨职能小组</translation>
    </message>
    <message>
        <source>Build a cross-functional team: product manager, operations, purchasing, finance and legal/compliance, with clear responsibilities (RACI) for every step and recurring duty.</source>
        <translation>组建跨职能小组：产品经理、运营、采购、财务和法务/合规，为每个步骤和日常职责明确分工（RACI）。</translation>
    </message>
    <message>
        <source>Team members and their roles; one Accountable person per step and duty.</source>
        <translation>小组成员及其角色；每个步骤和职责有且只有一位负责人（A）。</translation>
    </message>
    <message>
        <source>Inventory review</source>
        <translation>梳理现有产品线</translation>
    </message>
    <message>
        <source>Sort the existing product line by category, gross margin, lifecycle stage and platform performance; spot over-reliance on one hero SKU or platform, slow movers and aged stock.</source>
        <translation>按类目、毛利率、生命周期阶段和平台表现梳理现有产品线；发现对单一爆款或单一平台的过度依赖、滞销品和库龄过长的库存。</translation>
    </message>
    <message>
        <source>Your catalog (SPU and SKU) imported from Excel, CSV or your ERP, with cost, price and sales.</source>
        <translation>从 Excel、CSV 或 ERP 导入的商品目录（SPU 与 SKU），包含成本、售价和销量。</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>设定矩阵目标</translation>
    </message>
    <message>
        <source>Set the matrix goals: target markets, platform priority and role (test / main / clearance), SKU count targets per product role, revenue and margin targets with deadlines.</source>
        <translation>设定矩阵目标：主攻市场、平台优先级与平台角色（测款 / 主力 / 清仓）、各产品角色的 SKU 数量目标，以及带截止日期的销售额和利润率目标。</translation>
    </message>
    <message>
        <source>The reviewed catalog from step 2 and the team from step 1.</source>
        <translation>第 2 步梳理好的产品目录和第 1 步组建的小组。</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选品分析</translation>
    </message>
    <message>
        <source>Score candidate products with a weighted scorecard, compute landed cost and profit per platform and market, check seasonality, review pain points and compliance, then approve, park or reject.</source>
        <translation>用加权产品评分卡为候选产品打分，按平台和市场测算到岸成本与利润，查看季节性、评论痛点和合规要求，然后立项、搁置或否决。</translation>
    </message>
    <message>
        <source>Candidate products (typed in or from Jungle Scout, Helium 10 or Keepa exports) and the goals from step 3.</source>
        <translation>候选产品（手动录入或来自 Jungle Scout、Helium 10、Keepa 的导出文件）以及第 3 步的目标。</translation>
    </message>
    <message>
        <source>Platform fit</source>
        <translation>匹配平台特性</translation>
    </message>
    <message>
        <source>Match each approved product to platforms and markets, give it a product role (hero, traffic, profit, image, potential, defensive) and see the matrix grid against the goals.</source>
        <translation>为每个已立项产品匹配平台和市场，分配产品角色（主推、引流、利润、形象、潜力、防御），并对照目标查看矩阵网格。</translation>
    </message>
    <message>
        <source>Approved products from step 4 and the platform priorities from step 3.</source>
        <translation>第 4 步已立项的产品和第 3 步的平台优先级。</translation>
    </message>
    <message>
        <source>Launch cadence</source>
        <translation>制定上线节奏</translation>
    </message>
    <message>
        <source>Plan launch batches on a timeline with small test quantities first, A/B tests, and a weekly cash-flow simulation that warns before cash runs low.</source>
        <translation>在时间轴上规划上线批次，先小批量测试，安排 A/B 测试，并按周模拟现金流，在资金紧张前发出预警。</translation>
    </message>
    <message>
        <source>The matrix from step 5, lead times, compliance dates and your cash floor.</source>
        <translation>第 5 步的产品矩阵、交期、合规时间和您的现金底线。</translation>
    </message>
    <message>
        <source>ERP link</source>
        <translation>接入ERP</translation>
    </message>
    <message>
        <source>Connect 店小秘, 马帮, 通途, 领星 or any CSV/XLSX through column mappings; keep one SKU code rule and a pairing table so stock is never counted twice; every sync is previewed and can be undone.</source>
        <translation>通过列映射接入店小秘、马帮、通途、领星或任意 CSV/XLSX；使用统一产品编号规则和 SKU 配对表，避免库存重复计算；每次同步都先预览，并可撤销。</translation>
    </message>
    <message>
        <source>Exports from your ERP and platform reports (Amazon Business Report, advertising reports, Shopify orders).</source>
        <translation>ERP 导出文件和平台报表（亚马逊业务报告、广告报告、Shopify 订单）。</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>建立数据看板</translation>
    </message>
    <message>
        <source>Watch KPIs by SKU, role, platform and market; get alerts for stop-loss candidates, recurring complaints, overstock and stock-outs; hold review meetings whose decisions flow back into the matrix.</source>
        <translation>按 SKU、角色、平台和市场监控关键指标；对止损候选、反复出现的差评、积压和断货风险发出预警；召开复盘会，决议直接回写到产品矩阵。</translation>
    </message>
    <message>
        <source>Sales, advertising, returns and reviews from step 7.</source>
        <translation>第 7 步接入的销售、广告、退货和评论数据。</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Product manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal / compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product approval (立项)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replenishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ad budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review meeting (复盘)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible: does the work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accountable: decides and signs off (exactly one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consulted: asked before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Informed: told after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown role: {role}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capacity must be between 0 and 168 hours a week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This team member no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use R, A, C or I (or leave the cell empty).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{subject}: nobody is Accountable (A).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{subject}: {count} people are Accountable (A); keep exactly one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation>组建跨职能小组</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capacity (h/week)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RACI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step or duty</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a MatrixDesk workspace (not an SQLite database).</source>
        <translation>{path} 不是 MatrixDesk 工作区（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>{path} is damaged or not a workspace: {error}</source>
        <translation>{path} 已损坏或不是工作区：{error}</translation>
    </message>
    <message>
        <source>{path} was saved by a newer MatrixDesk (schema {found}; this version knows up to {known}). Please update MatrixDesk.</source>
        <translation>{path} 由更新版本的 MatrixDesk 保存（数据结构版本 {found}；当前版本最高支持 {known}）。请升级 MatrixDesk。</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not a MatrixDesk workspace.</source>
        <translation>{path} 是 SQLite 数据库，但不是 MatrixDesk 工作区。</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} 已存在。</translation>
    </message>
    <message>
        <source>'{name}' cannot be used as a file name.</source>
        <translation>“{name}”不能用作文件名。</translation>
    </message>
</context>
</TS>