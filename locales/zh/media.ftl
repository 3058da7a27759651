# 记录的文件（图片和附件）以及网站的static/文件夹。
media-did-you-mean = 是否想写`{ $name }`？
media-neither-image-nor-attachment = 记录的文件夹只能存放图片和附件，而`.{ $ext }`文件两者都不是
media-neither-image-nor-attachment-help = 图片的格式为{ $images }；附件的格式为{ $attachments }；其他文件请放入网站的static/文件夹
media-cannot-read-file = 无法读取此文件：{ $error }
media-cannot-read-file-help = 请检查文件是否存在，以及文件权限是否允许读取
media-cannot-read-static-help = 请检查文件权限是否允许读取
media-cannot-read-image = 无法读取此图片：{ $error }
media-cannot-read-image-help = 请将图片重新另存为JPEG、PNG或WebP格式；扩展名须与实际格式一致
media-cannot-read-the-image = 无法读取图片：{ $error }
media-cannot-resize-image = 无法缩放此图片：{ $error }
media-cannot-encode-image = 无法转换此图片的格式：{ $error }
media-cannot-make-image-help = 请将图片重新另存为JPEG、PNG或WebP格式，或者换一张图片
media-link-outside = 此链接指向网站以外的位置
media-link-outside-help = 请把文件复制到static/中，不要用链接指向它
media-an-image = 图片
media-a-file = 文件
media-oversized = 此{ $what }大小为{ $size } MB，超过了为单个文件设定的{ $limit } MB（media.warn_above_mb）
media-oversized-help = 请把文件缩小（PDF可另存为适合网页的版本，照片不超过4000像素），或在content/site.yaml中调高media.warn_above_mb

# 正文和数据文件中对文件的引用。
media-photo-file = photos[{ $index }].file：{ $problem }
media-no-such-file = { $folder }中没有文件`{ $name }`
media-no-such-photo-help = 请把图片放入{ $folder }，并照原样写出文件名，大小写也须一致
media-no-such-file-help = 请把文件放入{ $folder }（文件名须完全一致，大小写也不例外）
media-relative-path-help = 链接其他记录请写@/<section>/<slug>，不要用相对路径
media-not-an-image = `{ $name }`不是图片
media-photo-not-an-image-help = 照片须为JPEG、PNG或WebP格式的图片；如需提供文档，请在正文中以链接形式给出：[文档标题](文件名)
media-not-an-image-help = 请改为链接形式，写作[文件标题](文件名)，或者换用JPEG、PNG或WebP格式的图片
media-broken-anchor = 锚点失效：本文中没有标题`#{ $id }`
media-broken-anchor-help = 锚点指向本文中的某个标题；如需链接到其他记录中的标题，请写@/<section>/<slug>#<heading>
media-remote-image = 图片`{ $dest }`位于其他网站
media-remote-image-help = 页面不从其他网站加载任何内容：请把图片保存到记录的文件夹中，再写上文件名，例如![…](photo.jpg)
media-intro-file = `{ $name }`不是此页面可以链接的文件
media-intro-file-help = 栏目简介没有存放文件的文件夹：请链接到记录（@/<section>/<slug>）或网站的页面（/about/），或者把文件放入static/，再链接到/<文件路径>
media-no-alt = 此图片没有替代文字
media-no-alt-help = 请用本文的语言描述图片内容，例如![南川工业园区厂房](…)或![Factory buildings in Nanchuan](…)；对正文没有补充作用的装饰性图片，写作![{ $decorative }](…)
