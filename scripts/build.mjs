/**
 * The build (ADR 0012): every file `tsc -p tsconfig.build.json` would emit, transpiled by SWC into dist/
 * with the `@memberflow/*` path aliases of tsconfig.json rewritten to relative requires, so that plain
 * `node dist/apps/api/src/main.js` runs it. No type checking here: that is `npm run typecheck`.
 *
 * The browser console (apps/console, ADR 0017) is built by Vite into dist/console, which the api serves
 * at `/`; it has a stamp of its own and is built only when its sources changed.
 *
 *   node scripts/build.mjs                        build both now
 *   node scripts/build.mjs --if-stale             build the api, worker and CLI when dist/ is missing or
 *                                                 older than a source
 *   node scripts/build.mjs --if-stale --console   the same, and the console when its sources changed
 *
 * `npm start` calls the third, `npm run worker` and bin/memberflow.js the second before running dist/.
 * Where there are no sources (the container image, a copy of dist/ with its production dependencies) it
 * does nothing. Builds take a lock (dist/.build-lock), so processes started together build once.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-stamp');
const LOCK = join(DIST, '.build-lock');
const PROJECT = join(ROOT, 'tsconfig.build.json');
/** What the output depends on besides the sources under these directories. */
const SOURCE_DIRS = ['apps', 'libs'].map((name) => join(ROOT, name));
const BUILD_FILES = ['package.json', 'scripts/build.mjs'].map((name) => join(ROOT, name));
/** The console: its sources (a Vite project of its own), its output under dist/ and its stamp. */
const CONSOLE_SOURCES = join(ROOT, 'apps', 'console');
const CONSOLE_DIST = join(DIST, 'console');
const CONSOLE_STAMP = join(DIST, '.console-stamp');
const CONSOLE_BUILD_FILES = ['package-lock.json', 'scripts/build.mjs'].map((name) =>
  join(ROOT, name),
);

/** Builds the api, worker and CLI, then the console, into dist/ (under the lock). */
export async function build() {
  return withBuildLock(async () => {
    const files = await emit();
    if (exists(CONSOLE_SOURCES)) await emitConsole();
    return files;
  });
}

/**
 * Builds what is missing or older than a source: the api, worker and CLI, and with `console` the
 * console too. Does nothing where there are no sources.
 */
export async function ensureBuilt({ console = false } = {}) {
  if (!SOURCE_DIRS.some(exists)) {
    if (!exists(DIST)) throw new Error(`neither sources nor a build (dist/) in ${ROOT}`);
    return;
  }
  const withConsole = console && exists(CONSOLE_SOURCES);
  if (staleness() === undefined && !(withConsole && consoleStaleness() !== undefined)) return;
  await withBuildLock(async () => {
    // Another process may have built it while this one waited.
    const reason = staleness();
    if (reason !== undefined) {
      log(`building dist/ (${reason})`);
      await emit();
    }
    const consoleReason = withConsole ? consoleStaleness() : undefined;
    if (consoleReason !== undefined) {
      log(`building the console (${consoleReason})`);
      await emitConsole();
    }
  });
}

/** Builds the console when its sources changed since it was built (the browser tests call this). */
export async function ensureConsoleBuilt() {
  await withBuildLock(async () => {
    const reason = consoleStaleness();
    if (reason === undefined) return;
    log(`building the console (${reason})`);
    await emitConsole();
  });
}

/** Why dist/ needs building, or undefined when it is up to date. */
function staleness() {
  const builtAt = stampTime(STAMP);
  if (builtAt === undefined) return 'no build yet';
  const newer = (path) => statSync(path).mtimeMs > builtAt;
  const configs = readdirSync(ROOT)
    .filter((name) => /^tsconfig.*\.json$/.test(name))
    .map((name) => join(ROOT, name));
  const changed =
    [...configs, ...BUILD_FILES].find(newer) ??
    findNewer(SOURCE_DIRS, builtAt, (path) => path === CONSOLE_SOURCES);
  return changed === undefined ? undefined : `${relative(ROOT, changed)} changed`;
}

/** Why dist/console needs building, or undefined when it is up to date. */
function consoleStaleness() {
  const builtAt = stampTime(CONSOLE_STAMP);
  if (builtAt === undefined || !exists(join(CONSOLE_DIST, 'index.html'))) return 'no build yet';
  const changed =
    CONSOLE_BUILD_FILES.find((path) => exists(path) && statSync(path).mtimeMs > builtAt) ??
    findNewer([CONSOLE_SOURCES], builtAt);
  return changed === undefined ? undefined : `${relative(ROOT, changed)} changed`;
}

function stampTime(stamp) {
  try {
    return JSON.parse(readFileSync(stamp, 'utf8')).startedAt;
  } catch {
    return undefined;
  }
}

/**
 * The first file or directory (a directory changes when an entry is added, removed or renamed) newer
 * than `time`, leaving out node_modules and the directories `skip` names.
 */
function findNewer(dirs, time, skip = () => false) {
  for (const dir of dirs.filter(exists)) {
    if (statSync(dir).mtimeMs > time) return dir;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory() && skip(path)) continue;
      const found = entry.isDirectory()
        ? findNewer([path], time, skip)
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

  // The old output goes first: a file moved or deleted in the sources must not linger in dist/. The
  // console's output is its own build's (emitConsole).
  rmSync(STAMP, { force: true });
  const kept = [LOCK, CONSOLE_DIST, CONSOLE_STAMP];
  for (const name of readdirSync(DIST)) {
    if (!kept.includes(join(DIST, name)))
      rmSync(join(DIST, name), { recursive: true, force: true });
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

/**
 * The console: Vite builds apps/console (its vite.config.mjs) into dist/console, emptied first. Vite is
 * loaded only here, so that a start with nothing to build does not pay for it.
 */
async function emitConsole() {
  const startedAt = Date.now();
  rmSync(CONSOLE_STAMP, { force: true });
  let vite;
  try {
    vite = await import('vite');
  } catch (error) {
    throw new Error(
      `the console's build needs the development dependencies (vite): run npm install without --omit=dev (${error.message})`,
      { cause: error },
    );
  }
  await vite.build({
    configFile: join(CONSOLE_SOURCES, 'vite.config.mjs'),
    logLevel: 'warn',
    build: { outDir: CONSOLE_DIST, emptyOutDir: true },
  });
  // A gzip copy beside each script and style sheet: the api sends it to browsers that take gzip.
  const assets = join(CONSOLE_DIST, 'assets');
  for (const name of readdirSync(assets).filter((file) => /\.(js|css)$/.test(file))) {
    const file = join(assets, name);
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
  const ms = Date.now() - startedAt;
  writeFileSync(CONSOLE_STAMP, JSON.stringify({ startedAt, ms }) + '\n');
  log(`built the console into dist/console in ${ms} ms`);
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
  const work = process.argv.includes('--if-stale')
    ? ensureBuilt({ console: process.argv.includes('--console') })
    : build();
  work.then(
    () => {},
    (error) => {
      log(`build failed: ${error.message}`);
      process.exit(1);
    },
  );
}
