# 命令行：帮助信息（`zonesite --help`）、构建和检查的结果小结，以及命令参数的错误。
cli-about = 根据YAML和Markdown文件生成开发区的中英双语网站
cli-lang = 输出信息所用的语言：zh或en（未指定时依次取LC_ALL、LC_MESSAGES、LANG，再取网站的第一种语言）
cli-lang-unknown = `{ $tag }`不是zh或en
cli-help = 显示帮助信息
cli-help-command = 显示本帮助信息，或指定子命令的帮助信息
cli-version = 显示版本号
cli-root = 网站所在的目录
cli-drafts = 同时构建标有`draft: true`的正文
cli-init-about = 在DIR中为开发区新建网站：site.yaml、每个栏目一条中英文示例记录、术语表、模式（JSON Schema）、README和发布工作流。新网站可直接构建；在终端中运行时会询问开发区的名称
cli-init-dir = 新网站的目录，须不存在或为空（`.`表示当前目录）
cli-init-name-zh = 开发区的中文名称，例如某某经济技术开发区
cli-init-name-en = 开发区的英文名称
cli-init-base-url = 网站发布的地址（未指定时使用示例地址，检查时会给出警告）
cli-schemas-about = 将网站内容文件的模式（JSON Schema）写入schemas/，每个已声明的栏目一个，供编辑人员的YAML工具使用
cli-schemas-root = 网站所在的目录，其中含有content/
cli-build-about = 读取、校验网站内容，生成页面并写入输出目录
cli-build-root = 网站所在的目录，其中含有content/和themes/
cli-build-output = 网站的写入位置（每次整体替换）；默认为ROOT/public
cli-build-force = 输出目录不为空且并非由zonesite写入时，也予以替换，其中的文件将被删除
cli-build-base-url = 按此地址发布，不使用site.yaml中的`base_url`
cli-build-no-search = 不生成搜索索引、搜索页面和搜索框，以加快构建
cli-build-timings = 列出各阶段所用的时间
cli-serve-about = 在内存中构建网站，通过本机端口提供预览；每次修改后重新构建，并刷新已打开的页面
cli-serve-bind = 监听的地址
cli-serve-port = 监听的端口（填0则自动选用空闲端口）
cli-new-about = 新建一条记录的文件，文件中列出该栏目的全部字段，以备填写
cli-new-section = 栏目：parks、industries、initiatives、enterprises、news或pages
cli-new-slug = 记录的网址名，例如`nanchuan`或`lithium-batteries`
cli-check-about = 执行构建时的全部检查，不写出任何文件
cli-check-strict = 记录缺少译文时也判为不通过
cli-check-base-url = 按发布于此地址的情况检查链接，不使用site.yaml中的`base_url`（与`build --base-url`相同）
# --base-url有误，尚未读取任何文件。
cli-base-url = --base-url：{ $message }
cli-base-url-help = 请给出网站发布的地址，例如--base-url https://example.org/zone/
# 构建和检查的结果小结。
cli-built = 已构建{ $pages }个页面，写入{ $output }
cli-built-untranslated = { $built }（其中{ $count }个页面显示的是另一种语言的内容，运行`zonesite check`可查看清单）
cli-build-failed = 构建失败，共有{ $count }个错误；未写入任何文件
cli-check-failed = 检查发现{ $count }个错误
cli-checked = 已检查{ $pages }个页面，未发现错误
cli-wrote = 已写入{ $path }
# 检查结果中译文情况表的表头。
cli-coverage-section = 栏目
cli-coverage-records = 记录数
cli-coverage-zh = 中文
cli-coverage-en = 英文
cli-coverage-missing = 缺译文
# `build --timings`计时的各个阶段及时间单位。
cli-stage-load-and-parse = 读取和解析
cli-stage-validate-and-resolve = 校验和解析引用
cli-stage-load-theme = 读取主题
cli-stage-render = 生成页面
cli-stage-images-and-files = 图片和文件
cli-stage-search-index = 搜索索引
cli-stage-write-during-render = 写入（与生成同时进行）
cli-stage-swap-in = 替换输出目录
cli-stage-validate = 校验
cli-stage-render-pages = 生成页面
cli-milliseconds = { $time }毫秒
# zonesite中尚未纳入目录的部分以文字给出的错误。
cli-cannot-ask = 无法询问开发区的名称和网站地址：{ $error }
# 构建时略过的、或检查时未检查的草稿（标有`draft: true`的正文）。
cli-drafts-skipped = 略过了{ $count }个草稿（标有`draft: true`的正文；运行`zonesite build --drafts`可一并构建）：{ $paths }{ $more ->
    [0] {""}
   *[other] {"\u000A  "}……另有{ $more }个
}
cli-drafts-unchecked = 有{ $count }个草稿未检查（标有`draft: true`的正文；运行`zonesite check --drafts`可一并检查）：{ $paths }{ $more ->
    [0] {""}
   *[other] {"\u000A  "}……另有{ $more }个
}
cli-check-drafts = 同时检查标有`draft: true`的正文
cli-check-profile = `gov`：按政府网站要求检查，页脚缺少检查所要求的任何一项（主办单位、承办单位、联系方式、ICP备案号、公安备案号、网站标识码、党政机关网站标识）即判为不通过
