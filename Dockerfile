# Aloite's production image (README: Deployment). Two stages: the build, with every package; and what runs, with
# the compiled API, the web app's build and the production packages only, as the unprivileged `node` user.
# No embedded PostgreSQL here: DATABASE_URL (the owner, for the migrate command) and DATABASE_RUNTIME_URL (the API).

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# `npm install` rather than `npm ci`: see the README (the lockfile lacks other platforms' optional binaries).
RUN npm install --no-audit --no-fund
COPY tsconfig.base.json ./
COPY tools/build-api.cjs tools/
COPY libs libs
COPY apps/api apps/api
COPY apps/web apps/web
# The API compiled to plain JavaScript (dist/apps/api), and the staff web app the API serves at / (dist/apps/web).
RUN node tools/build-api.cjs && NODE_ENV=production npx vite build --config apps/web/vite.config.mts

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
# Voikko, so that Finnish search finds base forms and compound parts (README: Finnish morphology).
RUN apt-get update && apt-get install -y --no-install-recommends libvoikko1 voikko-fi && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/apps/api dist/apps/api
COPY --from=build /app/dist/apps/web dist/apps/web
# The API waits for the migrate command (the compose file's migrate service) instead of migrating at its start.
ENV HOST=0.0.0.0 PORT=3000 MIGRATIONS=wait
EXPOSE 3000
USER node
# Liveness only: the process answers. Readiness (database reachable, migrations current) is /api/health/ready.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The migrate command: docker run … node dist/apps/api/apps/api/src/cli/migrate.js
# The API's V8 limits, as npm start gives them (API_HEAP_FLAGS in apps/api/src/supervision.ts).
ENV NODE_OPTIONS="--max-old-space-size=256 --max-semi-space-size=16"
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
