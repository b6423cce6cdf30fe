#!/usr/bin/env bash
# Takes the screenshots in docs/screens at 360 and 1280 px: the public unit page, the national
# statistics (the map, the road, a province's regencies and cities), the staff dashboard, a
# form with errors and a check step, on the demo data. Starts the portal (its own embedded
# database in .data/screens) and chromedriver, and stops only those, by PID.
# Needs: Java 17+, Maven, python3, chromium and chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${SCREENS_PORT:-8082}
driver_port=${SCREENS_DRIVER_PORT:-9516}
mkdir -p target
mvn -B -q spring-boot:run -Dspring-javaformat.skip=true \
  -Dspring-boot.run.arguments="--server.port=$port --portal.embedded-db.data-directory=.data/screens --portal.demo.enabled=true --logging.level.root=WARN" \
  > target/screens.log 2>&1 &
maven_pid=$!
chromedriver --port="$driver_port" > target/screens-chromedriver.log 2>&1 &
driver_pid=$!
stop() {
  app=$(pgrep -P "$maven_pid" java || true)
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$maven_pid" "$driver_pid" 2>/dev/null || true
  wait "$maven_pid" "$driver_pid" 2>/dev/null || true
}
trap stop EXIT
until curl -sf "http://localhost:$port/actuator/health" > /dev/null; do
  kill -0 "$maven_pid" 2>/dev/null || { echo "The portal did not start: see target/screens.log" >&2; exit 1; }
  sleep 1
done
python3 docs/screens/capture.py "http://localhost:$port" "http://localhost:$driver_port"
