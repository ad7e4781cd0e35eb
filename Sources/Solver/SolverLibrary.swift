/// The solver over the flat model; see Docs/Solver.md.
public enum SolverLibrary {}
