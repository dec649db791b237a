//! The JSON Schema of the programme format, generated from the raw types. Editors use
//! it to complete and check fields; the checker uses it to say which keys belong where.

use std::sync::OnceLock;

use schemars::generate::SchemaSettings;
use serde_json::Value;
use toml_spanner::TomlPath;

use super::raw::RawProgram;

/// The schema as pretty JSON, as `rehabit schema` prints it and
/// `programs/program.schema.json` keeps it.
pub fn schema_json() -> String {
    let mut text = serde_json::to_string_pretty(schema()).unwrap_or_default();
    text.push('\n');
    text
}

fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let schema = SchemaSettings::draft2020_12().into_generator().into_root_schema_for::<RawProgram>();
        let mut value = serde_json::to_value(schema).unwrap_or(Value::Null);
        drop_null(&mut value);
        value
    })
}

/// TOML has no null: an optional key is simply left out, so the schema says so.
fn drop_null(node: &mut Value) {
    match node {
        Value::Object(map) => {
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if let [only] = types.as_slice() {
                    let only = only.clone();
                    map.insert("type".into(), only);
                }
            }
            if let Some(Value::Array(options)) = map.get_mut("anyOf") {
                options.retain(|option| option.get("type").is_none_or(|t| t != "null"));
                if let [only] = options.as_slice() {
                    let only = only.clone();
                    map.remove("anyOf");
                    if let Value::Object(inner) = only {
                        map.extend(inner);
                    }
                }
            }
            map.values_mut().for_each(drop_null);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_null),
        _ => {}
    }
}

/// A step along a path in the file: a key, or a position in a list.
#[derive(Debug, PartialEq)]
enum Component {
    Key(String),
    Index,
}

/// The path of an error, such as `exercise[2].sets`, split into its steps.
fn components(path: &TomlPath<'_>) -> Vec<Component> {
    let text = path.to_string();
    let mut out = Vec::new();
    for part in text.split('.') {
        let (key, indexes) = part.split_once('[').map_or((part, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            out.push(Component::Key(key.trim_matches('"').to_string()));
        }
        out.extend(indexes.matches(']').map(|_| Component::Index));
    }
    out
}

/// The keys allowed in the table that holds the last key of `path`.
pub fn keys_beside(path: &TomlPath<'_>) -> Vec<String> {
    let components = components(path);
    let parent = &components[..components.len().saturating_sub(1)];
    let mut keys: Vec<String> = node_at(parent)
        .map(|node| properties(node).map(|(key, _)| key.clone()).collect())
        .unwrap_or_default();
    keys.sort();
    keys
}

/// What the schema says about the field at `path`.
pub fn description_of(path: &TomlPath<'_>) -> Option<String> {
    let components = components(path);
    let node = resolve(node_at(&components)?);
    let description = node.get("description")?.as_str()?;
    let key = match components.last() {
        Some(Component::Key(key)) => format!("`{key}`: "),
        _ => String::new(),
    };
    Some(format!("{key}{}", description.replace('\n', " ")))
}

fn node_at(path: &[Component]) -> Option<&'static Value> {
    path.iter().try_fold(schema(), |node, component| match component {
        Component::Key(key) => properties(node).find(|(name, _)| *name == key).map(|(_, v)| v),
        Component::Index => alternatives(node).find_map(|node| node.get("items")),
    })
}

/// The node itself, following a `$ref` into the schema's definitions.
fn resolve(node: &'static Value) -> &'static Value {
    let target = node
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|reference| reference.strip_prefix('#'))
        .and_then(|pointer| schema().pointer(pointer));
    target.unwrap_or(node)
}

/// The node and every schema it combines with (`allOf`, `anyOf`), resolved.
fn alternatives(node: &'static Value) -> impl Iterator<Item = &'static Value> {
    let node = resolve(node);
    let combined = ["allOf", "anyOf", "oneOf"]
        .into_iter()
        .filter_map(move |key| node.get(key).and_then(Value::as_array))
        .flatten()
        .map(resolve);
    std::iter::once(node).chain(combined)
}

fn properties(node: &'static Value) -> impl Iterator<Item = (&'static String, &'static Value)> {
    alternatives(node).filter_map(|node| node.get("properties").and_then(Value::as_object)).flatten()
}

/// Whether the last key of `path` is written inside a translation
/// (`….translations.sv.KEY`) but belongs to the table that holds the translations, such
/// as `reps` in an exercise's: a value that is the same in every language.
pub fn is_untranslatable(path: &TomlPath<'_>) -> bool {
    let components = components(path);
    let [owner @ .., Component::Key(translations), _, Component::Key(key)] = components.as_slice() else {
        return false;
    };
    translations == "translations"
        && node_at(owner).is_some_and(|node| properties(node).any(|(name, _)| name == key))
}
