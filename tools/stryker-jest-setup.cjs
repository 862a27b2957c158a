// Mutation testing only: a property that fails has found its mutant. Shrinking the counterexample (thousands of
// generated lifecycles) then only costs time, and it turned killed mutants into timeouts.
require('fast-check').configureGlobal({ endOnFailure: true });
