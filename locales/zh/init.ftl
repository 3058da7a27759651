# `zonesite init`：询问的问题、拒绝的原因、写入的内容，以及对所留占位内容的警告。
init-ask-name-zh = 开发区的中文名称，例如某某经济技术开发区
init-ask-name-en = 开发区的英文名称，例如Someplace Economic and Technological Development Zone
init-ask-base-url = 网站发布的地址
init-later = 直接按回车可以后再填
init-default = 直接按回车则使用{ $value }
# 问题，括号内说明直接按回车的结果；回答紧接在后面输入。
init-prompt = { $question }（{ $default }）：
init-not-empty = { $dir }不为空；为避免覆盖任何文件，`zonesite init`只在空目录或新目录中建立网站
init-not-empty-help = 请另选一个新目录，例如`zonesite init my-zone`
init-not-a-folder = { $dir }是文件，不是目录
init-bad-name = { $flag }：名称须为一行文字，不能含控制字符
init-bad-base-url = --base-url：{ $message }
init-bad-base-url-help = 请给出网站发布的地址，例如https://kfq.example.gov.cn/
init-cannot-read = 无法读取{ $path }：{ $error }
init-cannot-write = 无法写入{ $path }：{ $error }
init-site-of = { $name }网站
init-a-new-site = 新网站
init-current-folder = 当前目录
init-folder = { $dir }
init-created = 已在{ $dir }中建立{ $site }，共{ $count }个文件
# 新网站中各文件、目录的用途，列在路径之后。
init-file-site = 开发区概况：名称、网站地址、主要数据、来源、菜单、页脚
init-file-glossary = 开发区专有名称的中英文对照
init-file-records = 每个栏目一条中英文示例记录
init-file-schemas = 内容文件的模式（JSON Schema），供编辑人员的YAML工具使用
init-file-readme = 网站的编辑、预览和发布方法
init-file-workflow = 检查、构建网站，并通过GitHub Pages发布
init-file-gitignore = 使构建出的网站不纳入git
init-next = 下一步：运行`{ $cd }zonesite serve`，然后逐一替换`待填写`和`TO FILL IN`（`zonesite check`会列出尚未替换的）
init-placeholder-left = 此处有待填写的占位内容
init-placeholders-left-line = 此处和第{ $line }行有待填写的占位内容
init-placeholders-left-lines = 此处和第{ $lines }、{ $last }行有待填写的占位内容
init-placeholders-help = 请将每处`待填写`和`TO FILL IN`替换为本开发区的实际内容（zonesite init无从得知这些内容，因此写入了占位内容）
init-example-help = 请将每处`待填写`和`TO FILL IN`替换为本开发区的实际内容，或删除这条示例记录
init-example-address = `base_url`仍是示例地址{ $url }
init-example-address-help = 请改为网站发布的地址；使用--base-url构建时（发布工作流即如此运行），以该地址为准
