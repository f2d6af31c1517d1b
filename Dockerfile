# Hoc Tap API server. Build: docker build -t hoctap . ; run with DATABASE_URL set (see .env.example).
# syntax=docker/dockerfile:1
FROM node:24-slim AS build
WORKDIR /src
RUN npm install -g pnpm@10.34.8
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build \
 && pnpm deploy --filter @hoctap/cli --prod --legacy /out

FROM node:24-slim
# tini as PID 1 forwards SIGTERM so the server finishes requests in flight before it exits.
RUN apt-get update && apt-get install -y --no-install-recommends tini postgresql-client \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build --chown=node:node /out /app
ENV NODE_ENV=production HOCTAP_ENV=production HOST=0.0.0.0 PORT=4000 HOCTAP_DATA_DIR=/tmp/hoctap
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["/usr/bin/tini", "--", "node", "/app/dist/bin.js"]
CMD ["start", "--no-migrate"]
