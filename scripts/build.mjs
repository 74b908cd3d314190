/**
 * The build (ADR 0012): every file `tsc -p tsconfig.build.json` would emit, transpiled by SWC into dist/
 * with the `@memberflow/*` path aliases of tsconfig.json rewritten to relative requires, so that plain
 * `node dist/apps/api/src/main.js` runs it. No type checking here: that is `npm run typecheck`.
 *
 *   node scripts/build.mjs              build now
 *   node scripts/build.mjs --if-stale   build only when dist/ is missing or older than a source
 *
 * `npm start`, `npm run worker` and bin/memberflow.js call the second before running dist/. Where there
 * are no sources (the container image, a copy of dist/ with its production dependencies) it does nothing.
 * Builds take a lock (dist/.build-lock), so processes started together build once.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-stamp');
const LOCK = join(DIST, '.build-lock');
const PROJECT = join(ROOT, 'tsconfig.build.json');
/** What the output depends on besides the sources under these directories. */
const SOURCE_DIRS = ['apps', 'libs'].map((name) => join(ROOT, name));
const BUILD_FILES = ['package.json', 'scripts/build.mjs'].map((name) => join(ROOT, name));

/** Builds into dist/ (under the lock). */
export async function build() {
  return withBuildLock(emit);
}

/** Builds when dist/ is missing or a source is newer than it; does nothing where there are no sources. */
export async function ensureBuilt() {
  if (!SOURCE_DIRS.some(exists)) {
    if (!exists(DIST)) throw new Error(`neither sources nor a build (dist/) in ${ROOT}`);
    return;
  }
  let reason = staleness();
  if (reason === undefined) return;
  await withBuildLock(async () => {
    reason = staleness(); // another process may have built it while this one waited
    if (reason === undefined) return;
    log(`building dist/ (${reason})`);
    await emit();
  });
}

/** Why dist/ needs building, or undefined when it is up to date. */
function staleness() {
  let builtAt;
  try {
    builtAt = JSON.parse(readFileSync(STAMP, 'utf8')).startedAt;
  } catch {
    return 'no build yet';
  }
  const newer = (path) => statSync(path).mtimeMs > builtAt;
  const configs = readdirSync(ROOT)
    .filter((name) => /^tsconfig.*\.json$/.test(name))
    .map((name) => join(ROOT, name));
  const changed = [...configs, ...BUILD_FILES].find(newer) ?? findNewer(SOURCE_DIRS, builtAt);
  return changed === undefined ? undefined : `${relative(ROOT, changed)} changed`;
}

/** The first file or directory (a directory changes when an entry is added, removed or renamed) newer than `time`. */
function findNewer(dirs, time) {
  for (const dir of dirs.filter(exists)) {
    if (statSync(dir).mtimeMs > time) return dir;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      const found = entry.isDirectory()
        ? findNewer([path], time)
        : statSync(path).mtimeMs > time
          ? path
          : undefined;
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

async function emit() {
  const startedAt = Date.now();
  const { ts, swc } = await buildTools();
  const config = ts.getParsedCommandLineOfConfigFile(
    PROJECT,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (config.errors.length > 0) {
    const messages = config.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    throw new Error(`${relative(ROOT, PROJECT)}: ${messages.join('; ')}`);
  }
  const { options, fileNames } = config;
  const outDir = options.outDir ?? DIST;
  const rootDir = options.rootDir ?? ROOT;
  if (resolve(outDir) !== DIST) throw new Error(`outDir must be ${DIST} (got ${outDir})`);
  const swcOptions = swcOptionsFor(ts, options);

  // The old output goes first: a file moved or deleted in the sources must not linger in dist/.
  rmSync(STAMP, { force: true });
  for (const name of readdirSync(DIST)) {
    if (join(DIST, name) !== LOCK) rmSync(join(DIST, name), { recursive: true, force: true });
  }
  const jsonFiles = new Set();
  await Promise.all(
    fileNames
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map(async (file) => {
        const out = join(outDir, relative(rootDir, file)).replace(/\.ts$/, '.js');
        const result = await swc.transformFile(file, {
          ...swcOptions,
          filename: file,
          sourceFileName: relative(dirname(out), file),
        });
        await mkdir(dirname(out), { recursive: true });
        let code = result.code;
        for (const [, request] of code.matchAll(/require\("(\.{1,2}\/[^"]+\.json)"\)/g)) {
          jsonFiles.add(resolve(dirname(file), request)); // resolveJsonModule: copied beside the code
        }
        if (result.map !== undefined) {
          code += `\n//# sourceMappingURL=${basename(out)}.map\n`;
          await writeFile(`${out}.map`, result.map);
        }
        await writeFile(out, code);
      }),
  );
  await Promise.all(
    [...jsonFiles].map(async (file) => {
      const out = join(outDir, relative(rootDir, file));
      await mkdir(dirname(out), { recursive: true });
      await copyFile(file, out);
    }),
  );
  const files = fileNames.length + jsonFiles.size;
  const ms = Date.now() - startedAt;
  writeFileSync(STAMP, JSON.stringify({ startedAt, ms, files }) + '\n');
  log(`built ${files} files into dist/ in ${ms} ms`);
  return files;
}

/** TypeScript's compiler options, as SWC spells them; the path aliases resolved against baseUrl. */
function swcOptionsFor(ts, options) {
  const target = ts.ScriptTarget[options.target ?? ts.ScriptTarget.ES2022].toLowerCase();
  return {
    swcrc: false,
    configFile: false,
    sourceMaps: options.sourceMap === true,
    module: { type: 'commonjs' },
    jsc: {
      target: target === 'esnext' || target === 'latest' ? 'esnext' : target,
      parser: { syntax: 'typescript', decorators: options.experimentalDecorators === true },
      transform: {
        legacyDecorator: options.experimentalDecorators === true,
        decoratorMetadata: options.emitDecoratorMetadata === true,
        useDefineForClassFields: options.useDefineForClassFields !== false,
      },
      keepClassNames: true,
      baseUrl: resolve(options.baseUrl ?? ROOT),
      paths: options.paths ?? {},
    },
  };
}

async function buildTools() {
  try {
    const [ts, swc] = await Promise.all([import('typescript'), import('@swc/core')]);
    return { ts: ts.default, swc: swc.default ?? swc };
  } catch (error) {
    throw new Error(
      `the build needs the development dependencies (typescript, @swc/core): run npm install without --omit=dev (${error.message})`,
      { cause: error },
    );
  }
}

/** One build at a time: a directory made atomically, holding the builder's pid; a dead builder's is taken over. */
async function withBuildLock(work) {
  mkdirSync(DIST, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (lockAbandoned()) rmSync(LOCK, { recursive: true, force: true });
    else await sleep(100);
  }
  try {
    writeFileSync(join(LOCK, 'pid'), String(process.pid));
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function lockAbandoned() {
  try {
    process.kill(Number(readFileSync(join(LOCK, 'pid'), 'utf8')), 0);
    return false;
  } catch (error) {
    if (error.code === 'ESRCH') return true; // its builder is gone
    if (error.code !== 'ENOENT') return false; // EPERM: alive, someone else's
    try {
      return Date.now() - statSync(LOCK).mtimeMs > 10_000; // never got its pid: its builder died at once
    } catch {
      return false; // released meanwhile
    }
  }
}

function exists(path) {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function log(message) {
  process.stderr.write(`memberflow: ${message}\n`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  (process.argv.includes('--if-stale') ? ensureBuilt() : build()).then(
    () => {},
    (error) => {
      log(`build failed: ${error.message}`);
      process.exit(1);
    },
  );
}
