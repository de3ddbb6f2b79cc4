package org.kondens.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real small or read-only file system for fault tests: a tmpfs mounted on a test folder. Only
 * root may mount (CI and this workplace run as root); elsewhere the tests that need one are
 * skipped, and the injected faults in the other tests still run.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** A tmpfs of {@code kilobytes} at {@code folder} (created); "ro" makes it read-only. */
    public static SmallDisk mount(Path folder, int kilobytes, boolean readOnly) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        String options = "size=" + kilobytes + "k" + (readOnly ? ",ro" : "");
        assumeTrue(run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.toString()),
                "mounting a tmpfs needs root; skipped here");
        return new SmallDisk(folder);
    }

    public Path folder() {
        return mountPoint;
    }

    /** Fills the disk with one file ({@code filler}) until the file system says it is full. */
    public void fill() throws IOException {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(mountPoint.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full now
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", mountPoint.toString());
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
