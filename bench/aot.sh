# Sourced by the bench scripts: the README's production launch of target/tandem.jar (built with -Paot).
# bench_production_app WORK FLAGS...: extracts the jar into WORK/app and trains its AOT cache with FLAGS (the flags
# the application will run with; the JDK refuses a cache made under others). Sets APP_JAR, the jar to start, and
# AOT_FLAGS, the JVM flags that use the cache and Spring AOT's generated code. Needs JAVA (the java binary).
bench_production_app() {
  local work="$1"; shift
  "$JAVA" -Djarmode=tools -jar target/tandem.jar extract --destination "$work/app" >/dev/null
  echo "training the JDK's AOT cache"
  JAVA_HOME="$(dirname "$(dirname "$JAVA")")" scripts/train-aot-cache.sh "$work/app" "$@"
  APP_JAR="$work/app/tandem.jar"
  AOT_FLAGS=(-XX:AOTCache="$work/app/tandem.aot" -Dspring.aot.enabled=true)
}
