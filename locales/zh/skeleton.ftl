# `zonesite init`所写文件中的注释（src/init/skeleton/中，`# @c NAME`代表消息
# `skeleton-NAME`）。单独成行的消息在两种语言中行数相同，使文件的行号（警告中
# 会引用）不随语言改变；写在字段之后的消息只有一行。

## content/site.yaml
skeleton-site-about =
    开发区概况：名称、网站地址、主要数据、来源、菜单和页脚。
    zonesite init无从得知的内容，写成了“待填写”（中文）或“TO FILL IN”（英文），
    请逐一替换。`zonesite check`会列出尚未替换的地方。
skeleton-site-short-name = 用于空间狭窄处；不填则使用全称
skeleton-site-base-url =
    网站发布的地址。`zonesite build --base-url …`（发布工作流即如此运行）
    会以给出的地址代替它；它仍是示例地址时，`check`会发出警告。
skeleton-site-theme =
    zonesite内置的主题。本网站themes/default/下的文件，
    会代替内置主题中同一路径的文件：模板、样式表，
    或i18n/zh.yaml、i18n/en.yaml中的几条界面文字。
skeleton-site-default-language-in-subdir = true：中文页面也放在/zh/下，/为中英双语页面
skeleton-site-trusted-html = true：Markdown中的HTML原样保留，不经安全过滤
skeleton-site-facts =
    开发区的主要数据，显示在首页。每个数字都是一条数据（fact），注明数值、单位、
    所指的日期和来源；没有来源的数字不要写。
skeleton-site-fact-source = 下方`sources`中某一来源的id
skeleton-site-units =
    内置单位（yuan、usd、eur、hkd、km2、mu、ha、m2、kwh、gwh、tonnes、percent）
    以外本区自定的单位：定义后，数据中即可写`unit: beds`。
skeleton-site-unit-id = 小写英文字母、数字和连字符
skeleton-site-unit-zh = 写在数字之后
skeleton-site-unit-en = 用于1以外的数字之后
skeleton-site-unit-en-one = 用于数字1之后
skeleton-site-sources = 数据的来源：报告、统计公报、网页。
skeleton-site-source-date = 发布日期：YYYY、YYYY-MM或YYYY-MM-DD
skeleton-site-source-url = 网上可以查阅时，填写其网址
skeleton-site-sections =
    网站的栏目：每个栏目在content/下的目录和网址、类型、中英文名称和列表方式
    （见zonesite的docs/content-format.md中的“Sections”一节）。
    本区自己的栏目也加在这里。
skeleton-site-custom-section = 一个带有本区自定字段的栏目
skeleton-site-menu = 主菜单：按顺序列出栏目的id和页面的网址名（slug）。
skeleton-site-footer =
    中国政府门户网站在每个页面底部显示的信息。编号尚未取得时留空，
    `check`会对每个缺少的编号发出警告；在下面加上`profile: gov`
    （或运行`check --profile gov`）则判为不通过。
skeleton-site-icp = ICP备案号
skeleton-site-police = 公安备案号
skeleton-site-code = 网站标识码
skeleton-site-badge = 党政机关网站标识的编号，链接到标识的查验页面
skeleton-site-menu-link = 其他网站的页面，页面上标明是外部链接
skeleton-site-disclosure =
    政府信息公开栏目：公开指南、公开制度、法定主动公开内容、
    年度报告和依申请公开五页，
    其中待填写的内容在填好之前`check`都会提示。

## content/glossary.yaml
skeleton-glossary-about =
    开发区专有名称的中英文对照：开发区本身及其园区、管委会、企业和地名。
    中文文本使用某个中文名称时，对应的英文文本一律使用这里列出的英文名称。
    每个名称可以列出文本中不应使用的写法，出现这些写法时，
    `zonesite check`会报告并给出应写的名称：

## 示例记录：各是什么
skeleton-record-park =
    zonesite init写的示例园区。请把它改写成本区的一个园区
    （并把三个文件改名为园区的网址名，即slug），或者删除它。
    这里的数据由中文页面和英文页面共用。数字、日期和坐标都是示例，
    已注释掉，等有来源给出后再填写。
skeleton-record-industry =
    zonesite init写的示例产业。请把它改写成本区的一个产业，或者删除它。
    园区、企业、重点工作和新闻只要写明所属产业，就会列在该产业的页面上，
    无须在这里列出。
skeleton-record-initiative =
    zonesite init写的示例重点工作（一项计划、一项改革或一个项目）。
    请把它改写成本区的一项重点工作，或者删除它。
skeleton-record-enterprise =
    zonesite init写的示例企业。
    请把它改写成本区的一家企业，或者删除它。
skeleton-record-news =
    zonesite init写的示例新闻：请换成本区自己的新闻，或者删除它。
    新闻的日期写在正文文件的文件头（front matter）中。
skeleton-record-policy =
    zonesite init写的示例政策文件：请换成本区的文件，或者删除。
    文件没有写明的项目留空，
    页面显示为“未注明”。
skeleton-policy-index-no = 索引号，照录信息公开目录
skeleton-policy-topic = 主题分类
skeleton-policy-number = 发文字号，例如国办发〔2017〕47号
skeleton-policy-written = 成文日期
skeleton-policy-published = 发布日期
skeleton-policy-validity = 有效性：valid（有效）、expired（失效）或repealed（废止），以及日期和替代文件
skeleton-record-page =
    本区的“关于”页面，content/site.yaml的菜单中列有它。
    页面除了要展示的数字外，没有其他数据。

## 示例记录的字段
skeleton-weight-by-name = 可选：列表中权重小的排在前面，其余按名称排列
skeleton-weight-by-title = 可选：列表中权重小的排在前面，其余按标题排列
skeleton-weight-by-started = 可选：列表中权重小的排在前面，其余按`started`由新到旧排列
skeleton-weight-by-date = 可选：列表中权重小的排在前面，其余按日期由新到旧排列
skeleton-date-formats = YYYY、YYYY-MM或YYYY-MM-DD
skeleton-park-area = 面积，单位为平方千米
skeleton-park-location = 经纬度，以度为单位，南纬、西经为负数；approximate表示大致位置，地图上以圆圈标示
skeleton-park-industries = 园区内产业的网址名
skeleton-initiative-status = planned（计划中）、in-progress（进行中）或completed（已完成）
skeleton-concerns-parks = 涉及的园区的网址名
skeleton-concerns-industries = 涉及的产业的网址名
skeleton-concerns-enterprises = 涉及的企业的网址名
skeleton-enterprise-park = 所在园区的网址名
skeleton-enterprise-industries = 所属产业的网址名
skeleton-news-source = 所转载的来源（如有）：content/site.yaml中来源的id

## 数据（fact）和照片
skeleton-fact-value = 按单位本身计的数字（1.2亿元写作120000000）
skeleton-industry-fact-value = 以货币的基本单位计：12亿元
skeleton-initiative-fact-value = 以货币的基本单位计：1.2亿元
skeleton-enterprise-fact-value = 以货币的基本单位计：5亿元
skeleton-fact-unit = yuan、usd、eur、hkd、km2、mu、ha、m2、kwh、gwh、tonnes、percent，`units`中定义的单位，或中英文标签{"{"}zh: 家, en: enterprises{"}"}
skeleton-fact-unit-or = 也可用以下之一：yuan、usd、eur、hkd、km2、mu、ha、m2、kwh、gwh、tonnes、percent
skeleton-industry-fact-unit = usd、eur、hkd按原币种显示，不作换算；也可用km2、percent等，或中英文标签{"{"}zh: 家, en: enterprises{"}"}
skeleton-fact-approx = 可选：about（约）或more-than（超过）
skeleton-fact-source = content/site.yaml中`sources`所列来源的id
skeleton-photos = 照片：放在记录自己的目录中（目录与记录文件同名，见docs/content-format.md）；第一张为封面。
skeleton-photo-file = 记录目录中的一张图片
skeleton-photo-alt = 照片内容的说明，中英文各一
skeleton-optional = 可选
skeleton-photo-credit = 可选：拍摄者

## 正文文件的文件头
skeleton-draft = 草稿：只有`zonesite build --drafts`才会生成
skeleton-news-date = 发布日期，中英文相同：YYYY-MM-DD；知道发布时间的写作YYYY-MM-DD HH:MM

## .github/workflows/publish.yml
skeleton-publish-about =
    每次推送到main分支时，检查内容、构建网站，并通过GitHub Pages发布。
    首次运行前，请在仓库的设置（Settings）中：
    - Pages：把来源（Source）设为“GitHub Actions”；
    - Secrets and variables → Actions → Variables：添加变量ZONESITE_GIT，
      值为zonesite的git仓库地址，本工作流从该地址安装zonesite。
    网站地址取自Pages的配置（--base-url），因此网站位于项目路径下时，
    链接同样有效。其他静态网站托管服务的做法相同：
    先构建，再上传public/。

## .gitignore
skeleton-gitignore-public = 构建出的网站，以及zonesite为快速重新构建而保存在其旁边的文件。
skeleton-gitignore-cache = 编码后的图片，在两次构建之间保留，重新构建时不必再次编码。
