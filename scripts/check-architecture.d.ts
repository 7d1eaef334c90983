// Types for scripts/check-architecture.js, so test/architecture.test.ts can
// import the checker under the strict tsconfig (the script itself stays plain
// Node, runnable before any build).
export interface Problem {
  file: string;
  line: number;
  rule: 'layers' | 'packages' | 'web-contract' | 'cycles' | 'engine-purity' | 'resolve' | 'exceptions';
  message: string;
}
export interface Exception {
  file: string;
  import: string;
  why: string;
}
export interface Import {
  specifier: string;
  line: number;
  typeOnly: boolean;
  inlineTypes: boolean;
  dynamic: boolean;
}
export function checkArchitecture(root: string, options?: { exceptions?: Exception[]; testHelpers?: string[] }): { files: number; problems: Problem[] };
export function readImports(text: string): Import[];
export function maskSource(text: string): string;
export function stronglyConnected<T>(graph: Map<T, T[]>): T[][];
export function formatProblem(problem: Problem): string;
