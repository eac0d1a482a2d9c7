# Workforce Insight backend (Quarkus, JVM mode).
#
# Build the application first (no build tools in the image):
#   scripts/run.sh            (or: .cache/maven/bin/mvn -DskipTests package)
# then, from the repository root:
#   docker build -f docker/backend.Dockerfile -t workforce-insight-backend .
# or let docker/compose.yaml build it.
FROM eclipse-temurin:17-jre

ARG APP_UID=10001
RUN groupadd --system --gid "${APP_UID}" workforce \
 && useradd --system --uid "${APP_UID}" --gid workforce --home-dir /deployments \
      --shell /usr/sbin/nologin workforce \
 && mkdir -p /deployments/.data \
 && chown -R workforce:workforce /deployments

WORKDIR /deployments

# Quarkus fast-jar layout, dependencies first so that they are a layer of their own.
COPY --chown=workforce:workforce backend/target/quarkus-app/lib/ /deployments/lib/
COPY --chown=workforce:workforce backend/target/quarkus-app/*.jar /deployments/
COPY --chown=workforce:workforce backend/target/quarkus-app/app/ /deployments/app/
COPY --chown=workforce:workforce backend/target/quarkus-app/quarkus/ /deployments/quarkus/

USER workforce

ENV QUARKUS_HTTP_HOST=0.0.0.0 \
    QUARKUS_HTTP_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.security.egd=file:/dev/urandom"

EXPOSE 8080

# No curl needed: bash's /dev/tcp asks the readiness endpoint directly.
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=5 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /q/health/ready HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && read -r line <&3 && [[ $line == *' 200 '* ]]"]

ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
