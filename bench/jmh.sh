# Sourced by the JMH benchmark scripts (bench/directory.sh, bench/matching.sh, bench/what-works.sh), after they set
# JAVA (a JDK's java) and WORK (a temporary folder removed at exit), from the project's root.

# Builds the test classes and their classpath, then runs JMH on the benchmarks named (a class or a pattern) with the
# options given; JMH's output goes to the terminal and to $WORK/jmh.txt.
jmh_run() {
  local benchmark="$1"
  shift
  echo "building the benchmarks"
  ./mvnw -B -q -ntp -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/classpath"
  "$JAVA" -cp "target/test-classes:target/classes:$(cat "$WORK/classpath")" org.openjdk.jmh.Main "$benchmark" "$@" \
    | tee "$WORK/jmh.txt"
}

# The machine the figures come from: cores, memory and the JDK.
jmh_machine() {
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); $("$JAVA" -version 2>&1 | head -1)."
}

# JMH's whole output, as a code block for the results file.
jmh_output() {
  echo '```'
  cat "$WORK/jmh.txt"
  echo '```'
}
