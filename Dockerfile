# memberflow's image: the built api, worker and CLI (dist/) with the production dependencies only.
#
#   docker build -t memberflow .
#   docker run --init -p 3000:3000 -v memberflow-data:/data memberflow    # embedded: SQLite under /data
#
# compose.yaml runs the production shape (api replicas, one worker, PostgreSQL 16); see
# docs/deploy/container.md. .ci/run performs the runtime stage's install and start on every run.

# Build: every dependency, the type check of what ships, then scripts/build.mjs (ADR 0012): the api,
# worker and CLI with SWC, the browser console (apps/console, ADR 0016) with Vite into dist/console.
# No install scripts: the build needs none (SWC's and Rolldown's binaries are packages of their own).
FROM node:20-bookworm AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build.mjs scripts/
COPY apps apps
COPY libs libs
RUN npx tsc --noEmit -p tsconfig.build.json && npx tsc --noEmit -p apps/console/tsconfig.json \
  && npm run build

# Production dependencies, on the full image: better-sqlite3's install script fetches its prebuilt
# binary or compiles it, with the compilers this image has and the runtime image has not. Optional
# dependencies are left out too: typescript and ts-node are optional peers of typeorm and cosmiconfig,
# so npm would install them with --omit=dev alone (ADR 0012); the only other two are not used on Linux
# with Node 20. Of the install scripts only better-sqlite3's runs.
FROM node:20-bookworm AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund \
  && npm rebuild better-sqlite3

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=prod-deps /app/node_modules node_modules
COPY package.json package-lock.json ./
COPY bin/memberflow.js bin/
COPY --from=build /src/dist dist
# `memberflow` on the PATH runs the built CLI (docker compose exec api memberflow token ...). The data
# directory belongs to the unprivileged user the service runs as (a new named volume inherits it); the
# code stays root's, read-only to the service.
RUN ln -s /app/bin/memberflow.js /usr/local/bin/memberflow \
  && mkdir -m 700 /data && chown node:node /data
USER node
ENV HOST=0.0.0.0 \
    PORT=3000 \
    MEMBERFLOW_DATA_DIR=/data
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health`).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "--max-old-space-size=1024", "--max-semi-space-size=8", "dist/apps/api/src/main.js"]
