package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/** A long list of sectors is mapped on every core, and still as a loop in order would map it. */
class ParallelMappingTest {
    private static final int SECTORS = 2 * DtoLists.PARALLEL_FROM;

    @Test
    void theProjectIsTheSameAsMappedInOrder() throws Exception {
        Project project = TestProjects.random(11, SECTORS);
        Project read = ProjectReader.parse(ProjectWriter.toBytes(project), "p");
        assertEquals(project, read);
        assertEquals(ProjectWriter.toText(project), ProjectWriter.toText(read));
    }

    @Test
    void theFirstBadSectorIsTheOneToldWhicheverCoreMetItFirst() throws Exception {
        ObjectNode root = (ObjectNode) ProjectJson.MAPPER.readTree(ProjectWriter.toBytes(TestProjects.random(12, SECTORS)));
        ArrayNode sectors = (ArrayNode) root.get("sectors");
        for (int bad : new int[] {SECTORS - 3, SECTORS / 2 + 17, SECTORS / 2 + 5}) {
            ((ObjectNode) sectors.get(bad)).remove("name");
        }
        byte[] bytes = ProjectJson.MAPPER.writeValueAsBytes(root);
        for (int run = 0; run < 20; run++) {
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.parse(bytes, "p"));
            assertTrue(e.problem().startsWith("sectors[" + (SECTORS / 2 + 5) + "].name"), e.problem());
            assertFalse(e.problem().contains("more problem"), e.problem());
        }
    }
}
