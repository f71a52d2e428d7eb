//! End-to-end tests of the generated client against a real HTTP server on loopback.
