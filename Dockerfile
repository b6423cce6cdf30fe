# Builds the portal and runs it on a JRE. The embedded development database is an optional
# dependency and is not in the jar: the container always talks to the PostgreSQL it is given.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY db db
COPY src src
RUN mvn -B -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 portal
WORKDIR /app
COPY --from=build /src/target/portal-zona-integritas-*.jar app.jar
USER portal
EXPOSE 8080
# The same memory settings as mvn spring-boot:run (pom.xml, docs/performance.md)
ENV JAVA_TOOL_OPTIONS="-Xms64m -Xmx256m -XX:+UseSerialGC" MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
