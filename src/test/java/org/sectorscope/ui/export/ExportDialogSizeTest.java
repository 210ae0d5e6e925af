package org.sectorscope.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.ExportRequest.Format;
import org.sectorscope.export.SizePreset;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.export.ExportDialogViewModel.Start;

/** Issue 16, point 3 in the export dialog: each size preset becomes its pixels in the request and preview. */
class ExportDialogSizeTest {
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final Executor fx = fxQueue::add;
    private final List<ExportDialogViewModel> made = new ArrayList<>();

    @AfterEach
    void dispose() {
        made.forEach(ExportDialogViewModel::dispose);
    }

    private ExportDialogViewModel vm() {
        ExportDialogViewModel vm = new ExportDialogViewModel(
                new ProjectSession(TestProjects.small(), null, "small.sectorscope.json"), Start.NONE,
                f -> Optional.empty(), fx, 0);
        made.add(vm);
        return vm;
    }

    private static String pixels(ExportRequest r) {
        return r.width() * r.scale() + " x " + r.height() * r.scale();
    }

    @Test
    void eachPresetMapsToItsPixelSizeAtTheChosenDpi() {
        ExportDialogViewModel vm = vm();
        String[][] expected = {
            {"SLIDE_16_9", "1920 x 1080", "1920 x 1080"},
            {"SLIDE_4_3", "1440 x 1080", "1440 x 1080"},
            {"A4_PORTRAIT", "1240 x 1754", "2480 x 3508"},
            {"A4_LANDSCAPE", "1754 x 1240", "3508 x 2480"},
            {"LETTER_PORTRAIT", "1275 x 1650", "2550 x 3300"},
            {"LETTER_LANDSCAPE", "1650 x 1275", "3300 x 2550"},
        };
        for (String[] row : expected) {
            SizePreset preset = SizePreset.valueOf(row[0]);
            vm.sizePresetProperty().set(preset);
            vm.dpiProperty().set(150);
            assertEquals(row[1], pixels(vm.request()), preset + " at 150 dpi");
            assertEquals(150, vm.request().dpi());
            vm.dpiProperty().set(300);
            assertEquals(row[2], pixels(vm.request()), preset + " at 300 dpi");
            assertEquals(300, vm.request().dpi());
            assertEquals("", vm.problemProperty().get());
        }
    }

    @Test
    void thePresetsAreOfferedByNameWithTheirPixels() {
        ExportDialogViewModel vm = vm();
        assertEquals("Slide 16:9 (1920 x 1080 px)", vm.sizeLabel(SizePreset.SLIDE_16_9));
        assertEquals("A4 portrait (1240 x 1754 px at 150 dpi)", vm.sizeLabel(SizePreset.A4_PORTRAIT));
        vm.dpiProperty().set(300);
        assertEquals("A4 portrait (2480 x 3508 px at 300 dpi)", vm.sizeLabel(SizePreset.A4_PORTRAIT));
        assertEquals("Custom", vm.sizeLabel(SizePreset.CUSTOM));
    }

    @Test
    void customIsTheWidthAndHeightTypedTimesTheScaleAndEmptyIsTheFormatsUsualSize() {
        ExportDialogViewModel vm = vm();
        assertEquals(SizePreset.CUSTOM, vm.sizePresetProperty().get());
        assertEquals("1200 x 800", pixels(vm.request()));
        vm.customWidthProperty().set("1600");
        vm.customHeightProperty().set(" 900 ");
        vm.scaleProperty().set(2);
        assertEquals("3200 x 1800", pixels(vm.request()));
        vm.customHeightProperty().set("");
        vm.formatProperty().set(Format.PPTX);
        assertEquals(1600, vm.request().width());
        assertEquals(ExportRequest.SLIDE_HEIGHT, vm.request().height(), "PPTX keeps its usual height");
    }

    @Test
    void aNamedSizeOverridesTheScaleAndItsSizeReachesThePreviewLine() throws Exception {
        ExportDialogViewModel vm = vm();
        vm.scaleProperty().set(4);
        vm.sizePresetProperty().set(SizePreset.A4_PORTRAIT);
        vm.dpiProperty().set(300);
        assertEquals(2, vm.request().scale());
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"PNG, 2480 x 3508 px, 300 dpi".equals(vm.sizeProperty().get())) {
            Runnable r = fxQueue.poll(50, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
            assertTrue(System.nanoTime() < end, "the preview says " + vm.sizeProperty().get());
        }
    }

    @Test
    void aBadCustomSideIsAProblemNotARequest() {
        ExportDialogViewModel vm = vm();
        for (String bad : List.of("399", "8001", "12a", "-5")) {
            vm.customWidthProperty().set(bad);
            assertNull(vm.request(), bad);
            assertEquals("The width and height must be whole numbers from 400 to 8000, or empty for the usual size.",
                    vm.problemProperty().get());
        }
        vm.sizePresetProperty().set(SizePreset.SLIDE_16_9);
        assertEquals("1920 x 1080", pixels(vm.request()), "a preset ignores the custom fields");
    }

    @Test
    void eachBadSideAndAnEmptyTitleAreMarkedAtTheirOwnField() {
        ExportDialogViewModel vm = vm();
        String sides = "The width and height must be whole numbers from 400 to 8000, or empty for the usual size.";
        vm.customHeightProperty().set("9000");
        assertEquals("", vm.reasonFor(vm.customWidthProperty()).get());
        assertEquals(sides, vm.reasonFor(vm.customHeightProperty()).get());
        vm.titleProperty().set(" ");
        assertEquals("The figure needs a title.", vm.reasonFor(vm.titleProperty()).get());
        assertEquals("The figure needs a title.", vm.problemProperty().get(), "the problem line says the first");
        assertEquals(sides, vm.reasonFor(vm.customHeightProperty()).get(), "still marked behind the title");

        vm.sizePresetProperty().set(SizePreset.A4_PORTRAIT);
        assertEquals("", vm.reasonFor(vm.customHeightProperty()).get(), "a named size leaves the fields aside");
        vm.titleProperty().set("Figure 1");
        assertEquals("", vm.reasonFor(vm.titleProperty()).get());
        assertEquals("", vm.problemProperty().get());
    }
}
