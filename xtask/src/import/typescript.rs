//! The declarations of a TypeScript typings file (`.d.ts`), read with oxc's parser into owned values
//! the mapping can look through: interfaces, enums, type aliases, functions, and the names the file
//! imports and exports. Each declaration keeps its JSDoc and its line.

use std::collections::HashMap;

use indexmap::IndexMap;
use oxc_allocator::Allocator;
use oxc_ast::ast::{
    Declaration, ExportNamedDeclaration, Expression, ImportDeclarationSpecifier, PropertyKey, Statement,
    TSEnumMemberName, TSLiteral, TSSignature, TSType, TSTypeName,
};
use oxc_parser::Parser;
use oxc_span::{GetSpan, SourceType};

use super::jsdoc::JsDoc;

/// A TypeScript type, as far as the mapping needs to tell types apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TsType {
    /// `string`
    String,
    /// `number`
    Number,
    /// `boolean`
    Boolean,
    /// `any`
    Any,
    /// `null`
    Null,
    /// `undefined`, `void`
    Undefined,
    /// `'LITERAL'`
    StringLiteral(String),
    /// A named type with its type arguments: `Connection`, `Record<string, any>`, `Date`.
    Ref(String, Vec<TsType>),
    /// `T[]`
    Array(Box<TsType>),
    /// `A | B`
    Union(Vec<TsType>),
    /// `A & B`
    Intersection(Vec<TsType>),
    /// `{ code?: 'X'; ... }`
    Object(Vec<Property>),
    /// Anything else, as written.
    Other(String),
}

/// A property of an interface or object type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Property {
    /// The key as written.
    pub name: String,
    /// Written with `?`.
    pub optional: bool,
    /// The annotated type.
    pub ty: TsType,
    /// The JSDoc before it.
    pub docs: JsDoc,
    /// 1-based line of the property.
    pub line: usize,
}

/// `interface Name extends A, B { ... }`
#[derive(Debug, Clone)]
pub struct Interface {
    /// The JSDoc before it.
    pub docs: JsDoc,
    /// Names of the interfaces it extends.
    pub extends: Vec<String>,
    /// Its properties, in order.
    pub properties: Vec<Property>,
    /// 1-based line of the declaration.
    pub line: usize,
}

/// One member of an enum.
#[derive(Debug, Clone)]
pub struct EnumMember {
    /// The string value (`UNDEFINED = "UNDEFINED"`), or the name where it has none.
    pub value: String,
    /// The JSDoc before it.
    pub docs: JsDoc,
    /// 1-based line of the member.
    pub line: usize,
}

/// `declare enum Name { ... }`
#[derive(Debug, Clone)]
pub struct Enum {
    /// The JSDoc before it.
    pub docs: JsDoc,
    /// Its members, in order.
    pub members: Vec<EnumMember>,
    /// 1-based line of the declaration.
    pub line: usize,
}

/// `type Name = ...`
#[derive(Debug, Clone)]
pub struct Alias {
    /// The JSDoc before it.
    pub docs: JsDoc,
    /// The aliased type.
    pub ty: TsType,
    /// 1-based line of the declaration.
    pub line: usize,
}

/// `declare function name(...): Return`
#[derive(Debug, Clone)]
pub struct Function {
    /// The JSDoc before it.
    pub docs: JsDoc,
    /// The return type, if written.
    pub returns: Option<TsType>,
    /// 1-based line of the declaration.
    pub line: usize,
}

/// Everything a typings file declares, by local name, in file order.
#[derive(Debug, Clone, Default)]
pub struct Typings {
    /// The file, as named in messages.
    pub file: String,
    /// Interfaces.
    pub interfaces: IndexMap<String, Interface>,
    /// Enums.
    pub enums: IndexMap<String, Enum>,
    /// Type aliases.
    pub aliases: IndexMap<String, Alias>,
    /// Functions.
    pub functions: IndexMap<String, Function>,
    /// `import { imported as local } from 'source'`: local name to (source, imported name).
    pub imports: HashMap<String, (String, String)>,
    /// `export { local as exported }`, and `export { exported } from 'source'`: exported name to
    /// (source, if re-exported from another file, and the name there).
    pub exports: HashMap<String, (Option<String>, String)>,
}

impl Typings {
    /// Parses the typings file `text`, which `file` names in messages.
    pub fn parse(file: &str, text: &str) -> Result<Typings, String> {
        let allocator = Allocator::default();
        let parsed = Parser::new(&allocator, text, SourceType::d_ts()).parse();
        if let Some(error) = parsed.errors.first() {
            return Err(format!("{file}: cannot parse the typings: {error}"));
        }
        let lines = LineIndex::new(text);
        let docs: HashMap<u32, JsDoc> = parsed
            .program
            .comments
            .iter()
            .filter(|comment| comment.is_jsdoc())
            .map(|comment| (comment.attached_to, JsDoc::parse(comment.content_span().source_text(text))))
            .collect();
        let mut reader = Reader { text, lines: &lines, docs: &docs };
        let mut typings = Typings { file: file.to_string(), ..Typings::default() };
        for statement in &parsed.program.body {
            match statement {
                Statement::ImportDeclaration(import) => {
                    for specifier in import.specifiers.iter().flatten() {
                        if let ImportDeclarationSpecifier::ImportSpecifier(specifier) = specifier {
                            typings.imports.insert(
                                specifier.local.name.to_string(),
                                (import.source.value.to_string(), specifier.imported.name().to_string()),
                            );
                        }
                    }
                }
                Statement::ExportNamedDeclaration(export) => reader.export(export, &mut typings),
                statement => {
                    if let Some(declaration) = statement.as_declaration() {
                        reader.declaration(declaration, statement.span().start, &mut typings);
                    }
                }
            }
        }
        Ok(typings)
    }

    /// `file:line`, for messages.
    pub fn at(&self, line: usize) -> String {
        format!("{}:{line}", self.file)
    }
}

/// Where each line of a text starts.
pub struct LineIndex(Vec<usize>);

impl LineIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> LineIndex {
        LineIndex(std::iter::once(0).chain(text.match_indices('\n').map(|(at, _)| at + 1)).collect())
    }

    /// The 1-based line of byte `offset`.
    pub fn line(&self, offset: u32) -> usize {
        self.0.partition_point(|&start| start <= offset as usize)
    }
}

struct Reader<'t> {
    text: &'t str,
    lines: &'t LineIndex,
    docs: &'t HashMap<u32, JsDoc>,
}

impl Reader<'_> {
    fn docs_at(&self, start: u32) -> JsDoc {
        self.docs.get(&start).cloned().unwrap_or_default()
    }

    fn export(&mut self, export: &ExportNamedDeclaration<'_>, typings: &mut Typings) {
        if let Some(declaration) = &export.declaration {
            self.declaration(declaration, export.span.start, typings);
        }
        let source = export.source.as_ref().map(|source| source.value.to_string());
        for specifier in &export.specifiers {
            typings.exports.insert(
                specifier.exported.name().to_string(),
                (source.clone(), specifier.local.name().to_string()),
            );
        }
    }

    fn declaration(&mut self, declaration: &Declaration<'_>, start: u32, typings: &mut Typings) {
        let docs = self.docs_at(start);
        let line = self.lines.line(start);
        match declaration {
            Declaration::TSInterfaceDeclaration(interface) => {
                let extends = interface
                    .extends
                    .iter()
                    .filter_map(|heritage| match &heritage.expression {
                        Expression::Identifier(identifier) => Some(identifier.name.to_string()),
                        _ => None,
                    })
                    .collect();
                let properties = self.properties(&interface.body.body);
                typings
                    .interfaces
                    .insert(interface.id.name.to_string(), Interface { docs, extends, properties, line });
            }
            Declaration::TSEnumDeclaration(declaration) => {
                let members = declaration
                    .body
                    .members
                    .iter()
                    .map(|member| {
                        let name = match &member.id {
                            TSEnumMemberName::Identifier(identifier) => identifier.name.to_string(),
                            TSEnumMemberName::String(literal) | TSEnumMemberName::ComputedString(literal) => {
                                literal.value.to_string()
                            }
                            TSEnumMemberName::ComputedTemplateString(_) => {
                                member.span.source_text(self.text).to_string()
                            }
                        };
                        let value = match &member.initializer {
                            Some(Expression::StringLiteral(literal)) => literal.value.to_string(),
                            _ => name,
                        };
                        EnumMember {
                            value,
                            docs: self.docs_at(member.span.start),
                            line: self.lines.line(member.span.start),
                        }
                    })
                    .collect();
                typings.enums.insert(declaration.id.name.to_string(), Enum { docs, members, line });
            }
            Declaration::TSTypeAliasDeclaration(alias) => {
                let ty = self.ty(&alias.type_annotation);
                typings.aliases.insert(alias.id.name.to_string(), Alias { docs, ty, line });
            }
            Declaration::FunctionDeclaration(function) => {
                if let Some(id) = &function.id {
                    let returns =
                        function.return_type.as_ref().map(|annotation| self.ty(&annotation.type_annotation));
                    typings.functions.insert(id.name.to_string(), Function { docs, returns, line });
                }
            }
            _ => {}
        }
    }

    fn properties(&self, signatures: &[TSSignature<'_>]) -> Vec<Property> {
        signatures
            .iter()
            .filter_map(|signature| match signature {
                TSSignature::TSPropertySignature(property) => {
                    let name = match &property.key {
                        PropertyKey::StaticIdentifier(identifier) => identifier.name.to_string(),
                        PropertyKey::StringLiteral(literal) => literal.value.to_string(),
                        key => key.span().source_text(self.text).to_string(),
                    };
                    let ty = property
                        .type_annotation
                        .as_ref()
                        .map_or(TsType::Any, |annotation| self.ty(&annotation.type_annotation));
                    Some(Property {
                        name,
                        optional: property.optional,
                        ty,
                        docs: self.docs_at(property.span.start),
                        line: self.lines.line(property.span.start),
                    })
                }
                _ => None,
            })
            .collect()
    }

    fn ty(&self, ty: &TSType<'_>) -> TsType {
        match ty {
            TSType::TSStringKeyword(_) => TsType::String,
            TSType::TSNumberKeyword(_) => TsType::Number,
            TSType::TSBooleanKeyword(_) => TsType::Boolean,
            TSType::TSAnyKeyword(_) | TSType::TSUnknownKeyword(_) => TsType::Any,
            TSType::TSNullKeyword(_) => TsType::Null,
            TSType::TSUndefinedKeyword(_) | TSType::TSVoidKeyword(_) => TsType::Undefined,
            TSType::TSLiteralType(literal) => match &literal.literal {
                TSLiteral::StringLiteral(literal) => TsType::StringLiteral(literal.value.to_string()),
                _ => TsType::Other(literal.span.source_text(self.text).to_string()),
            },
            TSType::TSTypeReference(reference) => {
                let name = match &reference.type_name {
                    TSTypeName::IdentifierReference(identifier) => identifier.name.to_string(),
                    other => other.span().source_text(self.text).to_string(),
                };
                let arguments = reference
                    .type_arguments
                    .iter()
                    .flat_map(|arguments| arguments.params.iter().map(|argument| self.ty(argument)))
                    .collect();
                TsType::Ref(name, arguments)
            }
            TSType::TSArrayType(array) => TsType::Array(Box::new(self.ty(&array.element_type))),
            TSType::TSUnionType(union) => TsType::Union(union.types.iter().map(|ty| self.ty(ty)).collect()),
            TSType::TSIntersectionType(intersection) => {
                TsType::Intersection(intersection.types.iter().map(|ty| self.ty(ty)).collect())
            }
            TSType::TSParenthesizedType(inner) => self.ty(&inner.type_annotation),
            TSType::TSTypeLiteral(literal) => TsType::Object(self.properties(&literal.members)),
            other => TsType::Other(other.span().source_text(self.text).to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "import { a as Shared } from './other.js';
interface Provider {
    /**
     * ID of the provider.
     * @format GUID
     */
    _id?: string | null;
    /** Kinds. */
    kinds: KindWithLiterals[];
    data?: Record<string, any>;
}
declare enum Kind {
    /** First. */
    FIRST = \"FIRST\",
    SECOND = \"SECOND\"
}
/** @enumType */
type KindWithLiterals = Kind | 'FIRST' | 'SECOND';
/**
 * Lists providers.
 * @permissionId A.B
 */
declare function listProviders(): Promise<Provider>;
export { type Provider as P, Kind, listProviders };
";

    #[test]
    fn declarations_keep_their_docs_and_lines() {
        let typings = Typings::parse("index.typings.d.ts", SOURCE).expect("the source parses");
        let provider = &typings.interfaces["Provider"];
        assert_eq!(provider.line, 2);
        let id = &provider.properties[0];
        assert_eq!((id.name.as_str(), id.optional, id.line), ("_id", true, 7));
        assert_eq!(id.ty, TsType::Union(vec![TsType::String, TsType::Null]));
        assert_eq!(id.docs.tag("format"), Some("GUID"));
        assert_eq!(id.docs.text, "ID of the provider.");
        let kinds = &provider.properties[1];
        assert!(!kinds.optional);
        assert_eq!(kinds.ty, TsType::Array(Box::new(TsType::Ref("KindWithLiterals".into(), vec![]))));
        assert_eq!(
            provider.properties[2].ty,
            TsType::Ref("Record".into(), vec![TsType::String, TsType::Any])
        );
        let kind = &typings.enums["Kind"];
        assert_eq!(kind.members[0].value, "FIRST");
        assert_eq!(kind.members[0].docs.text, "First.");
        assert_eq!(kind.members[1].docs, JsDoc::default());
        assert!(typings.aliases["KindWithLiterals"].docs.has("enumType"));
        let function = &typings.functions["listProviders"];
        assert_eq!(function.docs.tag("permissionId"), Some("A.B"));
        assert_eq!(function.line, 23);
        assert_eq!(typings.exports["P"], (None, "Provider".to_string()));
        assert_eq!(typings.imports["Shared"], ("./other.js".to_string(), "a".to_string()));
    }

    #[test]
    fn a_syntax_error_is_an_error_naming_the_file() {
        let error = Typings::parse("meta.d.ts", "interface {").expect_err("the source is broken");
        assert!(error.starts_with("meta.d.ts: cannot parse the typings"), "{error}");
    }
}
