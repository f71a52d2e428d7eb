//! A package's `build/cjs/meta.js`, read with oxc's parser: each method's HTTP verb and proto path,
//! the public path `www.wixapis.com` serves it at, and which numbers of its request and response are
//! floating point (the paths the SDK passes through its float transforms).

use std::collections::HashMap;

use indexmap::IndexMap;
use oxc_allocator::Allocator;
use oxc_ast::ast::{
    Argument, ArrayExpressionElement, CallExpression, Expression, ObjectExpression, ObjectPropertyKind,
    Statement,
};
use oxc_ast_visit::{Visit, walk};
use oxc_parser::Parser;
use oxc_span::SourceType;

use super::typescript::LineIndex;

/// The host whose path mappings give the public routes.
const PUBLIC_HOST: &str = "www.wixapis.com";

/// Where and how one method is called.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodRoute {
    /// `GET`, `POST`, ...
    pub verb: String,
    /// The path in the service's proto, e.g. `/v2/external-calendars/providers`.
    pub proto_path: String,
    /// The path below `https://www.wixapis.com`, where the host maps one.
    pub public_path: Option<String>,
    /// Dotted paths, from the request's root, of numbers sent as floats.
    pub request_floats: Vec<String>,
    /// Dotted paths, from the response's root, of numbers read as floats.
    pub response_floats: Vec<String>,
    /// 1-based line of the method's request builder.
    pub line: usize,
    /// Whether the SDK sends the query as a "complex request" (`toURLSearchParams(payload, true)`):
    /// packed into one `.r` param when it holds objects.
    pub complex_query: bool,
}

/// What `meta.js` says about every method it exports.
#[derive(Debug, Clone, Default)]
pub struct MetaJs {
    /// The file, as named in messages.
    pub file: String,
    /// Routes by exported method name, in export order.
    pub methods: IndexMap<String, MethodRoute>,
}

/// What one top-level function holds, anywhere inside it.
#[derive(Debug, Default)]
struct FunctionFacts {
    /// The first string value of each property key (`httpMethod: "GET"`, `protoPath: "/v2/..."`).
    strings: HashMap<String, String>,
    /// Functions it calls by name, in order.
    calls: Vec<String>,
    request_floats: Vec<String>,
    response_floats: Vec<String>,
    /// `(srcPath, destPath)` of the public host's `domainToMappings` entry.
    mappings: Vec<(String, String)>,
    start: u32,
    /// Whether it calls `toURLSearchParams(payload, true)`.
    complex_query: bool,
}

impl<'a> Visit<'a> for FunctionFacts {
    fn visit_object_expression(&mut self, object: &ObjectExpression<'a>) {
        for (key, value) in properties(object) {
            if let Expression::StringLiteral(literal) = value {
                self.strings.entry(key.to_string()).or_insert_with(|| literal.value.to_string());
            }
            if key == PUBLIC_HOST {
                self.mappings.extend(objects(value).map(|mapping| {
                    (string_property(mapping, "srcPath"), string_property(mapping, "destPath"))
                }));
            }
        }
        let transform = properties(object).find(|(key, _)| *key == "transformFn").map(|(_, value)| value);
        if let Some(Expression::StaticMemberExpression(function)) = transform {
            let paths = properties(object)
                .filter(|(key, _)| *key == "paths")
                .flat_map(|(_, value)| objects(value))
                .map(|path| string_property(path, "path"));
            match function.property.name.as_str() {
                "transformSDKFloatToRESTFloat" => self.request_floats.extend(paths),
                "transformRESTFloatToSDKFloat" => self.response_floats.extend(paths),
                _ => {}
            }
        }
        walk::walk_object_expression(self, object);
    }

    fn visit_call_expression(&mut self, call: &CallExpression<'a>) {
        if let Expression::Identifier(callee) = &call.callee {
            self.calls.push(callee.name.to_string());
        }
        let complex = matches!(call.arguments.get(1), Some(Argument::BooleanLiteral(flag)) if flag.value);
        if complex && callee_name(&call.callee) == Some("toURLSearchParams") {
            self.complex_query = true;
        }
        walk::walk_call_expression(self, call);
    }
}

/// The name of the function a call calls: `f`, `module.f`, or `(0, module.f)` as bundlers write it.
fn callee_name<'e>(callee: &'e Expression<'_>) -> Option<&'e str> {
    match callee {
        Expression::Identifier(identifier) => Some(identifier.name.as_str()),
        Expression::StaticMemberExpression(member) => Some(member.property.name.as_str()),
        Expression::ParenthesizedExpression(inner) => callee_name(&inner.expression),
        Expression::SequenceExpression(sequence) => sequence.expressions.last().and_then(callee_name),
        _ => None,
    }
}

/// The properties of an object literal with a static key.
fn properties<'o, 'a>(
    object: &'o ObjectExpression<'a>,
) -> impl Iterator<Item = (&'o str, &'o Expression<'a>)> {
    object.properties.iter().filter_map(|property| match property {
        ObjectPropertyKind::ObjectProperty(property) => {
            let key = match &property.key {
                oxc_ast::ast::PropertyKey::StaticIdentifier(identifier) => identifier.name.as_str(),
                oxc_ast::ast::PropertyKey::StringLiteral(literal) => literal.value.as_str(),
                _ => return None,
            };
            Some((key, &property.value))
        }
        ObjectPropertyKind::SpreadProperty(_) => None,
    })
}

/// The object literals in an array literal.
fn objects<'o, 'a>(value: &'o Expression<'a>) -> impl Iterator<Item = &'o ObjectExpression<'a>> {
    let elements = match value {
        Expression::ArrayExpression(array) => Some(array.elements.iter()),
        _ => None,
    };
    elements.into_iter().flatten().filter_map(|element| match element {
        ArrayExpressionElement::ObjectExpression(object) => Some(&**object),
        _ => None,
    })
}

/// The string value of `key` in an object literal, or `""`.
fn string_property(object: &ObjectExpression<'_>, key: &str) -> String {
    properties(object)
        .find_map(|(name, value)| match value {
            Expression::StringLiteral(literal) if name == key => Some(literal.value.to_string()),
            _ => None,
        })
        .unwrap_or_default()
}

impl MetaJs {
    /// Parses `meta.js` (`text`), which `file` names in messages. A method whose route cannot be
    /// found is left out; the caller reports methods of the typings that have none.
    pub fn parse(file: &str, text: &str) -> Result<MetaJs, String> {
        let allocator = Allocator::default();
        let parsed = Parser::new(&allocator, text, SourceType::cjs()).parse();
        if let Some(error) = parsed.errors.first() {
            return Err(format!("{file}: cannot parse the JavaScript: {error}"));
        }
        let lines = LineIndex::new(text);
        let mut functions: HashMap<String, FunctionFacts> = HashMap::new();
        let mut exports: Vec<(String, String)> = Vec::new();
        for statement in &parsed.program.body {
            match statement {
                Statement::FunctionDeclaration(function) => {
                    let Some(id) = &function.id else { continue };
                    let mut facts = FunctionFacts { start: function.span.start, ..FunctionFacts::default() };
                    if let Some(body) = &function.body {
                        facts.visit_function_body(body);
                    }
                    functions.insert(id.name.to_string(), facts);
                }
                Statement::ExpressionStatement(expression) => {
                    if let Expression::CallExpression(call) = &expression.expression {
                        exports.extend(exported_functions(call));
                    }
                }
                _ => {}
            }
        }
        let mut meta = MetaJs { file: file.to_string(), methods: IndexMap::new() };
        for (name, describer) in exports {
            let Some(describer) = functions.get(&describer) else { continue };
            let (Some(verb), Some(proto_path)) =
                (describer.strings.get("httpMethod"), describer.strings.get("path"))
            else {
                continue;
            };
            let builder = describer
                .calls
                .iter()
                .filter_map(|callee| functions.get(callee))
                .find(|facts| facts.strings.contains_key("methodFqn"));
            let Some(builder) = builder else { continue };
            let mappings = builder
                .calls
                .iter()
                .filter_map(|callee| functions.get(callee))
                .find(|facts| !facts.mappings.is_empty())
                .map_or(&[][..], |resolver| &resolver.mappings);
            meta.methods.insert(
                name,
                MethodRoute {
                    verb: verb.clone(),
                    proto_path: proto_path.clone(),
                    public_path: public_path(proto_path, mappings),
                    request_floats: builder.request_floats.clone(),
                    response_floats: builder.response_floats.clone(),
                    line: lines.line(builder.start),
                    complex_query: builder.complex_query,
                },
            );
        }
        Ok(meta)
    }
}

/// `__export(meta_exports, { name: () => describer, ... })`: each exported name and the function
/// it returns.
fn exported_functions(call: &CallExpression<'_>) -> Vec<(String, String)> {
    let is_export = matches!(&call.callee, Expression::Identifier(callee) if callee.name == "__export");
    let Some(Argument::ObjectExpression(object)) = call.arguments.get(1).filter(|_| is_export) else {
        return Vec::new();
    };
    properties(object)
        .filter_map(|(name, value)| {
            let Expression::ArrowFunctionExpression(arrow) = value else { return None };
            let Some(Statement::ExpressionStatement(body)) = arrow.body.statements.first() else {
                return None;
            };
            match &body.expression {
                Expression::Identifier(target) => Some((name.to_string(), target.name.to_string())),
                _ => None,
            }
        })
        .collect()
}

/// The public path of `proto_path`: the mapping whose `destPath` is the longest prefix of it (at a
/// `/` boundary) has its `srcPath` put in place of that prefix.
pub fn public_path(proto_path: &str, mappings: &[(String, String)]) -> Option<String> {
    mappings
        .iter()
        .filter(|(_, dest)| {
            proto_path
                .strip_prefix(dest.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', ':']))
        })
        .max_by_key(|(_, dest)| dest.len())
        .map(|(src, dest)| format!("{src}{}", &proto_path[dest.len()..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = r#""use strict";
var __export = (target, all) => {};
var meta_exports = {};
__export(meta_exports, {
  listThings: () => listThings2,
  Kind: () => Kind
});
function resolveUrl(opts) {
  const domainToMappings = {
    "manage._base_domain_": [{ srcPath: "/_api/things", destPath: "/v1/things" }],
    "www.wixapis.com": [
      { srcPath: "/things/v1", destPath: "/v1" },
      { srcPath: "/things/v1/things", destPath: "/v1/things" }
    ]
  };
  return (0, import_rest_modules2.resolveUrl)(Object.assign(opts, { domainToMappings }));
}
function listThings(payload) {
  function __listThings({ host }) {
    const metadata = {
      method: "GET",
      methodFqn: "wix.things.v1.ThingService.ListThings",
      url: resolveUrl({ protoPath: "/v1/things", data: payload, host }),
      params: (0, import_rest_modules.toURLSearchParams)(payload),
      transformResponse: (payload2) => (0, import_transform_paths.transformPaths)(payload2, [
        {
          transformFn: import_float2.transformRESTFloatToSDKFloat,
          paths: [{ path: "things.location.latitude" }]
        }
      ])
    };
    return metadata;
  }
  return __listThings;
}
function listThings2() {
  const payload = {};
  const getRequestOptions = listThings(payload);
  return { httpMethod: "GET", path: "/v1/things", pathParams: {} };
}
"#;

    #[test]
    fn routes_come_from_the_describer_the_builder_and_the_host_mapping() {
        let meta = MetaJs::parse("meta.js", SOURCE).expect("the source parses");
        assert_eq!(meta.methods.len(), 1);
        let route = &meta.methods["listThings"];
        assert_eq!(route.verb, "GET");
        assert_eq!(route.proto_path, "/v1/things");
        assert_eq!(route.public_path.as_deref(), Some("/things/v1/things"));
        assert_eq!(route.response_floats, ["things.location.latitude"]);
        assert!(route.request_floats.is_empty());
        assert_eq!(route.line, 18);
    }

    #[test]
    fn the_longest_mapping_at_a_segment_boundary_wins() {
        let mappings = [
            ("/bookings/v2/external-calendars".to_string(), "/v2/external-calendars".to_string()),
            ("/other".to_string(), "/v2/external".to_string()),
            ("/root".to_string(), String::new()),
        ];
        assert_eq!(
            public_path("/v2/external-calendars/connections:connectByOAuth", &mappings).as_deref(),
            Some("/bookings/v2/external-calendars/connections:connectByOAuth")
        );
        assert_eq!(public_path("/v3/x", &mappings).as_deref(), Some("/root/v3/x"));
        assert_eq!(public_path("/v3/x", &mappings[..2]), None);
    }
}
