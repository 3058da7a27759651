# `site.yaml`中声明的栏目（`sections:`），以及自定义类型记录的字段。
section-did-you-mean = 是否想写`{ $name }`？
section-bad-id = `{ $id }`不能用作栏目的`id`
section-bad-id-help = 栏目的`id`既是它的文件夹名，也是它的网址：只能用小写字母和数字，单词之间用连字符`-`连接，且不能是{ $reserved }中的任何一个
section-duplicate-id = 有两个栏目的`id`都是`{ $id }`
section-duplicate-id-help = 每个栏目的`id`必须各不相同：它是栏目的文件夹名和网址
section-unknown-kind = `{ $kind }`不是栏目类型
section-kinds-are = 栏目类型有：{ $kinds }
section-duplicate-kind = 有两个栏目的类型都是`{ $kind }`
section-duplicate-kind-help = 其他记录按类型引用`{ $kind }`栏目，因此一个网站最多只能有一个此类栏目；请把第二个栏目的类型改为`custom`
section-bad-order = `{ $order }`不是有效的排序方式
section-bad-order-help = 请写`order: date`（最新的在前）或`order: title`
section-builtin-fields = 栏目`{ $section }`的类型是`{ $kind }`，这一类型的字段是内置的
section-builtin-fields-help = 只有`custom`类型的栏目才能声明字段；否则请删去`fields`
section-bad-field-id = `{ $id }`不能用作字段的`id`
section-bad-field-id-help = 字段的`id`只能由小写字母、数字和`_`组成，须以字母开头，且不能是`weight`或`photos`
section-duplicate-field = 有两个字段的`id`都是`{ $id }`
section-duplicate-field-help = 请为每个字段取不同的`id`
section-no-choices = 选项字段`{ $field }`没有列出任何选项
section-no-choices-help = 请添加`{ $example }`
section-undeclared-reference = 字段`{ $field }`引用的`{ $section }`不是已声明的栏目
section-declared-are = 已声明的栏目有：{ $sections }
section-reference-without-section = 引用字段`{ $field }`没有指明栏目
section-reference-without-section-help = 请添加`section: <id>`，写明这些网址名所属栏目的`id`
section-unknown-field-type = `{ $ty }`不是字段类型
section-field-types-are = 字段类型有：{ $types }

# 自定义类型记录的数据文件。
section-weight-not-whole = `weight`必须是整数
section-weight-not-whole-help = 例如写`weight: 1`：数值越小，在列表中越靠前
section-field-problem = `{ $field }`：{ $problem }
section-photos-help = 每张照片写作`{ $example }`，照片文件放在记录的文件夹中
section-fact-help = 每项数据写作`{ $example }`
section-unknown-field = 未知字段`{ $field }`
section-declares-no-fields = 栏目`{ $section }`在content/site.yaml中没有声明任何字段
section-declares-fields = 栏目`{ $section }`声明的字段有：{ $fields }，以及weight、photos
section-field-required = 缺少必填字段`{ $field }`
section-field-required-help = 请添加`{ $field }: …`（{ $label }）；栏目`{ $section }`规定此字段为必填
# 字段名称按所显示的语言给出（写上$en，是为了两种语言使用相同的值）。
section-label = { $en ->
   *[other] { $zh }
}
section-must-be = `{ $field }`必须是{ $what }
section-must-be-help = 例如写`{ $field }: { $example }`
section-a-label = 中英文两种文字
section-a-text = 一段文字
section-a-number = 大于或等于0的数字
section-a-date = 日期
section-slugs = 网址名列表
section-one-slug = 一个网址名
section-not-a-choice = `{ $value }`不是字段`{ $field }`的可选值
section-choices-are = 请写以下之一：{ $choices }

# 消息中对栏目中一条记录的称呼。
section-noun-park = 园区
section-noun-industry = 产业
section-noun-initiative = 重点工作
section-noun-enterprise = 企业
section-noun-news-item = 新闻
section-noun-page = 页面
section-noun-policy = 政策文件
section-noun-record = 记录
section-noun-record-of = `{ $section }`栏目的记录

# `zonesite schemas`命令。
section-schema-not-ours = { $path }不是zonesite为此文件生成的模式（JSON Schema）；请先将其移走，再生成模式
section-schema-cannot-create = 无法创建{ $path }：{ $error }
section-schema-cannot-write = 无法写入{ $path }：{ $error }
section-unknown-column-type = `{ $name }`不是政府网站网页元数据的栏目类别（ColumnType）
section-column-types-are = 栏目类别有：{ $types }
