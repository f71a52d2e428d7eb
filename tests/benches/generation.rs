//! Generation speed: end to end for N synthetic methods, each stage apart, and an unchanged rerun;
//! and `generator diff`, on the largest real spec and on a change of every method.
//! `cargo bench -p codegen-tests --bench generation`; peak memory: `cargo xtask bench-memory`.

use std::hint::black_box;
use std::path::Path;

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use generator::{emit, format, load, model, validate, write};

const SIZES: [usize; 4] = [10, 100, 1000, 5000];
const STAGE_SIZE: usize = 1000;

fn synthetic(methods: usize) -> Vec<u8> {
    xtask::synth::spec("synthetic", methods, 42).into_bytes()
}

/// Load, validate, model, emit, format and write into an empty folder.
fn end_to_end(c: &mut Criterion) {
    let mut group = c.benchmark_group("end_to_end");
    for methods in SIZES {
        let spec = synthetic(methods);
        group.throughput(Throughput::Elements(methods as u64));
        group.sample_size(if methods >= 1000 { 10 } else { 30 });
        group.bench_with_input(BenchmarkId::from_parameter(methods), &spec, |b, spec| {
            b.iter_batched(
                || (spec.clone(), tempfile::tempdir().expect("temp dir")),
                |(spec, out)| {
                    let files =
                        generator::generate_from_bytes(Path::new("synthetic.yaml"), spec).expect("valid");
                    let written = write::write(&files, out.path()).expect("writes");
                    black_box((written, out))
                },
                BatchSize::PerIteration,
            );
        });
    }
    group.finish();
}

/// Each stage alone, on one thread, for 1,000 methods.
fn stages(c: &mut Criterion) {
    let path = Path::new("synthetic.yaml");
    let bytes = synthetic(STAGE_SIZE);
    let loaded = load::load_bytes(path, bytes.clone()).expect("valid");
    let api = model::build(&loaded).expect("the spec lowers");
    let parts = emit::parts(&api);
    let files = generator::generate_from_bytes(path, bytes.clone()).expect("valid");

    let mut group = c.benchmark_group("stages_1000_methods");
    group.sample_size(10);
    group.bench_function("load", |b| {
        b.iter_batched(|| bytes.clone(), |bytes| load::load_bytes(path, bytes), BatchSize::PerIteration)
    });
    group.bench_function("validate", |b| b.iter(|| validate::validate(black_box(&loaded), &[])));
    group.bench_function("model", |b| b.iter(|| model::build(black_box(&loaded))));
    group.bench_function("emit", |b| {
        b.iter(|| parts.iter().map(|&part| emit::part(&api, part)).collect::<Vec<_>>())
    });
    group.bench_function("format", |b| {
        b.iter_batched(
            || parts.iter().map(|&part| emit::part(&api, part)).collect::<Vec<_>>(),
            |tokens| {
                tokens
                    .into_iter()
                    .map(|tokens| format::format_part(tokens).expect("parses"))
                    .collect::<Vec<_>>()
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("write", |b| {
        b.iter_batched(
            || tempfile::tempdir().expect("temp dir"),
            |out| black_box((write::write(&files, out.path()).expect("writes"), out)),
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// Generating again into a folder that already holds the output: nothing is rewritten.
fn unchanged_rerun(c: &mut Criterion) {
    let path = Path::new("synthetic.yaml");
    let bytes = synthetic(STAGE_SIZE);
    let out = tempfile::tempdir().expect("temp dir");
    let files = generator::generate_from_bytes(path, bytes.clone()).expect("valid");
    write::write(&files, out.path()).expect("writes");

    let mut group = c.benchmark_group("unchanged_rerun_1000_methods");
    group.sample_size(10);
    group.bench_function("generate_and_write", |b| {
        b.iter_batched(
            || bytes.clone(),
            |bytes| {
                let files = generator::generate_from_bytes(path, bytes).expect("valid");
                let statuses = write::write(&files, out.path()).expect("writes");
                let rewritten =
                    statuses.iter().filter(|(_, status)| *status != write::FileStatus::Unchanged).count();
                assert_eq!(rewritten, 0, "an unchanged rerun rewrote {rewritten} files");
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// `generator diff` after loading: the largest imported spec (linked with its shared types) against
/// itself, and two synthetic specs of 1,000 methods that share no name, so every method and type is
/// removed and another added.
fn diff(c: &mut Criterion) {
    let root = xtask::workspace_root();
    let bookings = generator::diff::load_beside(&root, Path::new("spec/bookings_bookings.yaml"))
        .expect("the committed spec loads");
    let load = |seed| {
        let bytes = xtask::synth::spec("synthetic", STAGE_SIZE, seed).into_bytes();
        load::load_bytes(Path::new("synthetic.yaml"), bytes).expect("valid")
    };
    let (old, new) = (load(42), load(43));
    let mut group = c.benchmark_group("diff");
    group.sample_size(20);
    group.bench_function("bookings_bookings_against_itself", |b| {
        b.iter(|| generator::diff::diff(black_box(&bookings.spec), black_box(&bookings.spec)))
    });
    group.bench_function("1000_methods_all_replaced", |b| {
        b.iter(|| generator::diff::diff(black_box(&old.spec), black_box(&new.spec)).render_text("old", "new"))
    });
    group.finish();
}

criterion_group!(benches, end_to_end, stages, unchanged_rerun, diff);
criterion_main!(benches);
