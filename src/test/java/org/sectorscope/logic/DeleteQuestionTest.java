package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

class DeleteQuestionTest {
    private final Project small = TestProjects.small();

    @Test
    void theQuestionSaysTheEvidenceGoesToo() {
        assertEquals("Delete \u201cSolar PV\u201d and its 2 evidence items?", DeleteQuestion.of(small, List.of(TestProjects.SOLAR)));
        assertEquals("Delete 2 sectors and their 4 evidence items?",
                DeleteQuestion.of(small, List.of(TestProjects.SOLAR, TestProjects.CHIPS)));
    }

    @Test
    void aSectorWithoutEvidenceOrWithOneItemIsAskedPlainly() {
        assertEquals("Delete \u201cCommercial aircraft\u201d?", DeleteQuestion.of(small, List.of(TestProjects.AIRCRAFT)));
        Project one = small.withSector(TestProjects.SOLAR, s -> s.withEvidence(s.evidence().subList(0, 1)));
        assertEquals("Delete \u201cSolar PV\u201d and its 1 evidence item?", DeleteQuestion.of(one, List.of(TestProjects.SOLAR)));
    }
}
