//! The client's methods: the call, the stream of all pages, and each method's error enum.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::types::{Role, structure, value_enum};
use super::{Docs, allow_deprecated, allow_variant_names, deprecated, ident, rust_type, set_path};
use crate::markdown;
use crate::model::{
    EnumModel, ErrorEnum, HttpVerb, MethodModel, NextPage, PagingModel, ParamLocation, PathSegment, PathStep,
    Reset, StructModel,
};

/// A method's `impl Client` block, its request struct and its error enum.
pub(super) fn method_part(model: &MethodModel, docs_of: &Docs) -> TokenStream {
    let method = method(model, docs_of);
    let request = model.request.as_ref().map(|request| structure(request, Role::Request, docs_of));
    let errors = error_enum(model, &model.errors, docs_of);
    let rules = model.errors.validation_rules.as_ref().map(|rules| validation_rules(model, rules, docs_of));
    let mock = mock_method(model, docs_of);
    quote! {
        impl Client {
            #method
        }

        #mock
        #request
        #errors
        #rules
    }
}

/// The method of the API's `MockClient` (feature `test-util`) that programs what the method returns.
fn mock_method(method: &MethodModel, docs_of: &Docs) -> TokenStream {
    let name = method.name.unraw();
    let on = format_ident!("on_{}", name);
    let wire_name = &method.wire_name;
    let request = match &method.request {
        Some(request) => {
            let request = ident(&request.name);
            quote! { #request }
        }
        None => quote! { () },
    };
    let returns = match &method.returns {
        Some(response) => {
            let response = ident(response);
            quote! { #response }
        }
        None => quote! { () },
    };
    let error = ident(&method.errors.name);
    let docs = docs_of.outer(&format!(
        "Programs [`Client::{name}`]: each call returns what `respond` returns for its request{}, \
         replacing what was programmed before. [`sequence`](crate::test_util::sequence) answers with a \
         list of results in turn.",
        if method.request.is_none() { " (`&()`: the method takes none)" } else { "" },
    ));
    let allow = allow_deprecated(method.deprecated.is_some());
    quote! {
        #[cfg(feature = "test-util")]
        impl MockClient {
            #docs
            #allow
            pub fn #on(
                &self,
                respond: impl Fn(&#request) -> Result<#returns, crate::Error<#error>> + Send + Sync + 'static,
            ) -> &Self {
                self.rules.on(#wire_name, respond);
                self
            }
        }
    }
}

/// The enum of a method's validation rules, and the error enum's method that reads them.
fn validation_rules(method: &MethodModel, rules: &EnumModel, docs_of: &Docs) -> TokenStream {
    let rules_enum = value_enum(rules, docs_of);
    let rules_name = ident(&rules.name);
    let error = ident(&method.errors.name);
    let listed: Vec<String> = rules
        .variants
        .iter()
        .map(|rule| format!("[`{}`]({}::{})", rule.wire_name, rules.name, rule.name))
        .collect();
    let docs = docs_of.outer(&format!(
        "The validation rules the request broke, each with its field violation, read from the error's \
         `details.validationError.fieldViolations` (which Wix sends with status 400; other errors have \
         none).\n\n\
         The rules Wix lists for [`Client::{method}`]: {listed}. A rule this version of the crate does not \
         know comes as [`{rules_name}::Unknown`]. Violations that name no rule (Wix's generic checks, such as \
         a missing field, which [`violated_rule`](crate::FieldViolation::violated_rule) names) are left out: \
         [`ServiceError::field_violations`](crate::ServiceError::field_violations) has them all.",
        method = method.name.unraw(),
        listed = listed.join(", "),
        rules_name = rules.name,
    ));
    quote! {
        #rules_enum

        impl #error {
            #docs
            pub fn violated_rules(&self) -> impl Iterator<Item = (#rules_name, &crate::FieldViolation)> {
                crate::OperationError::service_error(self).field_violations().iter().filter_map(|violation| {
                    Some((#rules_name::from(violation.rule_name.as_deref()?), violation))
                })
            }
        }
    }
}

/// Lints that a method's name, which is the API's, may trip: `into_*` and `from_*` methods are
/// expected to take `self` by value or not at all.
fn allow_name_lints(name: &str) -> Option<TokenStream> {
    (name.starts_with("into_") || name.starts_with("from_")).then(|| {
        quote! { #[allow(clippy::wrong_self_convention, reason = "the method is named as the API names it")] }
    })
}

fn method(method: &MethodModel, docs_of: &Docs) -> TokenStream {
    let name = ident(&method.name);
    let wire_name = &method.wire_name;
    let docs = docs_of.outer(&method_docs(method));
    let error = ident(&method.errors.name);
    let returns = match &method.returns {
        Some(returns) => {
            let returns = ident(returns);
            quote! { #returns }
        }
        None => quote! { () },
    };
    let verb = format_ident!(
        "{}",
        match method.verb {
            HttpVerb::Get => "Get",
            HttpVerb::Post => "Post",
            HttpVerb::Put => "Put",
            HttpVerb::Patch => "Patch",
            HttpVerb::Delete => "Delete",
        }
    );
    let path_template = &method.path_template;
    let retryable = method.retryable;
    let path = method.path.iter().map(|segment| match segment {
        PathSegment::Literal(text) => quote! { call.path_literal(#text); },
        PathSegment::Param(field) => {
            let field = ident(field);
            quote! { call.path_param(&request.#field); }
        }
        PathSegment::Field { steps, .. } if steps.iter().all(|step| !step.optional) => {
            let fields = steps.iter().map(|step| ident(&step.field));
            quote! { call.path_param(&request #(.#fields)*); }
        }
        PathSegment::Field { dotted, steps } => {
            let value = read_path(steps, &quote! { request });
            quote! {
                match #value {
                    Some(value) => call.path_param(value),
                    None => call.missing_path_field(#dotted),
                }
            }
        }
    });
    let fields = method.request.as_ref().map_or(&[][..], |request| &request.fields[..]);
    // `new` sets the fields the method requires inside a param, but the fields are public.
    let required_fields = fields.iter().flat_map(|field| {
        let param = ident(&field.name);
        field.requires.iter().map(move |required| {
            let value = read_path(&required.steps, &quote! { request.#param });
            let dotted = &required.dotted;
            quote! {
                if #value.is_none() {
                    call.missing_field(#dotted);
                }
            }
        })
    });
    let complex_query = method.complex_query.then(|| quote! { call.complex_query(); });
    let query = fields.iter().filter(|field| field.location == Some(ParamLocation::Query)).map(|field| {
        let wire_name = &field.wire_name;
        let name = ident(&field.name);
        quote! { call.query(#wire_name, &request.#name); }
    });
    let has_body = matches!(method.verb, HttpVerb::Post | HttpVerb::Put | HttpVerb::Patch);
    let body = match fields.iter().any(|field| field.location == Some(ParamLocation::Body)) {
        true => Some(quote! { call.json_body(request); }),
        false => has_body.then(|| quote! { call.empty_json_body(); }),
    };
    let decode = match method.returns {
        Some(_) => quote! { decode() },
        None => quote! { decode_empty() },
    };
    let params = method.request.as_ref().map(|request| {
        let request = ident(&request.name);
        quote! { , request: &#request }
    });
    let mock_request = match method.request {
        Some(_) => quote! { request },
        None => quote! { &() },
    };
    let alias = (method.name.unraw() != method.wire_name).then(|| quote! { #[doc(alias = #wire_name)] });
    // The body reads path and query params by name; the request's own docs carry their deprecation.
    // The body also reads the fields that route placeholders and required fields name.
    let reads_deprecated_fields = method.path.iter().any(|segment| match segment {
        PathSegment::Field { steps, .. } => steps.iter().any(|step| step.deprecated),
        _ => false,
    }) || fields
        .iter()
        .flat_map(|field| &field.requires)
        .flat_map(|required| &required.steps)
        .any(|step| step.deprecated);
    let allow = allow_deprecated(
        reads_deprecated_fields
            || fields.iter().any(|field| {
                field.deprecated.is_some()
                    && matches!(field.location, Some(ParamLocation::Path | ParamLocation::Query))
            }),
    );
    let name_lints = allow_name_lints(method.name.unraw());
    let deprecated = deprecated(method.deprecated.as_deref());
    let all_pages = method
        .paging
        .as_ref()
        .zip(method.request.as_ref())
        .map(|(paging, request)| all_pages(method, paging, request, docs_of));
    quote! {
        #docs
        #alias
        #deprecated
        #allow
        #name_lints
        pub async fn #name(&self #params) -> Result<#returns, crate::Error<#error>> {
            const OPERATION: crate::runtime::Operation = crate::runtime::Operation {
                name: #wire_name,
                verb: crate::runtime::Verb::#verb,
                path_template: #path_template,
                retryable: #retryable,
            };
            #[cfg(feature = "test-util")]
            if let Some(mock) = self.api.mock() {
                return mock.respond(OPERATION.name, #mock_request);
            }
            let mut call = crate::runtime::Call::new(&OPERATION);
            #(#required_fields)*
            #(#path)*
            #complex_query
            #(#query)*
            #body
            self.api.execute(call).await?.#decode
        }

        #all_pages
    }
}

/// A stream of every item across pages, for methods the spec says page.
fn all_pages(
    method: &MethodModel,
    paging: &PagingModel,
    request: &StructModel,
    docs_of: &Docs,
) -> TokenStream {
    let name = ident(&paging.stream);
    let page_method = ident(&method.name);
    let wire_name = &method.wire_name;
    let request_type = ident(&request.name);
    let error = ident(&method.errors.name);
    let item = rust_type(&paging.item_type);
    let docs = docs_of.outer(&stream_docs(method, paging));
    let page = quote! { page };
    // Whether the page says more pages exist, where the spec says which field tells.
    let has_next = match &paging.has_next {
        Some(path) => {
            let flag = read_path(path, &page);
            quote! { Some(#flag.copied().unwrap_or(false)) }
        }
        None => quote! { None },
    };
    let resets = paging.resets.iter().flatten().map(reset);
    let items = take_path(&paging.items, &page);
    let body = match &paging.next_page {
        NextPage::Cursor { cursor, next_cursor } => {
            let next_cursor = read_path(next_cursor, &page);
            let set_cursor = set_path(&quote! { request }, cursor, &quote! { cursor });
            quote! {
                let next = crate::runtime::paging::after_cursor(#has_next, #next_cursor).map(move |cursor| {
                    #set_cursor
                    #(#resets)*
                    request
                });
                Ok((#items, next))
            }
        }
        NextPage::Offset { offset, total } => {
            let offset_now = read_path(offset, &quote! { request });
            let total = match total {
                Some(total) => {
                    let total = read_path(total, &page);
                    quote! { Some(#total.copied()) }
                }
                None => quote! { None },
            };
            let set_offset = set_path(&quote! { request }, offset, &quote! { offset });
            // What the page says is read before its items are taken out of it.
            quote! {
                let has_next = #has_next;
                let total = #total;
                let items = #items;
                let next = crate::runtime::paging::after_offset(#offset_now.copied(), items.len(), has_next, total)
                    .map(move |offset| {
                        #set_offset
                        #(#resets)*
                        request
                    });
                Ok((items, next))
            }
        }
    };
    // The stream of a deprecated method is deprecated too, and calls the method.
    let deprecated = deprecated(method.deprecated.as_deref());
    let allow = allow_deprecated(paging.touches_deprecated() || method.deprecated.is_some());
    let name_lints = allow_name_lints(paging.stream.unraw());
    // The stream boxes its page futures, which makes rustc compile them (the method's call and the
    // decoding of its response) wherever the function is compiled. `#[inline]` leaves the function to
    // the crates that call it, as an `async fn`'s body is: without it, a debug build of this crate
    // compiles every paged method's decoding (+2 s and +150 MB for 75 paged methods of 300).
    quote! {
        #docs
        #deprecated
        #allow
        #name_lints
        #[inline]
        pub fn #name(&self, request: &#request_type) -> crate::AllItems<'_, #item, #error> {
            crate::runtime::paging::all_items(&self.api, #wire_name, request.clone(), move |mut request: #request_type| async move {
                let page = self.#page_method(&request).await?;
                #body
            })
        }
    }
}

/// The rustdoc of a method's stream of all items: how it pages, and when it stops.
fn stream_docs(method: &MethodModel, paging: &PagingModel) -> String {
    let page_size = match &paging.limit {
        Some(path) => format!("Set the page size in `request.{}`.", dotted(path)),
        None => "The server chooses the page size.".to_string(),
    };
    let following = match &paging.resets {
        Some(resets) if !resets.is_empty() => {
            let left_out: Vec<String> = resets
                .iter()
                .map(|reset| {
                    let parents = reset.parents.iter().map(|step| format!("{}.", step.field.unraw()));
                    format!("`{}{}`", parents.collect::<String>(), reset.field.unraw())
                })
                .collect();
            let left_out = match left_out.split_last() {
                Some((last, [])) => last.clone(),
                Some((last, others)) => format!("{} and {last}", others.join(", ")),
                None => String::new(),
            };
            format!(
                " Following pages leave out {left_out}, as the API expects once it has a cursor or offset."
            )
        }
        _ => String::new(),
    };
    let says_more = paging.has_next.is_some();
    let (how, stalls) = match &paging.next_page {
        NextPage::Cursor { .. } => (
            "then asks for the next page with the cursor of each page, while the server says more pages \
             exist",
            says_more.then_some("a page says more pages exist but gives no cursor"),
        ),
        NextPage::Offset { total, .. } => (
            "then asks for the items after those read so far, while pages have items and the server says \
             more exist",
            (says_more || total.is_some())
                .then_some("a page has no items but the server says more exist (`has_next` or `total`)"),
        ),
    };
    let mut errors = Vec::new();
    if matches!(paging.next_page, NextPage::Cursor { .. }) {
        errors.push(
            "[`Error::RepeatedCursor`](crate::Error::RepeatedCursor) if the server gives a cursor it gave \
             before"
                .to_string(),
        );
    }
    if let Some(stalls) = stalls {
        errors.push(format!("[`Error::PagingStalled`](crate::Error::PagingStalled) if {stalls}"));
    }
    errors.push(
        "[`Error::TooManyPages`](crate::Error::TooManyPages) after \
         [`ConfigBuilder::max_pages`](crate::ConfigBuilder::max_pages) pages (by default \
         [`DEFAULT_MAX_PAGES`](crate::DEFAULT_MAX_PAGES))"
            .to_string(),
    );
    let errors = match errors.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, others)) => format!("{}, or {last}", others.join(", ")),
        None => String::new(),
    };
    format!(
        "Every item of [`{method}`](Client::{method}) across all pages, as a stream: read it with \
         [`next`](crate::AllItems::next) or [`try_collect`](crate::AllItems::try_collect), or as a \
         `futures` stream.\n\n\
         Sends `request` for the first page when the stream is first read, {how}.{following} {page_size} \
         The stream ends after the first error; it stops, after the items read, with {errors}, since \
         following the server would otherwise never end.",
        method = method.name.unraw(),
    )
}

/// Leaves a field out of the next page's request: `None`, or an empty list or map.
fn reset(reset: &Reset) -> TokenStream {
    let field = ident(&reset.field);
    let value = match reset.collection {
        true => quote! { Default::default() },
        false => quote! { None },
    };
    if reset.parents.iter().all(|step| !step.optional) {
        let parents = reset.parents.iter().map(|step| ident(&step.field));
        return quote! { request #(.#parents)* .#field = #value; };
    }
    let mut target = quote! { request };
    let mut in_option = false;
    for step in &reset.parents {
        let step_field = ident(&step.field);
        target = match (in_option, step.optional) {
            (false, false) => quote! { #target.#step_field },
            (false, true) => quote! { #target.#step_field.as_mut() },
            (true, false) => quote! { #target.map(|value| &mut value.#step_field) },
            (true, true) => quote! { #target.and_then(|value| value.#step_field.as_mut()) },
        };
        in_option |= step.optional;
    }
    quote! {
        if let Some(parent) = #target {
            parent.#field = #value;
        }
    }
}

fn dotted(path: &[PathStep]) -> String {
    path.iter().map(|step| step.field.unraw()).collect::<Vec<_>>().join(".")
}

/// An `Option<&T>` of the value at `path` inside `base`, stepping through optional and required
/// fields: `base.a.as_ref().and_then(|value| value.b.as_ref())`, or `Some(&base.a.b)`.
fn read_path(path: &[PathStep], base: &TokenStream) -> TokenStream {
    let mut tokens = base.clone();
    let mut in_option = false;
    for step in path {
        let field = ident(&step.field);
        tokens = match (in_option, step.optional) {
            (false, false) => quote! { #tokens.#field },
            (false, true) => quote! { #tokens.#field.as_ref() },
            (true, false) => quote! { #tokens.map(|value| &value.#field) },
            (true, true) => quote! { #tokens.and_then(|value| value.#field.as_ref()) },
        };
        in_option |= step.optional;
    }
    match in_option {
        true => tokens,
        false => quote! { Some(&#tokens) },
    }
}

/// The list at `path` inside `base`, taken by value; empty where an optional field on the way is unset.
fn take_path(path: &[PathStep], base: &TokenStream) -> TokenStream {
    let mut tokens = base.clone();
    let mut in_option = false;
    for step in path {
        let field = ident(&step.field);
        tokens = match (in_option, step.optional) {
            (false, _) => quote! { #tokens.#field },
            (true, false) => quote! { #tokens.map(|value| value.#field) },
            (true, true) => quote! { #tokens.and_then(|value| value.#field) },
        };
        in_option |= step.optional;
    }
    match in_option {
        true => quote! { #tokens.unwrap_or_default() },
        false => tokens,
    }
}

fn method_docs(method: &MethodModel) -> String {
    let mut text = method.summary.clone();
    if !method.docs.is_empty() {
        text.push_str("\n\n");
        text.push_str(&method.docs);
    }
    if method.developer_preview {
        text.push_str(
            "\n\n**Developer preview**: Wix may change this method, or remove it, without notice; the \
             crate follows, so a minor version may change it too.",
        );
    }
    text.push_str(&format!(
        "\n\n{}",
        markdown::code_span(&format!("{} {}", method.verb.as_str(), method.path_template))
    ));
    if let Some(request) = &method.request {
        let required: Vec<String> = request
            .fields
            .iter()
            .filter(|field| field.required)
            .map(|field| format!("`{}`", field.name.unraw()))
            .collect();
        let required_inside: Vec<String> = request
            .fields
            .iter()
            .flat_map(|field| &field.requires)
            .map(|required| markdown::code_span(&required.dotted))
            .collect();
        text.push_str(&format!("\n\n# Request\n\nBuild the request with [`{0}::new`]", request.name));
        match (required.is_empty(), required_inside.is_empty()) {
            (true, _) => text.push_str("; every param is optional."),
            (false, true) => text.push_str(&format!(", from the required params: {}.", required.join(", "))),
            (false, false) => text.push_str(&format!(
                ", from the required params: {}, and the fields the method requires inside them: {}. Where \
                 such a field is unset when the request is sent, the call fails with \
                 [`Error::InvalidRequest`](crate::Error::InvalidRequest) before anything is sent.",
                required.join(", "),
                required_inside.join(", ")
            )),
        }
    }
    for segment in &method.path {
        let PathSegment::Field { dotted, steps } = segment else { continue };
        let rust_path: Vec<&str> = steps.iter().map(|step| step.field.unraw()).collect();
        text.push_str(&format!(
            "\n\nThe route takes {} from `request.{}`",
            markdown::code_span(&format!("{{{dotted}}}")),
            rust_path.join(".")
        ));
        match steps.iter().any(|step| step.optional) {
            true => text.push_str(
                " (a value read from Wix has it); the call fails with \
                 [`Error::InvalidRequest`](crate::Error::InvalidRequest), before anything is sent, where it \
                 is unset.",
            ),
            false => text.push('.'),
        }
    }
    text.push_str("\n\n# Errors\n\n");
    if method.errors.is_empty() {
        text.push_str(
            "No errors are documented for this method: an error status gives \
             [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), whose \
             [`ServiceError`](crate::ServiceError) holds the status, the error details and the request id.",
        );
    } else {
        text.push_str(&format!(
            "A documented error gives [`Error::Service`](crate::Error::Service) with a [`{}`]:\n",
            method.errors.name
        ));
        let error = &method.errors.name;
        for status in &method.errors.variants {
            for code in &status.codes {
                text.push_str(&format!(
                    "\n- [`{name}`]({error}::{name}): code {code} (status {status})",
                    name = code.name,
                    code = markdown::code_span(&code.code),
                    status = status.status,
                ));
            }
            let other = if status.codes.is_empty() { "" } else { " with another code, or none" };
            text.push_str(&format!(
                "\n- [`{name}`]({error}::{name}): status {status}{other}",
                name = status.name,
                status = status.status,
            ));
        }
        for code in &method.errors.codes_without_status {
            text.push_str(&format!(
                "\n- [`{name}`]({error}::{name}): code {code}, whatever the status",
                name = code.name,
                code = markdown::code_span(&code.code),
            ));
        }
        if let Some(rules) = &method.errors.validation_rules {
            text.push_str(&format!(
                "\n\nFor a 400 response, [`{error}::violated_rules`] says which of the method's validation \
                 rules ([`{}`]) the request broke.",
                rules.name
            ));
        }
        text.push_str("\n\nOther failures (undocumented statuses, transport errors, timeouts, bodies that do not decode) are the other variants of [`Error`](crate::Error).");
    }
    if !method.permissions.is_empty() {
        text.push_str("\n\n# Permissions\n");
        for permission in &method.permissions {
            text.push_str(&format!("\n- {}", markdown::plain(permission)));
        }
    }
    if !method.authentication.is_empty() {
        text.push_str("\n\n# Authentication\n\n");
        text.push_str(&method.authentication);
    }
    text
}

fn error_enum(method: &MethodModel, errors: &ErrorEnum, docs_of: &Docs) -> TokenStream {
    let name = ident(&errors.name);
    let docs = docs_of.outer(&match errors.is_empty() {
        true => format!(
            "The errors documented for [`Client::{0}`]: none, so this enum has no values. Error statuses \
             come as [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).",
            method.name.unraw()
        ),
        false => format!(
            "The errors documented for [`Client::{0}`].\n\n\
             A response whose application error code (`details.applicationError.code`) is documented \
             becomes that code's variant; any other response with a documented status becomes the \
             status's variant. Each variant carries the [`ServiceError`](crate::ServiceError) with the \
             status and the error details: `message`, and the application error's `code`, `description` \
             and `data` where the server sent them.",
            method.name.unraw()
        ),
    });
    let mut variants = Vec::new();
    let mut by_code = Vec::new();
    let mut by_status = Vec::new();
    let mut names = Vec::new();
    for status in &errors.variants {
        for code in &status.codes {
            let variant = ident(&code.name);
            let docs = docs_of.outer(&format!(
                "{}\n\nCode {}, documented with status {}.",
                code.docs,
                markdown::code_span(&code.code),
                status.status
            ));
            let code_text = &code.code;
            variants.push(quote! { #docs #variant(crate::ServiceError), });
            by_code.push(quote! { Some(#code_text) => Self::#variant, });
            names.push(variant);
        }
        let variant = ident(&status.name);
        let mut text = format!("{}\n\nStatus {}.", status.docs, status.status);
        if !status.codes.is_empty() {
            let codes: Vec<String> = status
                .codes
                .iter()
                .map(|code| format!("[{}](Self::{})", markdown::code_span(&code.code), code.name))
                .collect();
            text.push_str(&format!(
                "\n\nThis variant holds a {} response whose code is none of {}: a code this version \
                 of the crate does not know, or none.",
                status.status,
                codes.join(", ")
            ));
        }
        let docs = docs_of.outer(&text);
        let status_literal = proc_macro2::Literal::u16_unsuffixed(status.status);
        variants.push(quote! { #docs #variant(crate::ServiceError), });
        by_status.push(quote! { #status_literal => Self::#variant, });
        names.push(variant);
    }
    for code in &errors.codes_without_status {
        let variant = ident(&code.name);
        let docs = docs_of.outer(&format!(
            "{}\n\nCode {}, whose status is not documented: it is matched whatever the status.",
            code.docs,
            markdown::code_span(&code.code)
        ));
        let code_text = &code.code;
        variants.push(quote! { #docs #variant(crate::ServiceError), });
        by_code.push(quote! { Some(#code_text) => Self::#variant, });
        names.push(variant);
    }
    let allow_variant_names = allow_variant_names(
        &errors.name,
        errors
            .variants
            .iter()
            .flat_map(|status| {
                status.codes.iter().map(|code| &code.name).chain(std::iter::once(&status.name))
            })
            .chain(errors.codes_without_status.iter().map(|code| &code.name)),
    );
    let from_service_error_body = match (by_code.is_empty(), by_status.is_empty()) {
        (true, true) => quote! { Err(error) },
        (false, true) => quote! {
            let variant: fn(crate::ServiceError) -> Self = match error.code() {
                #(#by_code)*
                _ => return Err(error),
            };
            Ok(variant(error))
        },
        (true, false) => quote! {
            let variant: fn(crate::ServiceError) -> Self = match error.status() {
                #(#by_status)*
                _ => return Err(error),
            };
            Ok(variant(error))
        },
        (false, false) => quote! {
            let variant: fn(crate::ServiceError) -> Self = match error.code() {
                #(#by_code)*
                _ => match error.status() {
                    #(#by_status)*
                    _ => return Err(error),
                },
            };
            Ok(variant(error))
        },
    };
    let (service_error_body, display) = if names.is_empty() {
        (
            quote! { match *self {} },
            quote! { fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { match *self {} } },
        )
    } else {
        (
            quote! { match self { #(Self::#names(error))|* => error } },
            quote! {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    std::fmt::Display::fmt(crate::OperationError::service_error(self), f)
                }
            },
        )
    };
    quote! {
        #docs
        #[derive(Debug, Clone)]
        #[non_exhaustive]
        #allow_variant_names
        pub enum #name {
            #(#variants)*
        }

        impl crate::OperationError for #name {
            fn from_service_error(error: crate::ServiceError) -> Result<Self, crate::ServiceError> {
                #from_service_error_body
            }

            fn service_error(&self) -> &crate::ServiceError {
                #service_error_body
            }
        }

        impl std::fmt::Display for #name {
            #display
        }

        impl std::error::Error for #name {}
    }
}
