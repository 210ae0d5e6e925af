package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.Launcher;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.conflicts.ConflictsViewModel;

/**
 * The real {@code git} with the set-up docs/team-work.md gives: the merge driver and the textconv run
 * the command line's main class (the jar's, {@link Launcher}) on this test's class path.
 */
class GitMergeDriverTest {
    static final String FILE = "project.sectorscope.json";

    @TempDir
    Path repo;

    /** The jar's command with this class path: {@code java -cp CP org.sectorscope.Launcher}. */
    static String sectorscope() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' " + Launcher.class.getName();
    }

    record Run(int status, String output) {
    }

    Run git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().put("HOME", repo.toString()); // no one's own git settings
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "git " + String.join(" ", args) + " timed out");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    void ok(String... args) throws Exception {
        Run r = git(args);
        assertEquals(0, r.status(), "git " + String.join(" ", args) + ": " + r.output());
    }

    private void commit(Project p, String message) throws Exception {
        ProjectStore.save(p, repo.resolve(FILE));
        ok("add", FILE);
        ok("commit", "-q", "-m", message);
    }

    private static Project moved(String sectorId, double x, double y) {
        return TestProjects.small().withSector(sectorId, s -> s.withPosition(new Position(x, y)));
    }

    @BeforeEach
    void setUpRepository() throws Exception {
        ok("init", "-q", "-b", "main");
        ok("config", "user.name", "Test");
        ok("config", "user.email", "test@example.org");
        ok("config", "commit.gpgsign", "false");
        // The lines of docs/team-work.md, with the jar's main class run from this class path.
        ok("config", "merge.sectorscope.name", "Sectorscope three-way merge on ids");
        ok("config", "merge.sectorscope.driver", sectorscope() + " merge --no-backup %O %A %B");
        ok("config", "diff.sectorscope.textconv", sectorscope() + " text");
        Files.writeString(repo.resolve(".gitattributes"), "*.sectorscope.json merge=sectorscope diff=sectorscope\n");
        Files.writeString(repo.resolve(".gitignore"), "*.bak\n.~lock.*#\n");
        ok("add", ".gitattributes", ".gitignore");
        commit(TestProjects.small(), "base");
    }

    /** Two branches from the base, each with one change; main is checked out with ours. */
    private void branches(Project ours, Project theirs) throws Exception {
        ok("checkout", "-q", "-b", "theirs");
        commit(theirs, "theirs");
        ok("checkout", "-q", "main");
        commit(ours, "ours");
    }

    @Test
    void twoBranchesMovingDifferentSectorsMergeCleanly() throws Exception {
        branches(moved(TestProjects.CHIPS, 0.3, -0.7), moved(TestProjects.SOLAR, -0.2, 0.9));
        Run merge = git("merge", "--no-edit", "theirs");
        assertEquals(0, merge.status(), merge.output());
        Project merged = ProjectStore.load(repo.resolve(FILE));
        assertEquals(0.3, merged.sector(TestProjects.CHIPS).orElseThrow().position().x());
        assertEquals(0.9, merged.sector(TestProjects.SOLAR).orElseThrow().position().y());
        assertTrue(merged.teamwork().conflicts().isEmpty());
        assertEquals("", git("status", "--porcelain").output(), "nothing left behind in the work tree");
    }

    @Test
    void twoBranchesMovingTheSameSectorStopWithAValidFileHoldingTheConflict() throws Exception {
        branches(moved(TestProjects.CHIPS, 0.3, -0.7), moved(TestProjects.CHIPS, 0.6, 0.6));
        Run merge = git("merge", "--no-edit", "theirs");
        assertNotEquals(0, merge.status(), merge.output());
        assertTrue(merge.output().contains("CONFLICT") && merge.output().contains(FILE), merge.output());
        String text = Files.readString(repo.resolve(FILE));
        assertFalse(text.contains("<<<<<<<"), text);
        Project merged = ProjectStore.load(repo.resolve(FILE));
        assertEquals(1, merged.teamwork().conflicts().size());
        assertEquals(List.of("sectors", TestProjects.CHIPS, "position"), merged.teamwork().conflicts().get(0).path());
        assertEquals(0.3, merged.sector(TestProjects.CHIPS).orElseThrow().position().x(), "ours is kept");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int valid = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("validate", repo.resolve(FILE).toString());
        assertEquals(Cli.OK, valid, err.toString(StandardCharsets.UTF_8));
        List<ConflictsViewModel.Row> rows = List.copyOf(new ConflictsViewModel(new ProjectSession(merged, null, FILE))
                .rows());
        assertEquals(1, rows.size(), "the Resolve conflicts list shows it");
        assertEquals("Semiconductors: position", rows.get(0).label());
        assertTrue(rows.get(0).theirs().startsWith("x 0.6, y 0.6"), rows.get(0).theirs());
    }

    @Test
    void gitDiffShowsAMoveAsOneChangedLineOfTheOutline() throws Exception {
        commit(moved(TestProjects.CHIPS, 0.3, -0.7), "move chips");
        Run diff = git("diff", "HEAD~1", "HEAD", "--", FILE);
        assertEquals(0, diff.status(), diff.output());
        List<String> changed = diff.output().lines()
                .filter(l -> (l.startsWith("+") || l.startsWith("-")) && !l.startsWith("+++") && !l.startsWith("---"))
                .toList();
        assertEquals(2, changed.size(), diff.output());
        assertTrue(changed.get(1).startsWith("+sector sector-chips: Semiconductors | D | x 0.3 | y -0.7"),
                diff.output());
    }
}
