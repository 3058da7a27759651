# 读取content/下的文件：文件名、编码和文件头。

## 内容目录

content-no-root = 网站根目录不存在
content-no-root-help = 请用--root指定网站所在的目录
content-no-content-directory = 没有content/目录
content-no-content-directory-help = 请创建content/site.yaml，或用--root指定网站所在的目录
content-link-loop = 此链接指向包含它自身的上级目录
content-cannot-read = 无法读取：{ $error }
content-cannot-read-help = 请删除此链接，或修改文件的访问权限
content-link-outside = 此链接指向网站目录以外的位置
content-link-outside-help = 请把文件复制到content/中，不要使用链接

## 读取文件

content-cannot-read-file = 无法读取文件：{ $error }
content-cannot-read-file-help = 请确认文件存在，且有读取权限
content-file-too-large = 文件大小为{ $size }MB，超过了content/中单个文件{ $max }MB的上限
content-file-too-large-help = 请拆分为几条记录，或把大量数据移出content/
content-not-utf8 = 文件不是有效的UTF-8编码
content-not-utf8-help = 请用UTF-8编码保存文件（多数编辑器可在“文件”菜单的“另存为”或“以编码保存”中选择UTF-8）

## 文件和文件夹的名称

content-not-a-section = `{ $name }`不是栏目
content-not-a-section-closest = 是否想写`{ $closest }`？现有栏目：{ $sections }
content-sections-are = 现有栏目：{ $sections }
content-yml = YAML文件的扩展名须为.yaml
content-yml-help = 请改名为{ $name }
content-unexpected-file = 此文件不应放在content/中
content-unexpected-file-help = content/中只放site.yaml、glossary.yaml和各栏目的目录；请把此文件移到别处
content-folder-not-slug = `{ $name }`是目录，但目录名不是有效的记录网址名
content-folder-not-slug-help = 记录的文件夹以记录的网址名命名，由小写英文字母和数字组成，用连字符相连，例如`{ $suggestion }`
content-subdirectory = 栏目目录下不能再设子目录
content-subdirectory-help = 请把文件移到上一级的栏目目录中
content-bad-slug = `{ $slug }`不是有效的网址名
content-bad-slug-help = 网址名由小写英文字母和数字组成，单词之间用一个连字符相连；请给文件改名，例如改为`{ $suggestion }`
content-no-language = 文件名没有标明语言
content-name-a-language = 请改名为{ $stem }.zh.md（中文）或{ $stem }.en.md（英文）
content-unknown-language = `{ $code }`不是本网站使用的语言
content-unexpected-section-file = 此文件不应放在栏目目录中
content-unexpected-section-file-help = 栏目中只放<slug>.yaml、<slug>.zh.md、<slug>.en.md和_index.<lang>.md；记录的图片和附件放在该记录的文件夹content/<section>/<slug>/中（见docs/content-format.md）

## 文件头

content-file-empty = 文件是空的
content-no-front-matter = 文件没有文件头（front matter）
content-no-front-matter-help = 文件第一行写`---`，接着写`title: …`和`summary: …`，再写一行`---`，然后是正文
content-front-matter-not-closed = 文件头（front matter）没有结束
content-front-matter-not-closed-help = 请在文件头最后一个字段之后、正文之前，加一行`---`

## 字段写错了文件（“未知字段”的提示）

content-prose-in-data = `{ $field }`是文字内容，中英文各不相同：请写在{ $slug }.zh.md和{ $slug }.en.md的文件头（front matter）中
content-data-in-front-matter = `{ $field }`是中英文共用的数据：请移到{ $section }/{ $slug }.yaml中
content-data-in-intro = `{ $field }`是数据：栏目介绍只能填写title、summary和draft
