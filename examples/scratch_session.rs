#[global_allocator]
static A: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::Instant;
use zonesite::incremental::Session;
use zonesite::model::Options;
fn main() {
    let root = std::path::PathBuf::from(std::env::args().nth(1).unwrap());
    let rel = std::path::PathBuf::from(std::env::args().nth(2).unwrap());
    let t = Instant::now();
    let mut s = Session::open(&root, Options { base_url: Some("http://127.0.0.1:1111/".into()), defer_index: true, ..Options::default() });
    eprintln!("open {:?}", t.elapsed());
    let t = Instant::now();
    let u = s.update(&[]).ok().unwrap();
    eprintln!("first {:?} {} files", t.elapsed(), u.files.len());
    let t = Instant::now(); s.finish(); eprintln!("finish {:?}", t.elapsed());
    let path = root.join(&rel);
    let orig = std::fs::read_to_string(&path).unwrap();
    for i in 0..5 {
        let text = orig.replacen("title: ", &format!("title: X{i} "), 1);
        std::fs::write(&path, text).unwrap();
        let t = Instant::now();
        let u = s.update(&[rel.clone()]).ok().unwrap();
        let a = t.elapsed();
        let f = s.finish();
        eprintln!("update {:?} ({} pages, {:?}) finish {:?} ({} files)", a, u.report.pages, u.report.timings, t.elapsed() - a, f.files.len());
    }
    std::fs::write(&path, orig).unwrap();
}
