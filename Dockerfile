# syntax=docker/dockerfile:1
#
# Liaocheng disability employment portal: production image (Vaadin production bundle, no dev tools).
#
#   docker build -t jobs-portal .
#   docker run -p 8080:8080 -v jobs-portal-data:/data jobs-portal
#
# Database:
#   - With no database settings an embedded PostgreSQL 17 starts inside the container and keeps its
#     data in the volume /data (PORTAL_DATA_DIR=/data). Fine for one instance; back up /data.
#   - For an external PostgreSQL set all three:
#       SPRING_DATASOURCE_URL=jdbc:postgresql://db.example:5432/portal
#       SPRING_DATASOURCE_USERNAME=portal
#       SPRING_DATASOURCE_PASSWORD=...        (pass it as a secret, not in the image)
#   Always required: PORTAL_ENCRYPTION_KEY, a base64 32-byte key (openssl rand -base64 32) that
#   encrypts ID and certificate numbers at rest; keep it with the database backups, as a secret.
#     Flyway creates and migrates the schema at start-up; nothing is then written to /data.
# Other settings: PORT (default 8080; the health check follows it), JAVA_TOOL_OPTIONS for JVM flags (an -Xmx there
# replaces the 75 % below; a MaxRAMPercentage there does not: the command line wins).
# Kubernetes: deploy/kubernetes relies on uid/gid 10001, port 8080 and /data (DeploymentManifestsTests, .ci/run).

# ---- Node.js 24 for Vaadin's production frontend build: only its node binary and npm are used.
FROM node:24-bookworm-slim AS node

# ---- Build: the production jar (./mvnw -Pproduction package), then split into layers.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace

# Vaadin expects DIR/node and DIR/node_modules/npm/bin/npm-cli.js (-Dvaadin.node.folder=DIR).
COPY --from=node /usr/local/bin/node /opt/node/node
COPY --from=node /usr/local/lib/node_modules/npm /opt/node/node_modules/npm
RUN /opt/node/node --version \
 && /opt/node/node /opt/node/node_modules/npm/bin/npm-cli.js --version

COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.npm \
    sh ./mvnw -B -ntp -Pproduction -DskipTests -Dvaadin.node.folder=/opt/node package \
 && cp target/jobs-portal-*.jar /workspace/app.jar

# The production jar must hold no development tools (vaadin-dev, Copilot, dev bundle, license checker).
RUN if jar tf app.jar | grep -iE 'vaadin-dev|copilot|dev-bundle|license-checker'; then \
        echo "development-only artifacts in the production jar (listed above)" >&2; exit 1; \
    fi \
 && java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# ---- Run: JRE only, non-root.
FROM eclipse-temurin:21-jre

# curl for the health check (installed explicitly: the base image does not promise it).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

# An unprivileged user owns only /data (and its home); the application files stay root-owned.
RUN groupadd --system --gid 10001 portal \
 && useradd --system --uid 10001 --gid portal --create-home --home-dir /home/portal \
        --shell /usr/sbin/nologin portal \
 && mkdir -p /data \
 && chown portal:portal /data

WORKDIR /app
# Layers from least to most often changed: libraries first, the portal's own classes last.
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./

ENV PORTAL_DATA_DIR=/data \
    TZ=Asia/Shanghai
# Embedded PostgreSQL data (unused with SPRING_DATASOURCE_URL). The embedded server unpacks its
# binaries into /tmp at start-up.
VOLUME ["/data"]

USER 10001:10001
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS "http://localhost:${PORT:-8080}/actuator/health" >/dev/null || exit 1

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
