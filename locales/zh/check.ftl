# `check`在构建之外所做的检查：尚未翻译的记录。
check-chinese = 中文
check-english = 英文
check-untranslated = 尚未译成{ $language }：缺少{ $file }
check-untranslated-help = 请将此文件译成{ $language }，保存为{ $file }；在此之前，{ $language }页面显示本文，并在上方注明尚未翻译
