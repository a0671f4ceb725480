// One-way imports between environment layers (see ARCHITECTURE.md): renderer -> shared,
// hosts -> core -> shared. Reads imports with the TypeScript parser, so comments and strings
// that merely look like imports are not counted.
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

export interface SourceFile {
  /** Repository-relative, with forward slashes. */
  path: string;
  text: string;
}

export interface ImportRef {
  specifier: string;
  typeOnly: boolean;
}

/** Packages with no tie to Node, the DOM or Electron, which src/shared may use. */
export const NEUTRAL_PACKAGES = ['zod', 'date-fns', '@date-fns/tz', 'fractional-indexing', 'uuidv7'];
const NODE_ONLY_PACKAGES = ['better-sqlite3', 'drizzle-orm'];
const UI_PACKAGES = ['react', 'react-dom', '@dnd-kit/core'];

const parsed = new WeakMap<SourceFile, ImportRef[]>();

export function importsOf(file: SourceFile): ImportRef[] {
  const cached = parsed.get(file);
  if (cached) return cached;
  const kind = file.path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, false, kind);
  const found: ImportRef[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: isTypeOnlyImport(node) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0]!)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isDynamicImport || isRequire) found.push({ specifier: (node.arguments[0] as ts.StringLiteral).text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  parsed.set(file, found);
  return found;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // side-effect import
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

type Target = { kind: 'file'; path: string } | { kind: 'package'; name: string; builtin: boolean };

function targetOf(importer: string, specifier: string): Target {
  if (specifier.startsWith('.')) {
    return { kind: 'file', path: path.posix.normalize(path.posix.join(path.posix.dirname(importer), specifier)) };
  }
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  const builtin = specifier.startsWith('node:') || builtinModules.includes(name);
  return { kind: 'package', name, builtin };
}

const under = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);

/** Why `importer` may not import `target`, or null when it may. */
function ruleBroken(importer: string, target: Target, typeOnly: boolean): string | null {
  const pkg = target.kind === 'package' ? target : null;
  const file = target.kind === 'file' ? target.path : null;
  const isPackage = (names: string[]) => pkg !== null && names.includes(pkg.name);
  const inFolder = (...folders: string[]) => file !== null && folders.some((folder) => under(file, folder));

  if (under(importer, 'src/renderer')) {
    if (inFolder('src/core', 'src/web', 'electron')) return 'the renderer reaches the core only through the contract (src/shared)';
    if (pkg?.builtin) return 'the renderer runs in a browser: no Node built-ins';
    if (isPackage(['electron', ...NODE_ONLY_PACKAGES])) return 'the renderer runs in a browser: no electron, SQLite or drizzle';
  }
  if (under(importer, 'src/shared')) {
    if (file !== null && !under(file, 'src/shared')) return 'src/shared imports nothing of ours outside src/shared';
    if (pkg?.builtin) return 'src/shared is pure TypeScript: no Node built-ins';
    if (pkg && !NEUTRAL_PACKAGES.includes(pkg.name)) {
      return `src/shared may use only environment-neutral packages (${NEUTRAL_PACKAGES.join(', ')}); add one to NEUTRAL_PACKAGES only if it needs neither Node nor the DOM`;
    }
  }
  if (under(importer, 'src/core')) {
    if (inFolder('src/renderer', 'src/web', 'electron')) return 'the core knows no host and no UI';
    if (isPackage(['electron', ...UI_PACKAGES])) return 'the core never imports electron or React';
  }
  if (under(importer, 'src/web')) {
    if (inFolder('electron', 'src/renderer')) return 'the web host serves the built UI and never loads Electron or renderer code';
    if (isPackage(['electron'])) return 'the web host runs without Electron';
  }
  if (under(importer, 'src/hosting')) {
    if (inFolder('electron', 'src/web', 'src/renderer') || isPackage(['electron'])) return 'src/hosting holds what both hosts share, so it depends on neither';
  }
  if (under(importer, 'electron/main') && inFolder('src/renderer')) return 'the main process loads the built UI, not its sources';
  if (under(importer, 'electron/main') && inFolder('src/web')) return 'the two hosts share code through src/hosting, not through each other';
  if (under(importer, 'electron/preload') && !typeOnly) {
    // A sandboxed preload can require only electron; anything else must be inlined and stay tiny.
    const allowed = isPackage(['electron']) || (file !== null && under(file, 'electron') && !under(file, 'electron/main'));
    if (!allowed) return 'a sandboxed preload may load only electron and electron/ helpers at run time (types are fine)';
  }
  return null;
}

export function layerViolations(files: SourceFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    for (const ref of importsOf(file)) {
      const reason = ruleBroken(file.path, targetOf(file.path, ref.specifier), ref.typeOnly);
      if (reason) problems.push(`${file.path} imports '${ref.specifier}': ${reason}`);
    }
  }
  return problems;
}

/** The repository file a relative specifier names, trying the extensions TypeScript would. */
function resolveFile(importer: string, specifier: string, known: Set<string>): string | null {
  const target = targetOf(importer, specifier);
  if (target.kind !== 'file') return null;
  const candidates = [target.path, `${target.path}.ts`, `${target.path}.tsx`, `${target.path}/index.ts`, `${target.path}/index.tsx`];
  return candidates.find((candidate) => known.has(candidate)) ?? null;
}

const isTestCode = (file: string) => under(file, 'tests') || /\.test\.tsx?$/.test(file);

/**
 * Tests must never load the 'electron' package, not even through a helper: without its binary,
 * requiring it starts a download. Follows runtime imports transitively; a test that mocks
 * 'electron' with a factory (vi.mock('electron', () => fake)) is safe.
 */
export function electronLoadedByTests(files: SourceFile[]): string[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const known = new Set(byPath.keys());
  const runtimeImports = new Map(files.map((file) => [file.path, importsOf(file).filter((ref) => !ref.typeOnly)]));
  const problems: string[] = [];
  // A test that replaces the module with a factory never loads the real package.
  const mocksElectron = (file: SourceFile) => /\bvi\.mock\(\s*['"]electron['"]\s*,/.test(file.text);
  for (const start of files.filter((file) => isTestCode(file.path) && !mocksElectron(file))) {
    const seen = new Set<string>();
    const chain = new Map<string, string>([[start.path, start.path]]);
    const queue = [start.path];
    while (queue.length > 0) {
      const current = queue.shift()!;
      if (seen.has(current)) continue;
      seen.add(current);
      for (const ref of runtimeImports.get(current) ?? []) {
        if (ref.specifier === 'electron' || ref.specifier.startsWith('electron/')) {
          problems.push(`${start.path} loads 'electron' through ${chain.get(current)}: tests must run without the Electron binary`);
          queue.length = 0;
          break;
        }
        const next = resolveFile(current, ref.specifier, known);
        if (next && !seen.has(next)) {
          chain.set(next, `${chain.get(current)} -> ${next}`);
          queue.push(next);
        }
      }
    }
  }
  return problems;
}
