<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
        <translation>Use the deadline as written: “{phrase}”</translation>
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
    <name>History</name>
    <message>
        <source>提交报送</source>
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
        <translation>Returned</translation>
    </message>
    <message>
        <source>撤销审核</source>
        <translation>Review undone</translation>
    </message>
    <message>
        <source>撤销填报</source>
        <translation>Report undone</translation>
    </message>
    <message>
        <source>销号</source>
        <translation>Task closed</translation>
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
    <message>
        <source>撤销操作</source>
        <translation>Undo</translation>
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
    <name>MainWindow</name>
    <message>
        <source>沁水生态环境重点任务台账</source>
        <translation>QS Ledger — Qinshui environmental task ledger</translation>
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
        <source>这台电脑代表哪个单位填报和审核？（记入每一条修改记录）</source>
        <translation>Which office does this computer report and review for? (Recorded with every change.)</translation>
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
        <source>数据库：{path}    本机单位：{actor}</source>
        <translation>Database: {path}    Office: {actor}</translation>
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
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>此页面正在建设中。</source>
        <translation>This page is under construction.</translation>
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
        <translation>Prefilled from the previous report ({p}). Update each field; do not repeat text marked “same as last period”.</translation>
    </message>
    <message>
        <source>这是该单位对此任务的第一次报送。</source>
        <translation>This is the unit&apos;s first report on this task.</translation>
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
        <source>请填写不小于 0 的数字，例如 12 或 3.5。</source>
        <translation>Enter a number of 0 or more, e.g. 12 or 3.5.</translation>
    </message>
    <message>
        <source>请填写进展情况（状态为“未开始”时可不填）。</source>
        <translation>Enter the progress (optional only when the status is “Not started”).</translation>
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
        <translation>Close task (&amp;X)…</translation>
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
        <source>{period}：{n} 份</source>
        <translation>{period}: {n} reports</translation>
    </message>
    <message>
        <source>批量通过 {n} 份(&amp;A)</source>
        <translation>&amp;Approve {n} reports</translation>
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
        <source>通过 {id} 的报送</source>
        <translation>Approve report {id}</translation>
    </message>
    <message>
        <source>批量通过 {n} 份报送</source>
        <translation>Approve {n} reports</translation>
    </message>
    <message>
        <source>退回 {id} 的报送</source>
        <translation>Return report {id}</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>退回原因（必填，填报单位会看到）：</source>
        <translation>Reason (required; the reporting unit will see it):</translation>
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
        <translation>Close task (&amp;X)…</translation>
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
        <translation>{parsed} (as written: “{phrase}”)</translation>
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
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <source>销号：</source>
        <translation>Closed:</translation>
    </message>
    <message>
        <source>撤销销号(&amp;X)…</source>
        <translation>Reopen task (&amp;X)…</translation>
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
</context>
<context>
    <name>app</name>
    <message>
        <source>自动备份失败</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <source>无法打开台账</source>
        <translation>Cannot open the ledger</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>程序遇到了意外问题，这次操作没有完成，数据未被修改。
如问题反复出现，请点“显示详情”，复制内容发给维护人员。</source>
        <translation>Something unexpected went wrong. The operation was not completed and no data was changed.
If it happens again, click “Show Details…” and send the copied text to your support contact.</translation>
    </message>
</context>
</TS>
