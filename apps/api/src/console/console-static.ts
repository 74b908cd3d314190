import { existsSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';

/** Paths the api answers itself: the console never shadows them. */
const API_PREFIXES = ['/api', '/health', '/metrics'];

/** Vite names every built asset by its content's hash: a year, immutable. */
const ASSET_CACHE = 'public, max-age=31536000, immutable';
/** index.html and the unhashed files: always revalidated, so a new build is picked up at once. */
const PAGE_CACHE = 'no-cache';

/**
 * Where the console's build is (scripts/build.mjs puts it in dist/console): beside the api's own
 * build when the api runs from dist/, under the repository's dist/ when it runs from the sources (the
 * tests).
 */
export function consoleDirectory(): string {
  const root = resolve(__dirname, '../../../..'); // dist/ when built, the repository from the sources
  const besideBuild = join(root, 'console');
  return existsSync(join(besideBuild, 'index.html')) ? besideBuild : join(root, 'dist', 'console');
}

/**
 * The browser console (apps/console, ADR 0017) at `/`: its hashed assets under /assets with a long
 * cache, its other files as they are, and index.html at `/` and for any other GET that a browser
 * navigates to (it accepts text/html and names no file), so that the console's own paths
 * (/members/…) load it; a script asking for an unknown path still gets the api's 404.
 * /api, /health and /metrics are never touched; without a build (dist/console/index.html) nothing is
 * served and every path answers as before.
 */
export function serveConsole(directory = consoleDirectory()): RequestHandler | undefined {
  const index = join(directory, 'index.html');
  if (!existsSync(index)) return undefined;
  const files = express.static(directory, {
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    setHeaders: (response, path) => {
      const asset = path.startsWith(join(directory, 'assets') + '/');
      response.setHeader('Cache-Control', asset ? ASSET_CACHE : PAGE_CACHE);
      if (asset) response.vary('Accept-Encoding'); // a gzip copy is sent to those who take it
    },
  });
  const assets = join(directory, 'assets') + sep;
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const path = request.path;
    if (API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) {
      return next();
    }
    // The build writes a gzip copy of each asset beside it: sent to a browser that takes gzip.
    const compressed = path.startsWith('/assets/') ? gzipped(request, assets, path) : undefined;
    if (compressed !== undefined) {
      response.vary('Accept-Encoding');
      response.setHeader('Cache-Control', ASSET_CACHE);
      response.setHeader('Content-Encoding', 'gzip');
      response.type(extname(path));
      response.sendFile(compressed, (error?: unknown) => {
        if (error !== undefined && !response.headersSent) next(error);
      });
      return;
    }
    files(request, response, (error?: unknown) => {
      if (error !== undefined) return next(error);
      const lastSegment = path.slice(path.lastIndexOf('/') + 1);
      const navigation = (request.headers.accept ?? '').includes('text/html');
      if (path !== '/' && (!navigation || lastSegment.includes('.'))) return next();
      response.setHeader('Cache-Control', PAGE_CACHE);
      response.sendFile(index, (sendError?: unknown) => {
        if (sendError !== undefined && !response.headersSent) next(sendError);
      });
    });
  };
}

/** The gzip copy of an asset when the browser accepts gzip and the build wrote one, else undefined. */
function gzipped(request: Request, assets: string, path: string): string | undefined {
  if (request.acceptsEncodings('gzip') !== 'gzip') return undefined;
  let file: string;
  try {
    file = resolve(assets, `.${decodeURIComponent(path.slice('/assets'.length))}.gz`);
  } catch {
    return undefined; // a malformed escape: express.static answers it
  }
  return file.startsWith(assets) && existsSync(file) ? file : undefined;
}
