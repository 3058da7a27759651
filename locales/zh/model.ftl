# 对整个网站的检查：记录及其文件、记录之间的引用、链接、site.yaml、数据。

## 记录的称谓。`$kind`为其所在栏目的类型：`park`、`industry`、`initiative`、
## `enterprise`、`article`、`page`，不属于六个内置栏目时为`other`（`$section`为栏目id）。
## 中文不用冠词，`model-a-record`与`model-record`相同。

model-record = { $kind ->
    [park] 园区
    [industry] 产业
    [initiative] 重点工作
    [enterprise] 企业
    [article] 新闻
    [page] 页面
   *[other] `{ $section }`栏目的记录
}
model-a-record = { $kind ->
    [park] 园区
    [industry] 产业
    [initiative] 重点工作
    [enterprise] 企业
    [article] 新闻
    [page] 页面
   *[other] `{ $section }`栏目的记录
}
model-did-you-mean = 是否想写`{ $closest }`？
# 列表中的各项（每项是一条消息）：第一项，其余各项。
model-list = { $first }、{ $rest }

## 记录的文件

model-no-site-yaml = 网站缺少content/site.yaml
model-no-site-yaml-help = 请创建此文件，至少写明`name`、`description`和`base_url`
model-file-twice = { $record }`{ $slug }`的此文件有两份：文件夹外、文件夹内各一份
model-file-twice-help = 只保留一种写法：{ $dir }/{ $slug }.<lang>.md和{ $slug }.yaml，或者{ $dir }/{ $slug }/中的index.<lang>.md和index.yaml
model-folder-of-no-record = 文件夹{ $dir }/{ $slug }/不属于任何记录
model-folder-of-no-record-help = 记录的文件夹与{ $slug }.zh.md、{ $slug }.en.md放在一起（或在文件夹内放index.zh.md和index.en.md）；请按所属记录的网址名给文件夹改名
model-data-without-text = { $record }`{ $slug }`有数据文件，但没有正文文件
model-data-without-text-help = 请添加{ $dir }/{ $slug }.zh.md（以及{ $slug }.en.md），写明标题和摘要
model-no-data-file = { $record }`{ $slug }`没有数据文件
model-no-data-file-help = 请添加{ $dir }/{ $slug }.yaml，写入该记录的数据（见docs/content-format.md）
model-date-not-news = 只有新闻才填写日期，此记录是{ $record }
model-date-not-news-help = 请删除`date`这一行；重点工作的日期写在数据文件的`started`中，政策文件的日期写在`written`（成文日期）和`published`（发布日期）中
model-news-without-date = 新闻须写明日期
model-news-without-date-help = 请在文件头（front matter）中加上`date: YYYY-MM-DD`
model-news-date-without-day = 新闻的日期须写到日：`{ $date }`
model-news-date-without-day-help = 请按YYYY-MM-DD写出完整日期
model-news-dates-differ = 日期{ $date }与中文正文文件的日期{ $chinese }不一致
model-news-dates-differ-help = 同一条新闻的中英文版本须使用同一日期

## 记录之间的引用

model-reference-in-other-section = `{ $slug }`是{ $actual }，不是{ $expected }
model-reference-in-other-section-help = `{ $field }`字段只填写{ $section }栏目的记录；请把`{ $slug }`移到用于{ $other }栏目的字段中
model-no-record = 没有网址名为`{ $slug }`的{ $record }
model-no-record-help = 请添加content/{ $section }/{ $slug }.yaml，或改填content/{ $section }/中已有的记录

## Markdown中的链接

model-link-scheme = 页面中不能使用`{ $link }`这样的链接
model-link-scheme-help = 链接只能指向网页（http://或https://）、电子邮箱（mailto:）、电话号码（tel:）或记录（@/<section>/<slug>）
model-link-not-record = `{ $link }`没有指明记录
model-link-not-record-help = 指向记录的链接写作@/<section>/<slug>，例如@/parks/nanchuan；指向栏目列表的链接写作@/<section>，例如@/news（不带锚点）
model-link-not-section = `{ $link }`中的`{ $section }`不是栏目
model-sections-are = 现有栏目：{ $sections }
model-link-no-record = 失效链接：没有网址名为`{ $slug }`的{ $record }
model-link-no-record-help = 请链接到content/{ $section }/中已有的记录，或创建content/{ $section }/{ $slug }.yaml
model-link-no-anchor = 失效锚点：{ $page }中没有标题`#{ $anchor }`
model-no-headings = { $page }中没有可供链接的标题
model-headings-are = { $page }中的标题有：{ $headings }
model-headings-are-more = { $page }中的标题有：{ $headings }……（共{ $count }个）

## site.yaml

model-base-url-option-help = 请填写网站将要发布的地址
model-base-url-help = 请把base_url设为网站将要发布的地址，或用--base-url指定
model-bad-theme = `{ $theme }`不是有效的主题名称
model-bad-theme-help = 请填写themes/下的目录名，例如`default`；只能使用字母、数字、-和_
model-duplicate-source = 有两个来源的id都是`{ $id }`
model-duplicate-source-help = 请为每个来源设置不同的id
model-menu-unknown = 菜单中的`{ $item }`既不是栏目，也不是页面
model-menu-unknown-help = 请填写栏目或页面：{ $names }
model-unit-bad-id = units[{ $index }].id：`{ $id }`不是有效的单位id
model-unit-bad-id-help = 单位id由小写字母和数字组成，单词之间用一个连字符相连，例如`hospital-beds`
model-unit-built-in = units[{ $index }].id：`{ $id }`是内置单位
model-unit-built-in-help = 数据可直接使用内置单位`{ $id }`；请为网站自定义的单位另取一个id
model-unit-duplicate = units[{ $index }].id：有两个单位的id都是`{ $id }`
model-unit-duplicate-help = 请为每个单位设置不同的id
model-footer-missing = 页脚缺少{ $missing }
model-footer-missing-help = 政府网站须在页脚展示上述信息；确定后请填写在`footer:`下（在此之前保持空白，切勿编造）
model-footer-organiser = 主办单位（`footer.organiser`）
model-footer-undertaker = 承办单位（`footer.undertaker`）
model-footer-contact = 联系方式（`footer.contact`）
model-footer-icp = ICP备案号（`footer.icp`）
model-footer-police = 公安机关备案号（`footer.police`）
model-footer-site-code = 网站标识码（`footer.site_code`）
model-footer-badge = 党政机关网站标识的编号（`footer.badge_id`）
model-footer-missing-gov-help = 本网站按政府网站要求检查（content/site.yaml中的`profile: gov`或`check --profile gov`），检查时上述各项缺一不可；请在主管单位提供后填写在`footer:`下（切勿编造）

## 数据

model-fact-not-a-value = 数据的值必须是大于或等于0的有限数字，不能是{ $value }
model-fact-not-a-value-help = 请按来源中的数字填写；数量减少的，在标签中写明，例如{"{"}zh: 下降, en: decrease{"}"}
model-unknown-unit = facts[{ $index }].unit：未知单位`{ $id }`：请使用以下单位之一：{ $units }，或写成标签{"{"}zh: …, en: …{"}"}
model-unknown-unit-closest = facts[{ $index }].unit：未知单位`{ $id }`：是否想写`{ $closest }`？请使用以下单位之一：{ $units }，或写成标签{"{"}zh: …, en: …{"}"}
model-unknown-unit-help = 单位列表见docs/content-format.md；网站自定义的单位写在content/site.yaml的`units`下
model-no-singular = facts[{ $index }].unit：值为1，但单位没有给出`{ $en }`的英文单数形式
model-no-singular-site-help = 请在content/site.yaml的`units`下为单位`{ $id }`加上`en_one:`，即英文在数字1之后的写法
model-no-singular-help = 请加上`en_one:`，即英文在数字1之后的写法：{"{"}zh: …, en: { $en }, en_one: …{"}"}
model-share-over-100 = facts[{ $index }].value：占比不可能是{ $value }%，这超过了总量
model-share-over-100-help = 标签表明这是占比（占比、比重、比例、份额、share、proportion），最大为100%；请核对数字；如果是增长率或比率，请在标签中写明
model-fact-in-future = facts[{ $index }].as_of：日期{ $date }晚于今天（{ $today }）
model-fact-in-future-help = as_of是数据所反映的日期，应当已经过去；目标值或预测值须在标签中写明（目标、预计、target、forecast等），方可填写以后的日期
model-source-in-future = sources[{ $index }].date：日期{ $date }晚于今天（{ $today }）
model-source-in-future-help = 来源的日期是其发布日期；请核对年份
model-unknown-source = 未知来源`{ $id }`
model-no-sources-help = 请在content/site.yaml的`sources`中添加这一来源
model-unknown-source-help = 请引用content/site.yaml中的来源之一：{ $sources }
model-bad-today = `{ $text }`不是日期；今天的日期改按系统时钟确定
model-bad-today-help = 请把ZONESITE_TODAY设为YYYY-MM-DD格式的日期（例如2017-07-13），或删除这个环境变量

## 政策文件

model-policy-written-after-published = 成文日期{ $written }晚于发布日期{ $published }
model-policy-written-after-published-help = 文件应在成文当日或之后发布（成文日期不晚于发布日期），请对照文件核对这两个日期
model-policy-duplicate-index-no = 索引号`{ $index_no }`已被政策文件`{ $other }`使用
model-policy-duplicate-index-no-help = 每份文件的索引号各不相同，请从文件或信息公开目录中照录
model-policy-replaced-by-itself = 文件不能被自身替代
model-policy-valid-but-replaced = 文件已被`{ $slug }`替代，有效性却为`valid`（有效）
model-policy-replaced-help = 被替代的文件已不再有效：请把有效性改为`expired`（失效）或`repealed`（废止），或删除`replaced_by`
model-policy-slug-browse = `{ $section }`中的记录不能以`browse`为网址名：这是该栏目分类浏览页的地址
model-policy-slug-browse-help = 请把该记录的文件（`.yaml`、`.zh.md`和`.en.md`）改名，例如改为browse-guide
