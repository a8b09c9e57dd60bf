# Thread Lab: the whole lab (UI + API + WebSockets) in one container on port 8080.
# Build:  docker build -t thread-lab .
# Run:    docker run -p 8080:8080 -v thread-lab-data:/data thread-lab

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY backend/pom.xml backend/pom.xml
COPY frontend/pom.xml frontend/pom.xml
COPY e2e-tests/pom.xml e2e-tests/pom.xml
RUN ./mvnw -B -ntp -q -pl frontend -am dependency:go-offline || true
COPY backend backend
COPY frontend frontend
# The production bundle is committed (frontend/src/main/bundles), so this build needs no Node.
RUN ./mvnw -B -ntp -q -pl frontend -am -DskipTests package

FROM eclipse-temurin:25-jre
# python3 runs the exported scripts of the Reality tab (as the unprivileged user below, so the process limit holds)
RUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app lab && mkdir -p /data && chown lab /data
WORKDIR /app
COPY --from=build /src/frontend/target/thread-lab-app.jar /app/thread-lab.jar
USER lab
ENV PORT=8080 \
    LAB_DATA_DIR=/data \
    LAB_PYTHON=python3 \
    VAADIN_USAGE_STATS_ENABLED=false
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1:8080/api/health || exit 1
# a bounded heap, from the container's memory: runs are recomputed from their recipes rather than kept forever
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=50", "-jar", "/app/thread-lab.jar"]
