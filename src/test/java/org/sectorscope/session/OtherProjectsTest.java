package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.store.ProjectStore;

/** Another project file is read off the open one: chosen, read, refused with the file named, never opened. */
class OtherProjectsTest {
    @TempDir
    Path dir;

    @Test
    void aChosenFileIsReadAndTheOpenProjectStaysAsItWas() throws Exception {
        try (DocumentFixture f = new DocumentFixture(dir)) {
            Path other = dir.resolve("brief-2027.sectorscope.json");
            ProjectStore.save(DocumentFixture.renamed("Chips (2027)"), other);
            ProjectSession session = DocumentFixture.untitled();
            ProjectDocument document = f.document(session, null);
            f.dialogs.openAnswer = other;

            Optional<OtherProjects.Read> read = DocumentFixture.await(document.otherProjects().chooseAndRead());

            assertEquals("brief-2027.sectorscope.json", read.orElseThrow().name());
            assertEquals("Chips (2027)", DocumentFixture.chipsName(read.get().project()));
            assertEquals("Untitled", session.project().info().title(), "the open project is untouched");
            assertEquals(null, session.file());
        }
    }

    @Test
    void aBrokenFileIsRefusedNamingItAndCancellingReadsNothing() throws Exception {
        try (DocumentFixture f = new DocumentFixture(dir)) {
            Path broken = dir.resolve("broken.sectorscope.json");
            Files.writeString(broken, "{\"format\": \"sectorscope-project\", ", StandardCharsets.UTF_8);
            ProjectDocument document = f.document(DocumentFixture.untitled(), null);

            assertEquals(Optional.empty(), DocumentFixture.await(document.otherProjects().read(broken)));
            assertEquals(1, f.dialogs.errors.size());
            assertTrue(f.dialogs.errors.get(0).contains("broken.sectorscope.json"), f.dialogs.errors.get(0));

            f.dialogs.openAnswer = null;
            assertEquals(Optional.empty(), DocumentFixture.await(document.otherProjects().chooseAndRead()));
        }
    }
}
