package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.session.DocumentFixture.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.logic.LayerImport;
import org.sectorscope.model.AnalystLayer;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;

/** Another analyst's file read in the background and added as a layer, or refused naming the file. */
class AnalystImportFlowTest {
    @TempDir
    Path dir;
    private DocumentFixture fixture;
    private ProjectSession session;
    private ProjectDocument document;
    private final List<LayerImport> shown = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        fixture = new DocumentFixture(dir);
        session = DocumentFixture.untitled();
        document = fixture.opened(session, null);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** The small project as Lin Wei placed it: Solar elsewhere, and a sector the open project lacks. */
    private Path linsFile() throws Exception {
        Project p = TestProjects.small();
        ProjectInfo i = p.info();
        List<Sector> sectors = new ArrayList<>(p.sectors().stream().map(s -> s.id().equals(TestProjects.SOLAR)
                ? s.withPosition(new Position(-0.2, 0.3)) : s).toList());
        sectors.add(new Sector("sector-batteries", "Batteries", "", null, new Position(0.2, 0.2), null, List.of(),
                Extras.NONE));
        Path file = dir.resolve("lin.sectorscope.json");
        ProjectStore.save(p.withInfo(new ProjectInfo(i.id(), i.title(), null, "Lin Wei", null, null, Extras.NONE))
                .withSectors(sectors), file);
        return file;
    }

    private AnalystLayerActions.NameLayer answer(String name) {
        return in -> {
            shown.add(in);
            return Optional.ofNullable(name);
        };
    }

    @Test
    void aChosenFileBecomesOneUndoableLayerNamedAsTheAnalystSays() throws Exception {
        fixture.dialogs.openAnswer = linsFile();
        assertTrue(await(document.analystLayers().importChosenFile(answer("Lin"))));
        assertEquals("Lin Wei", shown.get(0).suggestedName(), "the file's author is offered");
        AnalystLayer layer = session.project().teamwork().analysts().get(0);
        assertEquals("Lin", layer.analyst());
        assertEquals(5, layer.placements().size(), "four matched, one the project lacks kept");
        assertEquals(new Position(-0.2, 0.3), layer.placement(TestProjects.SOLAR).position());
        assertEquals("Imported Lin's layer from lin.sectorscope.json: Matched 4 placed sectors; 1 this project"
                + " lacks (kept in the layer and flagged): Batteries", document.statusProperty().get());
        assertEquals(TestProjects.small().sectors(), session.project().sectors());
        assertEquals("Import Lin's placements", session.undoTextProperty().get().replaceFirst("^Undo ", ""));
        session.undo();
        assertTrue(session.project().teamwork().analysts().isEmpty());
    }

    @Test
    void aFileOfAnotherProjectIsRefusedNamingIt() throws Exception {
        Path other = dir.resolve("other.sectorscope.json");
        ProjectStore.save(TestProjects.random(3, 4), other);
        assertFalse(await(document.analystLayers().importFile(other, answer("X"))));
        assertTrue(shown.isEmpty(), "nothing to name");
        assertEquals(1, fixture.dialogs.errors.size());
        assertTrue(fixture.dialogs.errors.get(0).contains("other.sectorscope.json is not a version of this project"),
                fixture.dialogs.errors.get(0));
        assertTrue(session.project().teamwork().analysts().isEmpty());
        assertFalse(session.isDirty());
    }

    @Test
    void cancellingTheNameOrChoosingNoFileAddsNothing() throws Exception {
        assertFalse(await(document.analystLayers().importFile(linsFile(), answer(null))));
        assertEquals(1, shown.size());
        fixture.dialogs.openAnswer = null;
        assertFalse(await(document.analystLayers().importChosenFile(answer("Lin"))));
        assertTrue(session.project().teamwork().analysts().isEmpty());
        assertFalse(session.isDirty());
    }

    @Test
    void anUnreadableFileIsReportedNotThrown() throws Exception {
        Path broken = dir.resolve("broken.sectorscope.json");
        Files.writeString(broken, "{ not json");
        assertFalse(await(document.analystLayers().importFile(broken, answer("X"))));
        assertEquals(1, fixture.dialogs.errors.size());
        assertTrue(fixture.dialogs.errors.get(0).contains("broken.sectorscope.json"), fixture.dialogs.errors.get(0));
    }
}
