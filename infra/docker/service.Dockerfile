# One image recipe for every deployable Sehat module. The build context is the repository root.
#
#   docker build -f infra/docker/service.Dockerfile \
#     --build-arg MODULE=request-service --build-arg JAR=request-service.jar --build-arg PORT=8081 \
#     -t sehat/request-service .
#
# MODULE: the module's directory (as Maven's -pl takes it), e.g. request-service or infra/gateway
# JAR:    the boot jar the module's finalName produces under MODULE/target/
# PORT:   the HTTP port the service listens on (SERVER_PORT at run time may change it)

ARG BUILD_IMAGE=eclipse-temurin:25-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:21-jre

# ---- stage 1: build the module and the modules it depends on ---------------------------------
FROM ${BUILD_IMAGE} AS build
ARG MODULE
ARG JAR
WORKDIR /src
COPY . .
RUN test -n "${MODULE}" && test -n "${JAR}" \
 || { echo "build args MODULE and JAR are required" >&2; exit 1; }
RUN chmod +x mvnw \
 && ./mvnw -B -ntp -pl "${MODULE}" -am -DskipTests package \
 && cp "${MODULE}/target/${JAR}" /app.jar

# ---- stage 2: the runtime image ---------------------------------------------------------------
FROM ${RUNTIME_IMAGE}
ARG MODULE
ARG PORT=8080
LABEL org.opencontainers.image.title="sehat/${MODULE}"

# A fixed, unprivileged uid (10001) so orchestrators can check runAsNonRoot; the jar is read-only to it.
RUN groupadd --system --gid 10001 sehat \
 && useradd --system --uid 10001 --gid sehat --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin sehat
WORKDIR /app
COPY --from=build --chown=10001:10001 /app.jar /app/app.jar

ENV SERVER_PORT=${PORT}
EXPOSE ${PORT}
USER 10001:10001

# curl ships in the Ubuntu-based eclipse-temurin images. SERVER_PORT is read when the check runs,
# so overriding it at run time moves the check along with the server.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD curl -fsS "http://localhost:${SERVER_PORT}/actuator/health/readiness" > /dev/null || exit 1

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
