# Builds and runs the application. Used by docker-compose.yml; the jar is built inside, so a checkout is enough.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q -DskipTests package && cp target/association-workflows-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 association
USER association
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
ENV TZ=Asia/Riyadh \
    JAVA_TOOL_OPTIONS="-Duser.timezone=Asia/Riyadh -Dfile.encoding=UTF-8 -XX:MaxRAMPercentage=60"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD wget -q -O - http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
