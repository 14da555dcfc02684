//! The shape the architecture notes promise, checked: no two server modules depend on each other, directly or
//! through others (a cycle is where a newcomer can no longer tell which side owns a rule).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use amana_tests::workspace_root;

/// The folders that are tiers: each holds modules of its own (`services/migrant_rights.rs` is `migrant_rights`).
const TIERS: [&str; 4] = ["services", "domain", "workers", "infra"];

/// The module a file under `server/src` belongs to: the file in a tier folder (`services/migrant_rights.rs` is
/// `migrant_rights`), or else the top-level module (`storage/outbox.rs` belongs to `storage`). The tier files
/// themselves only declare their modules.
fn module_of(relative: &Path) -> Option<String> {
    let mut parts = relative.components().map(|c| c.as_os_str().to_str().unwrap_or_default().trim_end_matches(".rs"));
    let first = parts.next()?;
    let name = if TIERS.contains(&first) { parts.next()? } else { first };
    let declares_only = matches!(name, "lib" | "main") || (TIERS.contains(&name) && relative.components().count() == 1);
    (!declares_only).then(|| name.to_owned())
}

/// The tier a module is in, lowest first: infrastructure, storage, the domain rules and the workers, the
/// services; and the wiring (`startup`, `web`, `demo`), which may use them all.
fn rank(root: &Path, module: &str) -> usize {
    let in_tier = |tier: &str| root.join(tier).join(format!("{module}.rs")).exists();
    if in_tier("infra") {
        0
    } else if module == "storage" {
        1
    } else if in_tier("domain") || in_tier("workers") {
        2
    } else if in_tier("services") {
        3
    } else {
        4
    }
}

/// Every `crate::<module>` a source file names outside comments and its test module.
fn uses(source: &str) -> BTreeSet<String> {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let mut found = BTreeSet::new();
    for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for (index, _) in line.match_indices("crate::") {
            let mut names =
                line[index + 7..].split("::").map(|n| n.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_'));
            let first: String = names.next().map(Iterator::collect).unwrap_or_default();
            // A module in a tier folder goes by its own name (`crate::services::migrant_rights` is `migrant_rights`).
            let name = if TIERS.contains(&first.as_str()) { names.next().map(Iterator::collect) } else { Some(first) };
            if let Some(name) = name.filter(|n: &String| !n.is_empty()) {
                found.insert(name);
            }
        }
    }
    found
}

fn collect(root: &Path, dir: &Path, graph: &mut BTreeMap<String, BTreeSet<String>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(root, &path, graph);
        } else if path.extension().is_some_and(|e| e == "rs") {
            if let Some(module) = module_of(path.strip_prefix(root).unwrap()) {
                let source = std::fs::read_to_string(&path).unwrap();
                let edges = graph.entry(module.clone()).or_default();
                edges.extend(uses(&source).into_iter().filter(|m| *m != module));
            }
        }
    }
}

/// A cycle through `start`, if there is one: the path back to it.
fn cycle_from(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut stack = vec![(start.to_owned(), vec![start.to_owned()])];
    let mut seen = BTreeSet::new();
    while let Some((module, path)) = stack.pop() {
        for next in graph.get(&module).into_iter().flatten() {
            if next == start {
                return Some([path.clone(), vec![start.to_owned()]].concat());
            }
            if graph.contains_key(next) && seen.insert(next.clone()) {
                stack.push((next.clone(), [path.clone(), vec![next.clone()]].concat()));
            }
        }
    }
    None
}

#[test]
fn no_two_server_modules_depend_on_each_other() {
    let root = workspace_root().join("server/src");
    let mut graph = BTreeMap::new();
    collect(&root, &root, &mut graph);
    assert!(graph.len() > 20 && graph["storage"].contains("crypto"), "the scan found the modules: {graph:?}");
    let cycles: Vec<String> = graph.keys().filter_map(|m| cycle_from(&graph, m)).map(|c| c.join(" → ")).collect();
    assert!(cycles.is_empty(), "module cycles: {cycles:#?}");
}

#[test]
fn each_tier_uses_only_the_tiers_below_it() {
    let root = workspace_root().join("server/src");
    let mut graph = BTreeMap::new();
    collect(&root, &root, &mut graph);
    let upward: Vec<String> = graph
        .iter()
        .flat_map(|(from, tos)| tos.iter().map(move |to| (from, to)))
        .filter(|(from, to)| graph.contains_key(*to) && rank(&root, to) > rank(&root, from))
        .map(|(from, to)| format!("{from} → {to}"))
        .collect();
    assert!(
        graph.contains_key("migrant_rights") && rank(&root, "migrant_rights") == 3,
        "the scan found the services: {graph:?}"
    );
    assert!(upward.is_empty(), "a lower tier uses a higher one: {upward:#?}");
}

#[test]
fn the_scan_sees_a_cycle_when_there_is_one() {
    let mut graph = BTreeMap::new();
    graph.insert("a".to_owned(), BTreeSet::from(["b".to_owned()]));
    graph.insert("b".to_owned(), BTreeSet::from(["c".to_owned()]));
    graph.insert("c".to_owned(), BTreeSet::from(["a".to_owned()]));
    assert_eq!(cycle_from(&graph, "a"), Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
    assert_eq!(uses("use crate::storage::Storage;\n// crate::infra::config\nfn f() { crate::infra::clock::now() }"), {
        BTreeSet::from(["storage".to_owned(), "clock".to_owned()])
    });
    assert_eq!(module_of(Path::new("services/migrant_rights.rs")).as_deref(), Some("migrant_rights"));
    assert_eq!(module_of(Path::new("storage/outbox.rs")).as_deref(), Some("storage"));
    assert_eq!(module_of(Path::new("services.rs")), None);
}
