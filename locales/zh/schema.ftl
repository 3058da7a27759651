# 数据文件或文件头中不符合字段要求的值。

## 日期

schema-date-malformed = `{ $text }`不是日期：请写成YYYY、YYYY-MM或YYYY-MM-DD，例如2017-07-13；时间写在完整日期之后，格式为HH:MM，例如2017-07-13 10:19
schema-year-out-of-range = 年份{ $year }超出范围：请填写1900年至2100年之间的年份
schema-no-such-month = `{ $text }`中的月份{ $month }不存在：月份应为01至12
schema-no-such-day = `{ $text }`中没有{ $day }日：该月只有{ $last }天
schema-date-help = 日期写作YYYY、YYYY-MM或YYYY-MM-DD，完整日期后可加时间HH:MM，并且必须是实际存在的日期和时间
schema-time-without-day = `{ $text }`写了时间却没有写到日：请在时间前写出完整日期，例如2017-07-13 10:19
schema-no-such-time = `{ $text }`中的`{ $time }`不是有效时间：小时应为00至23，分钟应为00至59
# 提示中出现的日期，写作2017年7月13日、2017年7月或2017年。
# `$month`、`$day`为数字（日期中没有时为0）；`$mm`、`$dd`为两位数写法（没有时为`none`）。
schema-date = { $mm ->
    [none] { $year }年
   *[other] { $dd ->
        [none] { $year }年{ $month }月
       *[other] { $year }年{ $month }月{ $day }日
    }
}

# 提示中出现的日期和时间：2017年7月13日 10:19。
schema-date-time = { $date } { $time }

## 数字

schema-too-large = 数字`{ $number }`过大，无法准确保存
schema-too-large-help = 数字最大为9007199254740992（2^53），这是能准确保存的最大值；请检查是否多写了数位
schema-area-negative = 面积必须是大于或等于0的有限数字，不能是{ $value }
schema-area-negative-help = 请以平方公里为单位填写面积，例如12.5
schema-latitude-out-of-range = 纬度{ $value }超出范围
schema-latitude-out-of-range-help = 纬度的范围是-90（南极）至90（北极），例如36.62；请检查lat和lon是否写反
schema-longitude-out-of-range = 经度{ $value }超出范围
schema-longitude-out-of-range-help = 经度的范围是-180（西）至180（东），例如101.78

## 照片

schema-alt-one-text = `{ $text }`只有一种文字，替代文字须分别用中文和英文填写
# `$lang`为语言代码：`zh`或`en`。
schema-alt-empty = { $lang ->
    [zh] 中文
   *[en] 英文
}替代文字（`{ $lang }`）为空
schema-alt-help = 请用中文和英文分别写出照片的内容，例如alt: {"{"}zh: 南川工业园区厂房, en: Factory buildings in Nanchuan{"}"}；只有对页面内容毫无补充的图片，才可写alt: ""

## 链接

schema-link-empty = 链接为空
schema-link-empty-help = 请填写链接地址，或删去`url`
# `$what`为链接中不允许出现的内容：`space`、`control`、`whitespace`、`backslash`或`markup`。
schema-link-contains = 链接`{ $link }`中含有{ $what ->
    [space] 空格
    [control] 控制字符
    [whitespace] 空白字符
    [backslash] 反斜杠
   *[markup] `"`、`<`或`>`
}
schema-link-contains-help = { $what ->
    [space] 链接中的空格请写作%20
    [control] 请删除该字符，链接中不能有控制字符
    [whitespace] 请删除该字符，或改用百分号编码
    [backslash] 请改为/；确需使用反斜杠时，写作%5C
   *[markup] 请改用百分号编码：%22、%3C、%3E
}
schema-link-no-host = 链接`{ $link }`中没有可用的主机名
schema-link-no-host-help = 请按https://example.org/report.pdf的格式填写
schema-link-empty-after-scheme = 链接`{ $link }`在`{ $scheme }:`之后没有内容
schema-link-scheme = 链接`{ $link }`使用了`{ $scheme }:`，内容中的链接不能使用这种协议
schema-link-help = 请填写https://或http://开头的地址、mailto:或tel:链接，或本网站内的路径（例如/about/）

## 发文字号

schema-doc-number-brackets = 发文字号`{ $text }`的年份未用六角括号〔〕括起
schema-doc-number-leading-zero = 发文字号`{ $text }`的序号以0开头
schema-doc-number-write = 请写成`{ $fixed }`
schema-doc-number-year = 发文字号`{ $text }`的年份不是四位数字
schema-doc-number-malformed = `{ $text }`不是发文字号
schema-doc-number-help = 发文字号由发文机关代字、用六角括号〔〕括起的年份和不编虚位的序号加“号”组成，例如国办发〔2017〕47号
