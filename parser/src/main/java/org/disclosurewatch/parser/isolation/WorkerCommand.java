package org.disclosurewatch.parser.isolation;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a parse worker: the running JVM's own java, the parser's own class path, a small heap
 * and exit on the first out-of-memory error.
 */
final class WorkerCommand {
    /** Exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    /** Longest class path passed as an argument; longer ones go through an argument file. */
    private static final int MAX_ARGUMENT = 64 * 1024;

    private WorkerCommand() {
    }

    static List<String> of(PoolSettings s) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + s.heapMegabytes() + "m");
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Xss2m");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dfile.encoding=UTF-8");
        // POI logs through Log4j's API; without a provider it would complain on every start
        cmd.add("-Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider");
        cmd.addAll(s.jvmOptions());
        String cp = classPath(System.getProperty("java.class.path"));
        if (cp.length() > MAX_ARGUMENT) {
            Path args = Files.createTempFile("dw-parse-worker", ".args");
            args.toFile().deleteOnExit();
            Files.writeString(args, "-cp \"" + cp.replace("\\", "\\\\") + "\"\n");
            cmd.add("@" + args);
        } else {
            cmd.add("-cp");
            cmd.add(cp);
        }
        cmd.add(ParseWorker.class.getName());
        cmd.add(String.valueOf(s.limits().maxBytes()));
        cmd.add(String.valueOf(s.limits().maxPdfPages()));
        cmd.add(String.valueOf(s.limits().maxDocxUncompressedBytes()));
        cmd.add(String.valueOf(s.limits().maxTime().toMillis()));
        cmd.add(String.valueOf(s.limits().maxOcrTime().toMillis()));
        cmd.add(String.valueOf(s.limits().maxOcrPages()));
        return cmd;
    }

    /**
     * The class path that holds the parser: the running JVM's, except for a packaged Quarkus application
     * ({@code java -jar quarkus-app/quarkus-run.jar}), whose classes and libraries ({@code app}, {@code lib/main},
     * {@code lib/boot}) lie beside the runner jar.
     */
    static String classPath(String javaClassPath) {
        String[] entries = javaClassPath.split(File.pathSeparator);
        if (entries.length == 1 && entries[0].endsWith("quarkus-run.jar")) {
            Path app = Path.of(entries[0]).toAbsolutePath().getParent();
            return app.resolve("app") + File.separator + "*" + File.pathSeparator
                    + app.resolve("lib").resolve("main") + File.separator + "*" + File.pathSeparator
                    + app.resolve("lib").resolve("boot") + File.separator + "*";
        }
        return javaClassPath;
    }
}
