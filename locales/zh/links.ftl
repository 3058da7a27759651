# `check`在生成的页面中发现的失效链接。
links-leaves-base = `{ $link }`不在网站的基础路径{ $base }之下
links-no-page = `{ $link }`指向的页面不存在
links-no-anchor = `{ $link }`：页面中没有`id`为`{ $id }`的元素
links-fix-in-template = 请在生成此链接的模板中改正
links-from-root-help = 从网站根目录写起的链接（/…）指向网站地址（`base_url`）下的页面或文件：链接到记录请写@/<section>/<slug>，链接到static/中的文件请写其路径（static/files/指南.pdf写作/files/指南.pdf）

# 网站地址（`base_url`、`--base-url`）。
links-base-url-not-absolute = `{ $url }`不是完整的http(s)网址：请写成https://example.org/或https://example.org/zone/这样的形式
links-base-url-no-host = `{ $url }`中没有可用的主机名：请写成https://example.org/或https://example.org/zone/这样的形式
links-base-url-refused = `{ $url }`不能用作网站地址（`base_url`）：其中含有{ $what }
links-base-url-space = 空格（请写作%20）
links-base-url-control = 控制字符
links-base-url-whitespace = 空白字符
links-base-url-quote = 引号
links-base-url-backslash = 反斜杠
links-base-url-angle = `<`或`>`
links-base-url-query = 查询参数（`?`）或锚点（`#`）
