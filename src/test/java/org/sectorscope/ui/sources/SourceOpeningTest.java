package org.sectorscope.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.StubDialogs;
import org.sectorscope.ui.sources.SourceQuestions.OpenChoice;

/**
 * Issue 12, point 10: "Open source" opens web pages and documents in the project's (or a chosen) folder,
 * asks first, showing the whole target, for anything else, and never opens a program or a script link.
 * Driven through the Sources dialog's view model, as the button does, with scripted answers.
 */
class SourceOpeningTest {
    @TempDir
    Path dir;
    private Path analysis;
    private final StubDialogs dialogs = new StubDialogs();
    private SourcesDialogViewModel vm;

    @BeforeEach
    void aProjectFolderWithDocumentsAndAProgram() throws Exception {
        analysis = Files.createDirectories(dir.resolve("analysis"));
        Files.createDirectories(analysis.resolve("copies"));
        Files.writeString(analysis.resolve("copies").resolve("kennedy.pdf"), "%PDF-1.4");
        Files.writeString(dir.resolve("secret.pdf"), "%PDF-1.4");
        ProjectSession session = new ProjectSession(TestProjects.small(), analysis.resolve("p.sectorscope.json"), "p");
        vm = new SourcesDialogViewModel(session, new SourceOpener(dialogs, new SourceFolders(), Runnable::run,
                Runnable::run));
    }

    private SourceOpener.Outcome openFile(String file) {
        vm.urlProperty().set("");
        vm.fileProperty().set(file);
        vm.commit();
        return vm.open().orElseThrow().join();
    }

    private SourceOpener.Outcome openUrl(String url) {
        vm.fileProperty().set("");
        vm.urlProperty().set(url);
        vm.commit();
        return vm.open().orElseThrow().join();
    }

    private Path executable(String name) throws Exception {
        Path p = analysis.resolve(name);
        Files.writeString(p, "#!/bin/sh\necho owned\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void aWebAddressIsShownBeforeAndOpenedWithoutAsking() {
        vm.fileProperty().set("");
        vm.urlProperty().set("https://www.csis.org/analysis/chinas-uneven-high-tech-drive");
        vm.commit();
        assertEquals("Opens https://www.csis.org/analysis/chinas-uneven-high-tech-drive",
                vm.openTooltipProperty().get(), "the dialog shows the address before anything opens");
        assertTrue(vm.open().orElseThrow().join().opened());
        assertTrue(openUrl("HTTP://example.org/report").opened());
        assertEquals(List.of("https://www.csis.org/analysis/chinas-uneven-high-tech-drive", "HTTP://example.org/report"),
                dialogs.opened);
        assertTrue(dialogs.confirmedTargets.isEmpty(), "nothing asked");
    }

    @Test
    void aDocumentInOrBelowTheProjectsFolderOpensWithoutAsking() throws Exception {
        assertTrue(openFile("copies/kennedy.pdf").opened());
        assertEquals(List.of(analysis.resolve("copies/kennedy.pdf").toRealPath().toUri().toString()), dialogs.opened);
        assertTrue(dialogs.confirmedTargets.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.cookie)", "JavaScript:alert(1)", "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "ms-msdt:/id PCWDiagnostic /skip force /param \"IT_BrowseForFile=/../../$(calc)\"",
            "search-ms:query=invoice&crumb=location:\\\\attacker.example\\share"})
    void scriptLinksAndHandlersThatRunProgramsAreNeverOpened(String url) {
        SourceOpener.Outcome outcome = openUrl(url);
        assertFalse(outcome.opened());
        assertTrue(dialogs.opened.isEmpty(), url);
        assertTrue(dialogs.confirmedTargets.isEmpty(), "not even offered");
        assertTrue(vm.problemProperty().get().startsWith("Not opened: " + url + ": a \u201c"), vm.problemProperty().get());
        assertTrue(vm.problemProperty().get().contains("Sectorscope never opens one"), vm.problemProperty().get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"smb://attacker.example/share/report.pdf", "vscode://vscode.git/clone?url=https://x.example/r",
            "https://trusted.example@attacker.example/report.pdf", "file://attacker.example/share/report.pdf"})
    void otherLinksAreOpenedOnlyAfterAConfirmationShowingTheWholeTarget(String url) {
        assertFalse(openUrl(url).opened(), "Cancel");
        assertTrue(dialogs.opened.isEmpty());
        assertEquals(1, dialogs.confirmedTargets.size());
        assertTrue(dialogs.confirmedTargets.get(0).startsWith(url + " | "), dialogs.confirmedTargets.get(0));

        dialogs.confirmOpenAnswer = OpenChoice.OPEN;
        assertTrue(openUrl(url).opened());
        assertEquals(1, dialogs.opened.size());
    }

    @Test
    void anEscapeFromTheProjectsFolderIsConfirmedWithItsRealPath() throws Exception {
        String real = dir.resolve("secret.pdf").toRealPath().toString();
        assertFalse(openFile("../secret.pdf").opened());
        assertEquals(List.of(real + " | it is outside the project's folder and the folders you chose"),
                dialogs.confirmedTargets);
        assertTrue(dialogs.opened.isEmpty());

        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("x.pdf"), "%PDF-1.4");
        Files.createSymbolicLink(analysis.resolve("copies").resolve("link.pdf"), elsewhere.resolve("x.pdf"));
        assertFalse(openFile("copies/link.pdf").opened(), "a link inside that leads outside is outside");
        assertTrue(dialogs.confirmedTargets.get(1).startsWith(analysis.resolve("copies/link.pdf") + " \u2192 "
                + elsewhere.toRealPath().resolve("x.pdf")), dialogs.confirmedTargets.get(1));
    }

    @Test
    void aProgramBesideTheProjectIsNeverRunNorOffered() throws Exception {
        executable("tool.sh");
        executable("run-me");
        Files.writeString(analysis.resolve("setup.exe"), "MZ");
        Files.writeString(analysis.resolve("setup.exe."), "MZ"); // Windows opens this as setup.exe
        Files.writeString(analysis.resolve("start.desktop"), "[Desktop Entry]\nExec=calc\n");
        for (String name : List.of("tool.sh", "run-me", "setup.exe", "start.desktop", "setup.exe.")) {
            SourceOpener.Outcome outcome = openFile(name);
            assertFalse(outcome.opened(), name);
            assertTrue(vm.problemProperty().get().contains("Sectorscope never runs programs"), vm.problemProperty().get());
        }
        dialogs.confirmOpenAnswer = OpenChoice.OPEN; // even a yes would not help: it is never asked
        assertFalse(openFile("/bin/sh").opened());
        assertTrue(dialogs.opened.isEmpty());
        assertTrue(dialogs.confirmedTargets.isEmpty());
    }

    @Test
    void foldersDevicesAndMissingFilesAreNotOpened() {
        assertFalse(openFile("copies").opened());
        assertTrue(vm.problemProperty().get().endsWith("it is a folder, not a document."), vm.problemProperty().get());
        assertFalse(openFile("/dev/null").opened());
        assertTrue(vm.problemProperty().get().endsWith("it is not a regular file (a device, pipe or socket)."));
        assertFalse(openFile("copies/gone.pdf").opened());
        assertTrue(vm.problemProperty().get().endsWith("no such file."));
        assertTrue(dialogs.opened.isEmpty());
        assertTrue(dialogs.confirmedTargets.isEmpty());
    }

    @Test
    void otherTypesAndDocumentsMarkedExecutableAreAskedAbout() throws Exception {
        Files.writeString(analysis.resolve("notes.xyz"), "?");
        assertFalse(openFile("notes.xyz").opened());
        assertTrue(dialogs.confirmedTargets.get(0).endsWith(" | .xyz is not one of the document types opened "
                + "without asking"), dialogs.confirmedTargets.get(0));
        executable("odd.pdf");
        assertFalse(openFile("odd.pdf").opened());
        assertTrue(dialogs.confirmedTargets.get(1).endsWith("it is marked executable although its name says .pdf "
                + "document"), dialogs.confirmedTargets.get(1));
    }

    @Test
    void aFolderTheAnalystChoseOpensWithoutAskingFromThenOn() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("a.pdf"), "%PDF-1.4");
        Files.writeString(elsewhere.resolve("b.pdf"), "%PDF-1.4");
        dialogs.confirmOpenAnswer = OpenChoice.OPEN_AND_TRUST_FOLDER;
        assertTrue(openFile(elsewhere.resolve("a.pdf").toString()).opened());
        dialogs.confirmOpenAnswer = OpenChoice.CANCEL;
        assertTrue(openFile(elsewhere.resolve("b.pdf").toString()).opened(), "trusted now");
        assertEquals(1, dialogs.confirmedTargets.size());

        Path picked = Files.createDirectories(dir.resolve("picked"));
        Files.writeString(picked.resolve("c.pdf"), "%PDF-1.4");
        vm.chooseFile(picked.resolve("c.pdf")); // Browse...
        assertTrue(vm.open().orElseThrow().join().opened(), "a folder picked with Browse is a chosen one");
        assertEquals(1, dialogs.confirmedTargets.size());
    }

    @Test
    void invisibleCharactersInATargetAreShownEscaped() {
        openUrl("smb://host/\u202Efdp.exe");
        assertTrue(dialogs.confirmedTargets.get(0).startsWith("smb://host/\\u202Efdp.exe | "),
                dialogs.confirmedTargets.get(0));
    }

    @Test
    void aRelativeFileOfAnUnsavedProjectHasNothingToOpen() {
        SourcesDialogViewModel unsaved = new SourcesDialogViewModel(new ProjectSession(TestProjects.small(), null, "u"),
                new SourceOpener(dialogs, new SourceFolders(), Runnable::run, Runnable::run));
        unsaved.urlProperty().set("");
        unsaved.fileProperty().set("copies/kennedy.pdf");
        unsaved.commit();
        assertFalse(unsaved.canOpenProperty().get());
        assertTrue(unsaved.openTooltipProperty().get().startsWith("The file's path is relative"));
        assertTrue(unsaved.open().isEmpty());
    }

    /** The attack file of the issue: a project whose sources name each unsafe target, opened as it arrives. */
    @Test
    void noSourceOfTheAttackFileOpensUnasked() throws Exception {
        Path project = analysis.resolve("attack.sectorscope.json");
        try (var in = SourceOpeningTest.class.getResourceAsStream("/attacks/open-source-targets.sectorscope.json")) {
            Files.copy(in, project);
        }
        Files.createDirectories(analysis.resolve("tools"));
        executable("tools/update.sh");
        Files.writeString(analysis.resolve("setup.exe"), "MZ");
        Files.writeString(analysis.resolve("report\u202Efdp.exe"), "MZ");
        ProjectSession session = new ProjectSession(ProjectStore.load(project), project, null);
        SourcesDialogViewModel attack = new SourcesDialogViewModel(session, new SourceOpener(dialogs, new SourceFolders(),
                Runnable::run, Runnable::run));
        List<String> ids = session.project().sources().stream().map(s -> s.id())
                .filter(id -> id.startsWith("src-attack-")).toList();
        assertEquals(11, ids.size());
        for (String id : ids) {
            attack.select(id);
            String target = attack.openTarget().orElseThrow();
            int asked = dialogs.confirmedTargets.size();
            assertFalse(attack.open().orElseThrow().join().opened(), target);
            boolean refused = attack.problemProperty().get() != null;
            assertTrue(refused || dialogs.confirmedTargets.size() == asked + 1, target + ": refused or asked");
        }
        assertEquals(List.of(), dialogs.opened, "nothing reached the desktop");
        assertTrue(dialogs.confirmedTargets.stream().anyMatch(t -> t.startsWith("smb://attacker.example/share/report.pdf |")));
        assertTrue(dialogs.confirmedTargets.stream().noneMatch(t -> t.contains(".exe |") || t.contains("update.sh")),
                "programs are never offered: " + dialogs.confirmedTargets);
    }
}
