<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AlertTreeModel</name>
    <message>
        <source>牵头</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>配合</source>
        <translation>Cooperating</translation>
    </message>
    <message>
        <source>单位 / 具体措施</source>
        <translation>Unit / measure</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>职责</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>点击只显示这一类预警；再点一次显示全部</source>
        <translation>Click to show only this kind; click again to show all</translation>
    </message>
    <message>
        <source>筛选单位或任务…</source>
        <translation>Filter units or tasks…</translation>
    </message>
    <message>
        <source>导出预警清单 PDF…</source>
        <translation>Alert list PDF…</translation>
    </message>
    <message>
        <source>按单位列出当前显示的预警，可打印后下发</source>
        <translation>The alerts shown, by unit, as a PDF to print and hand out</translation>
    </message>
    <message>
        <source>单击任务（或选中后按 Enter）在台账中打开。每个应报单位只列出自己的预警：一个单位报送了，不算其他单位报送。</source>
        <translation>Click a task (or select it and press Enter) to open it in the ledger. Each owing unit lists its own alerts: one unit&apos;s report does not count for another.</translation>
    </message>
    <message>
        <source>{label} {n} 项</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <source>截至 {date}，没有符合条件的预警。</source>
        <translation>No matching alerts as of {date}.</translation>
    </message>
    <message>
        <source>导出预警清单</source>
        <translation>Export alert list</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>正在导出预警清单…</source>
        <translation>Exporting the alert list…</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>AsOfPicker</name>
    <message>
        <source>逾期、临期按这一天计算</source>
        <translation>Overdue and due-soon marks are computed for this day</translation>
    </message>
    <message>
        <source>进展情况取自这个月的报送</source>
        <translation>Progress comes from this month&apos;s reports</translation>
    </message>
    <message>
        <source>截至(&amp;D)：</source>
        <translation>As &amp;of:</translation>
    </message>
    <message>
        <source>报送期(&amp;P)：</source>
        <translation>&amp;Period:</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>报送</source>
        <translation>Report submitted</translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>撤销报送</source>
        <translation>Undo report</translation>
    </message>
    <message>
        <source>撤销审核</source>
        <translation>Review undone</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Close task</translation>
    </message>
    <message>
        <source>撤销销号</source>
        <translation>Task reopened</translation>
    </message>
    <message>
        <source>调整完成时限</source>
        <translation>Due date changed</translation>
    </message>
    <message>
        <source>设置目标数量</source>
        <translation>Set target quantity</translation>
    </message>
    <message>
        <source>新增单位</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>单位更名</source>
        <translation>Unit renamed</translation>
    </message>
    <message>
        <source>修改别名</source>
        <translation>Aliases changed</translation>
    </message>
    <message>
        <source>修改单位类别</source>
        <translation>Unit kind changed</translation>
    </message>
    <message>
        <source>修改单位组成员</source>
        <translation>Group members changed</translation>
    </message>
    <message>
        <source>导入计划</source>
        <translation>Plan imported</translation>
    </message>
    <message>
        <source>替换计划</source>
        <translation>Plan replaced</translation>
    </message>
    <message>
        <source>修改报送设置</source>
        <translation>Change reporting settings</translation>
    </message>
    <message>
        <source>修改印发信息</source>
        <translation>Issuing details changed</translation>
    </message>
    <message>
        <source>设置本机单位</source>
        <translation>Office set</translation>
    </message>
    <message>
        <source>处理数据包冲突</source>
        <translation>Resolve package conflicts</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>处理数据包冲突</source>
        <translation>Resolve package conflicts</translation>
    </message>
    <message>
        <source>保留县里的版本</source>
        <translation>Keep the county&apos;s version</translation>
    </message>
    <message>
        <source>采用单位的版本</source>
        <translation>Take the unit&apos;s version</translation>
    </message>
    <message>
        <source>两个版本都保留在历史中；所选版本成为当前报送，单位在下次更新包中收到结果。</source>
        <translation>Both versions stay in the history; the chosen one becomes the current report, and the unit receives the result with its next update package.</translation>
    </message>
    <message>
        <source>县里现有的版本</source>
        <translation>The county&apos;s version</translation>
    </message>
    <message>
        <source>单位发来的版本</source>
        <translation>The unit&apos;s version</translation>
    </message>
    <message>
        <source>没有待处理的冲突。</source>
        <translation>No conflicts to resolve.</translation>
    </message>
    <message>
        <source>{task}（{unit}，{period}）：{measure}</source>
        <translation>{task} ({unit}, {period}): {measure}</translation>
    </message>
    <message>
        <source>完成状态：{s}</source>
        <translation>Status: {s}</translation>
    </message>
    <message>
        <source>进展情况：{t}</source>
        <translation>Progress: {t}</translation>
    </message>
    <message>
        <source>完成数量：{q:g}</source>
        <translation>Quantity done: {q:g}</translation>
    </message>
    <message>
        <source>存在问题：{t}</source>
        <translation>Problems: {t}</translation>
    </message>
    <message>
        <source>下一步计划：{t}</source>
        <translation>Next steps: {t}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>按期推进</source>
        <translation>On schedule</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已报送</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>Unreported</translation>
    </message>
    <message>
        <source>复制图表</source>
        <translation>Copy chart</translation>
    </message>
    <message>
        <source>把图表复制为图片，可直接粘贴到汇报材料或幻灯片中</source>
        <translation>Copy the chart as an image to paste into slides or documents</translation>
    </message>
    <message>
        <source>导出数据…</source>
        <translation>Export figures…</translation>
    </message>
    <message>
        <source>把下方统计数据导出为 Excel（.xlsx）或 CSV 文件</source>
        <translation>Export the figures below as an Excel (.xlsx) or CSV file</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>把当前表格（按台账或按单位）导出为可打印的 PDF</source>
        <translation>Export the current table (by ledger or by unit) as a printable PDF</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>按台账</source>
        <translation>By ledger</translation>
    </message>
    <message>
        <source>按单位</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>报送率最低的单位（报送期 {period}，截至 {date}）</source>
        <translation>Units with the lowest report rate (period {period}, as of {date})</translation>
    </message>
    <message>
        <source>重点任务完成情况（截至 {date}）</source>
        <translation>Key tasks (as of {date})</translation>
    </message>
    <message>
        <source>{name}（{rate:.0%}）</source>
        <translation>{name} ({rate:.0%})</translation>
    </message>
    <message>
        <source>应报份数</source>
        <translation>Reports owed</translation>
    </message>
    <message>
        <source>{name}（{n} 项）</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>任务数（项）</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>报送期：{period}</source>
        <translation>Reporting period: {period}</translation>
    </message>
    <message>
        <source>图表已复制，可粘贴到幻灯片或文档中。</source>
        <translation>Chart copied; paste it into a slide or document.</translation>
    </message>
    <message>
        <source>导出统计数据</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>正在导出统计数据…</source>
        <translation>Exporting figures…</translation>
    </message>
    <message>
        <source>导出统计 PDF</source>
        <translation>Export figures PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>正在导出统计 PDF…</source>
        <translation>Exporting figures PDF…</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>{y}-{m:02d}-{d:02d}</translation>
    </message>
    <message>
        <source>{y}年{m}月</source>
        <translation>{y}-{m:02d}</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>调整完成时限</source>
        <translation>Due date changed</translation>
    </message>
    <message>
        <source>按原文时限“{phrase}”</source>
        <translation>Use the deadline as written: &quot;{phrase}&quot;</translation>
    </message>
    <message>
        <source>必填，例如：经县政府同意延期</source>
        <translation>Required, e.g. extension approved by the county government</translation>
    </message>
    <message>
        <source>新的完成时限：</source>
        <translation>New due date:</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>操作未完成</source>
        <translation>Operation not completed</translation>
    </message>
    <message>
        <source>复制信息</source>
        <translation>Copy message</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>导出台账 Excel…</source>
        <translation>Ledger to Excel…</translation>
    </message>
    <message>
        <source>按官方列序导出所选台账（含进展情况、完成状态），每个台账一张工作表。</source>
        <translation>Export the selected ledgers in the official column order (with progress and status), one sheet per ledger.</translation>
    </message>
    <message>
        <source>导出台账 PDF…</source>
        <translation>Ledger to PDF…</translation>
    </message>
    <message>
        <source>导出可直接打印、盖章的台账 PDF（A4 横向，内嵌中文字体）。</source>
        <translation>Export a ledger PDF ready to print and stamp (A4 landscape, Chinese font embedded).</translation>
    </message>
    <message>
        <source>导出填报表…</source>
        <translation>Export form…</translation>
    </message>
    <message>
        <source>为所选单位生成本报送期的 Excel 填报表，可用 WPS/Excel 填写后交回。</source>
        <translation>Create the selected unit&apos;s Excel form for this period, to fill in with WPS/Excel and send back.</translation>
    </message>
    <message>
        <source>全部单位填报表…</source>
        <translation>Forms for all units…</translation>
    </message>
    <message>
        <source>为每个有任务的单位各生成一份本报送期的填报表，放进所选文件夹，便于统一下发。</source>
        <translation>One fill-in form for this period for every unit with tasks, written into the chosen folder, ready to send out.</translation>
    </message>
    <message>
        <source>导出单位报送 PDF…</source>
        <translation>Export unit report PDF…</translation>
    </message>
    <message>
        <source>所选单位本报送期的进展情况（含存在问题、下一步计划和审核状态），附签章栏，可打印盖章。</source>
        <translation>The chosen unit&apos;s progress for this period (with problems, next steps and review state) and a signature block, ready to print and stamp.</translation>
    </message>
    <message>
        <source>导入填报表…</source>
        <translation>Import forms…</translation>
    </message>
    <message>
        <source>读取单位交回的填报表，先逐行检查并列出将新增、修改的内容，确认后保存为待审核的报送。</source>
        <translation>Read forms sent back by units: every row is checked and what would be added or changed is listed; once confirmed they are saved as reports awaiting review.</translation>
    </message>
    <message>
        <source>导入行动计划…</source>
        <translation>Import plan…</translation>
    </message>
    <message>
        <source>从印发通知（Word .docx）或 Excel 读取新的行动计划台账：自动识别表头，先预览列对应、附加列、任务数和目录中没有的单位，确认后加入。</source>
        <translation>Read a new action plan&apos;s ledger from its issuing notice (Word .docx) or Excel: the header is recognised; preview the column mapping, extra columns, task count and units missing from the directory, then add it.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>台账：</source>
        <translation>Ledger:</translation>
    </message>
    <message>
        <source>单位（填报表、报送 PDF、数据包）：</source>
        <translation>Unit (form, report PDF, package):</translation>
    </message>
    <message>
        <source>截至 / 报送期：</source>
        <translation>As of / period:</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>全部台账</source>
        <translation>All ledgers</translation>
    </message>
    <message>
        <source>PDF 中有无法显示的字</source>
        <translation>Characters missing from the PDF</translation>
    </message>
    <message>
        <source>导出台账 Excel</source>
        <translation>Export ledger to Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出台账 Excel…</source>
        <translation>Exporting ledger to Excel…</translation>
    </message>
    <message>
        <source>选择 PDF 保存文件夹</source>
        <translation>Choose a folder for the PDFs</translation>
    </message>
    <message>
        <source>正在导出台账 PDF…</source>
        <translation>Exporting ledger PDFs…</translation>
    </message>
    <message>
        <source>导出填报表</source>
        <translation>Export form</translation>
    </message>
    <message>
        <source>正在生成填报表…</source>
        <translation>Creating the form…</translation>
    </message>
    <message>
        <source>选择存放填报表的文件夹</source>
        <translation>Choose a folder for the forms</translation>
    </message>
    <message>
        <source>正在生成各单位填报表…</source>
        <translation>Writing the forms for every unit…</translation>
    </message>
    <message>
        <source>已生成 {n} 份填报表。</source>
        <translation>{n} fill-in forms written.</translation>
    </message>
    <message>
        <source>导出单位报送 PDF</source>
        <translation>Export unit report PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>正在导出单位报送…</source>
        <translation>Exporting the unit report…</translation>
    </message>
    <message>
        <source>导入行动计划</source>
        <translation>Import plan</translation>
    </message>
    <message>
        <source>印发通知或台账表格 (*.docx *.xlsx)</source>
        <translation>Notice or ledger workbook (*.docx *.xlsx)</translation>
    </message>
</context>
<context>
    <name>ExportedDialog</name>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已保存到：{path}</source>
        <translation>Saved to: {path}</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
</context>
<context>
    <name>FigureModel</name>
    <message>
        <source>任务数</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>按期推进</source>
        <translation>On schedule</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已报送</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>报送率</source>
        <translation>Reporting rate</translation>
    </message>
    <message>
        <source>应报</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>Unreported</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>FormImport</name>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>已过时</source>
        <translation>Stale</translation>
    </message>
</context>
<context>
    <name>FormImportDialog</name>
    <message>
        <source>导入填报表</source>
        <translation>Import forms</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>请选择单位交回的填报表（可多选）或存放它们的文件夹，也可以把文件、文件夹拖到这里。</source>
        <translation>Choose the forms returned by the units (several at once) or the folder holding them, or drop files or folders here.</translation>
    </message>
    <message>
        <source>文件 / 行</source>
        <translation>File / row</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>完成状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>进展情况 / 问题</source>
        <translation>Progress / problem</translation>
    </message>
    <message>
        <source>跳过有问题的行（只导入没有问题的行，其余列在上面）</source>
        <translation>Skip rows with problems (import only the rows without problems; the others are listed above)</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择填报表</source>
        <translation>Choose forms</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>选择存放填报表的文件夹</source>
        <translation>Choose the folder holding the forms</translation>
    </message>
    <message>
        <source>{where}共 {n} 个文件</source>
        <translation>{where}{n} file(s)</translation>
    </message>
    <message>
        <source>文件夹 {folder}：</source>
        <translation>Folder {folder}: </translation>
    </message>
    <message>
        <source>文件夹中没有 .xlsx 文件。</source>
        <translation>The folder holds no .xlsx files.</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>正在检查填报表…</source>
        <translation>Checking forms…</translation>
    </message>
    <message>
        <source>检查未完成。</source>
        <translation>The check did not finish.</translation>
    </message>
    <message>
        <source>{n} 个文件无法作为填报表读取：</source>
        <translation>{n} file(s) cannot be read as forms:</translation>
    </message>
    <message>
        <source>共 {n} 个文件：可导入 {ok} 个（新增 {new} 项、修改 {changed} 项），整份未导入 {bad} 个。</source>
        <translation>{n} file(s): {ok} can be imported ({new} new, {changed} changed), {bad} refused as a whole.</translation>
    </message>
    <message>
        <source>{n} 个文件以前已导入过，不再导入。</source>
        <translation>{n} file(s) were imported before and are not imported again. </translation>
    </message>
    <message>
        <source>{n} 行在填报表下发后已有更新的版本或已审核，不会导入。</source>
        <translation>{n} row(s) changed or were reviewed after the form was issued and will not be imported. </translation>
    </message>
    <message>
        <source>将跳过 {n} 处有问题的行。</source>
        <translation> {n} row(s) with problems will be skipped.</translation>
    </message>
    <message>
        <source>点击“导入”将一次导入可导入的文件（全部成功或全部不导入），整份未导入的文件不受影响。</source>
        <translation>“Import” applies the importable files in one go (all or none); refused files are left out. </translation>
    </message>
    <message>
        <source>没有需要更新的内容。</source>
        <translation> Nothing needs updating.</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>第 {row} 行</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <source>“{column}”列</source>
        <translation>Column &quot;{column}&quot;</translation>
    </message>
    <message>
        <source>现为第 {version} 版：{old}
本表：{new}</source>
        <translation>Now version {version}: {old}
This form: {new}</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>已导入：{summary}</source>
        <translation>Imported: {summary}</translation>
    </message>
    <message>
        <source>整份未导入：{reason}</source>
        <translation>Not imported: {reason}</translation>
    </message>
    <message>
        <source>此文件已于 {when} 导入过，不再导入</source>
        <translation>Already imported on {when}; not imported again</translation>
    </message>
    <message>
        <source>新增 {new} 项，修改 {changed} 项，无变化 {unchanged} 项</source>
        <translation>{new} new, {changed} changed, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>，已过时 {n} 项</source>
        <translation>, {n} stale</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>正在导入填报表…</source>
        <translation>Importing forms…</translation>
    </message>
    <message>
        <source>已导入 {done} 个文件，共保存 {n} 项报送，等待审核。</source>
        <translation>Imported {done} file(s); {n} report(s) saved and waiting for review.</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>限期完成</source>
        <translation>Due by a date</translation>
    </message>
    <message>
        <source>长期坚持</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>定期重复</source>
        <translation>Recurring</translation>
    </message>
    <message>
        <source>时间段</source>
        <translation>Time window</translation>
    </message>
    <message>
        <source>开工节点</source>
        <translation>Start milestone</translation>
    </message>
    <message>
        <source>无法识别（保留原文）</source>
        <translation>Not recognised (kept as written)</translation>
    </message>
    <message>
        <source>调整 {id} 的完成时限</source>
        <translation>Change the due date of {id}</translation>
    </message>
    <message>
        <source>销号 {id}</source>
        <translation>Close {id}</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>任务类别</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>具体措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>完成状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>配合单位</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <source>（待审核）</source>
        <translation> (awaiting review)</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>台账(&amp;L)：</source>
        <translation>&amp;Ledger:</translation>
    </message>
    <message>
        <source>任务详情</source>
        <translation>Task details</translation>
    </message>
    <message>
        <source>回车键</source>
        <translation>Enter key</translation>
    </message>
    <message>
        <source>填报进展(&amp;R)</source>
        <translation>&amp;Report progress</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打印预览，与导出的 PDF 完全一致  Ctrl+P</source>
        <translation>Print preview, exactly as the exported PDF  Ctrl+P</translation>
    </message>
    <message>
        <source>搜索措施或单位，支持拼音首字母（如 zjj）  Ctrl+F</source>
        <translation>Search measures or units, pinyin initials work (e.g. zjj)  Ctrl+F</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>单位(&amp;U)：</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>状态(&amp;S)：</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>预警(&amp;A)：</source>
        <translation>&amp;Alert:</translation>
    </message>
    <message>
        <source>类别(&amp;C)：</source>
        <translation>Se&amp;ction:</translation>
    </message>
    <message>
        <source>{title}（{n} 项）</source>
        <translation>{title} ({n} tasks)</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All sections</translation>
    </message>
    <message>
        <source>无标记</source>
        <translation>No mark</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>共 {total} 项，显示 {shown} 项</source>
        <translation>{total} tasks, {shown} shown</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>完成状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>下一步计划</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>完成数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>审核状态</source>
        <translation>Review state</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>Review comment</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>销号时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>销号原因</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>调整后时限</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>别名</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>任务数</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>本机单位</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>变更内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{field}：{new}</source>
        <translation>{field}: {new}</translation>
    </message>
    <message>
        <source>{field}：{old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>任务编号或内容，如 air-2022:2</source>
        <translation>Task id or text, e.g. air-2022:2</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>操作(&amp;O)：</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>操作人：</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>查找(&amp;F)：</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>从：</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>到：</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>（未记录）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>显示 {shown} 条，共 {total} 条。双击有任务编号的记录可在台账中打开该任务。</source>
        <translation>Showing {shown} of {total}. Double-click an entry with a task id to open the task in the ledger.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>沁水生态环境重点任务台账</source>
        <translation>QS Ledger — Qinshui environmental task ledger</translation>
    </message>
    <message>
        <source> — 示例数据</source>
        <translation> — sample data</translation>
    </message>
    <message>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>本机单位…</source>
        <translation>This installation&apos;s office…</translation>
    </message>
    <message>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>本机单位</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>本机是“{unit}”的单位安装，本机单位不能更改。如需更换，请向县环委会办公室索取新的安装包。</source>
        <translation>This PC is the installation of “{unit}”; its office cannot be changed. For another office, ask the county coordinating office for a new setup package.</translation>
    </message>
    <message>
        <source>便携模式</source>
        <translation>Portable mode</translation>
    </message>
    <message>
        <source>台账、备份、设置和导出文件都保存在程序旁的 data 文件夹：{path}</source>
        <translation>The ledger, its backups, the settings and exports are kept in the data folder beside the program: {path}</translation>
    </message>
    <message>
        <source>在 U 盘上使用时，先关闭本程序再拔出 U 盘，以免丢失最近的修改。</source>
        <translation>On a USB stick, close the program before unplugging the stick, or the latest changes may be lost.</translation>
    </message>
    <message>
        <source>{unit}（协调办公室）</source>
        <translation>{unit} (coordinating office)</translation>
    </message>
    <message>
        <source>{unit}（责任单位）</source>
        <translation>{unit} (responsible unit)</translation>
    </message>
    <message>
        <source>未设置（设置 → 本机单位）</source>
        <translation>not chosen (Settings → This office)</translation>
    </message>
    <message>
        <source>数据库：{path}    本机单位：{who}</source>
        <translation>Database: {path}    This office: {who}</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>数据库位置有风险</source>
        <translation>Risky database location</translation>
    </message>
    <message>
        <source>复制到本机…</source>
        <translation>Copy to this computer…</translation>
    </message>
    <message>
        <source>截至 {date}  ·  报送期 {period}</source>
        <translation>As of {date}  ·  period {period}</translation>
    </message>
</context>
<context>
    <name>MarkLegend</name>
    <message>
        <source>图例：</source>
        <translation>Legend:</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>Unreported</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>填报</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>数据交换</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>日志</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>本单位待办</source>
        <translation>My to-do</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>欢迎使用 · 本机单位</source>
        <translation>Welcome · This office</translation>
    </message>
    <message>
        <source>&lt;b&gt;这台电脑为哪个单位工作？&lt;/b&gt;&lt;br&gt;· &lt;b&gt;县环委会办公室（市生态环境局沁水分局）&lt;/b&gt;：协调办公室，查看、审核全部单位的报送，销号，导出正式台账。&lt;br&gt;· &lt;b&gt;其他单位&lt;/b&gt;（县直部门、乡镇）：只看本单位的任务，填报本单位的进展；打开软件即是“本单位待办”。&lt;br&gt;本机单位会记入每一条修改记录，以后可在“设置 → 本机单位”中更改。</source>
        <translation>&lt;b&gt;Which office does this PC work for?&lt;/b&gt;&lt;br&gt;· &lt;b&gt;County environment committee office (city bureau’s Qinshui branch)&lt;/b&gt;: the coordinating office — sees and reviews every unit’s reports, closes tasks, exports the official ledger.&lt;br&gt;· &lt;b&gt;Any other unit&lt;/b&gt; (county bureaus, townships): sees only its own tasks and reports its own progress; the app opens on “My to-do”.&lt;br&gt;The office signs every change made here; you can change it later under “Settings → This office”.</translation>
    </message>
    <message>
        <source>输入单位名称或拼音首字母筛选，如 lgz → 龙港镇</source>
        <translation>Type a name or pinyin initials to filter, e.g. lgz → 龙港镇</translation>
    </message>
    <message>
        <source>协调办公室</source>
        <translation>coordinating office</translation>
    </message>
    <message>
        <source>本机是协调办公室的电脑（查看和审核全部单位）</source>
        <translation>This is a coordinating office’s PC (sees and reviews all units)</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>{first}，{more}</source>
        <translation>{first}, {more}</translation>
    </message>
    <message>
        <source>{first}；{more}</source>
        <translation>{first}; {more}</translation>
    </message>
    <message>
        <source>{label} {n} 项</source>
        <translation>{label}: {n}</translation>
    </message>
    <message>
        <source>{n} 项已过时未导入</source>
        <translation>out of date (not imported): {n}</translation>
    </message>
    <message>
        <source>{n} 项有问题未导入</source>
        <translation>with problems (not imported): {n}</translation>
    </message>
    <message>
        <source>{n} 项没有变化</source>
        <translation>unchanged: {n}</translation>
    </message>
    <message>
        <source>{problem} {hint}</source>
        <translation>{problem} {hint}</translation>
    </message>
    <message>
        <source>{sentence}。</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>{task} {period}：保留了县里的版本。</source>
        <translation>{task} {period}: the county&apos;s version was kept.</translation>
    </message>
    <message>
        <source>{task} {period}：采用了单位的版本。</source>
        <translation>{task} {period}: the unit&apos;s version was taken.</translation>
    </message>
    <message>
        <source>{unit} {task} {period}的报送已退回。</source>
        <translation>{unit}: the report on {task} for {month} was returned.</translation>
    </message>
    <message>
        <source>{unit} {task} {period}的报送已通过。</source>
        <translation>{unit}: the report on {task} for {month} was approved.</translation>
    </message>
    <message>
        <source>{unit} 没有任务 {task} 在 {period} 的报送，无法审核。</source>
        <translation>{unit} has no report on {task} for {period}; nothing to review.</translation>
    </message>
    <message>
        <source>{unit} 没有任务 {task} 在 {period} 的报送，无法撤销。</source>
        <translation>{unit} has no report on {task} for {period}; nothing to undo.</translation>
    </message>
    <message>
        <source>{unit} 的 {task} {period} 还是草稿，尚未提交，不能审核。</source>
        <translation>The report of {unit} on {task} for {period} is still a draft, not submitted; it cannot be reviewed.</translation>
    </message>
    <message>
        <source>“{file}”不是台账数据库文件（可能已损坏或选错了文件），文件未被修改。</source>
        <translation>&quot;{file}&quot; is not a ledger database (it may be damaged, or the wrong file was chosen). The file was not changed.</translation>
    </message>
    <message>
        <source>“{file}”不是台账数据库文件（可能是其他程序的数据库或选错了文件），文件未被修改。</source>
        <translation>&quot;{file}&quot; is not a ledger database (it may belong to another program, or the wrong file was chosen). The file was not changed.</translation>
    </message>
    <message>
        <source>“{file}”是空文件（0 字节），不是台账数据库文件，文件未被修改。</source>
        <translation>&quot;{file}&quot; is an empty file (0 bytes), not a ledger database. The file was not changed.</translation>
    </message>
    <message>
        <source>“{name}”已是单位“{other}”的名称或别名，同一名称不能指向两个单位。</source>
        <translation>“{name}” is already the name or an alias of “{other}”; one name cannot stand for two units.</translation>
    </message>
    <message>
        <source>“{plan}”由牵头单位和配合单位报送，报送至 {period}。</source>
        <translation>&quot;{plan}&quot; is reported by lead and cooperating units, up to {month}.</translation>
    </message>
    <message>
        <source>“{plan}”由牵头单位报送，报送至 {period}。</source>
        <translation>&quot;{plan}&quot; is reported by lead units, up to {month}.</translation>
    </message>
    <message>
        <source>“{plan}”的印发信息：{shown}。</source>
        <translation>Issuing details of &quot;{plan}&quot;: {shown}.</translation>
    </message>
    <message>
        <source>“{plan}”的印发信息：（无）。</source>
        <translation>Issuing details of &quot;{plan}&quot;: (none).</translation>
    </message>
    <message>
        <source>“{unit}”不是任务 {task} 的责任单位，不能填报。责任单位：{names}</source>
        <translation>“{unit}” is not responsible for task {task} and cannot report on it. Responsible units: {names}</translation>
    </message>
    <message>
        <source>“{unit}”不是单位组，不能设置成员。可先把类别改为“单位组”。</source>
        <translation>“{unit}” is not a group and cannot have members. Change its kind to “group” first.</translation>
    </message>
    <message>
        <source>“{unit}”是单位组，不能作为本机单位，请选择其中一个具体单位。</source>
        <translation>“{unit}” is a group and cannot be this office; choose one of its units.</translation>
    </message>
    <message>
        <source>“{unit}”是单位组，不能直接填报，请以其中的单位{example}填报。</source>
        <translation>“{unit}” is a group and cannot report itself; report as one of its units{example}.</translation>
    </message>
    <message>
        <source>“{unit}”是某个单位组的成员，单位组不能包含单位组，请先将其移出。</source>
        <translation>“{unit}” is a member of a group, and groups cannot contain groups; remove it from the group first.</translation>
    </message>
    <message>
        <source>“{unit}”的类别改为{kind}。</source>
        <translation>The kind of “{unit}” is now {kind}.</translation>
    </message>
    <message>
        <source>“{unit}”还有 {n} 个成员单位，请先移出成员再更改类别。</source>
        <translation>“{unit}” still has {n} member units; remove them before changing its kind.</translation>
    </message>
    <message>
        <source>不能从“{file}”恢复：{problem}。当前数据库未被修改。</source>
        <translation>Cannot restore from &quot;{file}&quot;: {problem}. The current database was not changed.</translation>
    </message>
    <message>
        <source>不能用正在使用的数据库恢复它自己，请选择一个备份文件。</source>
        <translation>The open database cannot be restored from itself; choose a backup file.</translation>
    </message>
    <message>
        <source>任务 {task} 已强制销号（{count} 个单位未完成）。</source>
        <translation>Task {task} force-closed ({count} units not done).</translation>
    </message>
    <message>
        <source>任务 {task} 已经销号。</source>
        <translation>Task {task} is already closed.</translation>
    </message>
    <message>
        <source>任务 {task} 已销号。</source>
        <translation>Task {task} is closed.</translation>
    </message>
    <message>
        <source>任务 {task} 已销号，不能再填报。如需继续，请先撤销销号。</source>
        <translation>Task {task} is closed and takes no more reports. To continue, reopen it first.</translation>
    </message>
    <message>
        <source>任务 {task} 没有销号，无需撤销。</source>
        <translation>Task {task} is not closed; nothing to reopen.</translation>
    </message>
    <message>
        <source>任务 {task} 的完成时限已调整。</source>
        <translation>The due date of task {task} was changed.</translation>
    </message>
    <message>
        <source>任务 {task} 的数量目标已更新。</source>
        <translation>The numeric target of task {task} was updated.</translation>
    </message>
    <message>
        <source>任务 {task} 还有 {count}/{owing} 个单位未完成（最新审核通过的报送不是“已完成”）：{units}，不能销号。如确需销号（例如上级已取消该任务），请写明原因后强制销号。</source>
        <translation>Task {task} cannot be closed: {count}/{owing} units are not done (their latest approved report is not “done”): {units}. If it must be closed (e.g. cancelled by the higher authority), force-close it with a reason.</translation>
    </message>
    <message>
        <source>任务 {task} 还没有审核通过的“已完成”报送，不能销号。</source>
        <translation>Task {task} has no approved “done” report yet and cannot be closed.</translation>
    </message>
    <message>
        <source>佐证材料 {n} 份</source>
        <translation>supporting files: {n}</translation>
    </message>
    <message>
        <source>写入磁盘出错（I/O 错误），本次修改未保存。请检查磁盘或 U 盘。</source>
        <translation>Writing to the disk failed (I/O error); this change was not saved. Please check the disk or USB stick.</translation>
    </message>
    <message>
        <source>冲突，待协调办公室选择</source>
        <translation>Conflict, awaiting the coordinating office&apos;s choice</translation>
    </message>
    <message>
        <source>单位信息没有变化。</source>
        <translation>The unit is unchanged.</translation>
    </message>
    <message>
        <source>单位名称不能为空。</source>
        <translation>The unit name cannot be empty.</translation>
    </message>
    <message>
        <source>单位安装只导入县环委会办公室的更新数据包。</source>
        <translation>A unit installation imports only update packages from the county coordinating office.</translation>
    </message>
    <message>
        <source>单位目录中没有“{name}”。可在“单位”页面添加，或使用已有名称/别名。</source>
        <translation>The unit directory has no “{name}”. Add it on the Units page, or use an existing name or alias.</translation>
    </message>
    <message>
        <source>单位目录中没有“{name}”，请从单位目录中选择（或先在“单位”页添加）。</source>
        <translation>The unit directory has no “{name}”; choose from the directory (or add it on the Units page first).</translation>
    </message>
    <message>
        <source>单位目录中没有这些单位：{names}。请先在单位目录中添加（或设为别名），或选择自动添加。</source>
        <translation>These units are not in the unit directory: {names}. Add them to the directory first (or as aliases), or choose to add them automatically.</translation>
    </message>
    <message>
        <source>单位类别“{kind}”无效，应为：{allowed}。</source>
        <translation>Unit kind “{kind}” is not valid; use one of: {allowed}.</translation>
    </message>
    <message>
        <source>单位组不能包含单位组：{names}。</source>
        <translation>Groups cannot contain groups: {names}.</translation>
    </message>
    <message>
        <source>县级安装只导入各单位的回报数据包；这是县里发给单位的数据包。</source>
        <translation>The county installation imports only units’ return packages; this is a package the county sent to a unit.</translation>
    </message>
    <message>
        <source>台账代码“{codes}”已被其他计划使用，请换一个计划代码。</source>
        <translation>The ledger code &quot;{codes}&quot; is already used by another plan. Please choose another plan code.</translation>
    </message>
    <message>
        <source>台账已被另一个程序修改，已刷新。</source>
        <translation>The ledger was changed by another program; refreshed.</translation>
    </message>
    <message>
        <source>台账缺少填报表密钥，无法下发或导入填报表。请运行“检查数据库”。</source>
        <translation>The ledger has no fill-in form key, so forms cannot be issued or imported. Run “Check database”.</translation>
    </message>
    <message>
        <source>备份已写入“{path}”，但读回检查未通过（{problem}）。请换一个位置重新备份。</source>
        <translation>The backup was written to &quot;{path}&quot;, but reading it back failed ({problem}). Please back up again to another place.</translation>
    </message>
    <message>
        <source>备份文件夹（{folder}）中没有可用的备份；如有手动备份，可用 qs-ledger restore 文件 恢复。</source>
        <translation>The backups folder ({folder}) holds no usable backup. If you have a manual backup, restore it with qs-ledger restore FILE.</translation>
    </message>
    <message>
        <source>安装包内容不完整，未使用。</source>
        <translation>The setup package is incomplete and was not used.</translation>
    </message>
    <message>
        <source>安装包的签名与其声明的县级签发者不符，未使用。</source>
        <translation>The setup package’s signature does not match the county issuer it names; it was not used.</translation>
    </message>
    <message>
        <source>完成数量不能为负数。</source>
        <translation>The quantity cannot be negative.</translation>
    </message>
    <message>
        <source>完成时限没有变化。</source>
        <translation>The due date is unchanged.</translation>
    </message>
    <message>
        <source>审核结果没有变化。</source>
        <translation>The review is unchanged.</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已从“{file}”恢复。</source>
        <translation>Restored from &quot;{file}&quot;.</translation>
    </message>
    <message>
        <source>已从“{file}”恢复。原文件已移到“{kept}”。</source>
        <translation>Restored from &quot;{file}&quot;. The original file was moved to &quot;{kept}&quot;.</translation>
    </message>
    <message>
        <source>已从“{file}”恢复。恢复前的数据已另存为“{kept}”。</source>
        <translation>Restored from &quot;{file}&quot;. The data before the restore was saved as &quot;{kept}&quot;.</translation>
    </message>
    <message>
        <source>已保存草稿：{task} {period}（第 {version} 版）。</source>
        <translation>Draft saved: {task} {period} (version {version}).</translation>
    </message>
    <message>
        <source>已填入示例数据（{scale}）：{tasks} 项任务，{reports} 份报送，{versions} 个版本。</source>
        <translation>Sample data filled in ({scale}): {tasks} tasks, {reports} reports, {versions} versions.</translation>
    </message>
    <message>
        <source>已备份到：{path}（{kb} KB，已读回检查）</source>
        <translation>Backed up to: {path} ({kb} KB, read back and checked)</translation>
    </message>
    <message>
        <source>已导入计划“{plan}”，共 {n} 项任务。</source>
        <translation>Imported the plan &quot;{plan}&quot;: {n} tasks.</translation>
    </message>
    <message>
        <source>已导入计划“{plan}”，共 {n} 项任务，新增单位 {added} 个。</source>
        <translation>Imported the plan &quot;{plan}&quot;: {n} tasks, {added} new units.</translation>
    </message>
    <message>
        <source>已将“{unit}”更名为“{new_name}”，影响 {n} 项任务。</source>
        <translation>Renamed “{unit}” to “{new_name}”; {n} tasks affected.</translation>
    </message>
    <message>
        <source>已报送 {n} 项</source>
        <translation>Reports filed: {n}</translation>
    </message>
    <message>
        <source>已报送：{task} {period}（第 {version} 版）。</source>
        <translation>Submitted: {task} {period} (version {version}).</translation>
    </message>
    <message>
        <source>已接收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已撤销 {n} 份报送的审核。</source>
        <translation>Review of {n} reports undone.</translation>
    </message>
    <message>
        <source>已撤销 {task} {period} 的填报。</source>
        <translation>Report on {task} for {period} undone.</translation>
    </message>
    <message>
        <source>已撤销 {task} {period} 的审核。</source>
        <translation>Review of {task} for {period} undone.</translation>
    </message>
    <message>
        <source>已撤销任务 {task} 的销号。</source>
        <translation>Task {task} is open again.</translation>
    </message>
    <message>
        <source>已更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>已更新“{unit}”的别名。</source>
        <translation>Aliases of “{unit}” updated.</translation>
    </message>
    <message>
        <source>已更新“{unit}”的成员（{count} 个），影响 {n} 项任务。</source>
        <translation>Members of “{unit}” updated ({count}); {n} tasks affected.</translation>
    </message>
    <message>
        <source>已替换计划“{plan}”，共 {n} 项任务。</source>
        <translation>Replaced the plan &quot;{plan}&quot;: {n} tasks.</translation>
    </message>
    <message>
        <source>已替换计划“{plan}”，共 {n} 项任务，新增单位 {added} 个。</source>
        <translation>Replaced the plan &quot;{plan}&quot;: {n} tasks, {added} new units.</translation>
    </message>
    <message>
        <source>已添加单位“{name}”。</source>
        <translation>Unit “{name}” added.</translation>
    </message>
    <message>
        <source>已记录下发的填报表 {form}。</source>
        <translation>Recorded the handed-out form {form}.</translation>
    </message>
    <message>
        <source>已载入内置计划，共 {n} 项任务。</source>
        <translation>Loaded the built-in plans: {n} tasks.</translation>
    </message>
    <message>
        <source>已过时（县里已有更新的版本）</source>
        <translation>Out of date (the county has a newer version)</translation>
    </message>
    <message>
        <source>已通过 {n} 份报送。</source>
        <translation>{n} reports approved.</translation>
    </message>
    <message>
        <source>已附佐证材料“{name}”。</source>
        <translation>Attached the supporting file &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>强制销号时请写明原因（例如：上级已取消该任务）。</source>
        <translation>Give a reason to force-close (e.g. the task was cancelled by the higher authority).</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>找不到任务“{task}”。任务编号形如 air-2022:2（台账代码:序号）。</source>
        <translation>No task “{task}”. Task ids look like air-2022:2 (ledger code:number).</translation>
    </message>
    <message>
        <source>找不到备份文件：{file}</source>
        <translation>Backup file not found: {file}</translation>
    </message>
    <message>
        <source>找不到数据库文件：{path}</source>
        <translation>Database file not found: {path}</translation>
    </message>
    <message>
        <source>找不到这份报送的第 {version} 版，无法撤销。</source>
        <translation>Version {version} of this report is missing; cannot undo.</translation>
    </message>
    <message>
        <source>报送内容不完整</source>
        <translation>The report is incomplete</translation>
    </message>
    <message>
        <source>报送内容没有变化。</source>
        <translation>The report is unchanged.</translation>
    </message>
    <message>
        <source>报送期只能延长：{year} 年的计划至少报送到 {year}年12月。</source>
        <translation>The reporting period can only be extended: a {year} plan is reported at least until December {year}.</translation>
    </message>
    <message>
        <source>撤销销号时请写明原因。</source>
        <translation>Please give a reason for reopening the task.</translation>
    </message>
    <message>
        <source>数据包不是本县环委会办公室签发的（签发者未登记），未导入。</source>
        <translation>The package was not issued by this county’s coordinating office (unknown issuer); not imported.</translation>
    </message>
    <message>
        <source>数据包格式版本不符，请双方使用同一版本的台账软件。</source>
        <translation>The package format version differs; both sides need the same version of the ledger app.</translation>
    </message>
    <message>
        <source>数据包的数据部分格式有误，未导入。</source>
        <translation>The package’s data part is malformed; not imported.</translation>
    </message>
    <message>
        <source>数据包的签发者未在本机登记：不是本县发过安装包的单位，或是该单位已换用新安装包后旧电脑上做的数据包。未导入。</source>
        <translation>The package’s issuer is not enrolled here: not a unit the county issued a setup package to, or made on an old PC after the unit moved to a new setup package. Not imported.</translation>
    </message>
    <message>
        <source>数据库“{file}”来自更新版本的台账软件（数据版本 {version}，本软件支持到 {latest}）。请升级软件后再打开；文件未被修改。</source>
        <translation>The database &quot;{file}&quot; comes from a newer version of the ledger software (data version {version}; this software supports up to {latest}). Please upgrade the software before opening it. The file was not changed.</translation>
    </message>
    <message>
        <source>数据库以只读方式打开，不能从备份恢复。</source>
        <translation>The database is open read-only and cannot be restored from a backup.</translation>
    </message>
    <message>
        <source>数据库以只读方式打开，不能修改。</source>
        <translation>The database is open read-only and cannot be changed.</translation>
    </message>
    <message>
        <source>数据库已就绪。</source>
        <translation>The database is ready.</translation>
    </message>
    <message>
        <source>数据库操作失败：{error}</source>
        <translation>A database operation failed: {error}</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是台账数据库：{path}。可从备份恢复（qs-ledger backups）。</source>
        <translation>The database file is damaged or not a ledger database: {path}. You can restore it from a backup (qs-ledger backups).</translation>
    </message>
    <message>
        <source>数据库文件已损坏（完整性检查未通过）：{file}。文件未被修改，请从备份恢复。</source>
        <translation>The database file is damaged (the integrity check failed): {file}. The file was not changed; please restore from a backup.</translation>
    </message>
    <message>
        <source>数据库文件或它所在位置只读，无法保存修改：{path}</source>
        <translation>The database file or its folder is read-only; changes cannot be saved: {path}</translation>
    </message>
    <message>
        <source>数据库正被另一个程序使用（可能已打开另一个台账窗口），请稍后重试。</source>
        <translation>The database is in use by another program (perhaps another ledger window is open). Please try again shortly.</translation>
    </message>
    <message>
        <source>数量目标没有变化。</source>
        <translation>The numeric target is unchanged.</translation>
    </message>
    <message>
        <source>数量目标须大于 0，并写明单位，例如 300 个。</source>
        <translation>A numeric target must be above 0 and name its unit, e.g. 300 个.</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>无法把报送恢复为“{state}”状态。</source>
        <translation>A report cannot be put back to state “{state}”.</translation>
    </message>
    <message>
        <source>最新的完好备份：{path}（{date} {time}，{label}）。运行 qs-ledger backups 查看全部备份，qs-ledger restore 备份文件 即可恢复（当前文件会先移到备份文件夹）。</source>
        <translation>The newest good backup: {path} ({when}, {label}). Run qs-ledger backups to see every backup; qs-ledger restore BACKUP-FILE restores it (the current file is first moved to the backups folder).</translation>
    </message>
    <message>
        <source>未接收（任务已销号）</source>
        <translation>Not accepted (the task is closed)</translation>
    </message>
    <message>
        <source>本机不是由县级安装包创建的单位安装，无法制作回报数据包。</source>
        <translation>This PC is not a unit installation made from a county setup package and cannot make a return package.</translation>
    </message>
    <message>
        <source>本机单位已设为“{unit}”（{role}）。</source>
        <translation>This office is now “{unit}” ({role}).</translation>
    </message>
    <message>
        <source>本机单位没有变化。</source>
        <translation>This office is unchanged.</translation>
    </message>
    <message>
        <source>本机是“{office}”的单位安装，只能填报本单位的任务，不能替“{unit}”填报。</source>
        <translation>This PC is the installation of “{office}”: it reports only its own tasks, not for “{unit}”.</translation>
    </message>
    <message>
        <source>本机是“{unit}”的单位安装：审核、销号和调整时限只能在县环委会办公室的电脑上进行。</source>
        <translation>This PC is the installation of “{unit}”: reviewing, closing tasks and changing deadlines are done on the county coordinating office’s PC.</translation>
    </message>
    <message>
        <source>本机有未发送的修改，保留</source>
        <translation>Kept: this computer has changes not yet sent</translation>
    </message>
    <message>
        <source>没有代码为“{code}”的台账。现有：{known}</source>
        <translation>No ledger with code “{code}”. Existing: {known}</translation>
    </message>
    <message>
        <source>没有代码为“{code}”的计划或台账。现有台账：{known}</source>
        <translation>No plan or ledger with code “{code}”. Existing ledgers: {known}</translation>
    </message>
    <message>
        <source>没有代码为“{code}”的计划或台账。现有计划：{known}</source>
        <translation>There is no plan or ledger with the code &quot;{code}&quot;. Existing plans: {known}</translation>
    </message>
    <message>
        <source>没有报送内容</source>
        <translation>no reports</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的冲突。</source>
        <translation>There is no conflict number {id}.</translation>
    </message>
    <message>
        <source>没有需要通过的报送。</source>
        <translation>No reports waiting for approval.</translation>
    </message>
    <message>
        <source>磁盘空间不足，本次修改未保存，数据库保持原样。请清理磁盘后重试。</source>
        <translation>The disk is full; this change was not saved and the database is unchanged. Please free some disk space and try again.</translation>
    </message>
    <message>
        <source>计划代码“{code}”不能用：只能由字母、数字、汉字和 - _ . 组成，不含空格，例如 air-2023。</source>
        <translation>The plan code &quot;{code}&quot; cannot be used: it may contain only letters, digits, Chinese characters and - _ . without spaces, e.g. air-2023.</translation>
    </message>
    <message>
        <source>计划代码“{code}”已存在。如要用新表格替换它（其报送记录将一并删除），请选择“替换”。</source>
        <translation>The plan code &quot;{code}&quot; already exists. To replace it with the new spreadsheet (its reports will be deleted too), choose &quot;Replace&quot;.</translation>
    </message>
    <message>
        <source>计划的印发信息没有变化。</source>
        <translation>The plan&apos;s issuing details did not change.</translation>
    </message>
    <message>
        <source>计划的报送设置没有变化。</source>
        <translation>The plan&apos;s reporting settings did not change.</translation>
    </message>
    <message>
        <source>设置数量目标时请写明原因。</source>
        <translation>Please give a reason for setting the numeric target.</translation>
    </message>
    <message>
        <source>请填写进展情况。</source>
        <translation>Please describe the progress.</translation>
    </message>
    <message>
        <source>请指定单位（--unit）：县级安装为每个单位分别制作数据包。</source>
        <translation>Name the unit (--unit): the county installation makes a package per unit.</translation>
    </message>
    <message>
        <source>请选择保留县里的版本或采用单位的版本。</source>
        <translation>Choose to keep the county’s version or take the unit’s.</translation>
    </message>
    <message>
        <source>请选择本机所属的单位。</source>
        <translation>Please choose the office this PC works for.</translation>
    </message>
    <message>
        <source>调整完成时限时请写明原因。</source>
        <translation>Please give a reason for changing the due date.</translation>
    </message>
    <message>
        <source>这不是县环委会办公室的安装包（应为“安装包”类型的 .qspkg 文件）。</source>
        <translation>This is not a setup package from the county coordinating office (a .qspkg file of type “setup”).</translation>
    </message>
    <message>
        <source>这个冲突已经处理过了。</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <source>这个台账已有真实数据（{n} 份报送），不能填入示例数据，以免与真实数据混在一起。请用一个新的数据库文件（--db 新文件）。</source>
        <translation>This ledger already holds real data ({n} reports); sample data cannot be filled in, so the two are not mixed. Please use a new database file (--db NEW-FILE).</translation>
    </message>
    <message>
        <source>这个台账已有真实数据（导入的计划 {plans}），不能填入示例数据，以免与真实数据混在一起。请用一个新的数据库文件（--db 新文件）。</source>
        <translation>This ledger already holds real data (imported plans {plans}); sample data cannot be filled in, so the two are not mixed. Please use a new database file (--db NEW-FILE).</translation>
    </message>
    <message>
        <source>这个台账已经是示例数据，不能再填一次。请用一个新的数据库文件（--db 新文件）。</source>
        <translation>This ledger already holds sample data and cannot be filled again. Use a new database file (--db NEW_FILE).</translation>
    </message>
    <message>
        <source>这个数据包是发给另一个县（另一台县级电脑）的，未导入。</source>
        <translation>This package is for another county (another county PC); not imported.</translation>
    </message>
    <message>
        <source>这份佐证材料已经附过了。</source>
        <translation>This supporting file is already attached.</translation>
    </message>
    <message>
        <source>这是县里为本单位重新制作的安装包（换用新电脑时用），应在新电脑上用它创建安装；本机的安装已停用，请与县环委会办公室联系。</source>
        <translation>This is a setup package the county made again for this unit (for moving to a new computer); use it to set up the new computer. The installation on this computer has been retired; please contact the county committee office.</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>退回时请写明退回原因。</source>
        <translation>Please give a reason for returning the report.</translation>
    </message>
</context>
<context>
    <name>PackagePanel</name>
    <message>
        <source>数据包（与装有台账软件的单位交换）</source>
        <translation>Packages (exchange with units that run the app)</translation>
    </message>
    <message>
        <source>全部单位数据包…</source>
        <translation>Packages for all units…</translation>
    </message>
    <message>
        <source>导入数据包…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <source>导入文件夹…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>最近收到</source>
        <translation>Last received</translation>
    </message>
    <message>
        <source>最近发出</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <source>协调办公室</source>
        <translation>coordinating office</translation>
    </message>
    <message>
        <source>单位安装</source>
        <translation>unit installation</translation>
    </message>
    <message>
        <source>本机：{unit}（{role}），密钥指纹 {fp}</source>
        <translation>This PC: {unit} ({role}), key fingerprint {fp}</translation>
    </message>
    <message>
        <source>未设置本机单位</source>
        <translation>office not set</translation>
    </message>
    <message>
        <source>为所选单位制作数据包…</source>
        <translation>Package for the chosen unit…</translation>
    </message>
    <message>
        <source>制作回报数据包…</source>
        <translation>Make the return package…</translation>
    </message>
    <message>
        <source>数据包（与县环委会办公室交换）</source>
        <translation>Packages (exchange with the county office)</translation>
    </message>
    <message>
        <source>处理冲突（{n}）…</source>
        <translation>Conflicts ({n})…</translation>
    </message>
    <message>
        <source>已登记 {fp}</source>
        <translation>Enrolled {fp}</translation>
    </message>
    <message>
        <source>已发安装包，待首次回报</source>
        <translation>Setup package sent, awaiting first return</translation>
    </message>
    <message>
        <source>县环委会办公室</source>
        <translation>County committee office</translation>
    </message>
    <message>
        <source>第 {n} 号 {when}</source>
        <translation>No. {n} {when}</translation>
    </message>
    <message>
        <source>保存数据包</source>
        <translation>Save package</translation>
    </message>
    <message>
        <source>台账数据包 (*.qspkg)</source>
        <translation>Ledger packages (*.qspkg)</translation>
    </message>
    <message>
        <source>正在制作数据包…</source>
        <translation>Making the package…</translation>
    </message>
    <message>
        <source>选择存放数据包的文件夹</source>
        <translation>Choose a folder for the packages</translation>
    </message>
    <message>
        <source>正在为各单位制作数据包…</source>
        <translation>Making packages for every unit…</translation>
    </message>
    <message>
        <source>{unit}：{kind}第 {seq} 号，校验码 {code}</source>
        <translation>{unit}: {kind} no. {seq}, check code {code}</translation>
    </message>
    <message>
        <source>数据包已制作</source>
        <translation>Packages made</translation>
    </message>
    <message>
        <source>请把数据包交给对方；对方导入后会读出同样的校验码，可在电话中核对。</source>
        <translation>Hand the package over; the other office sees the same check code when it imports it, so you can compare it on the phone.</translation>
    </message>
    <message>
        <source>导入数据包</source>
        <translation>Import packages</translation>
    </message>
    <message>
        <source>选择数据包所在的文件夹</source>
        <translation>Choose the folder with the packages</translation>
    </message>
    <message>
        <source>正在导入数据包…</source>
        <translation>Importing packages…</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>留空则用表格中的标题</source>
        <translation>Leave empty to use the sheet&apos;s title</translation>
    </message>
    <message>
        <source>导入新计划</source>
        <translation>Import a new plan</translation>
    </message>
    <message>
        <source>请选择印发通知（.docx）或台账表格（.xlsx）</source>
        <translation>Choose the issuing notice (.docx) or the ledger workbook (.xlsx)</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>表格中的列</source>
        <translation>Column in the sheet</translation>
    </message>
    <message>
        <source>如 air-2023，字母、数字和连字符</source>
        <translation>e.g. air-2023: letters, digits and hyphens</translation>
    </message>
    <message>
        <source>如 沁政办发〔2023〕5 号</source>
        <translation>e.g. 沁政办发〔2023〕5 号</translation>
    </message>
    <message>
        <source>YYYY-MM-DD，如 2023-03-15</source>
        <translation>YYYY-MM-DD, e.g. 2023-03-15</translation>
    </message>
    <message>
        <source>如 沁水县人民政府办公室</source>
        <translation>e.g. 沁水县人民政府办公室</translation>
    </message>
    <message>
        <source>加入未知单位（添加到单位目录）</source>
        <translation>Add unknown units (to the unit directory)</translation>
    </message>
    <message>
        <source>替换同代码计划（其报送记录将一并删除）</source>
        <translation>Replace the plan with this code (its reports are deleted too)</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>计划代码：</source>
        <translation>Plan code:</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>文号：</source>
        <translation>Document no.:</translation>
    </message>
    <message>
        <source>印发日期：</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <source>印发单位：</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>列对应（可修改）</source>
        <translation>Column mapping (editable)</translation>
    </message>
    <message>
        <source>预览（按当前列对应读取）</source>
        <translation>Preview (read with the current mapping)</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>选择计划文件</source>
        <translation>Choose the plan file</translation>
    </message>
    <message>
        <source>印发通知或台账表格 (*.docx *.xlsx)</source>
        <translation>Notice or ledger workbook (*.docx *.xlsx)</translation>
    </message>
    <message>
        <source>文档中有 {k} 张任务表，共 {n} 项任务，将各成一个台账（预览显示第一张；要单独导入一张，请在“任务表”中选择）。</source>
        <translation>The document has {k} task tables with {n} tasks in all; each becomes a ledger (the preview shows the first; to import one alone, choose it under “Task table”).</translation>
    </message>
    <message>
        <source>任务表：</source>
        <translation>Task table:</translation>
    </message>
    <message>
        <source>文档中的“{table}”</source>
        <translation>“{table}” of the document</translation>
    </message>
    <message>
        <source>工作表“{table}”</source>
        <translation>Sheet “{table}”</translation>
    </message>
    <message>
        <source>{where}，表头在第 {row} 行{two}，数据从第 {first} 行开始。</source>
        <translation>{where}: header in row {row}{two}, data from row {first}.</translation>
    </message>
    <message>
        <source>工作表：</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>正在读取表格…</source>
        <translation>Reading the spreadsheet…</translation>
    </message>
    <message>
        <source>表格未能读取，请查看提示后修改列对应或换一个文件。</source>
        <translation>The spreadsheet could not be read; see the message, then fix the mapping or choose another file.</translation>
    </message>
    <message>
        <source>识别出 {n} 项任务。确认列对应和预览无误后，点“导入”。</source>
        <translation>{n} task(s) found. Check the mapping and the preview, then click Import.</translation>
    </message>
    <message>
        <source>留空则用表格中的标题：{title}</source>
        <translation>Leave empty to use the sheet&apos;s title: {title}</translation>
    </message>
    <message>
        <source>表格中没有标题，请填写</source>
        <translation>The sheet has no title; please enter one</translation>
    </message>
    <message>
        <source>（两级表头）</source>
        <translation> (two-level header)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{col} 列：{text}</source>
        <translation>Column {col}: {text}</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>{heading}（附加列）</source>
        <translation>{heading} (extra column)</translation>
    </message>
    <message>
        <source>无法自动识别，将原样保留，可稍后手工指定日期。</source>
        <translation>Not recognised; kept as written. A date can be set by hand later.</translation>
    </message>
    <message>
        <source>共 {n} 项任务</source>
        <translation>{n} task(s)</translation>
    </message>
    <message>
        <source>，仅显示前 {shown} 项</source>
        <translation>, first {shown} shown</translation>
    </message>
    <message>
        <source>未对应字段的列“{heading}”（{n} 行有内容）将作为附加列保留，台账中照原样打印。</source>
        <translation>Column “{heading}” ({n} rows with text) matches no field: it is kept as an extra column and printed as issued.</translation>
    </message>
    <message>
        <source>文档{table}（{n} 行）没有任务列，不是任务表，未导入。</source>
        <translation>Document {table} ({n} rows) has no task column: not a task table, not imported.</translation>
    </message>
    <message>
        <source>第 {row} 行的完成时限“{text}”无法自动识别，将原样保留。</source>
        <translation>Row {row}: the deadline &quot;{text}&quot; is not recognised and is kept as written.</translation>
    </message>
    <message>
        <source>表格没有完成时限列：{n} 项任务的时限取自任务文字中的日期。</source>
        <translation>The table has no deadline column: {n} tasks take their deadline from a date in their text.</translation>
    </message>
    <message>
        <source>第 {row} 行的文字提到日期，但未能读出完成时限，将按常态工作处理，可稍后手工指定。</source>
        <translation>Row {row} mentions a date but no deadline could be read from it; it is treated as an ongoing duty and can be dated by hand later.</translation>
    </message>
    <message>
        <source>印发日期应为 YYYY-MM-DD，例如 2023-03-15。</source>
        <translation>The issue date should be YYYY-MM-DD, e.g. 2023-03-15.</translation>
    </message>
    <message>
        <source>单位目录中没有：{names}。{hint}</source>
        <translation>Not in the unit directory: {names}. {hint}</translation>
    </message>
    <message>
        <source>导入时将加入单位目录。</source>
        <translation>They will be added when importing.</translation>
    </message>
    <message>
        <source>勾选“加入未知单位”才能导入，或先在单位目录中添加、设为别名。</source>
        <translation>Tick &quot;Add unknown units&quot; to import, or first add them to the directory or as aliases.</translation>
    </message>
    <message>
        <source>正在导入计划…</source>
        <translation>Importing the plan…</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>PlanReportingDialog</name>
    <message>
        <source>计划报送设置与印发信息</source>
        <translation>Plan reporting and issuing details</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>配合单位也需报送</source>
        <translation>Cooperating units report too</translation>
    </message>
    <message>
        <source>报送至</source>
        <translation>Report until</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>印发日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>印发单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>勾选后，配合单位与牵头单位一样按月报送，并计入未报送和统计</source>
        <translation>When ticked, cooperating units report monthly like lead units and count in unreported and statistics</translation>
    </message>
    <message>
        <source>计划年度结束后是否继续报送；默认报送至计划年度 12 月</source>
        <translation>Whether reporting continues after the plan year; by default until December of the plan year</translation>
    </message>
    <message>
        <source>修改原因（记入日志）</source>
        <translation>Reason for the change (kept in the log)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>无法开始打印：打印机未就绪或无法写入输出文件。</source>
        <translation>Cannot start printing: the printer is not ready or the output file cannot be written.</translation>
    </message>
    <message>
        <source>打印预览 — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <source>正在准备打印预览…</source>
        <translation>Preparing the print preview…</translation>
    </message>
    <message>
        <source>打印 — {title}</source>
        <translation>Print — {title}</translation>
    </message>
    <message>
        <source>正在发送到打印机…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在准备打印…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>已接收 {a} 个，已导入过 {u} 个，未导入 {r} 个，冲突 {c} 项。校验码可在电话中与发件方核对。</source>
        <translation>Accepted {a}, imported before {u}, refused {r}, conflicts {c}. Compare the check codes with the sender on the phone.</translation>
    </message>
    <message>
        <source>本机制作的 {n} 个已跳过。</source>
        <translation> {n} made on this PC were skipped.</translation>
    </message>
    <message>
        <source>数据包导入回执</source>
        <translation>Package import receipt</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>处理冲突…</source>
        <translation>Resolve conflicts…</translation>
    </message>
    <message>
        <source>保存回执</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>县环委会办公室</source>
        <translation>County committee office</translation>
    </message>
    <message>
        <source>正在保存回执…</source>
        <translation>Saving the receipt…</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>可不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>保存草稿 (Ctrl+S)</source>
        <translation>Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>提交 (Ctrl+Enter)</source>
        <translation>Submit (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>任务(&amp;T)：</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <source>填报单位(&amp;U)：</source>
        <translation>Reporting &amp;unit:</translation>
    </message>
    <message>
        <source>报送期(&amp;P)：</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>完成状态(&amp;S)：</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>进展情况(&amp;G)：</source>
        <translation>Pro&amp;gress:</translation>
    </message>
    <message>
        <source>存在问题(&amp;B)：</source>
        <translation>Pro&amp;blems:</translation>
    </message>
    <message>
        <source>下一步计划(&amp;N)：</source>
        <translation>&amp;Next steps:</translation>
    </message>
    <message>
        <source>完成数量(&amp;Q)：</source>
        <translation>&amp;Quantity done:</translation>
    </message>
    <message>
        <source>上期报送</source>
        <translation>Previous report</translation>
    </message>
    <message>
        <source>牵头</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>配合</source>
        <translation>cooperating</translation>
    </message>
    <message>
        <source>{unit}（{role}）</source>
        <translation>{unit} ({role})</translation>
    </message>
    <message>
        <source>{unit}（{role} · {group}）</source>
        <translation>{unit} ({role} · {group})</translation>
    </message>
    <message>
        <source>目标：{n}{unit}，只填数字</source>
        <translation>Target: {n}{unit}; enter the number only</translation>
    </message>
    <message>
        <source>该任务没有数量目标</source>
        <translation>This task has no numeric target</translation>
    </message>
    <message>
        <source>该任务已销号，不能再填报。</source>
        <translation>This task is closed; no more reports can be entered.</translation>
    </message>
    <message>
        <source>本期已有第 {n} 版（{state}）。修改后再次保存会生成新的一版。</source>
        <translation>Version {n} exists for this period ({state}). Saving again creates a new version.</translation>
    </message>
    <message>
        <source>退回原因：{reason}</source>
        <translation> Reason for return: {reason}</translation>
    </message>
    <message>
        <source>已按上期（{p}）内容预填。请逐项更新，标为“与上期相同”的内容不要原样照抄。</source>
        <translation>Prefilled from the previous report ({p}). Update each field; do not copy fields marked &quot;Same as last period&quot; unchanged.</translation>
    </message>
    <message>
        <source>这是该单位对此任务的第一次报送。</source>
        <translation>This is the unit&apos;s first report on this task.</translation>
    </message>
    <message>
        <source>代填：以{office}的名义代“{unit}”填报，日志记为代填。</source>
        <translation>Filing on behalf of “{unit}” as {office}; the log records it as such.</translation>
    </message>
    <message>
        <source>没有更早的报送。</source>
        <translation>No earlier report.</translation>
    </message>
    <message>
        <source>上期报送（{p}，{state}）</source>
        <translation>Previous report ({p}, {state})</translation>
    </message>
    <message>
        <source>完成状态：{status}

进展情况：
{progress}

存在问题：
{problems}

下一步计划：
{next}</source>
        <translation>Status: {status}

Progress:
{progress}

Problems:
{problems}

Next steps:
{next}</translation>
    </message>
    <message>
        <source>与上期相同</source>
        <translation>Same as last period</translation>
    </message>
    <message>
        <source>✎ 已修改</source>
        <translation>✎ Changed</translation>
    </message>
    <message>
        <source>请填写进展情况（状态为“未开始”时可不填）。</source>
        <translation>Enter the progress (optional only when the status is &quot;Not started&quot;).</translation>
    </message>
    <message>
        <source>进展情况与上期完全相同。请写明本期的新进展；确无进展请写“本期无新进展”及原因。</source>
        <translation>The progress is identical to last period. Describe this period&apos;s progress; if there was none, say so and why.</translation>
    </message>
    <message>
        <source>提交 {id} {p} 的报送</source>
        <translation>Submit report {id} {p}</translation>
    </message>
    <message>
        <source>保存 {id} {p} 的草稿</source>
        <translation>Save draft {id} {p}</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>进展情况与上期相同，请写明本期的新进展。</source>
        <translation>The progress text is the same as last period; please describe this period’s progress.</translation>
    </message>
    <message>
        <source>请补充佐证材料（照片、检查记录、文件）。</source>
        <translation>Please add supporting material (photos, inspection records, documents).</translation>
    </message>
    <message>
        <source>完成状态与进展情况不符，请核实。</source>
        <translation>The status does not match the progress described; please check.</translation>
    </message>
    <message>
        <source>请写明存在问题和下一步计划。</source>
        <translation>Please state the problems and the next steps.</translation>
    </message>
    <message>
        <source>完成数量与目标不一致，请核实。</source>
        <translation>The quantity does not match the target; please check.</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>退回原因（必填，填报单位会看到）</source>
        <translation>Reason for returning (required; the unit will see it)</translation>
    </message>
    <message>
        <source>从常用原因中删除</source>
        <translation>Remove from common reasons</translation>
    </message>
    <message>
        <source>常用原因（双击填入，可再修改）：</source>
        <translation>Common reasons (double-click to use, then edit):</translation>
    </message>
    <message>
        <source>退回原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>待审核</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>显示(&amp;W)：</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>报送期(&amp;P)：</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>报送期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>完成状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>审核状态</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>通过(&amp;A)</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>退回(&amp;T)…</source>
        <translation>Re&amp;turn…</translation>
    </message>
    <message>
        <source>销号(&amp;X)…</source>
        <translation>&amp;Close task…</translation>
    </message>
    <message>
        <source>查看任务</source>
        <translation>Show task</translation>
    </message>
    <message>
        <source>Ctrl+Enter；选中多行可批量通过</source>
        <translation>Ctrl+Enter; select several rows to approve them together</translation>
    </message>
    <message>
        <source>共 {n} 份</source>
        <translation>{n} reports</translation>
    </message>
    <message>
        <source>通过 {task} 的报送</source>
        <translation>Approve the report on {task}</translation>
    </message>
    <message>
        <source>退回 {task} 的报送</source>
        <translation>Return the report on {task}</translation>
    </message>
    <message>
        <source>批量通过 {n} 份(&amp;A)</source>
        <translation>&amp;Approve {n} reports</translation>
    </message>
    <message>
        <source>已销号，或还没有审核通过的“已完成”报送：不能销号。</source>
        <translation>Already closed, or no approved “done” report yet: cannot close.</translation>
    </message>
    <message>
        <source>选中一份报送查看全文。</source>
        <translation>Select a report to read it in full.</translation>
    </message>
    <message>
        <source>{task} · {unit} · {period} · 第 {v} 版 · {state}</source>
        <translation>{task} · {unit} · {period} · version {v} · {state}</translation>
    </message>
    <message>
        <source>任务内容：{t}</source>
        <translation>Task: {t}</translation>
    </message>
    <message>
        <source>完成状态：{s}</source>
        <translation>Status: {s}</translation>
    </message>
    <message>
        <source>进展情况：{t}</source>
        <translation>Progress: {t}</translation>
    </message>
    <message>
        <source>存在问题：{t}</source>
        <translation>Problems: {t}</translation>
    </message>
    <message>
        <source>下一步计划：{t}</source>
        <translation>Next steps: {t}</translation>
    </message>
    <message>
        <source>审核意见：{t}</source>
        <translation>Review comment: {t}</translation>
    </message>
    <message>
        <source>上期（{p}）进展：{t}</source>
        <translation>Previous period ({p}): {t}</translation>
    </message>
    <message>
        <source>  ⚠ 与本期完全相同</source>
        <translation>  ⚠ identical to this period</translation>
    </message>
    <message>
        <source>批量通过 {n} 份报送</source>
        <translation>Approve {n} reports</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Close task</translation>
    </message>
    <message>
        <source>销号说明（可不填）：</source>
        <translation>Note on closing (optional):</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>常态推进</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>未报送</source>
        <translation>Unreported</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>TaskDetailDialog</name>
    <message>
        <source>任务详情 · {id}</source>
        <translation>Task details · {id}</translation>
    </message>
    <message>
        <source>填报进展(&amp;R)</source>
        <translation>&amp;Report progress</translation>
    </message>
    <message>
        <source>调整期限(&amp;D)…</source>
        <translation>Change &amp;due date…</translation>
    </message>
    <message>
        <source>销号(&amp;X)…</source>
        <translation>&amp;Close task…</translation>
    </message>
    <message>
        <source>处理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>任务类别：</source>
        <translation>Section:</translation>
    </message>
    <message>
        <source>序号：</source>
        <translation>No.:</translation>
    </message>
    <message>
        <source>具体措施：</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <source>，应于{date}前完成</source>
        <translation>, due by {date}</translation>
    </message>
    <message>
        <source>{parsed}（原文：“{phrase}”）</source>
        <translation>{parsed} (as written: &quot;{phrase}&quot;)</translation>
    </message>
    <message>
        <source>；已调整：{reason}</source>
        <translation>; changed: {reason}</translation>
    </message>
    <message>
        <source>当前状态：</source>
        <translation>Current status:</translation>
    </message>
    <message>
        <source>完成时限：</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>牵头单位：</source>
        <translation>Lead units:</translation>
    </message>
    <message>
        <source>配合单位：</source>
        <translation>Cooperating units:</translation>
    </message>
    <message>
        <source>牵头</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>配合</source>
        <translation>cooperating</translation>
    </message>
    <message>
        <source>各单位情况：</source>
        <translation>Each unit:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <source>销号：</source>
        <translation>Closed:</translation>
    </message>
    <message>
        <source>撤销销号(&amp;X)…</source>
        <translation>Re&amp;open task…</translation>
    </message>
    <message>
        <source>第 {n} 版</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>还没有任何填报或审核记录。</source>
        <translation>Nothing has been reported or reviewed yet.</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Close task</translation>
    </message>
    <message>
        <source>销号说明（可不填）：</source>
        <translation>Note on closing (optional):</translation>
    </message>
    <message>
        <source>撤销销号</source>
        <translation>Task reopened</translation>
    </message>
    <message>
        <source>撤销原因（必填）：</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <source>撤销 {id} 的销号</source>
        <translation>Reopen {id}</translation>
    </message>
    <message>
        <source>强制销号</source>
        <translation>Force close</translation>
    </message>
    <message>
        <source>仍要销号（例如上级已取消该任务）？请写明原因（必填）：</source>
        <translation>Close it anyway (e.g. the task was cancelled by the higher authority)? Reason (required):</translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>未报</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>牵头</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>配合</source>
        <translation>Cooperating</translation>
    </message>
    <message>
        <source>选择本机单位…</source>
        <translation>Choose this office…</translation>
    </message>
    <message>
        <source>报送期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>职责</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>Review comment</translation>
    </message>
    <message>
        <source>填报所选 (Enter)</source>
        <translation>Report on selected (Enter)</translation>
    </message>
    <message>
        <source>还没有选择本机单位：选择后，这里列出本单位应报而未完成的报送。</source>
        <translation>No office chosen yet: once it is, this page lists the reports your unit still owes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{unit}&lt;/b&gt; 截至 {date} 的待办报送（应报期及以前，尚未审核通过的）</source>
        <translation>Reports &lt;b&gt;{unit}&lt;/b&gt; still owes as of {date} (up to the owed period, not yet approved)</translation>
    </message>
    <message>
        <source>共 {n} 项：{parts}</source>
        <translation>{n} items: {parts}</translation>
    </message>
    <message>
        <source>没有待办：应报的报送都已审核通过。</source>
        <translation>Nothing to do: every report owed has been approved.</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <source>单位名称</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>别名 / 成员</source>
        <translation>Aliases / members</translation>
    </message>
    <message>
        <source>分派任务</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>成员：{names}</source>
        <translation>Members: {names}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>县直部门</source>
        <translation>County bureau</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>市直驻县机构</source>
        <translation>City branch</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>单位组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>筛选单位名称或别名…</source>
        <translation>Filter by name or alias…</translation>
    </message>
    <message>
        <source>新增单位…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <source>报送设置…</source>
        <translation>Reporting settings…</translation>
    </message>
    <message>
        <source>各计划是否要求配合单位也报送，以及报送到哪个月</source>
        <translation>Whether each plan asks cooperating units to report too, and until which month</translation>
    </message>
    <message>
        <source>每行一个别名</source>
        <translation>One alias per line</translation>
    </message>
    <message>
        <source>成员单位(&amp;M)：</source>
        <translation>&amp;Members:</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>单位名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>类别(&amp;K)：</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>别名(&amp;A)：</source>
        <translation>&amp;Aliases:</translation>
    </message>
    <message>
        <source>导入的表格或报送中出现别名时，会识别为本单位。更名后原名称自动保留为别名。</source>
        <translation>An alias in an imported sheet or report is recognised as this unit. After a rename the old name is kept as an alias.</translation>
    </message>
    <message>
        <source>更名将影响 {n} 项任务的分派：这些任务的责任单位将显示为“{new}”；原名称“{old}”保留为别名，旧文件仍能识别。</source>
        <translation>Renaming affects the assignment of {n} tasks: they will show &quot;{new}&quot; as responsible unit; the old name &quot;{old}&quot; is kept as an alias so older files still match.</translation>
    </message>
    <message>
        <source>新增 {names} 将承担这些任务</source>
        <translation>{names} will take on these tasks</translation>
    </message>
    <message>
        <source>移出的 {names} 将不再承担</source>
        <translation>{names} will no longer answer for them</translation>
    </message>
    <message>
        <source>成员变更将影响 {n} 项任务的分派：{parts}。</source>
        <translation>Changing the members affects the assignment of {n} tasks: {parts}.</translation>
    </message>
    <message>
        <source>类别改为“{kind}”，不影响任务分派。</source>
        <translation>Kind becomes &quot;{kind}&quot;; assignments are not affected.</translation>
    </message>
    <message>
        <source>别名变更不影响现有分派，只影响导入文件时的单位识别。</source>
        <translation>Aliases do not change assignments; they only affect how imported files are matched to units.</translation>
    </message>
    <message>
        <source>修改单位“{name}”</source>
        <translation>Edit unit &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>新增单位</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>单位名称（可在右侧修改类别和别名）：</source>
        <translation>Unit name (kind and aliases can be edited on the right):</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>找不到台账文件</source>
        <translation>Ledger file not found</translation>
    </message>
    <message>
        <source>找不到台账文件“{path}”，它所在的文件夹也不存在（U 盘或网络盘是否已连接？）。</source>
        <translation>The ledger file “{path}” was not found, and neither was its folder (is the USB stick or network drive connected?).</translation>
    </message>
    <message>
        <source>找不到台账文件“{path}”。
要在这里新建一个台账吗？（将载入内置的行动计划）</source>
        <translation>The ledger file “{path}” was not found.
Create a new ledger here? (The built-in action plans will be loaded.)</translation>
    </message>
    <message>
        <source>新建台账</source>
        <translation>New ledger</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>台账已被占用</source>
        <translation>Ledger in use</translation>
    </message>
    <message>
        <source>另一个程序（进程 {pid}）正在使用这个台账文件。
以只读方式打开吗？</source>
        <translation>Another program (process {pid}) is using this ledger file.
Open it read-only?</translation>
    </message>
    <message>
        <source>自动备份失败</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <source>沁水生态环境重点任务台账</source>
        <translation>QS Ledger — Qinshui environmental task ledger</translation>
    </message>
    <message>
        <source>无法打开台账</source>
        <translation>Cannot open the ledger</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>完好</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>不可用：</source>
        <translation>Unusable: </translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>从所选备份恢复</source>
        <translation>Restore selected backup</translation>
    </message>
    <message>
        <source>选择其他备份文件…</source>
        <translation>Choose another backup file…</translation>
    </message>
    <message>
        <source>备份文件夹中还没有备份：</source>
        <translation>No backups yet in the backup folder: </translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <source>台账数据库 (*.sqlite *.db);;所有文件 (*)</source>
        <translation>Ledger database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>可以从下面的备份恢复；当前文件会先移到备份文件夹，不会被删除。</source>
        <translation>You can restore one of the backups below; the current file is first moved into the backup folder, never deleted.</translation>
    </message>
    <message>
        <source>无法打开台账</source>
        <translation>Cannot open the ledger</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>检查数据库</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>检查通过，数据库完好。</source>
        <translation>Check passed: the database is sound.</translation>
    </message>
    <message>
        <source>发现问题，详见下文。请先备份，再联系维护人员。</source>
        <translation>Problems found, see below. Make a backup first, then contact your maintainer.</translation>
    </message>
    <message>
        <source>复制报告</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>数据库(&amp;D)</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>检查数据库…</source>
        <translation>Check database…</translation>
    </message>
    <message>
        <source>备份到…</source>
        <translation>Back up to…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <source>复制到本机磁盘并改用副本…</source>
        <translation>Copy to this computer and use the copy…</translation>
    </message>
    <message>
        <source>正在检查数据库…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>备份到（可选 U 盘）</source>
        <translation>Back up to (a USB stick is fine)</translation>
    </message>
    <message>
        <source>台账数据库 (*.sqlite)</source>
        <translation>Ledger database (*.sqlite)</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>恢复前会先把当前数据另存一份备份。恢复后，撤销记录将清空。</source>
        <translation>The current data is backed up before restoring. After restoring, the undo history is cleared.</translation>
    </message>
    <message>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>复制到本机磁盘</source>
        <translation>Copy to this computer</translation>
    </message>
    <message>
        <source>正在复制…</source>
        <translation>Copying…</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>台账已复制到：</source>
        <translation>The ledger was copied to:</translation>
    </message>
    <message>
        <source>现在改用这个副本重新打开吗？（原文件保持不变）</source>
        <translation>Reopen using this copy now? (The original file stays as it is.)</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>程序遇到了意外问题，这次操作没有完成，数据未被修改。
如问题反复出现，请点“显示详情”，复制内容发给维护人员。</source>
        <translation>Something unexpected went wrong. The operation was not completed and no data was changed.
If it happens again, click &quot;Show Details…&quot; and send the copied text to your support contact.</translation>
    </message>
    <message>
        <source>程序遇到了意外问题，这次操作没有完成，数据未被修改。
详细信息已记录在“{log}”，如问题反复出现，请把这个文件发给维护人员。</source>
        <translation>The program ran into an unexpected problem; this operation was not completed and no data was changed.
The details are recorded in “{log}”; if it happens again, please send that file to your support contact.</translation>
    </message>
</context>
</TS>
