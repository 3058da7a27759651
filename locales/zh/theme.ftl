# 加载主题：模板、界面文字和静态文件。
theme-missing = 主题`{ $theme }`不存在
theme-missing-help = 请新建themes/{ $theme }/，放入与默认主题不同的文件（默认主题已内置于zonesite），或者设置`theme: { $default }`
theme-outside-help = 请把主题复制到themes/{ $theme }/中，不要用链接指向它
theme-link-outside = 此链接指向网站以外的位置
theme-link-outside-help = 请把文件复制到主题中，不要用链接指向它
theme-cannot-read = 无法读取：{ $error }
theme-cannot-read-help = 请删除该链接，或者修改文件权限
theme-cannot-read-file = 无法读取{ $what }：{ $error }
theme-a-template = 模板
theme-a-file = 文件
theme-cannot-read-strings = 无法读取界面文字：{ $error }
theme-cannot-read-strings-help = 界面文字文件是一个映射，每行写作`键: 文字`
theme-missing-string = { $file }中缺少界面文字`{ $key }`（模板{ $template }用到了它）
theme-missing-string-help = 请在{ $file }中添加`{ $key }: …`
theme-syntax-error = 模板语法错误：{ $detail }
theme-cannot-parse = 无法解析此模板
theme-syntax-error-help = 请检查每个{"{{ }}"}、{"{% %}"}和{"{# #}"}是否都已闭合，每个块是否都有结束标签
theme-templates-do-not-fit = 模板之间无法衔接：{ $detail }

# 渲染页面。
theme-unknown-variable = 模板{ $template }中有未知变量`{ $variable }`
theme-unknown-variable-help = 请对照模板可用的变量核对此名称（见docs/themes.md）
theme-render-failed = 模板{ $template }渲染失败：{ $detail }
