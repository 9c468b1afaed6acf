<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../qs_desktop/ui/context.py" line="189"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/context.py" line="190"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>AsOfPicker</name>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="118"/>
        <source>逾期、临期按这一天计算</source>
        <translation>Overdue and due-soon marks are computed for this day</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="121"/>
        <source>进展情况取自这个月的报送</source>
        <translation>Progress comes from this month&apos;s reports</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="122"/>
        <source>截至(&amp;D)：</source>
        <translation>As &amp;of:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="124"/>
        <source>报送期(&amp;P)：</source>
        <translation>&amp;Period:</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="168"/>
        <source>调整完成时限</source>
        <translation>Due date changed</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="169"/>
        <source>按原文时限“{phrase}”</source>
        <translation>Use the deadline as written: “{phrase}”</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="176"/>
        <source>必填，例如：经县政府同意延期</source>
        <translation>Required, e.g. extension approved by the county government</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="181"/>
        <source>新的完成时限：</source>
        <translation>New due date:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="183"/>
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../qs_desktop/ui/errors.py" line="32"/>
        <source>操作未完成</source>
        <translation>Operation not completed</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/errors.py" line="38"/>
        <source>复制信息</source>
        <translation>Copy message</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="32"/>
        <source>提交报送</source>
        <translation>Report submitted</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="33"/>
        <source>保存草稿</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="34"/>
        <source>审核通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="35"/>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="36"/>
        <source>撤销审核</source>
        <translation>Review undone</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="37"/>
        <source>撤销填报</source>
        <translation>Report undone</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="38"/>
        <source>销号</source>
        <translation>Task closed</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="39"/>
        <source>撤销销号</source>
        <translation>Task reopened</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="40"/>
        <source>调整完成时限</source>
        <translation>Due date changed</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="43"/>
        <source>限期完成</source>
        <translation>Due by a date</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="44"/>
        <source>长期坚持</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="45"/>
        <source>定期重复</source>
        <translation>Recurring</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="46"/>
        <source>时间段</source>
        <translation>Time window</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="47"/>
        <source>开工节点</source>
        <translation>Start milestone</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="48"/>
        <source>无法识别（保留原文）</source>
        <translation>Not recognised (kept as written)</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="194"/>
        <source>调整 {id} 的完成时限</source>
        <translation>Change the due date of {id}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="204"/>
        <source>销号 {id}</source>
        <translation>Close {id}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="197"/>
        <location filename="../../qs_desktop/ui/task_detail.py" line="206"/>
        <source>撤销操作</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../qs_desktop/ui/ledger_model.py" line="26"/>
        <source>任务类别</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger_model.py" line="27"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger_model.py" line="28"/>
        <source>具体措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger_model.py" line="29"/>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger_model.py" line="30"/>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger_model.py" line="31"/>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger_model.py" line="32"/>
        <source>完成状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger_model.py" line="33"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="50"/>
        <source>台账(&amp;L)：</source>
        <translation>&amp;Ledger:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="53"/>
        <source>任务详情</source>
        <translation>Task details</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="54"/>
        <source>回车键</source>
        <translation>Enter key</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="55"/>
        <source>填报进展(&amp;R)</source>
        <translation>&amp;Report progress</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="60"/>
        <source>搜索措施或单位，支持拼音首字母（如 zjj）  Ctrl+F</source>
        <translation>Search measures or units, pinyin initials work (e.g. zjj)  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="68"/>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="105"/>
        <source>单位(&amp;U)：</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="106"/>
        <source>状态(&amp;S)：</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="107"/>
        <source>预警(&amp;A)：</source>
        <translation>&amp;Alert:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="108"/>
        <source>类别(&amp;C)：</source>
        <translation>Se&amp;ction:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="178"/>
        <source>{title}（{n} 项）</source>
        <translation>{title} ({n} tasks)</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="182"/>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="206"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="208"/>
        <source>全部类别</source>
        <translation>All sections</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="224"/>
        <source>无标记</source>
        <translation>No mark</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="225"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/ledger.py" line="261"/>
        <source>共 {total} 项，显示 {shown} 项</source>
        <translation>{total} tasks, {shown} shown</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="62"/>
        <source>沁水生态环境重点任务台账</source>
        <translation>QS Ledger — Qinshui environmental task ledger</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="107"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="110"/>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="115"/>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="135"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="137"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="160"/>
        <source>数据库：{path}    本机单位：{actor}</source>
        <translation>Database: {path}    Office: {actor}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="165"/>
        <source>截至 {date}  ·  报送期 {period}</source>
        <translation>As of {date}  ·  period {period}</translation>
    </message>
</context>
<context>
    <name>MarkLegend</name>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="95"/>
        <source>图例：</source>
        <translation>Legend:</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="41"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="42"/>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="43"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="40"/>
        <source>台账</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="41"/>
        <source>填报</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="42"/>
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="44"/>
        <source>预警</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="45"/>
        <source>统计</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="46"/>
        <source>数据交换</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="47"/>
        <source>单位</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/main_window.py" line="48"/>
        <source>日志</source>
        <translation>Log</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../qs_desktop/ui/placeholder.py" line="14"/>
        <source>此页面正在建设中。</source>
        <translation>This page is under construction.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="57"/>
        <source>可不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="66"/>
        <source>保存草稿 (Ctrl+S)</source>
        <translation>Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="67"/>
        <source>提交 (Ctrl+Enter)</source>
        <translation>Submit (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="72"/>
        <source>任务(&amp;T)：</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="74"/>
        <source>填报单位(&amp;U)：</source>
        <translation>Reporting &amp;unit:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="75"/>
        <source>报送期(&amp;P)：</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="76"/>
        <source>完成状态(&amp;S)：</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="77"/>
        <source>进展情况(&amp;G)：</source>
        <translation>Pro&amp;gress:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="77"/>
        <source>存在问题(&amp;B)：</source>
        <translation>Pro&amp;blems:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="78"/>
        <source>下一步计划(&amp;N)：</source>
        <translation>&amp;Next steps:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="81"/>
        <source>完成数量(&amp;Q)：</source>
        <translation>&amp;Quantity done:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="83"/>
        <location filename="../../qs_desktop/ui/report.py" line="235"/>
        <source>上期报送</source>
        <translation>Previous report</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="172"/>
        <source>牵头</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="173"/>
        <source>配合</source>
        <translation>cooperating</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="175"/>
        <source>{unit}（{role}）</source>
        <translation>{unit} ({role})</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="177"/>
        <source>{unit}（{role} · {group}）</source>
        <translation>{unit} ({role} · {group})</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="200"/>
        <source>该任务已销号，不能再填报。</source>
        <translation>This task is closed; no more reports can be entered.</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="203"/>
        <source>本期已有第 {n} 版（{state}）。修改后再次保存会生成新的一版。</source>
        <translation>Version {n} exists for this period ({state}). Saving again creates a new version.</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="206"/>
        <source>退回原因：{reason}</source>
        <translation> Reason for return: {reason}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="211"/>
        <source>已按上期（{p}）内容预填。请逐项更新，标为“与上期相同”的内容不要原样照抄。</source>
        <translation>Prefilled from the previous report ({p}). Update each field; do not repeat text marked “same as last period”.</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="214"/>
        <source>这是该单位对此任务的第一次报送。</source>
        <translation>This is the unit&apos;s first report on this task.</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="236"/>
        <source>没有更早的报送。</source>
        <translation>No earlier report.</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="238"/>
        <source>上期报送（{p}，{state}）</source>
        <translation>Previous report ({p}, {state})</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="241"/>
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
        <location filename="../../qs_desktop/ui/report.py" line="262"/>
        <source>与上期相同</source>
        <translation>Same as last period</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="265"/>
        <source>✎ 已修改</source>
        <translation>✎ Changed</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="282"/>
        <source>请填写不小于 0 的数字，例如 12 或 3.5。</source>
        <translation>Enter a number of 0 or more, e.g. 12 or 3.5.</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="287"/>
        <source>请填写进展情况（状态为“未开始”时可不填）。</source>
        <translation>Enter the progress (optional only when the status is “Not started”).</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="291"/>
        <source>进展情况与上期完全相同。请写明本期的新进展；确无进展请写“本期无新进展”及原因。</source>
        <translation>The progress is identical to last period. Describe this period&apos;s progress; if there was none, say so and why.</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="321"/>
        <source>提交 {id} {p} 的报送</source>
        <translation>Submit report {id} {p}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/report.py" line="321"/>
        <source>保存 {id} {p} 的草稿</source>
        <translation>Save draft {id} {p}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="59"/>
        <source>待审核</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="60"/>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="61"/>
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="62"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="63"/>
        <source>显示(&amp;W)：</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="67"/>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="67"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="67"/>
        <source>报送期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="67"/>
        <source>完成状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="67"/>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="68"/>
        <source>审核状态</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="80"/>
        <location filename="../../qs_desktop/ui/review.py" line="168"/>
        <source>通过(&amp;A)</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="81"/>
        <source>退回(&amp;T)…</source>
        <translation>Re&amp;turn…</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="82"/>
        <source>销号(&amp;X)…</source>
        <translation>Close task (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="83"/>
        <source>查看任务</source>
        <translation>Show task</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="86"/>
        <source>Ctrl+Enter；选中多行可批量通过</source>
        <translation>Ctrl+Enter; select several rows to approve them together</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="137"/>
        <source>{period}：{n} 份</source>
        <translation>{period}: {n} reports</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="168"/>
        <source>批量通过 {n} 份(&amp;A)</source>
        <translation>&amp;Approve {n} reports</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="173"/>
        <source>选中一份报送查看全文。</source>
        <translation>Select a report to read it in full.</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="178"/>
        <source>{task} · {unit} · {period} · 第 {v} 版 · {state}</source>
        <translation>{task} · {unit} · {period} · version {v} · {state}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="180"/>
        <source>完成状态：{s}</source>
        <translation>Status: {s}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="181"/>
        <source>进展情况：{t}</source>
        <translation>Progress: {t}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="182"/>
        <source>存在问题：{t}</source>
        <translation>Problems: {t}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="183"/>
        <source>下一步计划：{t}</source>
        <translation>Next steps: {t}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="186"/>
        <source>审核意见：{t}</source>
        <translation>Review comment: {t}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="189"/>
        <source>上期（{p}）进展：{t}</source>
        <translation>Previous period ({p}): {t}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="190"/>
        <source>  ⚠ 与本期完全相同</source>
        <translation>  ⚠ identical to this period</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="202"/>
        <source>通过 {id} 的报送</source>
        <translation>Approve report {id}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="205"/>
        <source>批量通过 {n} 份报送</source>
        <translation>Approve {n} reports</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="213"/>
        <source>退回 {id} 的报送</source>
        <translation>Return report {id}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="218"/>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="218"/>
        <source>退回原因（必填，填报单位会看到）：</source>
        <translation>Reason (required; the reporting unit will see it):</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="226"/>
        <source>销号</source>
        <translation>Close task</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/review.py" line="226"/>
        <source>销号说明（可不填）：</source>
        <translation>Note on closing (optional):</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="48"/>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="49"/>
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="50"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="51"/>
        <source>常态推进</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="52"/>
        <source>已销号</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="53"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="54"/>
        <source>临期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="55"/>
        <source>未报送</source>
        <translation>Unreported</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="56"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="57"/>
        <source>待审核</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="58"/>
        <source>已通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/widgets.py" line="59"/>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
</context>
<context>
    <name>TaskDetailDialog</name>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="60"/>
        <source>任务详情 · {id}</source>
        <translation>Task details · {id}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="67"/>
        <source>填报进展(&amp;R)</source>
        <translation>&amp;Report progress</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="68"/>
        <source>调整期限(&amp;D)…</source>
        <translation>Change &amp;due date…</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="69"/>
        <location filename="../../qs_desktop/ui/task_detail.py" line="122"/>
        <source>销号(&amp;X)…</source>
        <translation>Close task (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="78"/>
        <source>处理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="101"/>
        <source>任务类别：</source>
        <translation>Section:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="102"/>
        <source>序号：</source>
        <translation>No.:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="103"/>
        <source>具体措施：</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="109"/>
        <source>，应于 {date} 前完成</source>
        <translation>, due by {date}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="110"/>
        <source>{parsed}（原文：“{phrase}”）</source>
        <translation>{parsed} (as written: “{phrase}”)</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="113"/>
        <source>；已调整：{reason}</source>
        <translation>; changed: {reason}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="114"/>
        <source>当前状态：</source>
        <translation>Current status:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="115"/>
        <source>完成时限：</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="116"/>
        <source>牵头单位：</source>
        <translation>Lead units:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="117"/>
        <source>配合单位：</source>
        <translation>Cooperating units:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="119"/>
        <source>备注：</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="121"/>
        <source>销号：</source>
        <translation>Closed:</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="122"/>
        <source>撤销销号(&amp;X)…</source>
        <translation>Reopen task (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="132"/>
        <source>第 {n} 版</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="137"/>
        <source>还没有任何填报或审核记录。</source>
        <translation>Nothing has been reported or reviewed yet.</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="145"/>
        <source>销号</source>
        <translation>Close task</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="145"/>
        <source>销号说明（可不填）：</source>
        <translation>Note on closing (optional):</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="149"/>
        <source>撤销销号</source>
        <translation>Task reopened</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="149"/>
        <source>撤销原因（必填）：</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <location filename="../../qs_desktop/ui/task_detail.py" line="152"/>
        <source>撤销 {id} 的销号</source>
        <translation>Reopen {id}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../qs_desktop/ui/app.py" line="145"/>
        <source>无法打开台账</source>
        <translation>Cannot open the ledger</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../qs_desktop/ui/errors.py" line="17"/>
        <source>程序遇到了意外问题，这次操作没有完成，数据未被修改。
如问题反复出现，请点“显示详情”，复制内容发给维护人员。</source>
        <translation>Something unexpected went wrong. The operation was not completed and no data was changed.
If it happens again, click “Show Details…” and send the copied text to your support contact.</translation>
    </message>
</context>
</TS>
