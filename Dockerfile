# Aloite for users' own machines (docker-compose.yml): the API serving the web app. No embedded PostgreSQL here:
# DATABASE_URL is required.
FROM node:24-bookworm-slim
WORKDIR /app
# Voikko, so that Finnish search finds base forms and compound parts (README: Finnish morphology).
RUN apt-get update && apt-get install -y --no-install-recommends libvoikko1 voikko-fi && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# `npm install` rather than `npm ci`: see the README (the lockfile lacks other platforms' optional binaries).
# Development packages included: the API runs its TypeScript through swc at start, as `npm start` does.
RUN npm install --no-audit --no-fund
ENV NODE_ENV=production
COPY tsconfig.base.json ./
COPY tools/run-ts.cjs tools/
COPY libs libs
COPY apps/api apps/api
# The staff web app's production build, which the API serves at / (WEB_ROOT defaults to dist/apps/web).
COPY apps/web apps/web
RUN npx vite build --config apps/web/vite.config.mts
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
USER node
CMD ["node", "tools/run-ts.cjs", "apps/api/src/main.ts"]
