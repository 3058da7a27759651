# `check`对栏目的检查，口径同政府网站检查：空白栏目、栏目不更新。

columns-empty = 栏目`{ $section }`没有任何记录
columns-empty-help = 空白栏目在政府网站检查中扣分，累计5个即单项否决：请在content/{ $section }/中添加记录，或从`sections`和`menu`中删除该栏目
columns-stale = 栏目`{ $section }`（{ $type }）最近一次更新是{ $newest }
columns-stale-help = 检查要求此类栏目{ $period ->
    [two-weeks] 2周内
   *[six-months] 6个月内
}有更新；累计5个栏目未按时更新即单项否决
columns-empty-veto = 共有{ $count }个空白栏目
columns-stale-veto = 共有{ $count }个栏目未按时更新
columns-veto-help = 按政府网站要求检查时，累计5个（含）以上即判为不通过，与《政府网站与政务新媒体检查指标》的单项否决一致
