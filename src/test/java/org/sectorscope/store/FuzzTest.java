package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/**
 * Random damage to a valid file: the reader returns a project or a ProjectFileException, nothing else,
 * and the repair either gives a project the strict reader accepts or nothing. The build runs 2,000
 * mutations in a few seconds; a long run is
 * {@code mvn test -Dtest=FuzzTest -Dsectorscope.fuzz.runs=200000 -Dsectorscope.fuzz.seed=N}
 * (see README, "Long fuzz runs").
 */
class FuzzTest {
    private static final int RUNS = Integer.getInteger("sectorscope.fuzz.runs", 2_000);
    private static final long SEED = Long.getLong("sectorscope.fuzz.seed", 20240611L);
    /** About 5 ms a run is plenty on a slow machine; long runs scale the limit with their length. */
    private static final Duration LIMIT = Duration.ofSeconds(Math.max(10, RUNS / 200));
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "0", "-1",
        "1e400", "-0.0", "99999999999999999999", "\"x\"", "\"x\": ", "{}", "[]", "\"\\u0000\"", "\"\\ud800\"", "\\",
        "\"id\": \"dup\", ", "[[[[[[[[", "]]]]", "\"sectors\": null, ", "\"position\": {}, ", "NaN", "/* c */", "\t",
        "\n", "\u00e9", "\uFEFF",
        // issue 12, points 8 and 13: characters XML forbids, as escapes and raw, and a name over its limit
        "\"\\uFFFF\"", "\"\\ufffe\"", "\"\\udc00\"", "\uFFFF", "\uFFFE", "\u0001", "\"" + "n".repeat(201) + "\""};

    @Test
    void mutatedFilesNeverThrowAnythingElse() {
        byte[] canonical = ProjectWriter.toBytes(TestProjects.small());
        Random r = new Random(SEED);
        List<String> internal = new ArrayList<>();
        List<String> resaveFailures = new ArrayList<>();
        int[] accepted = {0};
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int i = 0; i < RUNS; i++) {
                byte[] input = canonical;
                int mutations = 1 + r.nextInt(3);
                for (int m = 0; m < mutations; m++) {
                    input = mutate(input, r);
                }
                try {
                    Project p = ProjectReader.parse(input, "fuzz.json");
                    accepted[0]++;
                    assertEquals(4, p.framework().quadrants().size());
                    // whatever was accepted can be saved and opened again unchanged
                    byte[] saved = ProjectWriter.toBytes(p);
                    try {
                        assertEquals(p, ProjectReader.parse(saved, "resaved.json"), "run " + i);
                    } catch (ProjectFileException e) {
                        resaveFailures.add(e.getMessage());
                    }
                } catch (ProjectFileException e) {
                    assertTrue(e.getMessage().startsWith("fuzz.json: "), e.getMessage());
                    if (e.problem().startsWith("could not be read (")) {
                        internal.add(e.problem() + " <- " + new String(input, StandardCharsets.UTF_8));
                    }
                } catch (Throwable t) {
                    fail("run " + i + ": " + t + " for input:\n" + new String(input, StandardCharsets.UTF_8), t);
                }
            }
        });
        assertTrue(accepted[0] > 0 && accepted[0] < RUNS, "some mutations are harmless, most are not: " + accepted[0]);
        // The catch-all in ProjectReader.parse is a safety net: reaching it means a message without a JSON path.
        assertEquals(List.of(), internal, "inputs that reached ProjectReader's catch-all");
        assertEquals(List.of(), resaveFailures, "accepted projects that could not be opened again after saving");
    }

    @Test
    void repairOfMutatedFilesOnlyEverGivesAProjectTheStrictReaderAccepts() {
        byte[] canonical = ProjectWriter.toBytes(TestProjects.small());
        Random r = new Random(SEED + 1);
        int[] repaired = {0};
        assertTimeoutPreemptively(LIMIT.multipliedBy(3), () -> {
            for (int i = 0; i < RUNS / 2; i++) {
                byte[] input = canonical;
                for (int m = 0, n = 1 + r.nextInt(3); m < n; m++) {
                    input = mutate(input, r);
                }
                try {
                    var result = ProjectRepair.attempt(input, "fuzz.json");
                    if (result.isPresent()) {
                        repaired[0]++;
                        Project p = result.get().project();
                        assertEquals(p, ProjectReader.parse(ProjectWriter.toBytes(p), "repaired.json"), "run " + i);
                    }
                } catch (Throwable t) {
                    fail("run " + i + ": " + t + " for input:\n" + new String(input, StandardCharsets.UTF_8), t);
                }
            }
        });
        // Most random damage is not safely repairable (truncation, broken syntax); some is (trailing content).
        assertTrue(repaired[0] > 0 && repaired[0] < RUNS / 2, "repaired " + repaired[0] + " of " + RUNS / 2);
    }

    static byte[] mutate(byte[] in, Random r) {
        if (in.length == 0) {
            return TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
        }
        int at = r.nextInt(in.length);
        switch (r.nextInt(6)) {
            case 0 -> { // flip a bit
                byte[] out = in.clone();
                out[at] ^= (byte) (1 << r.nextInt(8));
                return out;
            }
            case 1 -> { // replace a byte with a random one
                byte[] out = in.clone();
                out[at] = (byte) r.nextInt(256);
                return out;
            }
            case 2 -> { // truncate
                return Arrays.copyOf(in, at);
            }
            case 3 -> { // delete a range
                int len = Math.min(in.length - at, 1 + r.nextInt(40));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(in, 0, at);
                out.write(in, at + len, in.length - at - len);
                return out.toByteArray();
            }
            default -> { // insert a JSON-ish token
                byte[] token = TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(in, 0, at);
                out.writeBytes(token);
                out.write(in, at, in.length - at);
                return out.toByteArray();
            }
        }
    }
}
