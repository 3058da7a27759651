//! A section's column type (栏目类型), which a government portal's pages
//! declare in their `ColumnType` metadata: one of a fixed list, declared by
//! the site or taken from the section's kind.

use super::Kind;

/// The column types government-portal metadata uses, as the 政府网站集约化
/// page-metadata rules list them.
pub const COLUMN_TYPES: [&str; 20] = [
    "首页",
    "概况信息",
    "机构职能",
    "负责人信息",
    "工作动态",
    "政策文件",
    "政策解读",
    "信息公开指南",
    "信息公开制度",
    "信息公开目录",
    "信息公开年报",
    "依申请公开",
    "数据发布",
    "专题专栏",
    "办事服务",
    "互动交流",
    "咨询投诉",
    "征集调查",
    "在线访谈",
    "其他",
];

/// The column type of a section of `kind` that declares none.
pub fn default_for(kind: Kind) -> &'static str {
    match kind {
        Kind::Park | Kind::Industry | Kind::Enterprise | Kind::Page => "概况信息",
        Kind::Initiative => "专题专栏",
        Kind::Article => "工作动态",
        Kind::Policy => "政策文件",
        Kind::Custom => "其他",
    }
}

/// The listed column type `name` is, if it is one.
pub fn known(name: &str) -> Option<&'static str> {
    COLUMN_TYPES.iter().copied().find(|&c| c == name)
}
