# Sanad's image: the production install that test/hardening/production-install.test.ts runs
# (npm run build, then npm ci --omit=dev, then node bin/sanad.js start), on the official Node 20
# image, as the unprivileged "node" user. Not built in this project's CI (it has no Docker engine).
#
#   docker build -t sanad . && docker run --env-file .env -p 8080:8080 sanad

# Build stage: the dev dependencies compile src/ to dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY vendor ./vendor
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY prompts ./prompts
RUN npm run build

# Run stage: production dependencies only, the compiled code and the data.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/data \
    HEALTH_PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
COPY vendor ./vendor
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY bin ./bin
COPY knowledge ./knowledge
COPY prompts ./prompts
COPY --from=build /app/dist ./dist
# knowledge/.cache: where the first start remembers the names it found in stories (src/search/name-cache.ts).
RUN mkdir -p /data knowledge/.cache && chown node:node /data knowledge/.cache
USER node
VOLUME ["/data"]
# Webhook mode serves the webhook and /healthz, /readyz, /metrics on PORT (default 8080); polling
# mode serves only the health routes, on HEALTH_PORT (8080 here).
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "bin/healthcheck.js"]
# Node runs as PID 1 without npm in between, so SIGTERM reaches the bot's graceful stop.
CMD ["node", "bin/sanad.js", "start"]
