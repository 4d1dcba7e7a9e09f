<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../src/proofer/gui/tools.py" line="55"/>
        <source>Find and Replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/tools.py" line="64"/>
        <source>Mixed Script</source>
        <translation>繁简混排检查</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/tools.py" line="99"/>
        <source>The interface language changes when proofer starts again.</source>
        <translation>界面语言将在下次启动 proofer 时切换。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="37"/>
        <location filename="../../src/proofer/gui/export_dialog.py" line="67"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="39"/>
        <source>Current page</source>
        <translation>当前版面</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="40"/>
        <source>Whole issue (one file per page)</source>
        <translation>整期（每个版面一个文件）</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="43"/>
        <source>Plain text (.txt)</source>
        <translation>纯文本 (.txt)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="44"/>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="45"/>
        <source>Article JSON (.json)</source>
        <translation>文章 JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="46"/>
        <source>Word document (.docx)</source>
        <translation>Word 文档 (.docx)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="47"/>
        <source>TEI XML (.xml)</source>
        <translation>TEI XML (.xml)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="53"/>
        <source>No conversion</source>
        <translation>不转换</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="54"/>
        <source>Simplified to Traditional (s2t)</source>
        <translation>简体转繁体 (s2t)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="55"/>
        <source>Simplified to Traditional, Taiwan (s2tw)</source>
        <translation>简体转繁体，台湾用字 (s2tw)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="56"/>
        <source>Simplified to Traditional, Hong Kong (s2hk)</source>
        <translation>简体转繁体，香港用字 (s2hk)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="57"/>
        <source>Traditional to Simplified (t2s)</source>
        <translation>繁体转简体 (t2s)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="62"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="65"/>
        <source>The files written will be listed here.</source>
        <translation>写出的文件将列在这里。</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="74"/>
        <source>Pages:</source>
        <translation>版面：</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="75"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="76"/>
        <source>Conversion:</source>
        <translation>简繁转换：</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="77"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="90"/>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/export_dialog.py" line="103"/>
        <source>Nothing was written: %1</source>
        <translation>未写出任何文件：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/proofer/gui/export_dialog.py" line="106"/>
        <source>Wrote %n file(s):</source>
        <translation>
            <numerusform>已写出 %n 个文件：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/proofer/gui/export_dialog.py" line="109"/>
        <source>%n page(s) failed:</source>
        <translation>
            <numerusform>%n 个版面失败：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="44"/>
        <source>Text or pattern to find</source>
        <translation>要查找的文字或模式</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="46"/>
        <source>Replacement (\1 for a group in regex mode)</source>
        <translation>替换为（正则模式下用 \1 引用分组）</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="47"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="48"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="50"/>
        <source>This page</source>
        <translation>本版</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="51"/>
        <source>Whole issue</source>
        <translation>整期</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="52"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="54"/>
        <source>Replace selected</source>
        <translation>替换所选</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="55"/>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="61"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="62"/>
        <source>Replace:</source>
        <translation>替换：</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="67"/>
        <source>Search in:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="135"/>
        <source>Select the hits to replace first.</source>
        <translation>请先选择要替换的结果。</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="151"/>
        <source>Replace “%1” with “%2”</source>
        <translation>将“%1”替换为“%2”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/proofer/gui/find_panel.py" line="155"/>
        <source>Replaced %n hit(s).</source>
        <translation>
            <numerusform>已替换 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="165"/>
        <source>Type what to find.</source>
        <translation>请输入要查找的内容。</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="166"/>
        <source>Bad regular expression: %1</source>
        <translation>正则表达式有误：%1</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="167"/>
        <source>Bad replacement: %1</source>
        <translation>替换文字有误：%1</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="168"/>
        <source>The regular expression takes too long; simplify it.</source>
        <translation>正则表达式运行过久，请简化。</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="169"/>
        <source>The text changed since the search; the list is up to date again.</source>
        <translation>查找之后文字已有改动，列表已重新更新。</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/find_panel.py" line="184"/>
        <source>No hits.</source>
        <translation>没有找到。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/proofer/gui/find_panel.py" line="186"/>
        <source>%n hit(s) on %1 page(s).</source>
        <translation>
            <numerusform>共 %n 处，分布在 %1 个版面。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/proofer/gui/find_panel.py" line="189"/>
        <source>%n hit(s).</source>
        <translation>
            <numerusform>共 %n 处。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalListModel</name>
    <message>
        <location filename="../../src/proofer/gui/proposal_list.py" line="40"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/proposal_list.py" line="40"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/proposal_list.py" line="40"/>
        <source>Found</source>
        <translation>查到的文字</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/proposal_list.py" line="40"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/proposal_list.py" line="86"/>
        <source>(delete)</source>
        <translation>（删除）</translation>
    </message>
</context>
<context>
    <name>ScriptCheckPanel</name>
    <message>
        <location filename="../../src/proofer/gui/script_panel.py" line="27"/>
        <source>This page</source>
        <translation>本版</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/script_panel.py" line="28"/>
        <source>Whole issue</source>
        <translation>整期</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/script_panel.py" line="30"/>
        <source>Page&apos;s main script</source>
        <translation>按版面主要字体</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/script_panel.py" line="31"/>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/script_panel.py" line="32"/>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/script_panel.py" line="33"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/script_panel.py" line="34"/>
        <source>Fix selected</source>
        <translation>修正所选</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/script_panel.py" line="35"/>
        <source>Fix all</source>
        <translation>全部修正</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/script_panel.py" line="41"/>
        <source>Check:</source>
        <translation>检查：</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/script_panel.py" line="43"/>
        <source>Expected script:</source>
        <translation>应为：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/proofer/gui/script_panel.py" line="72"/>
        <source>%n character(s) of the other script.</source>
        <translation>
            <numerusform>发现 %n 个简繁混用的字。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/script_panel.py" line="74"/>
        <source>No characters of the other script.</source>
        <translation>没有简繁混用的字。</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/script_panel.py" line="82"/>
        <source>Select the characters to fix first.</source>
        <translation>请先选择要修正的字。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/proofer/gui/script_panel.py" line="84"/>
        <source>Fix %n character(s) of the other script</source>
        <translation>
            <numerusform>修正 %n 个简繁混用的字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/proofer/gui/script_panel.py" line="89"/>
        <source>Fix all %n character(s) of the other script</source>
        <translation>
            <numerusform>修正全部 %n 个简繁混用的字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/script_panel.py" line="96"/>
        <source>The text changed since the check; the list is up to date again.</source>
        <translation>检查之后文字已有改动，列表已重新更新。</translation>
    </message>
</context>
</TS>
