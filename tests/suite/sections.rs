//! Sections declared by the site: a custom kind of investment projects with
//! typed fields and a park reference, a second section of articles, and the
//! declaration errors located in `site.yaml`.

use crate::common::Site;
use crate::common::links::check_links;

/// The basic fixture with its six sections declared, plus `projects`
/// (custom) and `notices` (articles).
const SECTIONS: &str = "sections:
  - {id: parks, kind: park, name: {zh: 园区, en: Parks}}
  - {id: industries, kind: industry, name: {zh: 产业, en: Industries}}
  - {id: initiatives, kind: initiative, name: {zh: 重点工作, en: Initiatives}}
  - {id: enterprises, kind: enterprise, name: {zh: 企业, en: Enterprises}}
  - {id: news, kind: article, name: {zh: 新闻动态, en: News}}
  - id: notices
    kind: article
    name: {zh: 通知公告, en: Notices}
    description: {zh: 管委会发布的通知和公告。, en: Notices of the administrative committee.}
    keywords: {zh: [通知, 公告], en: [notices]}
    feed: true
    home: 3
  - id: projects
    kind: custom
    name: {zh: 招商项目, en: Investment projects}
    page_size: 10
    home: 4
    fields:
      - {id: land_area, type: number, unit: mu, label: {zh: 用地面积, en: Land area}, required: true}
      - {id: investment, type: fact, label: {zh: 计划投资, en: Planned investment}}
      - {id: park, type: reference, section: parks, label: {zh: 所在园区, en: Park}}
      - id: status
        type: choice
        label: {zh: 项目状态, en: Status}
        choices:
          - {id: open, label: {zh: 招商中, en: Seeking investors}}
          - {id: signed, label: {zh: 已签约, en: Signed}}
      - {id: signed_on, type: date, label: {zh: 签约日期, en: Signed on}}
      - {id: website, type: url, label: {zh: 网址, en: Website}}
  - {id: pages, kind: page, name: {zh: 关于, en: About}}
menu: [parks, projects, notices, news, about]
";

fn declared() -> Site {
    let site = Site::fixture("basic");
    let yaml = site.read("content/site.yaml");
    let head = yaml.split("menu: ").next().unwrap();
    site.write("content/site.yaml", format!("{head}{SECTIONS}"));
    site.write(
        "content/projects/lithium.yaml",
        "land_area: 120\ninvestment: {label: {zh: 计划投资, en: Planned investment}, value: 3500000000, unit: yuan, as_of: 2017-07-13, source: test-source}\npark: north\nstatus: signed\nsigned_on: 2017-06\nwebsite: https://lithium.example/\n",
    );
    site.write(
        "content/projects/lithium.zh.md",
        "---\ntitle: 锂电池项目\nsummary: 一个测试项目。\n---\n位于[北园](@/parks/north)。\n",
    );
    site.write(
        "content/projects/lithium.en.md",
        "---\ntitle: Lithium battery project\n---\nIn the [north park](@/parks/north).\n",
    );
    site.write(
        "content/notices/tender.zh.md",
        "---\ntitle: 招标公告\ndate: 2017-07-01\n---\n公告正文。\n",
    );
    site
}

fn page(site: &Site, rel: &str) -> String {
    site.read(&format!("public/{rel}"))
}

#[test]
fn a_custom_section_and_a_second_article_section_have_pages_data_feeds_and_relations() {
    let site = declared();
    site.build_ok(&[]);
    let tree = site.tree("public");
    assert!(check_links(&tree, "https://example.org", "/") > 50);

    let zh = page(&site, "projects/lithium/index.html");
    for shown in [
        "<th scope=\"row\">用地面积</th><td>120亩</td>",
        "<th scope=\"row\">项目状态</th><td>已签约</td>",
        "<th scope=\"row\">签约日期</th><td>2017年6月</td>",
        "<a href=\"/parks/north/\">北园</a>",
        "<a href=\"https://lithium.example/\">https://lithium.example/</a>",
        "35亿元",
    ] {
        assert!(zh.contains(shown), "{shown}: {zh}");
    }
    let en = page(&site, "en/projects/lithium/index.html");
    for shown in [
        "<th scope=\"row\">Land area</th><td>120 mu</td>",
        "<th scope=\"row\">Status</th><td>Signed</td>",
        "3.5 billion yuan",
    ] {
        assert!(en.contains(shown), "{shown}: {en}");
    }
    // The reference works both ways: the park lists the project.
    let park = page(&site, "parks/north/index.html");
    assert!(park.contains("<h3>招商项目</h3>"), "{park}");
    assert!(park.contains("/projects/lithium/"), "{park}");
    // The list pages, the menu and the home page.
    let list = page(&site, "projects/index.html");
    assert!(list.contains("<title>招商项目 | "), "{list}");
    let notices = page(&site, "en/notices/index.html");
    assert!(notices.contains("content=\"Notices of the administrative committee.\""));
    assert!(notices.contains("<meta name=\"keywords\" content=\"notices\">"));
    let home = page(&site, "index.html");
    for section in ["/projects/", "/notices/"] {
        assert!(home.contains(&format!("href=\"{section}\"")), "{section}");
    }
    assert!(home.contains("/notices/tender/") && home.contains("/projects/lithium/"));
    // The notices are in the feed; the projects are not.
    let feed = page(&site, "atom.xml");
    assert!(feed.contains("/notices/tender/") && !feed.contains("/projects/"));
    let sitemap = page(&site, "sitemap.xml");
    assert!(sitemap.contains("/projects/lithium/") && sitemap.contains("/notices/tender/"));

    // Open data: the declared fields in JSON and CSV, the fact among the facts.
    let json: serde_json::Value = serde_json::from_str(&page(&site, "data/projects.json")).unwrap();
    let record = &json["records"][0];
    assert_eq!(json["section"], "projects");
    assert_eq!(record["fields"]["land_area"], 120.0);
    assert_eq!(record["fields"]["park"], "north");
    assert_eq!(record["fields"]["status"], "signed");
    assert_eq!(record["fields"]["signed_on"], "2017-06");
    assert_eq!(record["facts"][0]["value"], 3_500_000_000.0);
    let csv = page(&site, "data/projects.csv");
    let header = csv.lines().next().unwrap();
    assert!(
        header.contains(",land_area,park,status,signed_on,website,fact_label_zh"),
        "{header}"
    );
    assert!(csv.contains(",120,north,signed,2017-06,https://lithium.example/,计划投资"));

    let check = site.run(&["check"]);
    assert_eq!(check.code, Some(0), "{}", check.stderr);
}

#[test]
fn new_and_schemas_follow_the_declared_fields() {
    let site = declared();
    let run = site.run(&["new", "projects", "hydrogen"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let data = site.read("content/projects/hydrogen.yaml");
    for line in [
        "# land_area: 0",
        "Land area: a number, in mu, required",
        "# park: north",
        "# status: open",
        "one of open | signed",
        "# signed_on: ",
        "# weight: 1",
    ] {
        assert!(data.contains(line), "{line}: {data}");
    }

    let run = site.run(&["schemas"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let schema: serde_json::Value =
        serde_json::from_str(&site.read("schemas/projects.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let valid: serde_json::Value =
        serde_yaml::from_str(&site.read("content/projects/lithium.yaml")).unwrap();
    assert!(validator.is_valid(&valid), "{schema}");
    for bad in [
        "land_area: 1\nstatus: maybe\n",
        "land_area: 1\nlandarea: 2\n",
        "park: north\n",
    ] {
        let bad: serde_json::Value = serde_yaml::from_str(bad).unwrap();
        assert!(!validator.is_valid(&bad), "{bad}");
    }
    assert!(site.path("schemas/notices.schema.json").is_file());
    assert!(site.path("schemas/site.schema.json").is_file());
    // A file of the same name that zonesite did not write is left alone.
    site.write("schemas/parks.schema.json", "{\"title\": \"mine\"}");
    let run = site.run(&["schemas"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert_eq!(
        site.read("schemas/parks.schema.json"),
        "{\"title\": \"mine\"}"
    );
}

#[test]
fn custom_records_and_declarations_report_every_error_located() {
    let site = declared();
    site.write(
        "content/projects/lithium.yaml",
        "land_area: 120\nstatus: singed\n",
    );
    site.write("content/projects/cobalt.yaml", "landarea: 3\n");
    site.write("content/projects/cobalt.zh.md", "---\ntitle: 钴项目\n---\n");
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    for expected in [
        "content/projects/lithium.yaml:2:9: error: `singed` is not a choice of `status`",
        "help: did you mean `signed`?",
        "content/projects/cobalt.yaml:1:1: error: unknown field `landarea`",
        "help: did you mean `land_area`?",
    ] {
        assert!(run.stderr.contains(expected), "{expected}:\n{}", run.stderr);
    }

    let site = declared();
    let yaml = site.read("content/site.yaml");
    let broken = yaml
        .replace("kind: industry", "kind: industy")
        .replace("section: parks", "section: park")
        .replace("type: url", "type: link")
        .replace("{id: pages, kind: page", "{id: news, kind: page");
    site.write("content/site.yaml", broken);
    let run = site.run(&["build"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    for expected in [
        "error: `industy` is not a kind of section",
        "help: did you mean `industry`?",
        "error: the field `park` refers to `park`, which is not a declared section",
        "help: did you mean `parks`?",
        "error: `link` is not a field type",
        "error: two sections have the id `news`",
    ] {
        assert!(run.stderr.contains(expected), "{expected}:\n{}", run.stderr);
    }
    assert!(
        run.stderr
            .lines()
            .filter(|l| l.starts_with("content/site.yaml:") && l.contains(": error: "))
            .count()
            >= 4,
        "every declaration error located:\n{}",
        run.stderr
    );
}

#[test]
fn a_custom_record_shows_its_photos() {
    let site = declared();
    let data = site.read("content/projects/lithium.yaml");
    site.write(
        "content/projects/lithium.yaml",
        format!(
            "{data}photos:\n  - file: site.jpg\n    alt: {{zh: 工地, en: The building site}}\n"
        ),
    );
    site.write(
        "content/projects/lithium/site.jpg",
        crate::common::image(800, 500, image::ImageFormat::Jpeg),
    );
    site.build_ok(&[]);
    let page = site.read("public/projects/lithium/index.html");
    assert!(
        page.contains("width=\"800\" height=\"500\" alt=\"工地\" decoding=\"async\">"),
        "{page}"
    );
    // The schema editors' tools check with takes the same photos.
    let run = site.run(&["schemas"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let schema: serde_json::Value =
        serde_json::from_str(&site.read("schemas/projects.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut data: serde_json::Value =
        serde_yaml::from_str(&site.read("content/projects/lithium.yaml")).unwrap();
    assert!(validator.is_valid(&data), "{schema}");
    data["photos"][0]["alt"] = serde_json::json!("");
    assert!(validator.is_valid(&data), "a decorative photo: {schema}");
    data["photos"][0]["alt"] = serde_json::json!("工地");
    assert!(
        !validator.is_valid(&data),
        "one text for two languages: {schema}"
    );
}
