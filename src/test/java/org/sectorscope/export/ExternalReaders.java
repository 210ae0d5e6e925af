package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Programs we did not write that the read-back tests hand our files to: LibreOffice ({@code soffice}),
 * poppler ({@code pdftoppm}, {@code pdftotext}) and mermaid-cli ({@code mmdc}, found through
 * {@value #MMDC_ENV}). {@code .ci/run} installs them and sets {@value #REQUIRE_ENV}, so on CI a missing one
 * fails the test; elsewhere the test is skipped, saying which program to install.
 */
final class ExternalReaders {
    static final String REQUIRE_ENV = "SECTORSCOPE_REQUIRE_READERS";
    static final String MMDC_ENV = "SECTORSCOPE_MMDC";

    /** What a finished program left: its exit code and its merged output. */
    record Run(int exitCode, String output) {
        Run orFail(String what) {
            if (exitCode != 0) {
                fail(what + " exited with " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    private ExternalReaders() {
    }

    /** The program {@code name} on the PATH; else the test fails on CI and is skipped elsewhere. */
    static Path require(String name, String installHint) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return missing(name + " is not on the PATH; install " + installHint);
    }

    /** mermaid-cli's {@code mmdc}: where {@value #MMDC_ENV} points, else on the PATH. */
    static Path mmdc() {
        String given = System.getenv(MMDC_ENV);
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            return Files.isExecutable(p) ? p : missing(MMDC_ENV + " names " + given + ", which is not an executable file");
        }
        return require("mmdc", "the npm package @mermaid-js/mermaid-cli (see .ci/run)");
    }

    private static Path missing(String message) {
        if ("1".equals(System.getenv(REQUIRE_ENV))) {
            fail(message + " (" + REQUIRE_ENV + "=1: .ci/run installs the readers)");
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
        return null;
    }

    /** Runs {@code command} in {@code dir} with extra environment, killing it after {@code timeout}. */
    static Run run(Path dir, Map<String, String> env, Duration timeout, String... command)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "reader", ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process process = pb.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /**
     * {@code file} converted to PDF by LibreOffice headless into {@code dir}, with a profile of its own
     * there, so a running office or a user's settings never interfere.
     */
    static Path sofficeToPdf(Path file, Path dir) throws IOException, InterruptedException {
        Path soffice = require("soffice", "LibreOffice Impress (Debian: libreoffice-impress-nogui)");
        Path profile = dir.resolve("lo-profile");
        List<String> cmd = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString()));
        run(dir, Map.of("HOME", dir.toString()), Duration.ofSeconds(180), cmd.toArray(String[]::new))
                .orFail("soffice --convert-to pdf " + file.getFileName());
        String name = file.getFileName().toString();
        Path pdf = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.isRegularFile(pdf)) {
            fail("soffice wrote no " + pdf.getFileName() + " in " + dir);
        }
        return pdf;
    }

    /** The text poppler reads off {@code pdf}, pages in order. */
    static String pdfText(Path pdf) throws IOException, InterruptedException {
        Path pdftotext = require("pdftotext", "poppler-utils");
        Path out = pdf.resolveSibling(pdf.getFileName() + ".txt");
        run(pdf.getParent(), Map.of(), Duration.ofSeconds(60), pdftotext.toString(), "-enc", "UTF-8", pdf.toString(),
                out.toString()).orFail("pdftotext");
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** Page {@code page} (from 1) of {@code pdf} rendered by poppler at {@code dpi} as a PNG. */
    static Path pdfPage(Path pdf, int page, int dpi) throws IOException, InterruptedException {
        Path pdftoppm = require("pdftoppm", "poppler-utils");
        String prefix = pdf.resolveSibling(pdf.getFileName() + "-p" + page).toString();
        run(pdf.getParent(), Map.of(), Duration.ofSeconds(60), pdftoppm.toString(), "-png", "-r", Integer.toString(dpi),
                "-f", Integer.toString(page), "-l", Integer.toString(page), "-singlefile", pdf.toString(), prefix)
                .orFail("pdftoppm");
        return Path.of(prefix + ".png");
    }
}
