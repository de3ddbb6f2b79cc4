package org.kondens.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kondens.core.stc.ScreenPathBench;

/**
 * {@code kondens bench --startup}: the hello-world JavaFX window (the floor, {@code gui.shell.StartupFloor})
 * and Kondens's {@code --startup-probe} runs, interleaved, each a fresh JVM; medians and their
 * ratio to the floor for the first window, the sample's step 2 fully drawn, and a 50-transcript
 * project with 5,000 meaning units opened until the reader shows text. The bar: the first
 * window within 1.3× of the floor, step 2 within 2×.
 */
final class StartupBench {

    static final Path IMAGE = Path.of("packaging", "build", "app-image", "Kondens");
    static final Path AOT_CACHE = Path.of("packaging", "build", "kondens.aot");
    /** The hello-world window, run from the same jar (named, not imported: the command line has no JavaFX). */
    static final String FLOOR = "org.kondens.app.gui.shell.StartupFloor";
    private static final Pattern MS = Pattern.compile("(First window shown|Step 2 drawn|Project shown|Project usable) (\\d+) ms");
    private static final long RUN_TIMEOUT_S = 240;

    private StartupBench() {
    }

    /** How Kondens is started: the app image's launcher, or the jar with or without its AOT cache. */
    record Start(String name, List<String> command) {
    }

    static int run(Path work, Path image, int rounds, int units, Printer printer) {
        return run(work, image, rounds, units, List.of(), printer);
    }

    /** As above, and each of {@code projects} (e.g. a 10 M-word bench project) opened until the reader shows text. */
    static int run(Path work, Path image, int rounds, int units, List<Path> projects, Printer printer) {
        Path jar = ownJar();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Start kondens = kondens(image, jar, java);
        List<String> floor = List.of(java, "-cp", jar.toString(), FLOOR);
        Map<String, String> env = new LinkedHashMap<>();
        Optional<Process> xvfb = Optional.empty();
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            xvfb = startXvfb(env);
            if (xvfb.isEmpty()) {
                System.err.println("kondens: bench --startup needs a display: set DISPLAY or install Xvfb");
                return 1;
            }
        }
        try {
            Path big = work.resolve("units.kondens");
            if (units > 0) {
                big = ScreenPathBench.corpus(work, "units", 50, Math.max(2_000, units * 6 / 5));
                ScreenPathBench.analyse(big, units);
            }
            Map<String, List<Long>> times = new LinkedHashMap<>();
            for (int i = 0; i < rounds; i++) {
                add(times, "floor: first window", probe(floor, env, "First window shown"));
                add(times, "kondens: first window", probe(with(kondens, "--startup-probe"), env, "First window shown"));
                add(times, "kondens: sample step 2 drawn", probe(with(kondens, "--startup-probe=step2"), env, "Step 2 drawn"));
                if (units > 0) {
                    add(times, String.format(Locale.ROOT, "kondens: 50 transcripts, %,d units shown", units),
                            probe(with(kondens, "--startup-probe=open:" + big.toAbsolutePath()), env, "Project shown"));
                }
                for (Path p : projects) {
                    add(times, "kondens: " + p + " (" + sizeOf(p) + ") usable",
                            probe(with(kondens, "--startup-probe=usable:" + p.toAbsolutePath()), env, "Project usable"));
                }
            }
            printer.result(table(kondens.name(), rounds, times), Printer.obj("kondens", kondens.name(), "rounds", rounds, "ms", times));
            return 0;
        } finally {
            xvfb.ifPresent(Process::destroy);
        }
    }

    private static String sizeOf(Path p) {
        try {
            return String.format(Locale.ROOT, "%,d MB", Files.size(p) / 1_000_000);
        } catch (IOException e) {
            return "?";
        }
    }

    /** The app image if there is one; else the jar, with the AOT cache when it was trained. */
    static Start kondens(Path image, Path jar, String java) {
        Path launcher = image.resolve("bin").resolve("Kondens");
        if (Files.isExecutable(launcher)) {
            return new Start("app image " + image, List.of(launcher.toString()));
        }
        if (Files.isRegularFile(AOT_CACHE)) {
            return new Start("jar with AOT cache " + AOT_CACHE,
                    List.of(java, "-XX:AOTCache=" + AOT_CACHE.toAbsolutePath(), "-jar", jar.toString()));
        }
        return new Start("jar without AOT cache", List.of(java, "-jar", jar.toString()));
    }

    /** The jar this runs from (the floor runs from it too); the build's when run from classes. */
    private static Path ownJar() {
        try {
            Path p = Path.of(StartupBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p.toAbsolutePath() : Path.of("app", "target", "kondens.jar").toAbsolutePath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> with(Start s, String arg) {
        List<String> c = new ArrayList<>(s.command());
        c.add(arg);
        return c;
    }

    private static void add(Map<String, List<Long>> times, String key, long ms) {
        times.computeIfAbsent(key, k -> new ArrayList<>()).add(ms);
    }

    /** Runs one probe process and reads the milliseconds it prints after {@code label}. */
    static long probe(List<String> command, Map<String, String> env, String label) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return parse(out, label).orElseThrow(() -> new IllegalStateException(
                    "no \"" + label + "\" from " + String.join(" ", command) + ":\n" + out.strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The milliseconds a probe printed after {@code label} ("First window shown 812 ms after JVM start"). */
    static Optional<Long> parse(String output, String label) {
        Matcher m = MS.matcher(output);
        while (m.find()) {
            if (m.group(1).equals(label)) {
                return Optional.of(Long.parseLong(m.group(2)));
            }
        }
        return Optional.empty();
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** One row per measure: median, the runs, and the ratio to the floor's median. */
    static String table(String kondens, int rounds, Map<String, List<Long>> times) {
        long floor = median(times.get("floor: first window"));
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "Start-up, %d interleaved runs each; Kondens from the %s (goal: first window ≤ 1.3× the floor, step 2 ≤ 2×)%n",
                rounds, kondens));
        b.append(String.format(Locale.ROOT, "%-44s %10s %8s   %s%n", "", "median ms", "× floor", "runs"));
        times.forEach((k, v) -> b.append(String.format(Locale.ROOT, "%-44s %10d %8.2f   %s%n", k, median(v), median(v) / (double) floor, v)));
        return b.toString().stripTrailing();
    }

    private static Optional<Process> startXvfb(Map<String, String> env) {
        String display = ":" + (100 + new java.util.Random().nextInt(800));
        try {
            Process x = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x800x24")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(1000);
            if (!x.isAlive()) {
                return Optional.empty();
            }
            env.put("DISPLAY", display);
            System.err.println("kondens: no DISPLAY; started Xvfb on " + display);
            return Optional.of(x);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
