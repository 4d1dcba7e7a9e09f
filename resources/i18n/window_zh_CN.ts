<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../src/proofer/gui/articles.py" line="78"/>
        <source>Text in no article</source>
        <translation>未归入文章的文字</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/articles.py" line="129"/>
        <source>Article %1</source>
        <translation>第 %1 篇</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/articles.py" line="132"/>
        <source>(layout doubtful)</source>
        <translation>（分篇存疑）</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="50"/>
        <source>Boundary after line %1: %2</source>
        <translation>第 %1 行之后：%2</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="62"/>
        <source>Set role: %1</source>
        <translation>设置类型：%1</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="74"/>
        <source>Move lines to article %1</source>
        <translation>将行移到第 %1 篇</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="84"/>
        <source>Move piece earlier</source>
        <translation>栏块前移</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="86"/>
        <source>Move piece later</source>
        <translation>栏块后移</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="96"/>
        <source>Split article at line %1</source>
        <translation>在第 %1 行拆分文章</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="106"/>
        <source>Merge articles</source>
        <translation>合并文章</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="116"/>
        <source>Move article up</source>
        <translation>文章上移</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="118"/>
        <source>Move article down</source>
        <translation>文章下移</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="125"/>
        <source>Restore raw text of line %1</source>
        <translation>恢复第 %1 行原文</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="127"/>
        <source>Correct line %1</source>
        <translation>校正第 %1 行</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="139"/>
        <source>Split line %1</source>
        <translation>拆分第 %1 行</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="149"/>
        <source>Accept decision</source>
        <translation>确认判断</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="158"/>
        <source>Accept all decisions on this page</source>
        <translation>确认本页全部判断</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/commands.py" line="165"/>
        <source>Mark page %1</source>
        <translation>标记本页：%1</translation>
    </message>
</context>
<context>
    <name>LineModel</name>
    <message>
        <location filename="../../src/proofer/gui/lines.py" line="162"/>
        <source>line %1 from column %2</source>
        <translation>第 %1 行第 %2 列起</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/lines.py" line="165"/>
        <source>raw: %1</source>
        <translation>原文：%1</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/lines.py" line="167"/>
        <source>doubtful decision</source>
        <translation>存疑判断</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="51"/>
        <source>proofer</source>
        <translation>proofer 校对</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="206"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="209"/>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="287"/>
        <source>No more doubtful decisions</source>
        <translation>没有更多存疑判断</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="330"/>
        <source>%1 doubtful</source>
        <translation>%1 处存疑</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="332"/>
        <source>Article %1</source>
        <translation>第 %1 篇</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="337"/>
        <source>%1 — proofer</source>
        <translation>%1 — proofer 校对</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="352"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="353"/>
        <source>&amp;Open Page…</source>
        <translation>打开版面(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="354"/>
        <source>Open &amp;Issue Folder…</source>
        <translation>打开期刊文件夹(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="355"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="356"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="358"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="362"/>
        <source>Find and Replace…</source>
        <translation>查找和替换…</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="363"/>
        <source>Check Mixed Script…</source>
        <translation>检查繁简混用…</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="364"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="365"/>
        <source>Correct Line Text</source>
        <translation>校正本行文字</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="366"/>
        <source>Restore Raw Text</source>
        <translation>恢复原文</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="367"/>
        <source>Split Line at Cursor (while correcting: Ctrl+Return)</source>
        <translation>在光标处拆分本行（校正时按 Ctrl+Return）</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="378"/>
        <source>Move Piece Earlier in Article</source>
        <translation>栏块在文中前移</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="380"/>
        <source>Move Piece Later in Article</source>
        <translation>栏块在文中后移</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="382"/>
        <source>Split Article at This Line</source>
        <translation>从本行起拆为新文章</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="384"/>
        <location filename="../../src/proofer/gui/window.py" line="474"/>
        <source>Merge with Next Article</source>
        <translation>与下一篇合并</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="385"/>
        <location filename="../../src/proofer/gui/window.py" line="470"/>
        <source>Move Article Up</source>
        <translation>文章上移</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="387"/>
        <location filename="../../src/proofer/gui/window.py" line="472"/>
        <source>Move Article Down</source>
        <translation>文章下移</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="389"/>
        <source>Next Doubtful Decision</source>
        <translation>下一处存疑</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="390"/>
        <source>Previous Doubtful Decision</source>
        <translation>上一处存疑</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="392"/>
        <source>Accept Decision</source>
        <translation>确认判断</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="393"/>
        <source>Accept All on This Page</source>
        <translation>确认本页全部判断</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="398"/>
        <source>Next Page</source>
        <translation>下一版</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="399"/>
        <source>Previous Page</source>
        <translation>上一版</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="403"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="409"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="415"/>
        <source>&amp;Line</source>
        <translation>行(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="418"/>
        <location filename="../../src/proofer/gui/window.py" line="453"/>
        <source>Role</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="420"/>
        <location filename="../../src/proofer/gui/window.py" line="455"/>
        <source>Move to Article</source>
        <translation>移到文章</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="423"/>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="425"/>
        <source>&amp;Review</source>
        <translation>审校(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="428"/>
        <source>Page Status</source>
        <translation>版面状态</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="432"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="434"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="435"/>
        <source>Interface Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="443"/>
        <source>Article %1: %2</source>
        <translation>第 %1 篇：%2</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="504"/>
        <source>Open Page</source>
        <translation>打开版面</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="504"/>
        <source>Pages (*.txt)</source>
        <translation>版面 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/window.py" line="509"/>
        <source>Open Issue Folder</source>
        <translation>打开期刊文件夹</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../src/proofer/gui/style.py" line="42"/>
        <source>Title</source>
        <translation>主标题</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/style.py" line="43"/>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/style.py" line="44"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/style.py" line="45"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/style.py" line="46"/>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/style.py" line="47"/>
        <source>Credit</source>
        <translation>图片署名</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/style.py" line="48"/>
        <source>Noise</source>
        <translation>版面杂项</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/style.py" line="55"/>
        <source>Join with next line</source>
        <translation>与下一行相接</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/style.py" line="56"/>
        <source>New paragraph after</source>
        <translation>其后另起一段</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/style.py" line="57"/>
        <source>New article after</source>
        <translation>其后另起一篇</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/style.py" line="64"/>
        <source>Unreviewed</source>
        <translation>未审校</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/style.py" line="65"/>
        <source>In progress</source>
        <translation>审校中</translation>
    </message>
    <message>
        <location filename="../../src/proofer/gui/style.py" line="66"/>
        <source>Reviewed</source>
        <translation>已审校</translation>
    </message>
</context>
</TS>
